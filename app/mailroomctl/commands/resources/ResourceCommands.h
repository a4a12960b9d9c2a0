#pragma once
// mailroomctl resource …: bookable rooms and equipment of an organization (RES-1..RES-4). This
// class holds the noun and each resource's record (list, create, show, update, remove);
// ResourceBookingCommands has the booking options and the delegates.

#include "Dispatcher.h"

namespace mailroom {
struct Resource;
}

namespace mailroomctl {

class ResourceCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

    // A resource's details and booking options for people, or its JSON.
    static void printResource(CliContext& ctx, const mailroom::Resource& resource);

private:
    static QVector<Verb> verbs();
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
};

} // namespace mailroomctl
