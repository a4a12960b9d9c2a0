// mailroomctl: the command line of Mailroom. It parses, calls the engine and prints; every rule
// of the service stays in the engine.

#include "CliContext.h"
#include "Dispatcher.h"
#include "Translations.h"
#include "commands/domains/DomainCommands.h"
#include "commands/flow/RuleCommands.h"
#include "commands/groups/GroupCommands.h"
#include "commands/interop/InteropCommands.h"
#include "commands/interop/NetworkCheckCommands.h"
#include "commands/mobile/DeviceCommands.h"
#include "commands/mobile/PolicyCommands.h"
#include "commands/organizations/AuditCommands.h"
#include "commands/organizations/DirectoryCommands.h"
#include "commands/organizations/OrgCommands.h"
#include "commands/resources/ResourceCommands.h"
#include "commands/settings/JournalingCommands.h"
#include "commands/settings/MigrationCommands.h"
#include "commands/users/UserCommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the console, so that both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Mailroom"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    mailroomctl::installTranslations(app);

    using namespace mailroomctl;
    const Dispatcher dispatcher(
        {DirectoryCommands::noun(), OrgCommands::noun(), UserCommands::noun(), GroupCommands::noun(),
         DomainCommands::noun(), ResourceCommands::noun(), PolicyCommands::noun(), DeviceCommands::noun(),
         RuleCommands::noun(), JournalingCommands::noun(), MigrationCommands::noun(), InteropCommands::noun(),
         NetworkCheckCommands::ewsNoun(), NetworkCheckCommands::autoDiscoverNoun(), AuditCommands::noun()});
    CliContext ctx;
    const int exitCode = dispatcher.run(ctx, QCoreApplication::arguments());
    ctx.finishBackgroundWork();
    return exitCode;
}
