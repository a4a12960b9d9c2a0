#pragma once
// mailroomctl device …: a user's mobile devices (MOB-3..MOB-5): list, show, wipe and remove. This
// class holds the noun and what the verbs share; DeviceCheckInCommands has the check-in (MOB-6).

#include "Dispatcher.h"
#include "mobile/MobileDevice.h"

namespace mailroomctl {

class DeviceCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

    // The user of the organization of --org by username. Errors: those of the organization, then
    // NotFound for the user.
    static mailroom::Result<mailroom::User> user(CliContext& ctx, const QCommandLineParser& options,
                                                 const QString& username);
    // A device's JSON: what it reported (empty when it did not), its syncs, status and whether it
    // is connected now.
    static QJsonObject deviceJson(CliContext& ctx, const mailroom::MobileDevice& device);
    // A device's details for people, "unknown" for what it did not report, or its JSON.
    static void printDevice(CliContext& ctx, const mailroom::MobileDevice& device);
    // What the device did not report shows as unknown.
    static QString orUnknown(const QString& text);

private:
    struct Found
    {
        mailroom::User user;
        mailroom::MobileDevice device;
    };
    // USER and DEVICE-ID of the arguments: the device by the id it reports, else by the engine's
    // id as long as it is the user's. Errors: those of the user, then NotFound.
    static mailroom::Result<Found> find(CliContext& ctx, const QCommandLineParser& options,
                                        const QStringList& arguments);

    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int wipe(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
};

} // namespace mailroomctl
