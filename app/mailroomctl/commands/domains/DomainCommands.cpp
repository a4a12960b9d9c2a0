#include "DomainCommands.h"

#include "DomainDnsCommands.h"
#include "DomainPolicyCommands.h"
#include "domains/Domains.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

QString yesOrEmpty(bool yes)
{
    return yes ? QCoreApplication::translate("mailroomctl", "yes") : QString();
}

} // namespace

Noun DomainCommands::noun()
{
    return {
        QStringLiteral("domain"),
        tr("Mail domains of an organization: add, DNS records and their check, default, identity policy."),
        inHelpOrder(verbs() + DomainPolicyCommands::verbs() + DomainDnsCommands::verbs(),
                    "add list show records check-dns set-default policy set-policy fix-policy remove")};
}

QVector<Verb> DomainCommands::verbs()
{
    const QString name = QStringLiteral("NAME");
    return {
        orgVerb("list", {}, tr("List an organization's domains with their verification status."), &list),
        orgVerb("add", name,
                tr("Add a domain (Pending until its TXT record is found) and show the records to publish."),
                &add),
        orgVerb("show", name, tr("Show one domain."), &show),
        orgVerb("records", name,
                tr("List the DNS records to publish for a domain: name, type, value and TTL."), &records),
        orgVerb("set-default", name,
                tr("Make a verified domain the default for new addresses; existing addresses do not change."),
                &setDefault),
        orgVerb("remove", name, tr("Remove a domain that no address uses."), &remove,
                {valueOption("confirm", tr("The domain's name, typed again to confirm."), tr("NAME"))},
                {QStringLiteral("confirm")}),
    };
}

int DomainCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto domains = ctx.engine().domains().list(org.value().id);
    if (!domains)
        return ctx.fail(domains.error());
    if (ctx.json())
        return ctx.printJsonArray(domains.value());
    QVector<QStringList> rows;
    for (const Domain& d : domains.value())
        rows << QStringList{d.displayName(), labelOf(d.status), yesOrEmpty(d.isDefault), yesOrEmpty(d.isTest),
                            json::timestamp(d.checkedAt)};
    ctx.printTable({tr("NAME"), tr("STATUS"), tr("DEFAULT"), tr("TEST"), tr("LAST CHECK")}, rows);
    return ExitOk;
}

int DomainCommands::add(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    Domains& domains = ctx.engine().domains();
    auto added = domains.add(org.value().id, arguments.at(0));
    if (!added)
        return ctx.fail(added.error());
    const Domain& d = added.value();
    if (ctx.json()) {
        ctx.printJson(json::of(d));
        return ExitOk;
    }
    ctx.print(
        tr("Added %1; it stays %2 until its TXT record is found.").arg(d.displayName(), labelOf(d.status)));
    auto records = domains.records(org.value().id, d.name);
    if (!records)
        return ctx.fail(records.error());
    ctx.print(tr("Publish these records, then run 'mailroomctl domain check-dns --org %1 %2':")
                  .arg(org.value().alias, d.displayName()));
    return printRecords(ctx, d, records.value());
}

int DomainCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.domain(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const auto& [org, d] = found.value();
    const bool needsFix = ctx.engine().domains().policyNeedsFix(d);
    if (ctx.json()) {
        QJsonObject object = json::of(d);
        object.insert(QStringLiteral("policyNeedsFix"), needsFix);
        ctx.printJson(object);
        return ExitOk;
    }
    QVector<std::pair<QString, QString>> fields{{tr("Name"), d.displayName()}};
    if (d.displayName() != d.name)
        fields.append({tr("DNS name"), d.name});
    fields += QVector<std::pair<QString, QString>>{
        {tr("Status"), labelOf(d.status)},
        {tr("Default"), d.isDefault ? tr("yes") : tr("no")},
        {tr("Test domain"), d.isTest ? tr("yes") : tr("no")},
        {tr("Added"), json::timestamp(d.createdAt)},
        {tr("Last check"), d.checkedAt.isValid() ? json::timestamp(d.checkedAt) : tr("never")}};
    ctx.printFields(fields);
    if (needsFix)
        ctx.warn(tr("the identity policy of %1 does not allow ses:*; run 'mailroomctl domain fix-policy "
                    "--org %2 %1'.")
                     .arg(d.displayName(), org.alias));
    return ExitOk;
}

int DomainCommands::records(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.domain(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const auto& [org, domain] = found.value();
    auto records = ctx.engine().domains().records(org.id, domain.name);
    if (!records)
        return ctx.fail(records.error());
    return printRecords(ctx, domain, records.value());
}

int DomainCommands::printRecords(CliContext& ctx, const Domain& domain, const QVector<DnsRecord>& records)
{
    if (ctx.json())
        return ctx.printJsonArray(records);
    if (domain.isTest) {
        ctx.print(tr("%1 is the test domain: it needs no DNS records.").arg(domain.displayName()));
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const DnsRecord& r : records)
        rows << QStringList{r.name, dnsRecordTypeName(r.type), r.value, QString::number(r.ttl)};
    ctx.printTable({tr("NAME"), tr("TYPE"), tr("VALUE"), tr("TTL")}, rows);
    ctx.print(QString());
    ctx.print(tr("If your DNS provider adds the domain to every name you enter, end each name with a dot "
                 "(%1.) so that it is not added twice.")
                  .arg(records.isEmpty() ? domain.name : records.first().name));
    return ExitOk;
}

int DomainCommands::setDefault(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto domain = ctx.engine().domains().setDefault(org.value().id, arguments.at(0));
    if (!domain)
        return ctx.fail(domain.error());
    return ctx.printDone(json::of(domain.value()),
                         tr("%1 is now the default domain for new addresses; existing addresses keep theirs.")
                             .arg(domain.value().displayName()));
}

int DomainCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.domain(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const auto& [org, d] = found.value();
    if (auto removed =
            ctx.engine().domains().remove(org.id, d.name, options.value(QStringLiteral("confirm")));
        !removed)
        return ctx.fail(removed.error());
    return ctx.printDone(QJsonObject{{QStringLiteral("name"), d.name},
                                     {QStringLiteral("displayName"), d.displayName()},
                                     {QStringLiteral("removed"), true}},
                         tr("Removed the domain %1.").arg(d.displayName()));
}

} // namespace mailroomctl
