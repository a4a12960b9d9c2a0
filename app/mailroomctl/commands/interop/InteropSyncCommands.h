#pragma once
// mailroomctl interop sync|sync status|exchange-addresses: the directory synchronisation of
// interoperability mode (IOP-2) — run it now, see the last one and when the next is due, and see
// or record the addresses Exchange holds for a directory user, which the sync copies here.

#include "Dispatcher.h"

namespace mailroom {
struct DirectorySyncReport;
}

namespace mailroomctl {

class InteropSyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Verb syncVerb();
    static Verb syncStatusVerb();
    static Verb exchangeAddressesVerb();

private:
    static int sync(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int syncStatus(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int exchangeAddresses(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments);

    static void printReport(CliContext& ctx, const mailroom::DirectorySyncReport& report);
};

} // namespace mailroomctl
