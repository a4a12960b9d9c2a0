// mailroomctl: the command line of Mailroom. It parses, calls the engine and prints; every rule
// of the service stays in the engine.

#include "AuditCommands.h"
#include "CliContext.h"
#include "DeviceCommands.h"
#include "DirectoryCommands.h"
#include "Dispatcher.h"
#include "DomainCommands.h"
#include "GroupCommands.h"
#include "InteropCommands.h"
#include "JournalingCommands.h"
#include "MigrationCommands.h"
#include "NetworkCheckCommands.h"
#include "OrgCommands.h"
#include "PolicyCommands.h"
#include "ResourceCommands.h"
#include "RuleCommands.h"
#include "Translations.h"
#include "UserCommands.h"

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
         RuleCommands::noun(), JournalingCommands::noun(), MigrationCommands::noun(),
         InteropCommands::noun(), NetworkCheckCommands::ewsNoun(), NetworkCheckCommands::autoDiscoverNoun(), AuditCommands::noun()});
    CliContext ctx;
    const int exitCode = dispatcher.run(ctx, QCoreApplication::arguments());
    ctx.finishBackgroundWork();
    return exitCode;
}
