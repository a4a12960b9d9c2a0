#include "OptionValues.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

namespace mailroomctl {

int OptionValues::count(const QCommandLineParser& options, const QString& name, int fallback,
                        QString& problem)
{
    if (!options.isSet(name))
        return fallback;
    bool ok = false;
    const int value = options.value(name).toInt(&ok);
    if (!ok || value < 0)
        problem = tr("--%1 needs a whole number, 0 or more.").arg(name);
    return value;
}

std::optional<bool> OptionValues::onOff(const QCommandLineParser& options, const QString& name,
                                        QString& problem)
{
    if (!options.isSet(name))
        return std::nullopt;
    const QString value = options.value(name).trimmed();
    if (value.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return false;
    problem = tr("--%1 must be on or off.").arg(name);
    return std::nullopt;
}

mailroom::Result<QString> OptionValues::fileText(const QString& path)
{
    QFile file(path);
    const bool opened =
        path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return mailroom::makeError(mailroom::ErrorCode::FileError, QStringLiteral("file"),
                                   tr("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

} // namespace mailroomctl
