#include "ResourceBookingCommands.h"

#include "MemberLists.h"
#include "OptionValues.h"
#include "ResourceCommands.h"
#include "resources/Resources.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

// The booking options (RES-2), each with the BookingOptions member it sets.
struct BookingOption
{
    const char* name;
    const char* description;
    bool BookingOptions::*member;
};
constexpr BookingOption bookingOptions[] = {
    {"accept-all",
     QT_TRANSLATE_NOOP("mailroomctl", "Accept every request automatically (delegates need this off)."),
     &BookingOptions::acceptAll},
    {"decline-recurring", QT_TRANSLATE_NOOP("mailroomctl", "Decline recurring requests automatically."),
     &BookingOptions::declineRecurring},
    {"decline-conflicting", QT_TRANSLATE_NOOP("mailroomctl", "Decline conflicting requests automatically."),
     &BookingOptions::declineConflicting},
};

} // namespace

QVector<Verb> ResourceBookingCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QList<QCommandLineOption> orgOnly{CliContext::orgOption()};
    const QString resourceAndMembers = QStringLiteral("RESOURCE MEMBER...");
    QList<QCommandLineOption> booking{CliContext::orgOption()};
    for (const BookingOption& option : bookingOptions)
        booking << QCommandLineOption(QString::fromLatin1(option.name),
                                      QCoreApplication::translate("mailroomctl", option.description),
                                      QStringLiteral("on|off"));
    return {
        {.name = QStringLiteral("booking"),
         .arguments = QStringLiteral("RESOURCE"),
         .summary = tr("Show a resource's booking options, or change those given."),
         .options = booking,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &ResourceBookingCommands::booking},
        {.name = QStringLiteral("delegates"),
         .arguments = QStringLiteral("RESOURCE"),
         .summary = tr("List a resource's delegates, who get copies of its booking requests."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &delegates},
        {.name = QStringLiteral("add-delegates"),
         .arguments = resourceAndMembers,
         .summary = tr("Add users and groups (by username, group name or id) as delegates; only while the "
                       "resource does not accept every request."),
         .options = orgOnly,
         .required = org,
         .minArguments = 2,
         .maxArguments = -1,
         .run = &addDelegates},
        {.name = QStringLiteral("remove-delegates"),
         .arguments = resourceAndMembers,
         .summary = tr("Remove delegates (by username, group name or id)."),
         .options = orgOnly,
         .required = org,
         .minArguments = 2,
         .maxArguments = -1,
         .run = &removeDelegates},
    };
}

int ResourceBookingCommands::booking(CliContext& ctx, const QCommandLineParser& options,
                                     const QStringList& arguments)
{
    QString problem;
    QVector<std::pair<bool BookingOptions::*, bool>> changes;
    for (const BookingOption& option : bookingOptions) {
        if (const auto on = OptionValues::onOff(options, QString::fromLatin1(option.name), problem))
            changes.append({option.member, *on});
    }
    if (!problem.isEmpty())
        return ctx.usageError(problem, QStringLiteral("resource booking"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resource = ctx.resource(org.value(), arguments.at(0));
    if (!resource)
        return ctx.fail(resource.error());
    if (changes.isEmpty()) {
        ResourceCommands::printResource(ctx, resource.value());
        return ExitOk;
    }
    BookingOptions booking = resource.value().booking;
    for (const auto& [member, on] : changes)
        booking.*member = on;
    auto changed = ctx.engine().resources().setBooking(resource.value().id, booking);
    if (!changed)
        return ctx.fail(changed.error());
    if (!ctx.json())
        ctx.print(tr("Changed the booking options of %1.").arg(changed.value().details.name));
    ResourceCommands::printResource(ctx, changed.value());
    return ExitOk;
}

int ResourceBookingCommands::delegates(CliContext& ctx, const QCommandLineParser& options,
                                       const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resource = ctx.resource(org.value(), arguments.at(0));
    if (!resource)
        return ctx.fail(resource.error());
    return MemberLists::print(ctx, ctx.engine().resources().delegates(resource.value().id));
}

int ResourceBookingCommands::changeDelegates(CliContext& ctx, const QCommandLineParser& options,
                                             const QStringList& arguments, DelegateChange change,
                                             const QString& done)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto resource = ctx.resource(org.value(), arguments.at(0));
    if (!resource)
        return ctx.fail(resource.error());
    Resources& resources = ctx.engine().resources();
    const QString id = resource.value().id;
    return MemberLists::change(
        ctx, org.value(), arguments.mid(1),
        [&](const QStringList& ids) { return (resources.*change)(id, ids); },
        [&] { return resources.delegates(id); },
        done.arg(resource.value().details.name, arguments.mid(1).join(QStringLiteral(", "))));
}

int ResourceBookingCommands::addDelegates(CliContext& ctx, const QCommandLineParser& options,
                                          const QStringList& arguments)
{
    return changeDelegates(ctx, options, arguments, &Resources::addDelegates,
                           tr("Added as delegates of %1: %2."));
}

int ResourceBookingCommands::removeDelegates(CliContext& ctx, const QCommandLineParser& options,
                                             const QStringList& arguments)
{
    return changeDelegates(ctx, options, arguments, &Resources::removeDelegates,
                           tr("Removed as delegates of %1: %2."));
}

} // namespace mailroomctl
