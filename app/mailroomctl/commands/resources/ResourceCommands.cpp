#include "ResourceCommands.h"

#include "ResourceBookingCommands.h"
#include "io/JsonFormat.h"
#include "resources/Resources.h"

#include <QCommandLineParser>
#include <optional>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString TypeOption = QStringLiteral("type");

QString onOff(bool on)
{
    return on ? QCoreApplication::translate("mailroomctl", "on")
              : QCoreApplication::translate("mailroomctl", "off");
}

// --type, nullopt when not given. Sets problem when it is not understood.
std::optional<ResourceType> typeOption(const QCommandLineParser& options, QString& problem)
{
    if (!options.isSet(TypeOption))
        return std::nullopt;
    const auto type = fromName<ResourceType>(options.value(TypeOption));
    if (!type)
        problem = QCoreApplication::translate("mailroomctl", "--type must be Room or Equipment.");
    return type;
}

// The options that create and update share (RES-1) over a starting point: what is given
// replaces, the rest stays. (The name is an argument of create and an option of update.)
ResourceDetails detailsFrom(const QCommandLineParser& options, ResourceDetails details,
                            std::optional<ResourceType> type)
{
    for (auto [name, member] : {std::pair{"description", &ResourceDetails::description},
                                std::pair{"email", &ResourceDetails::email}}) {
        if (options.isSet(QString::fromLatin1(name)))
            details.*member = options.value(QString::fromLatin1(name));
    }
    if (type)
        details.type = *type;
    return details;
}

} // namespace

Noun ResourceCommands::noun()
{
    return {QStringLiteral("resource"),
            tr("Rooms and equipment of an organization: details, booking options and delegates."),
            inHelpOrder(verbs() + ResourceBookingCommands::verbs(),
                        "create list show update booking delegates add-delegates remove-delegates remove")};
}

QVector<Verb> ResourceCommands::verbs()
{
    const QString resource = QStringLiteral("RESOURCE");
    const QString types = QStringLiteral("Room|Equipment");
    const QCommandLineOption type = valueOption("type", tr("Room or Equipment."), types);
    const QCommandLineOption email =
        valueOption("email", tr("The resource's address, on a verified domain."), tr("ADDRESS"));
    const QCommandLineOption description = valueOption("description",
                                                       tr("What it is, for people (at most 64 "
                                                          "characters)."),
                                                       tr("TEXT"));
    return {
        orgVerb("list", {}, tr("List an organization's resources by name."), &list,
                {valueOption("search", tr("Only resources whose name or address starts with this."),
                             tr("PREFIX"))}),
        orgVerb("create", QStringLiteral("NAME"),
                tr("Create a resource that accepts every booking request and declines conflicting ones."),
                &create, {type, email, description}, {TypeOption, QStringLiteral("email")}),
        orgVerb("show", resource, tr("Show one resource, by name or id, with its booking options."), &show),
        orgVerb("update", resource, tr("Change a resource's details; details not given keep their values."),
                &update,
                {valueOption("name", tr("The new name."), tr("NAME")), type, email, description,
                 CliContext::ifVersionOption()}),
        orgVerb("remove", resource, tr("Remove a resource with its address and delegates, for good."),
                &remove, {flagOption("yes", tr("Confirm that the removal cannot be undone."))}),
    };
}

void ResourceCommands::printResource(CliContext& ctx, const Resource& r)
{
    if (ctx.json()) {
        ctx.printJson(json::of(r));
        return;
    }
    ctx.printFields({{tr("Name"), r.details.name},
                     {tr("ID"), r.id},
                     {tr("Type"), labelOf(r.details.type)},
                     {tr("Email"), r.details.email},
                     {tr("Description"), r.details.description},
                     {tr("Accept all requests"), onOff(r.booking.acceptAll)},
                     {tr("Decline recurring requests"), onOff(r.booking.declineRecurring)},
                     {tr("Decline conflicting requests"), onOff(r.booking.declineConflicting)},
                     {tr("Created"), json::timestamp(r.createdAt)}});
}

int ResourceCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resources = ctx.engine().resources().list(org.value().id, options.value(QStringLiteral("search")));
    if (!resources)
        return ctx.fail(resources.error());
    if (ctx.json())
        return ctx.printJsonArray(resources.value());
    QVector<QStringList> rows;
    for (const Resource& r : resources.value())
        rows << QStringList{r.details.name, labelOf(r.details.type), r.details.email, r.details.description};
    ctx.printTable({tr("NAME"), tr("TYPE"), tr("EMAIL"), tr("DESCRIPTION")}, rows);
    return ExitOk;
}

int ResourceCommands::create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    QString problem;
    const auto type = typeOption(options, problem);
    if (!problem.isEmpty())
        return ctx.usageError(problem, QStringLiteral("resource create"));
    ResourceDetails named;
    named.name = arguments.at(0);
    const ResourceDetails details = detailsFrom(options, named, type);
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto created = ctx.engine().resources().create(org.value().id, details);
    if (!created)
        return ctx.fail(created.error());
    const ResourceDetails& made = created.value().details;
    return ctx.printDone(json::of(created.value()),
                         tr("Created %1 <%2> (%3).").arg(made.name, made.email, labelOf(made.type)));
}

int ResourceCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.resource(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    printResource(ctx, found.value().item);
    return ExitOk;
}

int ResourceCommands::update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    QString problem;
    const auto type = typeOption(options, problem);
    if (!problem.isEmpty())
        return ctx.usageError(problem, QStringLiteral("resource update"));
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto found = ctx.resource(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Resource& resource = found.value().item;
    ResourceDetails details = detailsFrom(options, resource.details, type);
    if (options.isSet(QStringLiteral("name")))
        details.name = options.value(QStringLiteral("name"));
    // A field edit: only the details given are written, each while it still holds what was read.
    auto updated = ctx.engine().resources().update(resource.id, resource.details, details, ifVersion.value());
    if (!updated)
        return ctx.fail(updated.error());
    return ctx.printDone(json::of(updated.value()),
                         tr("Updated the details of %1.").arg(updated.value().details.name));
}

int ResourceCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    if (!options.isSet(QStringLiteral("yes")))
        return ctx.usageError(tr("Removing a resource cannot be undone; add --yes to confirm."),
                              QStringLiteral("resource remove"));
    auto found = ctx.resource(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Resource& r = found.value().item;
    if (auto removed = ctx.engine().resources().remove(r.id); !removed)
        return ctx.fail(removed.error());
    return ctx.printDone(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("name"), r.details.name},
                                     {QStringLiteral("removed"), true}},
                         tr("Removed the resource %1 with its address and delegates.").arg(r.details.name));
}

} // namespace mailroomctl
