#pragma once
// Option values that several verbs read the same way: counts for paging and on|off switches.
// Each reader sets problem, for a usage error, when the value is not understood.

#include <QCoreApplication>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace mailroomctl {

class OptionValues
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    // A whole number, at least 0; fallback when the option is not given.
    static int count(const QCommandLineParser& options, const QString& name, int fallback, QString& problem);
    // on or off; nullopt when the option is not given or not understood.
    static std::optional<bool> onOff(const QCommandLineParser& options, const QString& name,
                                     QString& problem);
};

} // namespace mailroomctl
