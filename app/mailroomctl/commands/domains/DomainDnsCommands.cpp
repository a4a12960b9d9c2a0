#include "DomainDnsCommands.h"

#include "domains/DnsCheck.h"
#include "domains/Domains.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>
#include <optional>

namespace mailroomctl {

using namespace mailroom;

QVector<Verb> DomainDnsCommands::verbs()
{
    return {
        orgVerb("check-dns", QStringLiteral("NAME"),
                tr("Look up a domain's records in DNS, report each as found, missing or wrong, and record "
                   "the outcome: a found TXT record verifies the domain."),
                &checkDns,
                {valueOption("nameserver",
                             tr("Ask this name server (an IP address) for the domain's name servers "
                                "instead of the system's resolver."),
                             tr("IP"))}),
    };
}

int DomainDnsCommands::checkDns(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    QHostAddress nameserver;
    if (options.isSet(QStringLiteral("nameserver")) &&
        !nameserver.setAddress(options.value(QStringLiteral("nameserver"))))
        return ctx.usageError(tr("--nameserver needs an IP address, such as 192.0.2.53."),
                              QStringLiteral("domain check-dns"));
    auto found = ctx.domain(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const auto& [org, domain] = found.value();
    if (auto ok = ctx.engine().domains().checkable(domain); !ok)
        return ctx.fail(ok.error());

    DnsCheck check(domain, org.region, nameserver);
    QEventLoop loop;
    std::optional<DnsReport> report;
    QObject::connect(&check, &DnsCheck::progress, &loop, [&](int done, int total, const QString& step) {
        ctx.progress(tr("[%1/%2] %3").arg(done).arg(total).arg(step));
    });
    QObject::connect(&check, &DnsCheck::finished, &loop, [&](const DnsReport& finished) {
        report = finished;
        loop.quit();
    });
    check.start();
    if (!report)
        loop.exec();

    // The engine keeps the report and decides the status; a read-only session still sees the report.
    DomainStatus status = domain.status;
    auto recorded = ctx.engine().domains().recordCheck(org.id, *report);
    if (recorded)
        status = recorded.value().status;
    else if (recorded.error().code != ErrorCode::AccessDenied)
        return ctx.fail(recorded.error());
    const int exitCode = report->failure.isEmpty() ? ExitOk : ExitFailed;

    if (ctx.json()) {
        QJsonObject object = report->toJson();
        object.insert(QStringLiteral("status"), nameOf(status));
        object.insert(QStringLiteral("recorded"), recorded.ok());
        if (!recorded)
            object.insert(QStringLiteral("notRecorded"), json::of(recorded.error()));
        ctx.printJson(object);
        return exitCode;
    }
    printReport(ctx, *report);
    if (!report->failure.isEmpty())
        ctx.warn(tr("the check could not run: %1").arg(report->failure));
    if (recorded)
        ctx.print(tr("%1 is now %2.").arg(domain.displayName(), labelOf(status)));
    else
        ctx.print(tr("The outcome was not recorded, so %1 stays %2: %3")
                      .arg(domain.displayName(), labelOf(status), recorded.error().message));
    return exitCode;
}

void DomainDnsCommands::printReport(CliContext& ctx, const DnsReport& report)
{
    ctx.print(tr("DNS check of %1: asked %2; name servers: %3.")
                  .arg(report.domain, report.askedServer,
                       report.nameServers.isEmpty() ? tr("none found")
                                                    : report.nameServers.join(QStringLiteral(", "))));
    qsizetype width = 0;
    for (const RecordCheck& r : report.records)
        width = std::max(width, outcomeLabel(r.outcome).size());
    const QString indent(width + 2, u' ');
    for (const RecordCheck& r : report.records) {
        ctx.print(outcomeLabel(r.outcome).leftJustified(width + 2) + dnsRecordTypeName(r.expected.type) +
                  u' ' + r.expected.name);
        ctx.print(indent + tr("expected: %1").arg(r.expected.value));
        ctx.print(indent +
                  tr("seen: %1").arg(r.seen.isEmpty() ? tr("nothing") : r.seen.join(QStringLiteral(", "))));
        if (!r.note.isEmpty())
            ctx.print(indent + tr("note: %1").arg(r.note));
    }
    ctx.print(tr("%1 of %2 records found.").arg(report.foundCount()).arg(report.records.size()));
}

} // namespace mailroomctl
