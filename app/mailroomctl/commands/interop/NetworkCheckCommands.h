#pragma once
// mailroomctl ews test (IOP-4) and autodiscover check (ADS-1): the engine's network checks, for
// real, with each outcome, what it means and what to do. Passwords only on standard input.

#include "Dispatcher.h"
#include "core/Result.h"

#include <QSslCertificate>

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

    // Shared with `interop availability test`: the --ca-bundle option and its certificates, and a
    // check's result as text.
    static QCommandLineOption caBundleOption();
    static mailroom::Result<QList<QSslCertificate>> caBundle(const QCommandLineParser& options);
    static void printResult(CliContext& ctx, const QString& title,
                            const mailroom::NetworkCheckResult& result);

private:
    static int ewsTest(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int autoDiscoverCheck(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments);
};

} // namespace mailroomctl
