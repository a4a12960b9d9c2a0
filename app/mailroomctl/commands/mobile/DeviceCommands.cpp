#include "DeviceCommands.h"

#include "DeviceCheckInCommands.h"
#include "io/JsonFormat.h"
#include "mobile/MobileDevices.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

QString yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("mailroomctl", "yes")
               : QCoreApplication::translate("mailroomctl", "no");
}

} // namespace

Noun DeviceCommands::noun()
{
    const QString user = QStringLiteral("USER");
    const QString device = QStringLiteral("USER DEVICE-ID");
    QVector<Verb> verbs{
        orgVerb("list", user,
                tr("List a user's mobile devices (by username) with their status and last sync."), &list),
        orgVerb("show", device,
                tr("Show one device of a user, by the ID the device reports: what it reported, its syncs and "
                   "its status."),
                &show),
        orgVerb("wipe", device,
                tr("Request a wipe of a device; it is wiped at its next check-in. Only while the device is "
                   "connected (synced within the last 5 minutes)."),
                &wipe),
        orgVerb("remove", device,
                tr("Take a device off the user's list; it is registered again when it next checks in."),
                &remove),
    };
    return {QStringLiteral("device"),
            tr("Mobile devices of a user: list, show, wipe, remove, and the check-in a device makes."),
            inHelpOrder(verbs + DeviceCheckInCommands::verbs(), "list show wipe remove checkin")};
}

Result<User> DeviceCommands::user(CliContext& ctx, const QCommandLineParser& options, const QString& username)
{
    auto org = ctx.organization(options);
    if (!org)
        return org.error();
    return ctx.user(org.value(), username);
}

Result<DeviceCommands::Found> DeviceCommands::find(CliContext& ctx, const QCommandLineParser& options,
                                                   const QStringList& arguments)
{
    auto owner = user(ctx, options, arguments.at(0));
    if (!owner)
        return owner.error();
    const QString& deviceId = arguments.at(1);
    auto reported = ctx.engine().mobile().find(owner.value().id, deviceId);
    if (reported)
        return Found{owner.value(), reported.value()};
    if (reported.error().code != ErrorCode::NotFound)
        return reported.error();
    auto identified = ctx.engine().mobile().get(deviceId);
    if (identified && identified.value().userId == owner.value().id)
        return Found{owner.value(), identified.value()};
    return makeError(ErrorCode::NotFound, QStringLiteral("deviceId"),
                     tr("Device ID: %1 has no device %2.").arg(owner.value().username, deviceId));
}

QString DeviceCommands::orUnknown(const QString& text)
{
    return text.isEmpty() ? tr("unknown") : text;
}

QJsonObject DeviceCommands::deviceJson(CliContext& ctx, const MobileDevice& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("deviceId"), d.deviceId},
            {QStringLiteral("userId"), d.userId},
            {QStringLiteral("type"), d.type},
            {QStringLiteral("model"), d.model},
            {QStringLiteral("os"), d.os},
            {QStringLiteral("userAgent"), d.userAgent},
            {QStringLiteral("firstSync"), json::timestamp(d.firstSync)},
            {QStringLiteral("lastSync"), json::timestamp(d.lastSync)},
            {QStringLiteral("status"), nameOf(d.status)},
            {QStringLiteral("policyKey"), d.policyKey == 0 ? QJsonValue() : QJsonValue(d.policyKey)},
            {QStringLiteral("connected"), d.isConnected(ctx.engine().now())}};
}

void DeviceCommands::printDevice(CliContext& ctx, const MobileDevice& d)
{
    if (ctx.json()) {
        ctx.printJson(deviceJson(ctx, d));
        return;
    }
    ctx.printFields(
        {{tr("Device ID"), d.deviceId},
         {tr("ID"), d.id},
         {tr("Type"), orUnknown(d.type)},
         {tr("Model"), orUnknown(d.model)},
         {tr("Operating system"), orUnknown(d.os)},
         {tr("User agent"), orUnknown(d.userAgent)},
         {tr("First sync"), orUnknown(json::timestamp(d.firstSync))},
         {tr("Last sync"), orUnknown(json::timestamp(d.lastSync))},
         {tr("Connected"), yesNo(d.isConnected(ctx.engine().now()))},
         {tr("Status"), labelOf(d.status)},
         {tr("Acknowledged policy key"), d.policyKey == 0 ? tr("none") : QString::number(d.policyKey)}});
    ctx.print(deviceStatusDescription(d.status));
}

int DeviceCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto owner = user(ctx, options, arguments.at(0));
    if (!owner)
        return ctx.fail(owner.error());
    auto devices = ctx.engine().mobile().devicesOf(owner.value().id);
    if (!devices)
        return ctx.fail(devices.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const MobileDevice& d : devices.value())
            array.append(deviceJson(ctx, d));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const MobileDevice& d : devices.value())
        rows << QStringList{d.deviceId,      orUnknown(d.type), orUnknown(d.model),
                            orUnknown(d.os), labelOf(d.status), orUnknown(json::timestamp(d.lastSync))};
    ctx.printTable({tr("DEVICE ID"), tr("TYPE"), tr("MODEL"), tr("OS"), tr("STATUS"), tr("LAST SYNC")}, rows);
    return ExitOk;
}

int DeviceCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = find(ctx, options, arguments);
    if (!found)
        return ctx.fail(found.error());
    printDevice(ctx, found.value().device);
    return ExitOk;
}

int DeviceCommands::wipe(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = find(ctx, options, arguments);
    if (!found)
        return ctx.fail(found.error());
    auto wiped = ctx.engine().mobile().wipe(found.value().device.id);
    if (!wiped)
        return ctx.fail(wiped.error());
    return ctx.printDone(deviceJson(ctx, wiped.value()),
                         tr("Requested a wipe of the device %1 of %2; it is wiped at its next check-in.")
                             .arg(wiped.value().deviceId, found.value().user.username));
}

int DeviceCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = find(ctx, options, arguments);
    if (!found)
        return ctx.fail(found.error());
    const MobileDevice& d = found.value().device;
    if (auto removed = ctx.engine().mobile().remove(d.id); !removed)
        return ctx.fail(removed.error());
    return ctx.printDone(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("deviceId"), d.deviceId},
                                     {QStringLiteral("removed"), true}},
                         tr("Removed the device %1 of %2 from the list; it is registered again when it next "
                            "checks in.")
                             .arg(d.deviceId, found.value().user.username));
}

} // namespace mailroomctl
