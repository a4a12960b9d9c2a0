#include "Csv.h"

#include <QCoreApplication>
#include <QFile>

namespace mailroom::csv {

Result<Table> read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileError, QStringLiteral("file"),
                         QCoreApplication::translate("Csv", "The file %1 cannot be read: %2.")
                             .arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()));
}

Result<Table> parse(const QString& text)
{
    QVector<QStringList> records;
    QVector<int> starts;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;

    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records << record;
            starts << recordLine;
        }
        record.clear();
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(
            ErrorCode::InvalidValue, QStringLiteral("file"),
            QCoreApplication::translate("Csv", "Line %1: a quoted field is never closed.").arg(recordLine));
    if (fieldStarted || !record.isEmpty())
        endRecord();

    Table table;
    if (records.isEmpty())
        return table;
    for (const QString& name : records.takeFirst())
        table.header << name.trimmed().toLower();
    starts.removeFirst();
    for (int i = 0; i < records.size(); ++i) {
        QStringList row = records.at(i);
        while (row.size() < table.header.size())
            row << QString();
        table.rows << row;
        table.lineNumbers << starts.at(i);
    }
    return table;
}

bool Table::hasColumns(const QStringList& names) const
{
    return std::all_of(names.cbegin(), names.cend(), [this](const QString& n) { return column(n) >= 0; });
}

QString Table::cell(const QStringList& row, const QString& name) const
{
    const int c = column(name);
    return c < 0 ? QString() : row.at(c).trimmed();
}

QString line(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString escaped = f;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + escaped + u'"';
        } else {
            out << f;
        }
    }
    return out.join(u',') + u'\n';
}

} // namespace mailroom::csv
