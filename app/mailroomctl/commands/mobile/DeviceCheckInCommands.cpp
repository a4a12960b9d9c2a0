#include "DeviceCheckInCommands.h"

#include "DeviceCommands.h"
#include "mobile/MobileDevices.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString AckPolicyOption = QStringLiteral("ack-policy");
const QString AckWipeOption = QStringLiteral("ack-wipe");

// What the device reports, each option with the CheckIn member it fills.
struct ReportOption
{
    const char* name;
    const char* description;
    const char* valueName;
    QString CheckIn::*member;
};
constexpr ReportOption reportOptions[] = {
    {"type",
     QT_TRANSLATE_NOOP("mailroomctl", "The device's type as it reports it, such as iPhone or Android."),
     QT_TRANSLATE_NOOP("mailroomctl", "TYPE"), &CheckIn::type},
    {"model", QT_TRANSLATE_NOOP("mailroomctl", "The device's model."),
     QT_TRANSLATE_NOOP("mailroomctl", "MODEL"), &CheckIn::model},
    {"os", QT_TRANSLATE_NOOP("mailroomctl", "The device's operating system."),
     QT_TRANSLATE_NOOP("mailroomctl", "OS"), &CheckIn::os},
    {"user-agent", QT_TRANSLATE_NOOP("mailroomctl", "The user agent of the device's mail client."),
     QT_TRANSLATE_NOOP("mailroomctl", "USER-AGENT"), &CheckIn::userAgent},
};

} // namespace

QVector<Verb> DeviceCheckInCommands::verbs()
{
    QList<QCommandLineOption> options;
    for (const ReportOption& option : reportOptions)
        options << QCommandLineOption(QString::fromLatin1(option.name),
                                      QCoreApplication::translate("mailroomctl", option.description) + u' ' +
                                          tr("When not given, what it reported before stays."),
                                      QCoreApplication::translate("mailroomctl", option.valueName));
    options << valueOption(
                   "ack-policy",
                   tr("Acknowledge the policy the device was sent, with the policy key it was given."),
                   tr("KEY"))
            << flagOption("ack-wipe", tr("Acknowledge the wipe the device was told to make."));
    return {
        orgVerb("checkin", QStringLiteral("USER DEVICE-ID"),
                tr("Check a device of a user in, as the device does when it connects: it is registered if "
                   "new, and told to provision or wipe, or nothing."),
                &checkIn, options)};
}

int DeviceCheckInCommands::checkIn(CliContext& ctx, const QCommandLineParser& options,
                                   const QStringList& arguments)
{
    const QString command = QStringLiteral("device checkin");
    CheckIn in;
    in.deviceId = arguments.at(1);
    for (const ReportOption& option : reportOptions)
        in.*option.member = options.value(QString::fromLatin1(option.name));
    if (options.isSet(AckPolicyOption) && options.isSet(AckWipeOption))
        return ctx.usageError(tr("Give --ack-policy or --ack-wipe, not both."), command);
    if (options.isSet(AckPolicyOption)) {
        bool ok = false;
        in.policyKey = options.value(AckPolicyOption).trimmed().toInt(&ok);
        if (!ok)
            return ctx.usageError(tr("--ack-policy needs the policy key, a whole number, not '%1'.")
                                      .arg(options.value(AckPolicyOption)),
                                  command);
        in.acknowledges = CheckIn::Acknowledges::Policy;
    } else if (options.isSet(AckWipeOption)) {
        in.acknowledges = CheckIn::Acknowledges::Wipe;
    }
    auto owner = DeviceCommands::user(ctx, options, arguments.at(0));
    if (!owner)
        return ctx.fail(owner.error());
    in.userId = owner.value().id;
    auto checked = ctx.engine().mobile().checkIn(in);
    if (!checked)
        return ctx.fail(checked.error());
    const CheckInReply& reply = checked.value();
    return ctx.reply(QJsonObject{{QStringLiteral("command"), checkInCommandName(reply.command)},
                                 {QStringLiteral("policyKey"), reply.policyKey},
                                 {QStringLiteral("status"), nameOf(reply.device.status)},
                                 {QStringLiteral("registered"), reply.registered},
                                 {QStringLiteral("device"), DeviceCommands::deviceJson(ctx, reply.device)},
                                 {QStringLiteral("policy"), reply.policy.toJson()}},
                     [&] {
                         if (reply.registered)
                             ctx.print(tr("Registered the new device %1 of %2.")
                                           .arg(reply.device.deviceId, owner.value().username));
                         ctx.printFields(
                             {{tr("Command"), checkInCommandName(reply.command)},
                              {tr("Policy key"), QString::number(reply.policyKey)},
                              {tr("Status"), labelOf(reply.device.status)},
                              {tr("Type"), DeviceCommands::orUnknown(reply.device.type)},
                              {tr("Model"), DeviceCommands::orUnknown(reply.device.model)},
                              {tr("Operating system"), DeviceCommands::orUnknown(reply.device.os)},
                              {tr("User agent"), DeviceCommands::orUnknown(reply.device.userAgent)}});
                     });
}

} // namespace mailroomctl
