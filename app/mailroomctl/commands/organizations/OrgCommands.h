#pragma once
// mailroomctl org …: organizations (ORG-1..ORG-5): Quick and Standard setup, list, show, remove.

#include "Dispatcher.h"

namespace mailroom {
struct Organization;
}

namespace mailroomctl {

class OrgCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int quickSetup(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int standardSetup(CliContext& ctx, const QCommandLineParser& options,
                             const QStringList& arguments);
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // Runs the creation steps of a requested organization, showing each as it completes.
    static int create(CliContext& ctx, const mailroom::Organization& requested);
};

} // namespace mailroomctl
