#pragma once
// mailroomctl user list, import and export (USR-2): the users list with its filters, search and
// order, and CSV files in and out through the engine's UserTransfer.

#include "Dispatcher.h"
#include "users/User.h"

#include <optional>

namespace mailroomctl {

class UserListCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int importCsv(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int exportCsv(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    static QList<QCommandLineOption> queryOptions();
    // The query the filter options ask for, or nullopt with problem set when one is not understood.
    // The organization is left for the caller, so that a wrong option is reported before any lookup.
    static std::optional<mailroom::UserQuery> query(const QCommandLineParser& options, QString& problem);
};

} // namespace mailroomctl
