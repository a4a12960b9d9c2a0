#pragma once
// Option values that several verbs read the same way: counts for paging, on|off switches and the
// text of a file an option names. Each reader sets problem, for a usage error, when the value is
// not understood.

#include "core/Result.h"

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
    // The text of the file path names, or of standard input for "-". Errors: FileError.
    static mailroom::Result<QString> fileText(const QString& path);
};

} // namespace mailroomctl
