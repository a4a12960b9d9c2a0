#pragma once
// mailroomctl audit …: the audit log (ADM-2), newest first, and its export as JSON.

#include "Dispatcher.h"

namespace mailroomctl {

class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int exportJson(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    // The organization's id for --org, or an empty id (the whole account) without it.
    static mailroom::Result<QString> organizationId(CliContext& ctx, const QCommandLineParser& options);
};

} // namespace mailroomctl
