#pragma once
// mailroomctl interop disable|progress|mark: disabling interoperability with Microsoft Exchange
// (IOP-7, irreversible, confirmed with --confirm ALIAS) and the wizard's progress (IOP-8), which
// the database keeps so that the wizard resumes where it stopped.

#include "Dispatcher.h"

namespace mailroom {
struct InteropStepDone;
}

namespace mailroomctl {

class InteropDisableCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    // The verbs the interop noun adds for IOP-7 and IOP-8, in help order, and each one.
    static QVector<Verb> verbs();
    static Verb disableVerb();
    static Verb progressVerb();
    static Verb markVerb();

private:
    static int disable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int progress(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int mark(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    static QString stepNames();
    static QJsonObject jsonOf(const mailroom::InteropStepDone& done);
};

} // namespace mailroomctl
