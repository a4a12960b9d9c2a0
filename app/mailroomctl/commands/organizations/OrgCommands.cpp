#include "OrgCommands.h"

#include "io/JsonFormat.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "organizations/Region.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString CreationStep = QStringLiteral("organization.create.step");

QString stateText(const Organization& org)
{
    return org.stateReason.isEmpty() ? labelOf(org.state)
                                     : labelOf(org.state) + QStringLiteral(": ") + org.stateReason;
}

QString setupLabel(const Organization& org)
{
    return org.setup == SetupKind::Quick ? QCoreApplication::translate("mailroomctl", "Quick setup")
                                         : QCoreApplication::translate("mailroomctl", "Standard setup");
}

QString typeLabel(const Organization& org)
{
    const auto type = fromName<DirectoryType>(org.directoryType);
    return type ? labelOf(*type) : org.directoryType;
}

} // namespace

Noun OrgCommands::noun()
{
    const QCommandLineOption alias = valueOption("alias", tr("The organization's alias."), tr("ALIAS"));
    const QCommandLineOption region = valueOption(
        "region", tr("The region: %1.").arg(regions::all().join(QStringLiteral(", "))), tr("REGION"));
    const QStringList aliasAndRegion{QStringLiteral("alias"), QStringLiteral("region")};
    return {
        QStringLiteral("org"),
        tr("Organizations: create with Quick or Standard setup, list, show and remove."),
        {
            {.name = QStringLiteral("quick-setup"),
             .summary =
                 tr("Create an organization with its own mail directory and test domain (at most 2 per "
                    "region)."),
             .options = {alias, region},
             .required = aliasAndRegion,
             .run = &quickSetup},
            {.name = QStringLiteral("standard-setup"),
             .summary = tr("Create an organization on a directory of the registry."),
             .options = {alias, region,
                         valueOption("directory", tr("The directory's id (see 'directory list')."), tr("ID")),
                         valueOption("kms-key", tr("A custom master key ARN (default: the default key)."),
                                     tr("ARN")),
                         flagOption("interoperability",
                                    tr("Turn on interoperability with Microsoft Exchange (AD "
                                       "Connector only; cannot be turned on later)."))},
             .required = aliasAndRegion + QStringList{QStringLiteral("directory")},
             .run = &standardSetup},
            {.name = QStringLiteral("list"),
             .summary = tr("List the organizations."),
             .options = {valueOption("region", tr("Only organizations in this region."), tr("REGION"))},
             .run = &list},
            {.name = QStringLiteral("show"),
             .arguments = QStringLiteral("ALIAS|ID"),
             .summary = tr("Show one organization."),
             .minArguments = 1,
             .maxArguments = 1,
             .run = &show},
            {.name = QStringLiteral("remove"),
             .arguments = QStringLiteral("ALIAS|ID"),
             .summary = tr("Remove an organization and all its mailbox data, for good."),
             .options = {valueOption("confirm", tr("The organization's alias, typed again to confirm."),
                                     tr("ALIAS"))},
             .required = {QStringLiteral("confirm")},
             .minArguments = 1,
             .maxArguments = 1,
             .run = &remove},
        }};
}

int OrgCommands::quickSetup(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto requested = ctx.engine().organizations().requestQuickSetup(options.value(QStringLiteral("alias")),
                                                                    options.value(QStringLiteral("region")));
    if (!requested)
        return ctx.fail(requested.error());
    return create(ctx, requested.value());
}

int OrgCommands::standardSetup(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const StandardSetupRequest request{
        options.value(QStringLiteral("alias")), options.value(QStringLiteral("region")),
        options.value(QStringLiteral("directory")), options.value(QStringLiteral("kms-key")),
        options.isSet(QStringLiteral("interoperability"))};
    auto requested = ctx.engine().organizations().requestStandardSetup(request);
    if (!requested)
        return ctx.fail(requested.error());
    return create(ctx, requested.value());
}

int OrgCommands::create(CliContext& ctx, const Organization& requested)
{
    const QStringList steps = Organizations::creationSteps(requested.setup);
    int done = requested.creationStep;
    // Each step commits on its own and says so; that is the progress people see.
    const auto connection =
        QObject::connect(&ctx.engine(), &Engine::changed, &ctx.engine(), [&](const Change& change) {
            if (change.action != CreationStep || change.organizationId != requested.id ||
                done >= steps.size())
                return;
            ++done;
            ctx.progress(tr("[%1/%2] %3").arg(done).arg(steps.size()).arg(steps.at(done - 1)));
        });
    auto created = ctx.engine().organizations().completeCreation(requested.id);
    QObject::disconnect(connection);
    if (!created)
        return ctx.fail(created.error());
    const Organization& org = created.value();
    return ctx.reply(json::of(org), [&] {
        ctx.print(tr("Organization %1 (%2) is %3; its default domain is %4.")
                      .arg(org.alias, org.id, labelOf(org.state), org.defaultDomain));
    });
}

int OrgCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto orgs = ctx.engine().organizations().list(options.value(QStringLiteral("region")));
    if (!orgs)
        return ctx.fail(orgs.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Organization& org : orgs.value())
            array.append(json::of(org));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const Organization& org : orgs.value())
        rows << QStringList{org.alias,      org.id,          org.region,
                            stateText(org), setupLabel(org), org.defaultDomain};
    ctx.printTable({tr("ALIAS"), tr("ID"), tr("REGION"), tr("STATE"), tr("SETUP"), tr("DEFAULT DOMAIN")},
                   rows);
    return ExitOk;
}

int OrgCommands::show(CliContext& ctx, const QCommandLineParser&, const QStringList& arguments)
{
    auto found = ctx.organization(arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Organization& org = found.value();
    return ctx.reply(json::of(org), [&] {
        ctx.printFields(
            {{tr("Alias"), org.alias},
             {tr("ID"), org.id},
             {tr("Region"), regions::displayName(org.region) + QStringLiteral(" (") + org.region + u')'},
             {tr("State"), stateText(org)},
             {tr("Setup"), setupLabel(org)},
             {tr("Directory"),
              QStringLiteral("%1 (%2, %3)").arg(org.directoryName, typeLabel(org), org.directoryId)},
             {tr("Master key"), org.kmsKey},
             {tr("Interoperability"), org.interoperability ? tr("on") : tr("off")},
             {tr("Default domain"), org.defaultDomain},
             {tr("Created"), json::timestamp(org.createdAt)},
             {tr("Trial ends"), json::timestamp(ctx.engine().organizations().trialEnds(org))}});
    });
}

int OrgCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.organization(arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Organization& org = found.value();
    if (auto removed = ctx.engine().organizations().remove(org.id, options.value(QStringLiteral("confirm")));
        !removed)
        return ctx.fail(removed.error());
    return ctx.reply(QJsonObject{{QStringLiteral("id"), org.id},
                                 {QStringLiteral("alias"), org.alias},
                                 {QStringLiteral("removed"), true}},
                     [&] {
                         ctx.print(
                             tr("Removed the organization %1 and all its mailbox data.").arg(org.alias));
                         if (org.setup == SetupKind::Standard)
                             ctx.print(tr("The directory %1 stays in the registry and is still billed while "
                                          "unused; remove it with "
                                          "'mailroomctl directory remove %2' if you no longer need it.")
                                           .arg(org.directoryName, org.directoryId));
                     });
}

} // namespace mailroomctl
