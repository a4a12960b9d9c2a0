#include "DirectoryCommands.h"

#include "io/JsonFormat.h"
#include "organizations/Directories.h"
#include "organizations/Region.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

QStringList row(const Directory& d)
{
    return {d.id, d.name, labelOf(d.type), d.region, d.organizationAlias, QString::number(d.userCount)};
}

} // namespace

Noun DirectoryCommands::noun()
{
    const QString types = QStringLiteral("simple-ad|managed-ad|ad-connector");
    const QString regionList = regions::all().join(QStringLiteral(", "));
    return {
        QStringLiteral("directory"),
        tr("The directory registry: Simple AD, Managed AD and AD Connector directories and their users."),
        {
            {.name = QStringLiteral("create"),
             .summary = tr("Create a directory with its built-in Administrator and Guest."),
             .options =
                 {valueOption("type", tr("The directory type: %1.").arg(types), types),
                  valueOption("name", tr("The directory's DNS name, e.g. corp.example.com."), tr("NAME")),
                  valueOption("region", tr("The region: %1.").arg(regionList), tr("REGION")),
                  flagOption("exchange", tr("The domain runs Microsoft Exchange (AD Connector only)."))},
             .required = {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("region")},
             .run = &create},
            {.name = QStringLiteral("list"),
             .summary = tr("List the registry's directories."),
             .options = {valueOption("region", tr("Only directories in this region."), tr("REGION"))},
             .run = &list},
            {.name = QStringLiteral("show"),
             .arguments = QStringLiteral("ID"),
             .summary = tr("Show one directory."),
             .minArguments = 1,
             .maxArguments = 1,
             .run = &show},
            {.name = QStringLiteral("remove"),
             .arguments = QStringLiteral("ID"),
             .summary = tr("Remove a directory no organization uses."),
             .minArguments = 1,
             .maxArguments = 1,
             .run = &remove},
            {.name = QStringLiteral("add-user"),
             .arguments = QStringLiteral("ID"),
             .summary = tr("Add a user to a directory, not yet enabled for mail."),
             .options = {valueOption("username", tr("The user's sign-in name."), tr("USERNAME")),
                         valueOption("display-name", tr("The name people see."), tr("NAME")),
                         valueOption("first-name", tr("First name."), tr("NAME")),
                         valueOption("last-name", tr("Last name."), tr("NAME")),
                         valueOption("street", tr("Street address."), tr("TEXT")),
                         valueOption("phone", tr("Phone number."), tr("NUMBER")),
                         valueOption("company", tr("Company."), tr("NAME"))},
             .required = {QStringLiteral("username"), QStringLiteral("display-name")},
             .minArguments = 1,
             .maxArguments = 1,
             .run = &addUser},
            {.name = QStringLiteral("add-exchange-resource"),
             .arguments = QStringLiteral("ID"),
             .summary =
                 tr("Add a room or equipment of Microsoft Exchange to an AD Connector directory that runs "
                    "Exchange; it shows in the users list while the organization is in interoperability "
                    "mode and cannot be enabled here."),
             .options = {valueOption("name", tr("The resource's name (letters, digits, . _ -; at most 20)."),
                                     tr("NAME")),
                         valueOption("display-name", tr("The name people see."), tr("TEXT")),
                         valueOption("type", tr("The resource type: room or equipment."),
                                     QStringLiteral("room|equipment"))},
             .required = {QStringLiteral("name"), QStringLiteral("display-name"), QStringLiteral("type")},
             .minArguments = 1,
             .maxArguments = 1,
             .run = &addExchangeResource},
            {.name = QStringLiteral("add-group"),
             .arguments = QStringLiteral("ID NAME"),
             .summary = tr("Add a group to a directory, not yet enabled for mail."),
             .minArguments = 2,
             .maxArguments = 2,
             .run = &addGroup},
            {.name = QStringLiteral("import-users"),
             .arguments = QStringLiteral("ID FILE.csv"),
             .summary = tr("Add users from a CSV file with the columns username, display_name and optionally "
                           "first_name, last_name, street, phone, company."),
             .minArguments = 2,
             .maxArguments = 2,
             .run = &importUsers},
        }};
}

