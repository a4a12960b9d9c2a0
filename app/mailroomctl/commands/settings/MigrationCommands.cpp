#include "MigrationCommands.h"

#include "io/JsonFormat.h"
#include "settings/OrgSettings.h"
#include "users/Users.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString ClearOption = QStringLiteral("clear");

// A user of org by username, else by id; not found either way: the error of the username.
Result<User> userByNameOrId(CliContext& ctx, const Organization& org, const QString& text)
{
    auto named = ctx.user(org, text);
    if (named || named.error().code != ErrorCode::NotFound)
        return named;
    auto identified = ctx.engine().users().get(text);
    if (identified && identified.value().organizationId == org.id)
        return identified;
    return named;
}

} // namespace

Noun MigrationCommands::noun()
{
    Verb setAdmin = orgVerb("set-admin", QStringLiteral("[USER]"),
                            tr("Choose the migration administrator, an enabled user (by username or id); "
                               "--clear goes back to the user named migration_admin."),
                            &MigrationCommands::setAdmin,
                            {flagOption("clear", tr("Drop the choice, so that the user named migration_admin "
                                                    "is the migration administrator.")),
                             CliContext::ifVersionOption()});
    setAdmin.minArguments = 0; // USER or --clear, which the verb checks
    return {QStringLiteral("migration"),
            tr("The migration administrator of an organization: the user a migration partner's tools work "
               "through."),
            {orgVerb("get", {},
                     tr("Show the migration administrator: the chosen user, else the user named "
                        "migration_admin."),
                     &get),
             setAdmin}};
}

int MigrationCommands::get(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto admin = ctx.engine().settings().migrationAdmin(org.value().id);
    if (!admin)
        return ctx.fail(admin.error());
    return printAdmin(ctx, org.value(), admin.value());
}

int MigrationCommands::setAdmin(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    const QString command = QStringLiteral("migration set-admin");
    const bool clear = options.isSet(ClearOption);
    if (clear && !arguments.isEmpty())
        return ctx.usageError(tr("Give USER or --clear, not both."), command);
    if (!clear && arguments.isEmpty())
        return ctx.usageError(tr("migration set-admin needs USER or --clear."), command);
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    QString userId;
    if (!clear) {
        auto user = userByNameOrId(ctx, org.value(), arguments.at(0));
        if (!user)
            return ctx.fail(user.error());
        userId = user.value().id;
    }
    auto admin = ctx.engine().settings().setMigrationAdmin(org.value().id, userId, ifVersion.value());
    if (!admin)
        return ctx.fail(admin.error());
    if (!ctx.json())
        ctx.print(tr("Saved the migration administrator of %1:").arg(org.value().alias));
    return printAdmin(ctx, org.value(), admin.value());
}

int MigrationCommands::printAdmin(CliContext& ctx, const Organization& org, const MigrationAdmin& admin)
{
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("user"), admin.user ? QJsonValue(json::of(*admin.user))
                                                                      : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("chosen"), admin.chosen},
                                  {QStringLiteral("version"), admin.version}});
        return ExitOk;
    }
    if (!admin.user) {
        ctx.print(
            tr("%1 has no migration administrator yet: create a user named migration_admin (or enable it), "
               "or choose one with 'mailroomctl migration set-admin --org %1 USER'.")
                .arg(org.alias));
        return ExitOk;
    }
    const User& user = *admin.user;
    ctx.printFields(
        {{tr("Username"), user.username},
         {tr("Display name"), user.details.displayName},
         {tr("State"), labelOf(user.state)},
         {tr("Why"), admin.chosen ? tr("chosen in the settings")
                                  : tr("the user named migration_admin, as no other user is chosen")}});
    if (user.state != UserState::Enabled)
        ctx.warn(tr("%1 is disabled, so migration cannot work through it: enable it, or choose another user.")
                     .arg(user.username));
    return ExitOk;
}

} // namespace mailroomctl
