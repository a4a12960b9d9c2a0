#include "InteropStatusCommands.h"

#include "domains/Domains.h"
#include "interop/AvailabilitySettings.h"
#include "interop/ExchangeCommands.h"
#include "interop/InteropPrerequisites.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>

namespace mailroomctl {

using namespace mailroom;
using interop::Prerequisite;

namespace {

const QString NameserverOption = QStringLiteral("nameserver");
const QString NoDnsOption = QStringLiteral("no-dns");

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject jsonOf(const Prerequisite& p)
{
    return {{QStringLiteral("item"), interop::prerequisiteItemName(p.item)},
            {QStringLiteral("state"), interop::prerequisiteStateName(p.state)},
            {QStringLiteral("subject"), p.subject},
            {QStringLiteral("text"), p.text},
            {QStringLiteral("manual"), p.manual}};
}

QJsonObject jsonOf(const AvailabilitySetting& s)
{
    return {{QStringLiteral("domain"), s.domain},
            {QStringLiteral("ewsUrl"), s.ewsUrl},
            {QStringLiteral("serviceAccount"), s.serviceAccount},
            {QStringLiteral("testedAt"),
             s.testedAt.isValid() ? QJsonValue(s.testedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("testResult"), s.testResult}};
}

// The DNS items of the verified domains, from the real check; the running check reports progress.
QVector<Prerequisite> checkDns(CliContext& ctx, const QVector<Domain>& domains, const QString& region,
                               const QHostAddress& nameserver)
{
    interop::InteropDnsCheck check(domains, region, nameserver);
    QEventLoop loop;
    QObject::connect(&check, &interop::InteropDnsCheck::progress, &loop,
                     [&](int done, int total, const QString& domain) {
                         if (!domain.isEmpty())
                             ctx.progress(QCoreApplication::translate("mailroomctl", "[%1/%2] MX of %3")
                                              .arg(done + 1)
                                              .arg(total)
                                              .arg(domain));
                     });
    QObject::connect(&check, &interop::InteropDnsCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return check.results();
}

} // namespace

QVector<Verb> InteropStatusCommands::verbs()
{
    return {statusVerb(), routingVerb(), exchangeCommandVerb()};
}

Verb InteropStatusCommands::statusVerb()
{
    return orgVerb(
        "status", QString(),
        tr("Show the interoperability mode, the prerequisites checklist (with where the MX records of the "
           "verified domains point) and the availability settings of each domain, never the password."),
        &status,
        {valueOption("nameserver",
                     tr("Ask this name server (an IP address) about the domains instead of the system's "
                        "resolver."),
                     tr("IP")),
         flagOption("no-dns", tr("Do not look up the MX records; their item stays not checked."))});
}

Verb InteropStatusCommands::routingVerb()
{
    return orgVerb(
        "routing commands", QStringLiteral("USER"),
        tr("Show the two addresses a user needs for email routing from Exchange, which of them the user "
           "has, and the Exchange Management Shell commands for the user, filled in, with the notes to "
           "read before and after."),
        &routingCommands);
}

Verb InteropStatusCommands::exchangeCommandVerb()
{
    return orgVerb(
        "exchange-command", QString(),
        tr("Show the Exchange Management Shell command that adds the availability address space for this "
           "organization, filled in."),
        &exchangeCommand);
}

int InteropStatusCommands::status(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    QHostAddress nameserver;
    if (options.isSet(NameserverOption) && !nameserver.setAddress(options.value(NameserverOption)))
        return ctx.usageError(tr("--nameserver needs an IP address, such as 192.0.2.53."),
                              QStringLiteral("interop status"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto checklist = interop::prerequisites(ctx.engine(), org.value().id);
    if (!checklist)
        return ctx.fail(checklist.error());
    auto availability = ctx.engine().availability().list(org.value().id);
    if (!availability)
        return ctx.fail(availability.error());
    QVector<Prerequisite> items = checklist.value();
    if (!options.isSet(NoDnsOption)) {
        auto domains = ctx.engine().domains().list(org.value().id);
        if (!domains)
            return ctx.fail(domains.error());
        const QVector<Prerequisite> dns = checkDns(ctx, domains.value(), org.value().region, nameserver);
        QVector<Prerequisite> merged;
        for (const Prerequisite& p : std::as_const(items)) {
            if (p.item == Prerequisite::Item::DnsAtExchange)
                merged += dns;
            else
                merged.append(p);
        }
        items = merged;
    }

    if (ctx.json()) {
        QJsonArray prerequisites;
        for (const Prerequisite& p : std::as_const(items))
            prerequisites.append(jsonOf(p));
        QJsonArray settings;
        for (const AvailabilitySetting& s : availability.value())
            settings.append(jsonOf(s));
        ctx.printJson(QJsonObject{{QStringLiteral("organization"), org.value().alias},
                                  {QStringLiteral("interoperability"), org.value().interoperability},
                                  {QStringLiteral("prerequisites"), prerequisites},
                                  {QStringLiteral("availability"), settings}});
        return ExitOk;
    }
    ctx.print(org.value().interoperability
                  ? tr("%1: interoperability with Microsoft Exchange is on.").arg(org.value().alias)
                  : tr("%1: interoperability with Microsoft Exchange is off.").arg(org.value().alias));
    ctx.print(QString());
    ctx.print(tr("Prerequisites:"));
    QVector<QStringList> rows;
    for (const Prerequisite& p : std::as_const(items))
        rows.append({interop::prerequisiteStateLabel(p.state),
                     p.manual ? tr("%1 (you confirm)").arg(interop::prerequisiteItemLabel(p.item))
                              : interop::prerequisiteItemLabel(p.item),
                     p.text});
    ctx.printTable({tr("STATE"), tr("ITEM"), tr("DETAILS")}, rows);
    ctx.print(QString());
    if (availability.value().isEmpty()) {
        ctx.print(tr("Availability settings: none yet (mailroomctl interop availability set)."));
        return ExitOk;
    }
    ctx.print(tr("Availability settings:"));
    rows.clear();
    for (const AvailabilitySetting& s : availability.value())
        rows.append({s.domain, s.ewsUrl, s.serviceAccount,
                     s.testedAt.isValid() ? tr("%1: %2").arg(QLocale().toString(s.testedAt.toLocalTime(),
                                                                                QLocale::ShortFormat),
                                                             s.testResult)
                                          : tr("never tested")});
    ctx.printTable({tr("DOMAIN"), tr("EWS URL"), tr("SERVICE ACCOUNT"), tr("LAST TEST")}, rows);
    return ExitOk;
}

int InteropStatusCommands::routingCommands(CliContext& ctx, const QCommandLineParser& options,
                                           const QStringList& arguments)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    auto found = interop::routingCommands(ctx.engine(), user.value().item.id);
    if (!found)
        return ctx.fail(found.error());
    const interop::RoutingCommands& r = found.value();

    if (ctx.json()) {
        QJsonArray addresses;
        for (const interop::RequiredAddress& a : r.addresses)
            addresses.append(
                QJsonObject{{QStringLiteral("kind"), a.kind == interop::RequiredAddress::Kind::TestDomain
                                                         ? QStringLiteral("TestDomain")
                                                         : QStringLiteral("Exchange")},
                            {QStringLiteral("address"), a.address},
                            {QStringLiteral("present"), a.present},
                            {QStringLiteral("note"), a.note}});
        ctx.printJson(QJsonObject{{QStringLiteral("user"), r.username},
                                  {QStringLiteral("exchangeDomain"), r.exchangeDomain},
                                  {QStringLiteral("ready"), r.ready()},
                                  {QStringLiteral("addresses"), addresses},
                                  {QStringLiteral("before"), strings(r.before)},
                                  {QStringLiteral("commands"), strings(r.commands)},
                                  {QStringLiteral("after"), strings(r.after)}});
        return ExitOk;
    }
    ctx.print(tr("Addresses %1 needs:").arg(r.username));
    QVector<QStringList> rows;
    for (const interop::RequiredAddress& a : r.addresses)
        rows.append({a.address.isEmpty() ? tr("(none)") : a.address, a.present ? tr("has it") : tr("missing"),
                     a.note});
    ctx.printTable({tr("ADDRESS"), tr("STATE"), tr("NOTE")}, rows);
    ctx.print(QString());
    ctx.print(tr("Before you run the commands:"));
    for (const QString& note : r.before)
        ctx.print(QStringLiteral("- ") + note);
    ctx.print(QString());
    ctx.print(tr("In the Exchange Management Shell:"));
    for (const QString& command : r.commands)
        ctx.print(QStringLiteral("    ") + command);
    ctx.print(QString());
    ctx.print(tr("Afterwards:"));
    for (const QString& note : r.after)
        ctx.print(QStringLiteral("- ") + note);
    return ExitOk;
}

int InteropStatusCommands::exchangeCommand(CliContext& ctx, const QCommandLineParser& options,
                                           const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto found = interop::availabilityAddressSpace(ctx.engine(), org.value().id);
    if (!found)
        return ctx.fail(found.error());
    const interop::AddressSpaceCommand& c = found.value();
    return ctx.reply(QJsonObject{{QStringLiteral("forestName"), c.forestName},
                                 {QStringLiteral("credentialUser"), c.credentialUser},
                                 {QStringLiteral("commands"), strings(c.commands)},
                                 {QStringLiteral("notes"), strings(c.notes)}},
                     [&] {
                         ctx.print(tr("In the Exchange Management Shell:"));
                         for (const QString& command : c.commands)
                             ctx.print(QStringLiteral("    ") + command);
                         ctx.print(QString());
                         for (const QString& note : c.notes)
                             ctx.print(QStringLiteral("- ") + note);
                     });
}

} // namespace mailroomctl
