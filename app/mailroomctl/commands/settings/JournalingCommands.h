#pragma once
// mailroomctl journaling …: an organization's journaling (JRN-1) and the reserved address journal
// records are sent from (JRN-2).

#include "Dispatcher.h"

namespace mailroom {
struct JournalingSettings;
}

namespace mailroomctl {

class JournalingCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int get(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int set(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // {enabled, journalAddress, reportAddress, senderAddress} with --json, otherwise one field a
    // line. ExitOk.
    static int printSettings(CliContext& ctx, const mailroom::Organization& org,
                             const mailroom::JournalingSettings& settings);
};

} // namespace mailroomctl
