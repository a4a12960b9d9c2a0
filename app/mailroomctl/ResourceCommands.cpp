#include "ResourceCommands.h"

#include "JsonFormat.h"
#include "ResourceBookingCommands.h"
#include "resources/Resources.h"

#include <QCommandLineParser>
#include <algorithm>
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
    const auto type = resourceTypeFromName(options.value(TypeOption));
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
    QVector<Verb> all = verbs() + ResourceBookingCommands::verbs();
    // The help lists the verbs in the order an administrator meets them, not by class.
    const QStringList order{QStringLiteral("create"),        QStringLiteral("list"),
                            QStringLiteral("show"),          QStringLiteral("update"),
                            QStringLiteral("booking"),       QStringLiteral("delegates"),
                            QStringLiteral("add-delegates"), QStringLiteral("remove-delegates"),
                            QStringLiteral("remove")};
    std::stable_sort(all.begin(), all.end(), [&](const Verb& a, const Verb& b) {
        return order.indexOf(a.name) < order.indexOf(b.name);
    });
    return {QStringLiteral("resource"),
            tr("Rooms and equipment of an organization: details, booking options and delegates."), all};
}

QVector<Verb> ResourceCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QList<QCommandLineOption> orgOnly{CliContext::orgOption()};
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
        {.name = QStringLiteral("list"),
         .summary = tr("List an organization's resources by name."),
         .options = {CliContext::orgOption(),
                     valueOption("search", tr("Only resources whose name or address starts with this."),
                                 tr("PREFIX"))},
         .required = org,
         .run = &list},
        {.name = QStringLiteral("create"),
         .arguments = QStringLiteral("NAME"),
         .summary = tr("Create a resource that accepts every booking request and declines conflicting ones."),
         .options = {CliContext::orgOption(), type, email, description},
         .required = org + QStringList{TypeOption, QStringLiteral("email")},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &create},
        {.name = QStringLiteral("show"),
         .arguments = resource,
         .summary = tr("Show one resource, by name or id, with its booking options."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &show},
        {.name = QStringLiteral("update"),
         .arguments = resource,
         .summary = tr("Change a resource's details; details not given keep their values."),
         .options = {CliContext::orgOption(), valueOption("name", tr("The new name."), tr("NAME")), type,
                     email, description},
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &update},
        {.name = QStringLiteral("remove"),
         .arguments = resource,
         .summary = tr("Remove a resource with its address and delegates, for good."),
         .options = {CliContext::orgOption(),
                     flagOption("yes", tr("Confirm that the removal cannot be undone."))},
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &remove},
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
                     {tr("Type"), resourceTypeLabel(r.details.type)},
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
    if (ctx.json()) {
        QJsonArray array;
        for (const Resource& r : resources.value())
            array.append(json::of(r));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const Resource& r : resources.value())
        rows << QStringList{r.details.name, resourceTypeLabel(r.details.type), r.details.email,
                            r.details.description};
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
    if (ctx.json())
        ctx.printJson(json::of(created.value()));
    else
        ctx.print(tr("Created %1 <%2> (%3).")
                      .arg(created.value().details.name, created.value().details.email,
                           resourceTypeLabel(created.value().details.type)));
    return ExitOk;
}

int ResourceCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resource = ctx.resource(org.value(), arguments.at(0));
    if (!resource)
        return ctx.fail(resource.error());
    printResource(ctx, resource.value());
    return ExitOk;
}

int ResourceCommands::update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    QString problem;
    const auto type = typeOption(options, problem);
    if (!problem.isEmpty())
        return ctx.usageError(problem, QStringLiteral("resource update"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resource = ctx.resource(org.value(), arguments.at(0));
    if (!resource)
        return ctx.fail(resource.error());
    ResourceDetails details = detailsFrom(options, resource.value().details, type);
    if (options.isSet(QStringLiteral("name")))
        details.name = options.value(QStringLiteral("name"));
    auto updated = ctx.engine().resources().update(resource.value().id, details);
    if (!updated)
        return ctx.fail(updated.error());
    if (ctx.json())
        ctx.printJson(json::of(updated.value()));
    else
        ctx.print(tr("Updated the details of %1.").arg(updated.value().details.name));
    return ExitOk;
}

int ResourceCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    if (!options.isSet(QStringLiteral("yes")))
        return ctx.usageError(tr("Removing a resource cannot be undone; add --yes to confirm."),
                              QStringLiteral("resource remove"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resource = ctx.resource(org.value(), arguments.at(0));
    if (!resource)
        return ctx.fail(resource.error());
    const Resource& r = resource.value();
    if (auto removed = ctx.engine().resources().remove(r.id); !removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), r.id},
                                  {QStringLiteral("name"), r.details.name},
                                  {QStringLiteral("removed"), true}});
    else
        ctx.print(tr("Removed the resource %1 with its address and delegates.").arg(r.details.name));
    return ExitOk;
}

} // namespace mailroomctl
