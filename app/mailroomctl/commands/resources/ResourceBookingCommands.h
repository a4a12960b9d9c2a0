#pragma once
// mailroomctl resource booking (RES-2) and delegates, add-delegates, remove-delegates (RES-3):
// how a resource answers booking requests, and who is asked to accept them.

#include "Dispatcher.h"

namespace mailroom {
class Resources;
}

namespace mailroomctl {

class ResourceBookingCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int booking(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int delegates(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int addDelegates(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int removeDelegates(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments);

    using DelegateChange = mailroom::Status (mailroom::Resources::*)(const QString& resourceId,
                                                                     const QStringList& memberIds);
    // Finds the resource, applies change with the users and groups the other arguments name, then
    // shows the resource's delegates as they are now.
    static int changeDelegates(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments, DelegateChange change, const QString& done);
};

} // namespace mailroomctl
