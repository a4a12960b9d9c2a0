#pragma once
// mailroomctl ews test (IOP-4) and autodiscover check (ADS-1): the engine's network checks, for
// real, with each outcome, what it means and what to do. Passwords only on standard input.

#include "Dispatcher.h"

namespace mailroom {
struct NetworkCheckResult;
}

namespace mailroomctl {

class NetworkCheckCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun ewsNoun();
    static Noun autoDiscoverNoun();

private:
    static int ewsTest(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int autoDiscoverCheck(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    static void printResult(CliContext& ctx, const QString& title, const mailroom::NetworkCheckResult& result);
};

} // namespace mailroomctl
