#include "UserMailboxCommands.h"

#include "io/JsonFormat.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

QVector<Verb> UserMailboxCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QList<QCommandLineOption> orgOnly{CliContext::orgOption()};
    const QString userAndAddress = QStringLiteral("USERNAME ADDRESS");
    const QString usernames = QStringLiteral("USERNAME...");
    // Verbs on one user's address: --org, the username and the address.
    auto addressVerb = [&](const char* name, const QString& summary, Verb::Run run) {
        return Verb{.name = QString::fromLatin1(name),
                    .arguments = userAndAddress,
                    .summary = summary,
                    .options = orgOnly,
                    .required = org,
                    .minArguments = 2,
                    .maxArguments = 2,
                    .run = run};
    };
    return {
        {.name = QStringLiteral("addresses"),
         .arguments = QStringLiteral("USERNAME"),
         .summary = tr("List a user's addresses, the primary first."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &addresses},
        addressVerb("add-alias", tr("Add an address that only receives (at most 100)."), &addAlias),
        addressVerb("remove-alias", tr("Remove an alias."), &removeAlias),
        addressVerb("set-primary", tr("Make one of the user's addresses the primary (sending) address."),
                    &setPrimary),
        {.name = QStringLiteral("enable"),
         .arguments = usernames,
         .summary =
             tr("Enable disabled users; each gets its proposed primary address unless --address is given."),
         .options = {CliContext::orgOption(),
                     valueOption("address", tr("The primary address (with exactly one username)."),
                                 tr("ADDRESS"))},
         .required = org,
         .minArguments = 1,
         .maxArguments = -1,
         .run = &enable},
        {.name = QStringLiteral("disable"),
         .arguments = usernames,
         .summary = tr("Disable users; each mailbox is kept 30 days and comes back if enabled in time."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = -1,
         .run = &disable},
        {.name = QStringLiteral("delete"),
         .arguments = usernames,
         .summary = tr("Delete disabled users and their mailboxes, for good."),
         .options = {CliContext::orgOption(),
                     flagOption("yes", tr("Confirm that the deletion cannot be undone."))},
         .required = org,
         .minArguments = 1,
         .maxArguments = -1,
         .run = &remove},
    };
}

int UserMailboxCommands::printAddresses(CliContext& ctx, const User& user)
{
    auto addresses = ctx.engine().userAddresses().of(user.id);
    if (!addresses)
        return ctx.fail(addresses.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const EmailAddress& address : addresses.value())
            array.append(json::of(address));
        ctx.printJson(array);
        return ExitOk;
    }
    for (const EmailAddress& address : addresses.value())
        ctx.print(address.primary ? tr("%1 (primary)").arg(address.address) : address.address);
    return ExitOk;
}

int UserMailboxCommands::addresses(CliContext& ctx, const QCommandLineParser& options,
                                   const QStringList& arguments)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    return printAddresses(ctx, user.value().item);
}

int UserMailboxCommands::changeAddress(CliContext& ctx, const QCommandLineParser& options,
                                       const QStringList& arguments, AddressChange change,
                                       const QString& doneText)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    if (auto changed = change(ctx.engine(), user.value().item.id, arguments.at(1)); !changed)
        return ctx.fail(changed.error());
    if (!ctx.json())
        ctx.print(doneText.arg(arguments.at(1), user.value().item.username));
    return printAddresses(ctx, user.value().item);
}

int UserMailboxCommands::addAlias(CliContext& ctx, const QCommandLineParser& options,
                                  const QStringList& arguments)
{
    return changeAddress(
        ctx, options, arguments,
        [](Engine& engine, const QString& id, const QString& address) {
            return engine.userAddresses().addAlias(id, address);
        },
        tr("Added %1 to %2."));
}

int UserMailboxCommands::removeAlias(CliContext& ctx, const QCommandLineParser& options,
                                     const QStringList& arguments)
{
    return changeAddress(
        ctx, options, arguments,
        [](Engine& engine, const QString& id, const QString& address) {
            return engine.userAddresses().removeAlias(id, address);
        },
        tr("Removed %1 from %2."));
}

int UserMailboxCommands::setPrimary(CliContext& ctx, const QCommandLineParser& options,
                                    const QStringList& arguments)
{
    return changeAddress(
        ctx, options, arguments,
        [](Engine& engine, const QString& id, const QString& address) {
            return engine.userAddresses().setPrimary(id, address);
        },
        tr("%1 is now the primary address of %2."));
}

int UserMailboxCommands::enable(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    const QString address = options.value(QStringLiteral("address"));
    if (options.isSet(QStringLiteral("address")) && arguments.size() != 1)
        return ctx.usageError(tr("--address goes with exactly one username."), QStringLiteral("user enable"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    Mailboxes& mailboxes = ctx.engine().mailboxes();
    return forEachUser(
        ctx, org.value(), arguments,
        [&](const User& user) -> Result<User> {
            if (!address.isEmpty())
                return mailboxes.enable(user.id, address);
            auto proposed = mailboxes.proposedAddress(user.id);
            if (!proposed)
                return proposed.error();
            return mailboxes.enable(user.id, proposed.value());
        },
        [](const User& user) {
            return tr("Enabled %1 with the address %2.").arg(user.username, user.email);
        });
}

int UserMailboxCommands::disable(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    Mailboxes& mailboxes = ctx.engine().mailboxes();
    return forEachUser(
        ctx, org.value(), arguments, [&](const User& user) { return mailboxes.disable(user.id); },
        [](const User& user) {
            return tr("Disabled %1; the mailbox is kept for 30 days.").arg(user.username);
        });
}

int UserMailboxCommands::remove(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    if (!options.isSet(QStringLiteral("yes")))
        return ctx.usageError(tr("Deleting users cannot be undone; add --yes to confirm."),
                              QStringLiteral("user delete"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    Mailboxes& mailboxes = ctx.engine().mailboxes();
    return forEachUser(
        ctx, org.value(), arguments,
        [&](const User& user) -> Result<User> {
            if (auto removed = mailboxes.remove(user.id); !removed)
                return removed.error();
            return user;
        },
        [](const User& user) { return tr("Deleted %1 for good.").arg(user.username); }, false);
}

int UserMailboxCommands::forEachUser(CliContext& ctx, const Organization& org, const QStringList& usernames,
                                     const UserAction& action, const Describe& describe, bool showUser)
{
    QJsonArray outcomes;
    bool anyFailed = false;
    for (const QString& username : usernames) {
        QJsonObject outcome{{QStringLiteral("username"), username}};
        auto user = ctx.user(org, username);
        auto done = user ? action(user.value()) : Result<User>(user.error());
        outcome.insert(QStringLiteral("ok"), done.ok());
        if (done) {
            if (showUser)
                outcome.insert(QStringLiteral("user"), json::of(done.value()));
            if (!ctx.json())
                ctx.print(describe(done.value()));
        } else {
            anyFailed = true;
            outcome.insert(QStringLiteral("error"), json::of(done.error()));
            if (!ctx.json())
                ctx.warn(tr("%1: %2").arg(username, done.error().message));
        }
        outcomes.append(outcome);
    }
    if (ctx.json())
        ctx.printJson(outcomes);
    return anyFailed ? ExitFailed : ExitOk;
}

} // namespace mailroomctl
