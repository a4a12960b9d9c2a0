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
    const QString resource = QStringLiteral("RESOURCE");
    const QString resourceAndMembers = QStringLiteral("RESOURCE MEMBER...");
    QList<QCommandLineOption> booking;
    for (const BookingOption& option : bookingOptions)
        booking << QCommandLineOption(QString::fromLatin1(option.name),
                                      QCoreApplication::translate("mailroomctl", option.description),
                                      QStringLiteral("on|off"));
    booking << CliContext::ifVersionOption();
    return {
        orgVerb("booking", resource, tr("Show a resource's booking options, or change those given."),
                &ResourceBookingCommands::booking, booking),
        orgVerb("delegates", resource,
                tr("List a resource's delegates, who get copies of its booking requests."), &delegates),
        orgVerb("add-delegates", resourceAndMembers,
                tr("Add users and groups (by username, group name or id) as delegates; only while the "
                   "resource does not accept every request."),
                &addDelegates),
        orgVerb("remove-delegates", resourceAndMembers,
                tr("Remove delegates (by username, group name or id)."), &removeDelegates),
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
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto found = ctx.resource(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Resource& resource = found.value().item;
    if (changes.isEmpty()) {
        ResourceCommands::printResource(ctx, resource);
        return ExitOk;
    }
    BookingOptions booking = resource.booking;
    for (const auto& [member, on] : changes)
        booking.*member = on;
    // Based on what was read here, or on the version (bookingVersion) the caller names.
    auto changed = ctx.engine().resources().setBooking(
        resource.id, booking, ifVersion.value() ? ifVersion.value() : resource.bookingVersion);
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
    auto found = ctx.resource(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    return MemberLists::print(ctx, ctx.engine().resources().delegates(found.value().item.id));
}

int ResourceBookingCommands::changeDelegates(CliContext& ctx, const QCommandLineParser& options,
                                             const QStringList& arguments, DelegateChange change,
                                             const QString& done)
{
    auto found = ctx.resource(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const auto& [org, resource] = found.value();
    Resources& resources = ctx.engine().resources();
    return MemberLists::change(
        ctx, org, resource.details.name, arguments.mid(1), done,
        [&](const QStringList& ids) { return (resources.*change)(resource.id, ids); },
        [&] { return resources.delegates(resource.id); });
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
