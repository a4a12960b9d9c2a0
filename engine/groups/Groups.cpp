#include "Groups.h"

#include "MemberChanges.h"
#include "core/AddressBook.h"
#include "core/Engine.h"
#include "core/Ids.h"
#include "core/Rules.h"
#include "io/JsonFormat.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "settings/OrgSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Groups", text);
}

Change changeOf(const Group& g, Change::Kind kind, const QString& action)
{
    return {Change::Subject::Group, kind, g.organizationId, {g.id}, action};
}

bool isConnector(const Organization& org)
{
    return org.directoryType == nameOf(DirectoryType::ADConnector);
}

Error connectorRefuses(const QString& what)
{
    return makeError(ErrorCode::NotSupportedByDirectory, QStringLiteral("directory"), what);
}

} // namespace

Groups::Groups(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Status Groups::checkNew(const QString& orgId, const NewGroup& group)
{
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    const QString name = group.name.trimmed();
    if (auto ok = rules::groupName(name); !ok)
        return ok;
    if (auto ok = checkNotJournalSender(name, QStringLiteral("name")); !ok)
        return ok;
    auto taken = m_table.nameTaken(org.value().directoryId, name);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::NameTaken, QStringLiteral("name"),
                         tr("Group name: %1 is already a group of this organization.").arg(name));
    return AddressBook(m_engine).check(orgId, group.email);
}

Result<Group> Groups::create(const QString& orgId, const NewGroup& input)
{
    return m_engine.mutate([&](Change& change) -> Result<Group> {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (isConnector(org.value()))
            return connectorRefuses(
                tr("Create group: this organization's groups live in Active Directory behind an AD "
                   "Connector; create the group there, then enable it here."));
        if (auto ok = checkNew(orgId, input); !ok)
            return ok.error();
        Group g;
        g.id = ids::newUuid();
        g.organizationId = orgId;
        g.directoryId = org.value().directoryId;
        g.name = input.name.trimmed();
        g.email = input.email;
        g.state = GroupState::Enabled;
        g.createdAt = m_engine.now();
        if (auto ok = m_table.insert(g); !ok)
            return ok.error();
        if (auto ok = AddressBook(m_engine).addresses().add(orgId, g.email, g.id, true); !ok)
            return ok.error();
        if (auto ok = addMembersTo(g, input.memberIds); !ok)
            return ok.error();
        QJsonObject after = json::of(g);
        after.insert(QStringLiteral("members"), QJsonArray::fromStringList(input.memberIds));
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("group.create"), g.id, {}, after); !ok)
            return ok.error();
        change = changeOf(g, Change::Kind::Added, QStringLiteral("group.create"));
        return g;
    });
}

Result<Group> Groups::get(const QString& id)
{
    return m_engine.versions().read<Group>(Versions::kindOf(Change::Subject::Group), id,
                                           [&] { return m_table.get(id); });
}

Result<Group> Groups::findByName(const QString& orgId, const QString& name)
{
    auto group = m_table.findByName(orgId, name);
    if (!group)
        return group;
    return get(group.value().id);
}

Result<int> Groups::count(const GroupQuery& query)
{
    return m_table.count(query);
}

Result<QVector<Group>> Groups::page(const GroupQuery& query, int offset, int limit)
{
    return m_table.page(query, offset, limit);
}

Result<std::optional<int>> Groups::rank(const GroupQuery& query, const QString& id)
{
    return m_table.rank(query, id);
}

Result<QVector<Member>> Groups::members(const QString& groupId)
{
    if (auto g = m_table.get(groupId); !g)
        return g.error();
    return m_table.members(groupId);
}

Result<QVector<Member>> Groups::candidates(const QString& orgId, const QString& search, int limit)
{
    return m_table.candidates(orgId, search, limit);
}

Result<Group> Groups::changeable(const QString& groupId)
{
    auto g = m_table.get(groupId);
    if (!g)
        return g;
    auto org = m_engine.organizations().requireActive(g.value().organizationId);
    if (!org)
        return org.error();
    return g;
}

Result<Group> Groups::managedHere(const QString& groupId, interop::Managed what)
{
    auto g = changeable(groupId);
    if (!g)
        return g;
    auto org = m_engine.organizations().get(g.value().organizationId);
    if (!org)
        return org.error();
    if (auto ok = interop::allowed(org.value(), what, g.value().name); !ok)
        return ok.error();
    return g;
}

