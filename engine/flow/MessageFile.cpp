#include "MessageFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::MessageFile", text);
}

// The header block of a message or part, unfolded, as (lower-case name, value) pairs.
QVector<QPair<QString, QString>> headersOf(const QByteArray& block)
{
    QVector<QPair<QString, QString>> headers;
    const QList<QByteArray> lines = block.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            headers.last().second += u' ' + QString::fromUtf8(line.trimmed());
            continue;
        }
        const int colon = line.indexOf(':');
        if (colon > 0)
            headers.append({QString::fromLatin1(line.left(colon)).trimmed().toLower(),
                            QString::fromUtf8(line.mid(colon + 1)).trimmed()});
    }
    return headers;
}

QString headerValue(const QVector<QPair<QString, QString>>& headers, const QString& name)
{
    for (const auto& [key, value] : headers)
        if (key == name)
            return value;
    return {};
}

// "Name <a@b.c>" or "a@b.c" → "a@b.c".
QString addressIn(const QString& value)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    static const QRegularExpression bare(QStringLiteral("([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)"));
    auto m = angle.match(value);
    if (m.hasMatch())
        return m.captured(1);
    m = bare.match(value);
    return m.hasMatch() ? m.captured(1) : QString();
}

// A parameter (filename=, name=, filename*=) of a Content-Disposition or Content-Type value.
QString parameter(const QString& value, const QString& name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|;)\\s*") + QRegularExpression::escape(name) +
                                         QStringLiteral("\\*?\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)"),
                                     QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(value);
    if (!m.hasMatch())
        return {};
    QString v = m.captured(2).isEmpty() ? m.captured(1) : m.captured(2);
    // RFC 2231: charset'language'percent-encoded
    if (v.count(u'\'') >= 2)
        v = QString::fromUtf8(QByteArray::fromPercentEncoding(v.section(u'\'', 2).toUtf8()));
    return v;
}

void collectParts(const QByteArray& body, const QString& boundary, QStringList& attachments, int depth)
{
    if (boundary.isEmpty() || depth > 10)
        return;
    const QByteArray marker = "--" + boundary.toLatin1();
    const QList<QByteArray> parts = body.split('\n');
    // Split the body at lines that start with the boundary marker.
    QByteArray current;
    bool inPart = false;
    auto finishPart = [&] {
        if (!inPart)
            return;
        const int end = current.indexOf("\n\n") >= 0 ? current.indexOf("\n\n") : current.indexOf("\r\n\r\n");
        const QByteArray headerBlock = end >= 0 ? current.left(end) : current;
        const QByteArray partBody = end >= 0 ? current.mid(end) : QByteArray();
        const auto headers = headersOf(headerBlock);
        const QString disposition = headerValue(headers, QStringLiteral("content-disposition"));
        const QString type = headerValue(headers, QStringLiteral("content-type"));
        QString name = parameter(disposition, QStringLiteral("filename"));
        if (name.isEmpty())
            name = parameter(type, QStringLiteral("name"));
        if (!name.isEmpty())
            attachments << name;
        if (type.startsWith(QLatin1String("multipart/"), Qt::CaseInsensitive))
            collectParts(partBody, parameter(type, QStringLiteral("boundary")), attachments, depth + 1);
    };
    for (const QByteArray& rawLine : parts) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.left(rawLine.size() - 1) : rawLine;
        if (line.startsWith(marker)) {
            finishPart();
            current.clear();
            inPart = !line.startsWith(QByteArray(marker + "--"));
            continue;
        }
        if (inPart)
            current += line + '\n';
    }
    finishPart();
}

} // namespace

namespace messages {

const QStringList& unsupportedExtensions()
{
    static const QStringList all =
        QStringLiteral("ade adp app asp bas bat cer chm cmd com cpl crt csh der exe fxp gadget hlp hta inf "
                       "ins isp its js jse ksh "
                       "lib lnk mad maf mag mam maq mar mas mat mau mav maw mda mdb mde mdt mdw mdz msc msh "
                       "msh1 msh2 mshxml "
                       "msh1xml msh2xml msi msp mst ops pcd pif plg prf prg ps1 ps1xml ps2 ps2xml psc1 psc2 "
                       "reg scf scr sct shb "
                       "shs sys tmp url vb vbe vbs vps vsmacros vss vst vsw vxd ws wsc wsf wsh xnk")
            .split(u' ');
    return all;
}

QString lastExtension(const QString& fileName)
{
    const QString base = fileName.section(u'/', -1).section(u'\\', -1);
    const int dot = base.lastIndexOf(u'.');
    return dot < 0 ? QString() : base.mid(dot + 1).trimmed().toLower();
}

} // namespace messages

MessageFile MessageFile::parse(const QByteArray& raw)
{
    MessageFile m;
    m.size = raw.size();
    int end = raw.indexOf("\r\n\r\n");
    int skip = 4;
    const int lf = raw.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end)) {
        end = lf;
        skip = 2;
    }
    const QByteArray headerBlock = end >= 0 ? raw.left(end) : raw;
    const QByteArray body = end >= 0 ? raw.mid(end + skip) : QByteArray();
    const auto headers = headersOf(headerBlock);
    m.from = addressIn(headerValue(headers, QStringLiteral("from")));
    m.sender = addressIn(headerValue(headers, QStringLiteral("sender")));
    m.subject = headerValue(headers, QStringLiteral("subject"));
    const QString type = headerValue(headers, QStringLiteral("content-type"));
    if (type.startsWith(QLatin1String("multipart/"), Qt::CaseInsensitive))
        collectParts(body, parameter(type, QStringLiteral("boundary")), m.attachments, 0);
    return m;
}

Result<MessageFile> MessageFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileError, QStringLiteral("eml"),
                         tr("Message file: %1 cannot be read: %2.").arg(path, file.errorString()));
    MessageFile m = parse(file.readAll());
    if (m.from.isEmpty())
        return makeError(
            ErrorCode::InvalidValue, QStringLiteral("eml"),
            tr("Message file: %1 has no From header with an address; is it an .eml file?").arg(path));
    return m;
}

QStringList MessageFile::refusals() const
{
    QStringList why;
    for (const QString& name : attachments) {
        const QString ext = messages::lastExtension(name);
        if (!ext.isEmpty() && messages::unsupportedExtensions().contains(ext))
            why << tr("The attachment %1 is refused: files ending in .%2 are not accepted.").arg(name, ext);
    }
    if (size > messages::MaxSizeBytes)
        why << tr("The message is refused: it is %1, over the limit of 25 MB.")
                   .arg(QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat));
    return why;
}

} // namespace mailroom
