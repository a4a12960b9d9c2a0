#include "InteropProgress.h"

#include "ExchangeCommands.h"
#include "core/Engine.h"
#include "groups/Group.h"
#include "groups/Groups.h"
#include "organizations/Organizations.h"
#include "store/tables/InteropProgressTable.h"
#include "store/tables/OrganizationTable.h"
#include "users/User.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::InteropProgress", text);
}

const QString DoneAction = QStringLiteral("interop.step.done");
const QString UndoneAction = QStringLiteral("interop.step.undone");
const QString DisableAction = QStringLiteral("interop.disable");

struct StepName
{
    InteropStep step;
    const char* name;
};

constexpr StepName stepNames[] = {
    {InteropStep::Prerequisites, "prerequisites"},
    {InteropStep::AvailabilitySettings, "availability"},
    {InteropStep::ExchangeCommand, "exchange-command"},
    {InteropStep::EmailRouting, "routing"},
    {InteropStep::CompleteMigration, "migration"},
    {InteropStep::Disable, "disable"},
    {InteropStep::CreateResources, "create-resources"},
    {InteropStep::AutoDiscoverRecord, "autodiscover"},
    {InteropStep::SwitchMx, "switch-mx"},
    {InteropStep::Decommission, "decommission"},
};

QJsonObject jsonOf(const InteropProgressRow& row)
{
    return {{QStringLiteral("step"), row.step},
            {QStringLiteral("subject"), row.subject},
            {QStringLiteral("doneAt"), row.doneAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("doneBy"), row.doneBy}};
}

QString changeId(const InteropProgressRow& row)
{
    return row.subject.isEmpty() ? row.step : row.step + u'/' + row.subject;
}

} // namespace

QVector<InteropStep> interopSteps()
{
    QVector<InteropStep> all;
    for (const StepName& s : stepNames)
        all.append(s.step);
    return all;
}

QVector<InteropStep> interopChecklist()
{
    return {InteropStep::CreateResources, InteropStep::AutoDiscoverRecord, InteropStep::SwitchMx,
            InteropStep::Decommission};
}

QString interopStepName(InteropStep step)
{
    for (const StepName& s : stepNames)
        if (s.step == step)
            return QString::fromLatin1(s.name);
    return {};
}

