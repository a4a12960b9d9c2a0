#include "InteropSyncCommands.h"

#include "interop/DirectorySync.h"

#include <QCommandLineParser>
#include <QLocale>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString SetOption = QStringLiteral("set");

QString shown(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Verb InteropSyncCommands::syncVerb()
{
    return orgVerb("sync", QString(),
                   tr("Synchronise the directory now: the addresses Exchange holds for each enabled user "
                      "become the user's addresses here (this also happens every %1 hours).")
                       .arg(DirectorySync::IntervalHours),
                   &sync);
}

Verb InteropSyncCommands::syncStatusVerb()
{
    return orgVerb("sync status", QString(),
                   tr("Show the last directory synchronisation, what it changed and skipped, and when the "
                      "next one is due."),
                   &syncStatus);
}

Verb InteropSyncCommands::exchangeAddressesVerb()
{
    return orgVerb(
        "exchange-addresses", QStringLiteral("USER"),
        tr("Show the addresses Exchange holds for a directory user, primary first; with --set, "
           "record them as Exchange now has them (the next synchronisation brings them here)."),
        &exchangeAddresses,
        {valueOption("set", tr("The user's addresses in Exchange, primary first, separated by commas."),
                     tr("ADDRESSES"))});
}

void InteropSyncCommands::printReport(CliContext& ctx, const DirectorySyncReport& r)
{
    ctx.print(
        tr("Synchronised %1 by %2: %3 enabled users checked, %4 updated (%5 addresses added, %6 removed).")
            .arg(shown(r.at), r.by)
            .arg(r.usersChecked)
            .arg(r.usersUpdated)
            .arg(r.addressesAdded)
            .arg(r.addressesRemoved));
    if (r.usersWithoutExchangeAddresses > 0)
        ctx.print(tr("Users for whom Exchange holds no address (left as they are): %1.")
                      .arg(r.usersWithoutExchangeAddresses));
    if (r.skipped.isEmpty())
        return;
    ctx.print(tr("Not taken:"));
    QVector<QStringList> rows;
    for (const DirectorySyncReport::Skipped& s : r.skipped)
        rows.append({s.username, s.address, s.reason});
    ctx.printTable({tr("USER"), tr("ADDRESS"), tr("WHY")}, rows);
}

int InteropSyncCommands::sync(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto report = ctx.engine().directorySync().syncNow(org.value().id);
    if (!report)
        return ctx.fail(report.error());
    return ctx.reply(report.value().toJson(), [&] { printReport(ctx, report.value()); });
}

int InteropSyncCommands::syncStatus(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    DirectorySync& sync = ctx.engine().directorySync();
    auto last = sync.last(org.value().id);
    if (!last)
        return ctx.fail(last.error());
    auto next = sync.nextDue(org.value().id);
    if (!next)
        return ctx.fail(next.error());
    return ctx.reply(
        QJsonObject{
            {QStringLiteral("organization"), org.value().alias},
            {QStringLiteral("interoperability"), org.value().interoperability},
            {QStringLiteral("last"), last.value() ? QJsonValue(last.value()->toJson()) : QJsonValue()},
            {QStringLiteral("nextDue"),
             next.value().isValid() ? QJsonValue(next.value().toUTC().toString(Qt::ISODate)) : QJsonValue()}},
        [&] {
            if (last.value())
                printReport(ctx, *last.value());
            else
                ctx.print(tr("The directory of %1 has not been synchronised yet.").arg(org.value().alias));
            ctx.print(next.value().isValid()
                          ? tr("Next synchronisation: %1.").arg(shown(next.value()))
                          : tr("%1 is not in interoperability mode: its directory is not synchronised.")
                                .arg(org.value().alias));
        });
}

int InteropSyncCommands::exchangeAddresses(CliContext& ctx, const QCommandLineParser& options,
                                           const QStringList& arguments)
{
    auto user = ctx.orgUser(options, arguments.at(0));
    if (!user)
        return ctx.fail(user.error());
    DirectorySync& sync = ctx.engine().directorySync();
    if (options.isSet(SetOption)) {
        QStringList addresses = options.value(SetOption).split(u',', Qt::SkipEmptyParts);
        for (QString& a : addresses)
            a = a.trimmed();
        if (auto ok = sync.setExchangeAddresses(user.value().item.id, addresses); !ok)
            return ctx.fail(ok.error());
    }
    auto addresses = sync.exchangeAddresses(user.value().item.id);
    if (!addresses)
        return ctx.fail(addresses.error());
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("username"), user.value().item.username},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses.value())}});
        return ExitOk;
    }
    if (addresses.value().isEmpty()) {
        ctx.print(tr("Exchange holds no address for %1.").arg(user.value().item.username));
        return ExitOk;
    }
    ctx.print(tr("Exchange's addresses of %1 (primary first):").arg(user.value().item.username));
    for (const QString& a : addresses.value())
        ctx.print(QStringLiteral("  ") + a);
    return ExitOk;
}

} // namespace mailroomctl
