#include "UserCommands.h"

#include "PasswordInput.h"
#include "UserListCommands.h"
#include "UserMailboxCommands.h"
#include "io/JsonFormat.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <algorithm>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString PasswordStdin = QStringLiteral("password-stdin");

// The details of USR-5 as options, with the UserDetails member each one fills.
struct DetailOption
{
    const char* name;
    const char* description;
    const char* valueName;
    QString UserDetails::*member;
};
constexpr DetailOption detailOptions[] = {
    {"first-name", QT_TRANSLATE_NOOP("mailroomctl", "First name."), QT_TRANSLATE_NOOP("mailroomctl", "NAME"),
     &UserDetails::firstName},
    {"last-name", QT_TRANSLATE_NOOP("mailroomctl", "Last name."), QT_TRANSLATE_NOOP("mailroomctl", "NAME"),
     &UserDetails::lastName},
    {"display-name", QT_TRANSLATE_NOOP("mailroomctl", "The name people see."),
     QT_TRANSLATE_NOOP("mailroomctl", "NAME"), &UserDetails::displayName},
    {"street", QT_TRANSLATE_NOOP("mailroomctl", "Street address."), QT_TRANSLATE_NOOP("mailroomctl", "TEXT"),
     &UserDetails::street},
    {"phone", QT_TRANSLATE_NOOP("mailroomctl", "Phone number."), QT_TRANSLATE_NOOP("mailroomctl", "NUMBER"),
     &UserDetails::phone},
    {"company", QT_TRANSLATE_NOOP("mailroomctl", "Company."), QT_TRANSLATE_NOOP("mailroomctl", "NAME"),
     &UserDetails::company},
};

QCommandLineOption detailOption(const DetailOption& option)
{
    return QCommandLineOption(QString::fromLatin1(option.name),
                              QCoreApplication::translate("mailroomctl", option.description),
                              QCoreApplication::translate("mailroomctl", option.valueName));
}

} // namespace

Noun UserCommands::noun()
{
    QVector<Verb> all = verbs() + UserListCommands::verbs() + UserMailboxCommands::verbs();
    // The help lists the verbs in the order an administrator meets them, not by class.
    const QStringList order{
        QStringLiteral("create"),       QStringLiteral("list"),        QStringLiteral("show"),
        QStringLiteral("update"),       QStringLiteral("addresses"),   QStringLiteral("add-alias"),
        QStringLiteral("remove-alias"), QStringLiteral("set-primary"), QStringLiteral("enable"),
        QStringLiteral("disable"),      QStringLiteral("delete"),      QStringLiteral("reset-password"),
        QStringLiteral("import"),       QStringLiteral("export")};
    std::stable_sort(all.begin(), all.end(), [&](const Verb& a, const Verb& b) {
        return order.indexOf(a.name) < order.indexOf(b.name);
    });
    return {QStringLiteral("user"),
            tr("Users of an organization: create, list, edit, addresses and mailboxes."), all};
}

QVector<Verb> UserCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QCommandLineOption passwordStdin =
        flagOption("password-stdin", tr("Read the password from the first line of standard input."));
    QList<QCommandLineOption> details;
    for (const DetailOption& option : detailOptions)
        details << detailOption(option);
    return {
        {.name = QStringLiteral("create"),
         .summary = tr("Create a user with an enabled mailbox."),
         .options = {CliContext::orgOption(),
                     valueOption("username", tr("The user's sign-in name."), tr("USERNAME")), details.at(2),
                     details.at(0), details.at(1),
                     valueOption("email", tr("The primary address, on a verified domain."), tr("ADDRESS")),
                     passwordStdin},
         .required = org + QStringList{QStringLiteral("username"), QStringLiteral("display-name"),
                                       QStringLiteral("email"), PasswordStdin},
         .run = &create},
        {.name = QStringLiteral("show"),
         .arguments = QStringLiteral("USERNAME"),
         .summary = tr("Show one user."),
         .options = {CliContext::orgOption()},
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &show},
        {.name = QStringLiteral("update"),
         .arguments = QStringLiteral("USERNAME"),
         .summary = tr("Change a user's details; details not given keep their values."),
         .options = QList{CliContext::orgOption(), CliContext::ifVersionOption()} + details,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &update},
        {.name = QStringLiteral("reset-password"),
         .arguments = QStringLiteral("USERNAME"),
         .summary = tr("Set a new password for a user."),
         .options = {CliContext::orgOption(), passwordStdin},
         .required = org + QStringList{PasswordStdin},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &resetPassword},
    };
}

int UserCommands::create(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto value = [&](const char* name) { return options.value(QString::fromLatin1(name)); };
    const NewUser input{value("first-name"),   value("last-name"), value("username"),
                        value("display-name"), value("email"),     PasswordInput::readLine()};
    auto created = ctx.engine().users().create(org.value().id, input);
    if (!created)
        return ctx.fail(created.error());
    return ctx.reply(json::of(created.value()), [&] {
        ctx.print(tr("Created %1 <%2>.").arg(created.value().username, created.value().email));
    });
}

int UserCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    const User& u = user.value().item;
    return ctx.reply(json::of(u), [&] {
        ctx.printFields({{tr("Username"), u.username},
                         {tr("ID"), u.id},
                         {tr("Display name"), u.details.displayName},
                         {tr("First name"), u.details.firstName},
                         {tr("Last name"), u.details.lastName},
                         {tr("Email"), u.email},
                         {tr("State"), labelOf(u.state)},
                         {tr("Role"), labelOf(u.role)},
                         {tr("Street address"), u.details.street},
                         {tr("Phone"), u.details.phone},
                         {tr("Company"), u.details.company},
                         {tr("Created"), json::timestamp(u.createdAt)},
                         {tr("Disabled since"), json::timestamp(u.disabledAt)}});
    });
}

int UserCommands::update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    UserDetails details = user.value().item.details;
    for (const DetailOption& option : detailOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (options.isSet(name))
            details.*option.member = options.value(name);
    }
    // A field edit: only the details given are written, each while it still holds what was read.
    auto updated = ctx.engine().users().updateDetails(user.value().item.id, user.value().item.details,
                                                      details, ifVersion.value());
    if (!updated)
        return ctx.fail(updated.error());
    return ctx.reply(json::of(updated.value()),
                     [&] { ctx.print(tr("Updated the details of %1.").arg(updated.value().username)); });
}

int UserCommands::resetPassword(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    if (auto reset = ctx.engine().users().resetPassword(user.value().item.id, PasswordInput::readLine());
        !reset)
        return ctx.fail(reset.error());
    return ctx.reply(QJsonObject{{QStringLiteral("username"), user.value().item.username},
                                 {QStringLiteral("passwordReset"), true}},
                     [&] { ctx.print(tr("Set a new password for %1.").arg(user.value().item.username)); });
}

} // namespace mailroomctl