int DirectoryCommands::create(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const auto type = fromName<DirectoryType>(options.value(QStringLiteral("type")));
    if (!type || *type == DirectoryType::WorkMail)
        return ctx.usageError(tr("--type must be simple-ad, managed-ad or ad-connector."),
                              QStringLiteral("directory create"));
    auto created = ctx.engine().directories().create(*type, options.value(QStringLiteral("name")),
                                                     options.value(QStringLiteral("region")),
                                                     options.isSet(QStringLiteral("exchange")));
    if (!created)
        return ctx.fail(created.error());
    const Directory& d = created.value();
    return ctx.reply(json::of(d), [&] {
        ctx.print(tr("Created the %1 directory %2 (%3) in %4.").arg(labelOf(d.type), d.name, d.id, d.region));
    });
}

int DirectoryCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto directories = ctx.engine().directories().list(options.value(QStringLiteral("region")));
    if (!directories)
        return ctx.fail(directories.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Directory& d : directories.value())
            array.append(json::of(d));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const Directory& d : directories.value())
        rows << row(d);
    ctx.printTable({tr("ID"), tr("NAME"), tr("TYPE"), tr("REGION"), tr("ORGANIZATION"), tr("USERS")}, rows);
    return ExitOk;
}

int DirectoryCommands::show(CliContext& ctx, const QCommandLineParser&, const QStringList& arguments)
{
    auto directory = ctx.engine().directories().get(arguments.at(0));
    if (!directory)
        return ctx.fail(directory.error());
    const Directory& d = directory.value();
    return ctx.reply(json::of(d), [&] {
        ctx.printFields(
            {{tr("ID"), d.id},
             {tr("Name"), d.name},
             {tr("Type"), labelOf(d.type)},
             {tr("Region"), regions::displayName(d.region) + QStringLiteral(" (") + d.region + u')'},
             {tr("Runs Exchange"), d.runsExchange ? tr("yes") : tr("no")},
             {tr("Organization"), d.organizationAlias.isEmpty() ? tr("none") : d.organizationAlias},
             {tr("Users"), QString::number(d.userCount)},
             {tr("Created"), json::timestamp(d.createdAt)}});
    });
}

int DirectoryCommands::remove(CliContext& ctx, const QCommandLineParser&, const QStringList& arguments)
{
    const QString id = arguments.at(0);
    if (auto removed = ctx.engine().directories().remove(id); !removed)
        return ctx.fail(removed.error());
    return ctx.reply(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}},
                     [&] { ctx.print(tr("Removed the directory %1.").arg(id)); });
}

int DirectoryCommands::addUser(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments)
{
    auto value = [&](const char* name) { return options.value(QString::fromLatin1(name)); };
    const DirectoryUserInput input{value("username"),
                                   {value("first-name"), value("last-name"), value("display-name"),
                                    value("street"), value("phone"), value("company")}};
    auto added = ctx.engine().directories().addUser(arguments.at(0), input);
    if (!added)
        return ctx.fail(added.error());
    return ctx.reply(json::of(added.value()), [&] {
        ctx.print(tr("Added %1 to the directory; enable it in an organization to give it a mailbox.")
                      .arg(added.value().username));
    });
}

int DirectoryCommands::addExchangeResource(CliContext& ctx, const QCommandLineParser& options,
                                           const QStringList& arguments)
{
    const auto type = fromName<ResourceType>(options.value(QStringLiteral("type")));
    if (!type)
        return ctx.usageError(tr("--type must be room or equipment."),
                              QStringLiteral("directory add-exchange-resource"));
    auto added =
        ctx.engine().directories().addExchangeResource(arguments.at(0), options.value(QStringLiteral("name")),
                                                       options.value(QStringLiteral("display-name")), *type);
    if (!added)
        return ctx.fail(added.error());
    QJsonObject object = json::of(added.value());
    object.insert(QStringLiteral("resourceType"), nameOf(*type));
    return ctx.printDone(
        object, tr("Added the Exchange resource %1 (%2) to the directory; it shows in the users list "
                   "while the organization is in interoperability mode.")
                    .arg(added.value().username, labelOf(*type)));
}

int DirectoryCommands::addGroup(CliContext& ctx, const QCommandLineParser&, const QStringList& arguments)
{
    auto added = ctx.engine().directories().addGroup(arguments.at(0), arguments.at(1));
    if (!added)
        return ctx.fail(added.error());
    return ctx.printDone(
        json::of(added.value()),
        tr("Added the group %1 to the directory; enable it in an organization to give it an address.")
            .arg(added.value().name));
}

int DirectoryCommands::importUsers(CliContext& ctx, const QCommandLineParser&, const QStringList& arguments)
{
    auto summary = ctx.engine().directories().importUsers(arguments.at(0), arguments.at(1));
    if (!summary)
        return ctx.fail(summary.error());
    return ctx.reportImport(summary.value());
}

} // namespace mailroomctl
