#pragma once
// mailroomctl device checkin: the check-in a mobile device makes when it connects (MOB-6), for
// scripts and demos. It prints the command the device is given, the policy key and the device's
// status after the check-in.

#include "Dispatcher.h"

namespace mailroomctl {

class DeviceCheckInCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int checkIn(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
};

} // namespace mailroomctl
