#include "InteropDisableCommands.h"

#include "interop/InteropProgress.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString ConfirmOption = QStringLiteral("confirm");
const QString UserOption = QStringLiteral("user");
const QString UndoOption = QStringLiteral("undo");

QJsonValue when(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString shown(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QVector<Verb> InteropDisableCommands::verbs()
{
    return {disableVerb(), progressVerb(), markVerb()};
}

Verb InteropDisableCommands::disableVerb()
{
    return orgVerb(
        "disable", QString(),
        tr("Disable interoperability with Microsoft Exchange for good: users and groups that are not "
           "enabled leave the address book. This cannot be undone; confirm with --confirm and the "
           "organization's alias."),
        &disable,
        {valueOption("confirm", tr("The organization's alias, typed exactly, to confirm."), tr("ALIAS"))},
        {ConfirmOption});
}

Verb InteropDisableCommands::progressVerb()
{
    return orgVerb("progress", QString(),
                   tr("Show the steps of the interoperability wizard: which are done, when and by whom, and "
                      "where the wizard resumes."),
                   &progress);
}

Verb InteropDisableCommands::markVerb()
{
    return orgVerb(
        "mark", QStringLiteral("STEP"),
        tr("Mark a step of the interoperability wizard done (or, with --undo, not done). Steps: %1.")
            .arg(stepNames()),
        &mark,
        {valueOption("user", tr("For the routing step: the user whose email routing is done."), tr("USER")),
         flagOption("undo", tr("Mark the step, or the user's routing, not done."))});
}

QString InteropDisableCommands::stepNames()
{
    QStringList names;
    for (InteropStep step : interopSteps())
        if (step != InteropStep::Disable)
            names << interopStepName(step);
    return names.join(QStringLiteral(", "));
}

QJsonObject InteropDisableCommands::jsonOf(const InteropStepDone& done)
{
    return {{QStringLiteral("step"), interopStepName(done.step)},
            {QStringLiteral("user"), done.subject.isEmpty() ? QJsonValue() : QJsonValue(done.subject)},
            {QStringLiteral("doneAt"), when(done.doneAt)},
            {QStringLiteral("doneBy"), done.doneBy}};
}

int InteropDisableCommands::disable(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto result = ctx.engine().interopProgress().disable(org.value().id, options.value(ConfirmOption));
    if (!result)
        return ctx.fail(result.error());
    const InteropDisableResult& r = result.value();
    QJsonArray left;
    for (InteropStep step : r.checklistLeft)
        left.append(interopStepName(step));
    return ctx.reply(
        QJsonObject{{QStringLiteral("organization"), json::of(r.organization)},
                    {QStringLiteral("usersNotEnabled"), r.usersNotEnabled},
                    {QStringLiteral("groupsNotEnabled"), r.groupsNotEnabled},
                    {QStringLiteral("checklistLeft"), left}},
        [&] {
            ctx.print(
                tr("Interoperability is disabled for %1; this cannot be undone.").arg(r.organization.alias));
            ctx.print(tr("Users not enabled that left the address book: %1. Groups: %2. Enable them to add "
                         "them back.")
                          .arg(r.usersNotEnabled)
                          .arg(r.groupsNotEnabled));
            if (!r.checklistLeft.isEmpty()) {
                ctx.print(tr("Still to do (mark each with \"mailroomctl interop mark\"):"));
                for (InteropStep step : r.checklistLeft)
                    ctx.print(tr("  %1 (%2): %3")
                                  .arg(InteropProgress::stepLabel(step), interopStepName(step),
                                       InteropProgress::stepDescription(step)));
            }
        });
}

int InteropDisableCommands::progress(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    InteropProgress& service = ctx.engine().interopProgress();
    auto done = service.done(org.value().id);
    if (!done)
        return ctx.fail(done.error());
    auto resume = service.resumeStep(org.value().id);
    if (!resume)
        return ctx.fail(resume.error());
    auto username = [&ctx](const QString& id) {
        auto user = ctx.engine().users().get(id);
        return user ? user.value().username : id;
    };

    if (ctx.json()) {
        QJsonArray steps;
        for (InteropStep step : interopSteps()) {
            QJsonObject item{{QStringLiteral("step"), interopStepName(step)},
                             {QStringLiteral("label"), InteropProgress::stepLabel(step)},
                             {QStringLiteral("done"), false},
                             {QStringLiteral("doneAt"), QJsonValue()},
                             {QStringLiteral("doneBy"), QJsonValue()}};
            QJsonArray users;
            for (const InteropStepDone& d : done.value()) {
                if (d.step != step)
                    continue;
                if (d.subject.isEmpty()) {
                    item.insert(QStringLiteral("done"), true);
                    item.insert(QStringLiteral("doneAt"), when(d.doneAt));
                    item.insert(QStringLiteral("doneBy"), d.doneBy);
                } else {
                    users.append(QJsonObject{{QStringLiteral("id"), d.subject},
                                             {QStringLiteral("username"), username(d.subject)},
                                             {QStringLiteral("doneAt"), when(d.doneAt)},
                                             {QStringLiteral("doneBy"), d.doneBy}});
                }
            }
            if (isPerUserStep(step))
                item.insert(QStringLiteral("users"), users);
            steps.append(item);
        }
        ctx.printJson(
            QJsonObject{{QStringLiteral("organization"), org.value().alias},
                        {QStringLiteral("interoperability"), org.value().interoperability},
                        {QStringLiteral("resume"),
                         resume.value() ? QJsonValue(interopStepName(*resume.value())) : QJsonValue()},
                        {QStringLiteral("steps"), steps}});
        return ExitOk;
    }

    QVector<QStringList> rows;
    for (InteropStep step : interopSteps()) {
        QStringList row{interopStepName(step), InteropProgress::stepLabel(step), tr("no"), QString(),
                        QString()};
        QStringList users;
        for (const InteropStepDone& d : done.value()) {
            if (d.step != step)
                continue;
            if (d.subject.isEmpty())
                row = QStringList{row.at(0), row.at(1), tr("yes"), shown(d.doneAt), d.doneBy};
            else
                users << username(d.subject);
        }
        if (!users.isEmpty())
            row[2] = tr("%1 (users: %2)").arg(row.at(2), users.join(QStringLiteral(", ")));
        rows.append(row);
    }
    ctx.printTable({tr("STEP"), tr("NAME"), tr("DONE"), tr("WHEN"), tr("BY")}, rows);
    ctx.print(resume.value()
                  ? tr("The wizard resumes at: %1 (%2).")
                        .arg(InteropProgress::stepLabel(*resume.value()), interopStepName(*resume.value()))
                  : tr("Every step is done."));
    return ExitOk;
}

int InteropDisableCommands::mark(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments)
{
    const auto step = interopStepFromName(arguments.at(0));
    if (!step)
        return ctx.usageError(tr("Unknown step '%1'; the steps are: %2.").arg(arguments.at(0), stepNames()),
                              QStringLiteral("interop mark"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    QString userId;
    QString who;
    if (options.isSet(UserOption)) {
        auto user = ctx.user(org.value(), options.value(UserOption));
        if (!user)
            return ctx.fail(user.error());
        userId = user.value().id;
        who = user.value().username;
    }
    const QString label = InteropProgress::stepLabel(*step);
    if (options.isSet(UndoOption)) {
        if (auto ok = ctx.engine().interopProgress().markUndone(org.value().id, *step, userId); !ok)
            return ctx.fail(ok.error());
        return ctx.printDone({{QStringLiteral("step"), interopStepName(*step)},
                              {QStringLiteral("user"), userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
                              {QStringLiteral("done"), false}},
                             who.isEmpty() ? tr("%1 is marked not done.").arg(label)
                                           : tr("%1 for %2 is marked not done.").arg(label, who));
    }
    auto done = ctx.engine().interopProgress().markDone(org.value().id, *step, userId);
    if (!done)
        return ctx.fail(done.error());
    QJsonObject object = jsonOf(done.value());
    object.insert(QStringLiteral("done"), true);
    return ctx.printDone(object, who.isEmpty() ? tr("%1 is marked done.").arg(label)
                                               : tr("%1 for %2 is marked done.").arg(label, who));
}

} // namespace mailroomctl
