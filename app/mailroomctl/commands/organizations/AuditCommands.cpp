#include "AuditCommands.h"

#include "core/AuditLog.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

constexpr int DefaultLimit = 100;

} // namespace

Noun AuditCommands::noun()
{
    const QCommandLineOption orgOption =
        valueOption("org", tr("Only this organization's records (alias or id)."), tr("ORG"));
    return {
        QStringLiteral("audit"),
        tr("The audit log: every change, when, by whom, before and after."),
        {
            {.name = QStringLiteral("list"),
             .summary = tr("List the newest records first."),
             .options = {orgOption,
                         valueOption("limit",
                                     tr("Show at most this many records (default: %1).").arg(DefaultLimit),
                                     tr("N"))},
             .run = &list},
            {.name = QStringLiteral("export"),
             .arguments = QStringLiteral("FILE.json"),
             .summary = tr("Write the records to a file as a JSON array."),
             .options = {orgOption},
             .minArguments = 1,
             .maxArguments = 1,
             .run = &exportJson},
        }};
}

Result<QString> AuditCommands::organizationId(CliContext& ctx, const QCommandLineParser& options)
{
    if (!options.isSet(QStringLiteral("org")))
        return QString();
    auto org = ctx.organization(options.value(QStringLiteral("org")));
    if (!org)
        return org.error();
    return org.value().id;
}

int AuditCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    int limit = DefaultLimit;
    if (options.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return ctx.usageError(tr("--limit needs a whole number, 0 or more."),
                                  QStringLiteral("audit list"));
    }
    auto orgId = organizationId(ctx, options);
    if (!orgId)
        return ctx.fail(orgId.error());
    auto records = ctx.engine().audit().list(orgId.value(), limit);
    if (!records)
        return ctx.fail(records.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const AuditRecord& record : records.value())
            array.append(json::of(record));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const AuditRecord& record : records.value())
        rows << QStringList{json::timestamp(record.at), record.actor, record.action, record.target};
    ctx.printTable({tr("WHEN"), tr("WHO"), tr("ACTION"), tr("TARGET")}, rows);
    return ExitOk;
}

int AuditCommands::exportJson(CliContext& ctx, const QCommandLineParser& options,
                              const QStringList& arguments)
{
    auto orgId = organizationId(ctx, options);
    if (!orgId)
        return ctx.fail(orgId.error());
    const QString path = arguments.at(0);
    if (auto written = ctx.engine().audit().exportJson(path, orgId.value()); !written)
        return ctx.fail(written.error());
    return ctx.reply(QJsonObject{{QStringLiteral("file"), path}},
                     [&] { ctx.print(tr("Wrote the audit log to %1.").arg(path)); });
}

} // namespace mailroomctl
