#pragma once
// mailroomctl migration …: an organization's migration administrator (MIG-1), the user a migration
// partner's tools work through: the chosen user, else the user named migration_admin.

#include "Dispatcher.h"

namespace mailroom {
struct MigrationAdmin;
}

namespace mailroomctl {

class MigrationCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int get(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int setAdmin(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // {user (or null), chosen} with --json; otherwise the user and why it is the one, or what to do
    // when there is none (with a warning on stderr when the user is disabled). ExitOk.
    static int printAdmin(CliContext& ctx, const mailroom::Organization& org,
                          const mailroom::MigrationAdmin& admin);
};

} // namespace mailroomctl
