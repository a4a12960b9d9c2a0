#include "JournalingCommands.h"

#include "settings/OrgSettings.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString OnOption = QStringLiteral("on");
const QString OffOption = QStringLiteral("off");
const QString JournalAddressOption = QStringLiteral("journal-address");
const QString ReportAddressOption = QStringLiteral("report-address");

} // namespace

Noun JournalingCommands::noun()
{
    return {
        QStringLiteral("journaling"),
        tr("Journaling of an organization: where a record of each message goes, and the reserved journal "
           "sender."),
        {
            orgVerb("get", {},
                    tr("Show whether journaling is on, its two addresses and the reserved address journal "
                       "records are sent from."),
                    &get),
            orgVerb(
                "set", {},
                tr("Turn journaling on or off or change its addresses, at once; what is not given keeps "
                   "its value."),
                &set,
                {flagOption("on", tr("Turn journaling on; both addresses must then be valid.")),
                 flagOption("off", tr("Turn journaling off; the addresses are kept.")),
                 valueOption("journal-address",
                             tr("Where journal records go; it may be outside the organization."),
                             tr("ADDRESS")),
                 valueOption("report-address",
                             tr("Where a notice goes when a message could not be journaled."), tr("ADDRESS")),
                 CliContext::ifVersionOption()}),
        }};
}

int JournalingCommands::get(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto settings = ctx.engine().settings().journaling(org.value().id);
    if (!settings)
        return ctx.fail(settings.error());
    return printSettings(ctx, org.value(), settings.value());
}

int JournalingCommands::set(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const QString command = QStringLiteral("journaling set");
    if (options.isSet(OnOption) && options.isSet(OffOption))
        return ctx.usageError(tr("Give --on or --off, not both."), command);
    if (!options.isSet(OnOption) && !options.isSet(OffOption) && !options.isSet(JournalAddressOption) &&
        !options.isSet(ReportAddressOption))
        return ctx.usageError(tr("journaling set needs --on, --off, --journal-address or --report-address."),
                              command);
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto before = ctx.engine().settings().journaling(org.value().id);
    if (!before)
        return ctx.fail(before.error());
    JournalingSettings settings = before.value();
    if (options.isSet(OnOption) || options.isSet(OffOption))
        settings.enabled = options.isSet(OnOption);
    if (options.isSet(JournalAddressOption))
        settings.journalAddress = options.value(JournalAddressOption);
    if (options.isSet(ReportAddressOption))
        settings.reportAddress = options.value(ReportAddressOption);
    // Based on what was read here, or on the version the caller names.
    auto saved = ctx.engine().settings().setJournaling(
        org.value().id, settings, ifVersion.value() ? ifVersion.value() : before.value().version);
    if (!saved)
        return ctx.fail(saved.error());
    if (!ctx.json())
        ctx.print(tr("Saved the journaling of %1:").arg(org.value().alias));
    return printSettings(ctx, org.value(), saved.value());
}

int JournalingCommands::printSettings(CliContext& ctx, const Organization& org,
                                      const JournalingSettings& settings)
{
    const QString sender = journalSenderAddress(org);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("enabled"), settings.enabled},
                                  {QStringLiteral("journalAddress"), settings.journalAddress},
                                  {QStringLiteral("reportAddress"), settings.reportAddress},
                                  {QStringLiteral("senderAddress"), sender},
                                  {QStringLiteral("version"), settings.version}});
        return ExitOk;
    }
    const auto orNone = [](const QString& address) { return address.isEmpty() ? tr("none") : address; };
    ctx.printFields({{tr("Journaling"), settings.enabled ? tr("on") : tr("off")},
                     {tr("Journaling address"), orNone(settings.journalAddress)},
                     {tr("Report address"), orNone(settings.reportAddress)},
                     {tr("Journal sender"), sender}});
    ctx.print(tr("The journal sender is reserved: it has no mailbox, and no user, group or resource can take "
                 "its name or address."));
    return ExitOk;
}

} // namespace mailroomctl