Status Groups::addMembersTo(const Group& group, const QStringList& memberIds)
{
    for (const QString& id : memberIds) {
        auto member = m_table.entity(group.organizationId, id);
        if (!member)
            return member.error();
        if (member.value().kind == Member::Kind::Group) {
            auto cycle = m_table.containsGroup(id, group.id);
            if (!cycle)
                return cycle.error();
            if (cycle.value())
                return makeError(ErrorCode::MembershipCycle, QStringLiteral("members"),
                                 id == group.id
                                     ? tr("Members: a group cannot be a member of itself.")
                                     : tr("Members: %1 already contains %2, so adding it would make a loop.")
                                           .arg(member.value().name, group.name));
        }
        if (auto ok = m_table.addMember(group.id, member.value()); !ok)
            return ok;
    }
    return Done{};
}

Result<QStringList> Groups::memberIdsOf(const QString& groupId)
{
    auto current = m_table.members(groupId);
    if (!current)
        return current.error();
    QStringList ids;
    for (const Member& m : current.value())
        ids << m.id;
    return ids;
}

Status Groups::replaceMembers(Change& change, const Group& group, const QStringList& before,
                              const QStringList& after, const QString& action)
{
    auto org = m_engine.organizations().get(group.organizationId);
    if (org && isConnector(org.value()))
        return connectorRefuses(
            tr("Members: this group lives in Active Directory behind an AD Connector; change "
               "its members there."));
    const MemberChanges changes = MemberChanges::between(before, after);
    if (auto ok = addMembersTo(group, changes.added); !ok)
        return ok;
    for (const QString& id : changes.removed)
        if (auto ok = m_table.removeMember(group.id, id); !ok)
            return ok;
    if (auto ok = m_engine.recordAudit(group.organizationId, action, group.id,
                                       {{QStringLiteral("members"), QJsonArray::fromStringList(before)}},
                                       {{QStringLiteral("members"), QJsonArray::fromStringList(after)}});
        !ok)
        return ok;
    change = changeOf(group, Change::Kind::Updated, action);
    return Done{};
}

Status Groups::editMembers(const QString& groupId, const QString& action,
                           const std::function<Result<QStringList>(const Group&, const QStringList&)>& after)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto g = managedHere(groupId, interop::Managed::GroupMembers);
        if (!g)
            return g.error();
        auto before = memberIdsOf(groupId);
        if (!before)
            return before.error();
        auto members = after(g.value(), before.value());
        if (!members)
            return members.error();
        return replaceMembers(change, g.value(), before.value(), members.value(), action);
    });
}

Status Groups::addMembers(const QString& groupId, const QStringList& memberIds)
{
    return editMembers(
        groupId, QStringLiteral("group.members.add"),
        [&](const Group&, const QStringList& before) -> Result<QStringList> { return before + memberIds; });
}

Status Groups::removeMembers(const QString& groupId, const QStringList& memberIds)
{
    return editMembers(groupId, QStringLiteral("group.members.remove"),
                       [&](const Group& group, const QStringList& before) -> Result<QStringList> {
                           QStringList after = before;
                           for (const QString& id : memberIds)
                               if (!after.removeOne(id))
                                   return makeError(
                                       ErrorCode::NotFound, QStringLiteral("members"),
                                       tr("Members: %1 is not a member of %2.").arg(id, group.name));
                           return after;
                       });
}

Status Groups::changeMembers(const QString& groupId, const MemberChanges& changes)
{
    return editMembers(groupId, QStringLiteral("group.members"),
                       [&](const Group&, const QStringList& before) -> Result<QStringList> {
                           return changes.appliedTo(before);
                       });
}

Result<QString> Groups::proposedAddress(const QString& groupId)
{
    auto g = m_table.get(groupId);
    if (!g)
        return g.error();
    auto org = m_engine.organizations().get(g.value().organizationId);
    if (!org)
        return org.error();
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9._%+-]+"));
    QString local = g.value().name.toLower().replace(notAllowed, QStringLiteral("."));
    while (local.startsWith(u'.'))
        local.remove(0, 1);
    while (local.endsWith(u'.'))
        local.chop(1);
    return QString(local.left(64) + u'@' + org.value().defaultDomain);
}