std::optional<InteropStep> interopStepFromName(const QString& name)
{
    for (const StepName& s : stepNames)
        if (name.trimmed().compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.step;
    return std::nullopt;
}

bool isPerUserStep(InteropStep step)
{
    return step == InteropStep::EmailRouting;
}

bool isChecklistStep(InteropStep step)
{
    return interopChecklist().contains(step);
}

InteropProgress::InteropProgress(Engine& engine) : m_engine(engine) {}

QString InteropProgress::stepLabel(InteropStep step)
{
    switch (step) {
    case InteropStep::Prerequisites:
        return tr("Prerequisites");
    case InteropStep::AvailabilitySettings:
        return tr("Availability settings");
    case InteropStep::ExchangeCommand:
        return tr("Availability in Exchange");
    case InteropStep::EmailRouting:
        return tr("Email routing");
    case InteropStep::CompleteMigration:
        return tr("Complete the migration");
    case InteropStep::Disable:
        return tr("Disable interoperability");
    case InteropStep::CreateResources:
        return tr("Create resources");
    case InteropStep::AutoDiscoverRecord:
        return tr("AutoDiscover record");
    case InteropStep::SwitchMx:
        return tr("Switch the MX record");
    case InteropStep::Decommission:
        return tr("Decommission the old mail server");
    }
    return {};
}

QString InteropProgress::stepDescription(InteropStep step)
{
    switch (step) {
    case InteropStep::Prerequisites:
        return tr(
            "Check that the organization is ready: an enabled user, the AD Connector, verified domains, "
            "migrated mailboxes and DNS still pointing at Exchange.");
    case InteropStep::AvailabilitySettings:
        return tr("Save and test the availability settings of each domain.");
    case InteropStep::ExchangeCommand:
        return tr("Run the availability address space command in the Exchange Management Shell.");
    case InteropStep::EmailRouting:
        return tr("Give each user both required addresses and run the routing commands in Exchange.");
    case InteropStep::CompleteMigration:
        return tr("Check the DNS records and configure the email clients.");
    case InteropStep::Disable:
        return tr("Turn interoperability off for good; users and groups not enabled leave the address book.");
    case InteropStep::CreateResources:
        return tr("Create the meeting rooms and equipment that Exchange used to provide.");
    case InteropStep::AutoDiscoverRecord:
        return tr("Publish an AutoDiscover record for every mail domain.");
    case InteropStep::SwitchMx:
        return tr("Point the MX record at the service; the change can take up to 72 hours to reach every DNS "
                  "server.");
    case InteropStep::Decommission:
        return tr(
            "Once all mail arrives here directly, retire the Exchange server if it is no longer needed.");
    }
    return {};
}

Result<QVector<InteropStepDone>> InteropProgress::done(const QString& orgId)
{
    if (auto org = m_engine.organizations().get(orgId); !org)
        return org.error();
    auto rows = InteropProgressTable(m_engine.store()).list(orgId);
    if (!rows)
        return rows.error();
    QVector<InteropStepDone> out;
    for (const InteropProgressRow& row : rows.value()) {
        // A step this version does not know (written by a newer one) is left out.
        if (auto step = interopStepFromName(row.step))
            out.append({*step, row.subject, row.doneAt, row.doneBy});
    }
    std::stable_sort(out.begin(), out.end(), [](const InteropStepDone& a, const InteropStepDone& b) {
        return static_cast<int>(a.step) < static_cast<int>(b.step);
    });
    return out;
}

Result<std::optional<InteropStep>> InteropProgress::resumeStep(const QString& orgId)
{
    auto all = done(orgId);
    if (!all)
        return all.error();
    for (InteropStep step : interopSteps()) {
        const bool isDone =
            std::any_of(all.value().cbegin(), all.value().cend(),
                        [step](const InteropStepDone& d) { return d.step == step && d.subject.isEmpty(); });
        if (!isDone)
            return std::optional<InteropStep>(step);
    }
    return std::optional<InteropStep>();
}

Result<QStringList> InteropProgress::routedUsers(const QString& orgId)
{
    auto all = done(orgId);
    if (!all)
        return all.error();
    QStringList ids;
    for (const InteropStepDone& d : all.value())
        if (d.step == InteropStep::EmailRouting && !d.subject.isEmpty())
            ids.append(d.subject);
    return ids;
}

Result<QVector<InteropStep>> InteropProgress::checklistLeft(const QString& orgId)
{
    auto all = done(orgId);
    if (!all)
        return all.error();
    QVector<InteropStep> left;
    for (InteropStep step : interopChecklist()) {
        const bool isDone =
            std::any_of(all.value().cbegin(), all.value().cend(),
                        [step](const InteropStepDone& d) { return d.step == step && d.subject.isEmpty(); });
        if (!isDone)
            left.append(step);
    }
    return left;
}

Status InteropProgress::routingReady(Engine& engine, const User& user)
{
    const QString name = user.username;
    if (user.state != UserState::Enabled)
        return makeError(ErrorCode::WrongState, QStringLiteral("user"),
                         tr("%1 is not enabled here yet: enable %1 before routing its mail here.").arg(name));
    auto routing = interop::routingCommands(engine, user.id);
    if (!routing)
        return routing.error();
    for (const interop::RequiredAddress& a : routing.value().addresses) {
        if (a.present)
            continue;
        if (a.address.isEmpty())
            return makeError(
                ErrorCode::WrongState, QStringLiteral("user"),
                tr("The routing of %1 cannot be marked done: %1 has no address from Exchange. %2")
                    .arg(name, a.note));
        return makeError(
            ErrorCode::WrongState, QStringLiteral("user"),
            tr("The routing of %1 cannot be marked done: the address %2 is missing. Add it to %1 "
               "in the Exchange admin center; the directory then synchronises it here.")
                .arg(name, a.address));
    }
    return Done{};
}

Result<Organization> InteropProgress::checkMark(const QString& orgId, InteropStep step, const QString& userId,
                                                bool undo)
{
    auto org = m_engine.organizations().requireActive(orgId);
    if (!org)
        return org.error();
    if (step == InteropStep::Disable)
        return makeError(
            ErrorCode::InvalidValue, QStringLiteral("step"),
            undo ? tr("Disabling interoperability cannot be undone.")
                 : tr("The step \"disable\" is done by disabling interoperability, not by marking it."));
    if (!userId.isEmpty()) {
        if (!isPerUserStep(step))
            return makeError(
                ErrorCode::InvalidValue, QStringLiteral("user"),
                tr("%1 is done for the organization as a whole, not per user.").arg(stepLabel(step)));
        auto user = m_engine.users().get(userId);
        if (!user || user.value().organizationId != orgId)
            return makeError(ErrorCode::NotFound, QStringLiteral("user"),
                             tr("User: there is no such user in this organization."));
        if (!undo) {
            if (auto ok = routingReady(m_engine, user.value()); !ok)
                return ok.error();
        }
    }
    if (!undo && isChecklistStep(step) && org.value().interoperability)
        return makeError(
            ErrorCode::WrongState, QStringLiteral("interoperability"),
            tr("%1 comes after interoperability is disabled; %2 is still in interoperability mode.")
                .arg(stepLabel(step), org.value().alias));
    return org;
}

Result<InteropStepDone> InteropProgress::markDone(const QString& orgId, InteropStep step,
                                                  const QString& userId)
{
    return m_engine.mutate([&](Change& change) -> Result<InteropStepDone> {
        if (auto ok = checkMark(orgId, step, userId, false); !ok)
            return ok.error();
        InteropProgressTable table(m_engine.store());
        const InteropProgressRow row{interopStepName(step), userId, m_engine.now(), m_engine.actor()};
        auto before = table.get(orgId, row.step, row.subject);
        if (!before)
            return before.error();
        if (auto ok = table.put(orgId, row); !ok)
            return ok.error();
        if (auto ok =
                m_engine.recordAudit(orgId, DoneAction, orgId,
                                     before.value() ? jsonOf(*before.value()) : QJsonObject(), jsonOf(row));
            !ok)
            return ok.error();
        change = {Change::Subject::Interop,
                  before.value() ? Change::Kind::Updated : Change::Kind::Added,
                  orgId,
                  {changeId(row)},
                  DoneAction};
        return InteropStepDone{step, row.subject, row.doneAt, row.doneBy};
    });
}

Status InteropProgress::markUndone(const QString& orgId, InteropStep step, const QString& userId)
{
    return m_engine.mutate([&](Change& change) -> Status {
        if (auto ok = checkMark(orgId, step, userId, true); !ok)
            return ok.error();
        InteropProgressTable table(m_engine.store());
        auto before = table.get(orgId, interopStepName(step), userId);
        if (!before)
            return before.error();
        if (!before.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("step"),
                             tr("%1 is not marked done.").arg(stepLabel(step)));
        if (auto ok = table.remove(orgId, before.value()->step, before.value()->subject); !ok)
            return ok;
        if (auto ok =
                m_engine.recordAudit(orgId, UndoneAction, orgId, jsonOf(*before.value()), QJsonObject());
            !ok)
            return ok;
        change = {Change::Subject::Interop,
                  Change::Kind::Removed,
                  orgId,
                  {changeId(*before.value())},
                  UndoneAction};
        return Done{};
    });
}

Result<InteropDisableResult> InteropProgress::disable(const QString& orgId, const QString& typedAlias)
{
    return m_engine.mutate([&](Change& change) -> Result<InteropDisableResult> {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (!org.value().interoperability)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("interoperability"),
                tr("Disable interoperability: %1 is not in interoperability mode, so there is nothing "
                   "to disable; it cannot be turned on again.")
                    .arg(org.value().alias));
        if (typedAlias.trimmed() != org.value().alias)
            return makeError(
                ErrorCode::ConfirmationMismatch, QStringLiteral("confirmation"),
                tr("Confirmation: type the alias %1 exactly to disable interoperability; this cannot "
                   "be undone.")
                    .arg(org.value().alias));

        InteropDisableResult result;
        UserQuery users;
        users.organizationId = orgId;
        users.state = UserState::Disabled;
        users.role = UserRole::User;
        auto userCount = m_engine.users().count(users);
        if (!userCount)
            return userCount.error();
        result.usersNotEnabled = userCount.value();
        GroupQuery groups;
        groups.organizationId = orgId;
        groups.state = GroupState::Disabled;
        auto groupCount = m_engine.groups().count(groups);
        if (!groupCount)
            return groupCount.error();
        result.groupsNotEnabled = groupCount.value();

        OrganizationTable organizations(m_engine.store());
        if (auto ok = organizations.setInteroperability(orgId, false); !ok)
            return ok.error();
        const InteropProgressRow row{interopStepName(InteropStep::Disable), QString(), m_engine.now(),
                                     m_engine.actor()};
        if (auto ok = InteropProgressTable(m_engine.store()).put(orgId, row); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(
                orgId, DisableAction, orgId, {{QStringLiteral("interoperability"), true}},
                {{QStringLiteral("interoperability"), false},
                 {QStringLiteral("usersLeftAddressBook"), result.usersNotEnabled},
                 {QStringLiteral("groupsLeftAddressBook"), result.groupsNotEnabled}});
            !ok)
            return ok.error();
        auto after = organizations.get(orgId);
        if (!after)
            return after.error();
        result.organization = after.value();
        auto left = checklistLeft(orgId);
        if (!left)
            return left.error();
        result.checklistLeft = left.value();
        change = {Change::Subject::Organization, Change::Kind::Updated, orgId, {orgId}, DisableAction};
        return result;
    });
}

} // namespace mailroom
