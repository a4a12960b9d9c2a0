#pragma once
// mailroomctl interop status, interop routing commands USER and interop exchange-command: the
// prerequisites checklist with the MX check (IOP-3) and the availability settings at a glance
// (IOP-4, never the password); a user's email routing with the filled-in Exchange Management Shell
// commands (IOP-5); the availability address space command for Exchange (IOP-6).

#include "Dispatcher.h"

namespace mailroomctl {

class InteropStatusCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs(); // the three below
    static Verb statusVerb();
    static Verb routingVerb();
    static Verb exchangeCommandVerb();

private:
    static int status(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int routingCommands(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments);
    static int exchangeCommand(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments);
};

} // namespace mailroomctl