Result<Group> Groups::enable(const QString& groupId, const QString& address)
{
    return m_engine.mutate([&](Change& change) -> Result<Group> {
        auto g = changeable(groupId);
        if (!g)
            return g.error();
        if (g.value().state == GroupState::Enabled)
            return makeError(ErrorCode::WrongState, QStringLiteral("group"),
                             tr("Enable: %1 is already enabled.").arg(g.value().name));
        auto org = m_engine.organizations().get(g.value().organizationId);
        if (!org)
            return org.error();
        if (org.value().interoperability) {
            auto proposed = proposedAddress(groupId);
            if (!proposed)
                return proposed.error();
            if (auto ok =
                    interop::enableAddress(org.value(), proposed.value(), address, QStringLiteral("email"));
                !ok)
                return ok.error();
        }
        if (auto ok = AddressBook(m_engine).check(g.value().organizationId, address, groupId); !ok)
            return ok.error();
        Group after = g.value();
        after.state = GroupState::Enabled;
        after.email = address;
        if (auto ok = m_table.updateMailState(after); !ok)
            return ok.error();
        if (auto ok = AddressBook(m_engine).addresses().add(after.organizationId, address, groupId, true);
            !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(after.organizationId, QStringLiteral("group.enable"), groupId,
                                           json::of(g.value()), json::of(after));
            !ok)
            return ok.error();
        change = changeOf(after, Change::Kind::Updated, QStringLiteral("group.enable"));
        return after;
    });
}

Result<Group> Groups::disable(const QString& groupId)
{
    return m_engine.mutate([&](Change& change) -> Result<Group> {
        auto g = managedHere(groupId, interop::Managed::GroupDisable);
        if (!g)
            return g.error();
        if (g.value().state == GroupState::Disabled)
            return makeError(ErrorCode::WrongState, QStringLiteral("group"),
                             tr("Disable: %1 is already disabled.").arg(g.value().name));
        Group after = g.value();
        after.state = GroupState::Disabled;
        after.email.clear();
        if (auto ok = AddressBook(m_engine).addresses().removeAllOf(groupId); !ok)
            return ok.error();
        if (auto ok = m_table.updateMailState(after); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(after.organizationId, QStringLiteral("group.disable"), groupId,
                                           json::of(g.value()), json::of(after));
            !ok)
            return ok.error();
        change = changeOf(after, Change::Kind::Updated, QStringLiteral("group.disable"));
        return after;
    });
}

Status Groups::remove(const QString& groupId)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto g = managedHere(groupId, interop::Managed::GroupDelete);
        if (!g)
            return g.error();
        if (g.value().state != GroupState::Disabled)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("group"),
                tr("Delete: disable %1 first; only a disabled group can be deleted.").arg(g.value().name));
        auto org = m_engine.organizations().get(g.value().organizationId);
        if (!org)
            return org.error();
        if (org.value().directoryType != nameOf(DirectoryType::WorkMail))
            return makeError(
                ErrorCode::NotSupportedByDirectory, QStringLiteral("directory"),
                tr("Delete: %1 belongs to the organization's directory, where it stays; disabled, it "
                   "receives no mail and can be enabled again.")
                    .arg(g.value().name));
        if (auto ok = m_table.remove(groupId); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(g.value().organizationId, QStringLiteral("group.delete"), groupId,
                                           json::of(g.value()), {});
            !ok)
            return ok;
        change = changeOf(g.value(), Change::Kind::Removed, QStringLiteral("group.delete"));
        return Done{};
    });
}

Result<QVector<Recipient>> Groups::expand(const QString& groupId)
{
    auto root = m_table.get(groupId);
    if (!root)
        return root.error();
    QVector<Recipient> recipients;
    if (root.value().state != GroupState::Enabled)
        return recipients; // a disabled group has no address: mail cannot reach it
    QSet<QString> seenUsers;
    QSet<QString> expanded{groupId};
    QVector<QPair<QString, QString>> queue{{groupId, root.value().name}};
    for (int i = 0; i < queue.size(); ++i) {
        auto members = m_table.members(queue.at(i).first);
        if (!members)
            return members.error();
        for (const Member& m : members.value()) {
            if (!m.enabled)
                continue;
            if (m.kind == Member::Kind::Group) {
                if (!expanded.contains(m.id)) {
                    expanded.insert(m.id);
                    queue.append({m.id, m.name});
                }
            } else if (!seenUsers.contains(m.id) && !m.email.isEmpty()) {
                seenUsers.insert(m.id);
                recipients.append({m.id, m.name, m.email, queue.at(i).second});
            }
        }
    }
    return recipients;
}

} // namespace mailroom
