#include "Resources.h"

#include "core/AddressBook.h"
#include "core/Engine.h"
#include "core/Ids.h"
#include "core/Rules.h"
#include "groups/MemberChanges.h"
#include "io/JsonFormat.h"
#include "organizations/Organizations.h"
#include "settings/OrgSettings.h"
#include "store/tables/GroupTable.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Resources", text);
}

Change changeOf(const Resource& r, Change::Kind kind, const QString& action)
{
    return {Change::Subject::Resource, kind, r.organizationId, {r.id}, action};
}

} // namespace

Resources::Resources(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Status Resources::checkDetails(const QString& orgId, const ResourceDetails& d, const QString& ownerId)
{
    if (auto ok = rules::resourceName(d.name); !ok)
        return ok;
    if (auto ok = checkNotJournalSender(d.name, QStringLiteral("name")); !ok)
        return ok;
    auto taken = m_table.nameTaken(orgId, d.name, ownerId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::NameTaken, QStringLiteral("name"),
                         tr("Resource name: %1 is already a resource of this organization.").arg(d.name));
    if (auto ok = rules::resourceDescription(d.description); !ok)
        return ok;
    return AddressBook(m_engine).check(orgId, d.email, ownerId);
}

Result<Resource> Resources::create(const QString& orgId, const ResourceDetails& details)
{
    return m_engine.mutate([&](Change& change) -> Result<Resource> {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (org.value().interoperability)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("organization"),
                tr("Create resource: in interoperability mode resources are created in Microsoft Exchange "
                   "and show in the users list."));
        if (auto ok = checkDetails(orgId, details); !ok)
            return ok.error();
        Resource r;
        r.id = ids::newUuid();
        r.organizationId = orgId;
        r.details = details;
        r.createdAt = m_engine.now();
        if (auto ok = m_table.insert(r); !ok)
            return ok.error();
        if (auto ok = AddressBook(m_engine).addresses().add(orgId, details.email, r.id, true); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("resource.create"), r.id, {}, json::of(r));
            !ok)
            return ok.error();
        change = changeOf(r, Change::Kind::Added, QStringLiteral("resource.create"));
        return r;
    });
}

Result<Resource> Resources::changeable(const QString& id)
{
    auto r = get(id);
    if (!r)
        return r;
    if (auto org = m_engine.organizations().requireActive(r.value().organizationId); !org)
        return org.error();
    return r;
}

Result<Resource> Resources::update(const QString& id, const ResourceDetails& details)
{
    auto current = get(id);
    if (!current)
        return current.error();
    return update(id, current.value().details, details);
}

Result<Resource> Resources::update(const QString& id, const ResourceDetails& base,
                                   const ResourceDetails& edited, qint64 ifVersion)
{
    return m_engine.mutate([&](Change& change) -> Result<Resource> {
        auto r = changeable(id);
        if (!r)
            return r.error();
        const Resource& before = r.value();
        const QString what = tr("The details of %1").arg(before.details.name);
        auto last = m_engine.versions().last(Versions::kindOf(Change::Subject::Resource), id);
        if (!last)
            return last.error();
        if (auto ok = Versions::require(last.value(), ifVersion, what); !ok)
            return ok.error();
        ConflictCheck conflicts(what);
        FieldMerge<ResourceDetails> merge(base, edited, before.details, conflicts);
        merge.field(QStringLiteral("name"), &ResourceDetails::name);
        merge.field(QStringLiteral("description"), &ResourceDetails::description);
        merge.field(QStringLiteral("type"), &ResourceDetails::type, nameOf<ResourceType>);
        merge.field(QStringLiteral("email"), &ResourceDetails::email);
        if (!conflicts.clean())
            return conflicts.result(last.value()).error();
        if (!merge.changed())
            return before;
        const ResourceDetails details = merge.result();
        if (auto ok = checkDetails(before.organizationId, details, id); !ok)
            return ok.error();
        if (before.details.email.compare(details.email, Qt::CaseInsensitive) != 0) {
            AddressBook book(m_engine);
            if (auto ok = book.addresses().removeAllOf(id); !ok)
                return ok.error();
            if (auto ok = book.addresses().add(before.organizationId, details.email, id, true); !ok)
                return ok.error();
        }
        if (auto ok = m_table.updateDetails(id, details); !ok)
            return ok.error();
        Resource after = before;
        after.details = details;
        after.version = before.version + 1; // raised by this change (Engine::mutate)
        if (auto ok = m_engine.recordAudit(before.organizationId, QStringLiteral("resource.update"), id,
                                           json::of(before), json::of(after));
            !ok)
            return ok.error();
        change = changeOf(after, Change::Kind::Updated, QStringLiteral("resource.update"));
        return after;
    });
}

Result<Resource> Resources::get(const QString& id)
{
    auto booking = m_engine.versions().of(versionKind::Booking, id);
    if (!booking)
        return booking.error();
    auto resource = m_engine.versions().read<Resource>(Versions::kindOf(Change::Subject::Resource), id,
                                                       [&] { return m_table.get(id); });
    if (resource)
        resource.value().bookingVersion = booking.value();
    return resource;
}

Result<Resource> Resources::findByName(const QString& orgId, const QString& name)
{
    auto resource = m_table.findByName(orgId, name);
    if (!resource)
        return resource;
    return get(resource.value().id);
}

Result<QVector<Resource>> Resources::list(const QString& orgId, const QString& search)
{
    // Versions first (see Versions::read).
    auto versions = m_engine.versions().allOf(Versions::kindOf(Change::Subject::Resource));
    if (!versions)
        return versions.error();
    auto booking = m_engine.versions().allOf(versionKind::Booking);
    if (!booking)
        return booking.error();
    auto resources = m_table.list(orgId, search);
    if (resources)
        for (Resource& r : resources.value()) {
            r.version = versions.value().value(r.id, 1);
            r.bookingVersion = booking.value().value(r.id, 1);
        }
    return resources;
}

Result<Resource> Resources::setBooking(const QString& id, const BookingOptions& booking, qint64 basedOn)
{
    return m_engine.mutate([&](Change& change) -> Result<Resource> {
        auto r = changeable(id);
        if (!r)
            return r.error();
        if (auto ok =
                m_engine.versions().advance(versionKind::Booking, id, basedOn,
                                            tr("The booking options of %1").arg(r.value().details.name));
            !ok)
            return ok.error();
        if (booking.acceptAll && !r.value().booking.acceptAll) {
            auto n = m_table.delegateCount(id);
            if (!n)
                return n.error();
            if (n.value() > 0)
                return makeError(
                    ErrorCode::WrongState, QStringLiteral("acceptAll"),
                    tr("Booking options: delegates must accept every request, so \"accept all\" cannot "
                       "be turned on while %1 has delegates; remove them first.")
                        .arg(r.value().details.name));
        }
        if (auto ok = m_table.updateBooking(id, booking); !ok)
            return ok.error();
        Resource after = r.value();
        after.booking = booking;
        after.version = r.value().version + 1;
        after.bookingVersion = r.value().bookingVersion + 1;
        if (auto ok = m_engine.recordAudit(after.organizationId, QStringLiteral("resource.booking"), id,
                                           json::of(r.value()), json::of(after));
            !ok)
            return ok.error();
        change = changeOf(after, Change::Kind::Updated, QStringLiteral("resource.booking"));
        return after;
    });
}

Result<QVector<Member>> Resources::delegates(const QString& id)
{
    if (auto r = m_table.get(id); !r)
        return r.error();
    return m_table.delegates(id);
}

Result<QStringList> Resources::delegateIdsOf(const QString& id)
{
    auto current = m_table.delegates(id);
    if (!current)
        return current.error();
    QStringList ids;
    for (const Member& m : current.value())
        ids << m.id;
    return ids;
}

Status Resources::replaceDelegates(Change& change, const Resource& resource, const QStringList& before,
                                   const QStringList& after, const QString& action)
{
    const MemberChanges changes = MemberChanges::between(before, after);
    if (!changes.added.isEmpty() && resource.booking.acceptAll)
        return makeError(
            ErrorCode::WrongState, QStringLiteral("delegates"),
            tr("Delegates: %1 accepts every request automatically, so no one would be asked; turn "
               "off \"Automatically accept all requests\" in its booking options first.")
                .arg(resource.details.name));
    GroupTable entities(m_engine.store());
    for (const QString& memberId : changes.added) {
        auto member = entities.entity(resource.organizationId, memberId);
        if (!member)
            return member.error();
        if (auto ok = m_table.addDelegate(resource.id, member.value()); !ok)
            return ok;
    }
    for (const QString& memberId : changes.removed)
        if (auto ok = m_table.removeDelegate(resource.id, memberId); !ok)
            return ok;
    if (auto ok = m_engine.recordAudit(resource.organizationId, action, resource.id,
                                       {{QStringLiteral("delegates"), QJsonArray::fromStringList(before)}},
                                       {{QStringLiteral("delegates"), QJsonArray::fromStringList(after)}});
        !ok)
        return ok;
    change = changeOf(resource, Change::Kind::Updated, action);
    return Done{};
}

Status
Resources::editDelegates(const QString& id, const QString& action,
                         const std::function<Result<QStringList>(const Resource&, const QStringList&)>& after)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto r = changeable(id);
        if (!r)
            return r.error();
        auto before = delegateIdsOf(id);
        if (!before)
            return before.error();
        auto delegates = after(r.value(), before.value());
        if (!delegates)
            return delegates.error();
        return replaceDelegates(change, r.value(), before.value(), delegates.value(), action);
    });
}

Status Resources::addDelegates(const QString& id, const QStringList& memberIds)
{
    return editDelegates(id, QStringLiteral("resource.delegates.add"),
                         [&](const Resource&, const QStringList& before) -> Result<QStringList> {
                             return before + memberIds;
                         });
}

Status Resources::removeDelegates(const QString& id, const QStringList& memberIds)
{
    return editDelegates(
        id, QStringLiteral("resource.delegates.remove"),
        [&](const Resource& resource, const QStringList& before) -> Result<QStringList> {
            QStringList after = before;
            for (const QString& memberId : memberIds)
                if (!after.removeOne(memberId))
                    return makeError(
                        ErrorCode::NotFound, QStringLiteral("delegates"),
                        tr("Delegates: %1 is not a delegate of %2.").arg(memberId, resource.details.name));
            return after;
        });
}

Status Resources::changeDelegates(const QString& id, const MemberChanges& changes)
{
    return editDelegates(id, QStringLiteral("resource.delegates"),
                         [&](const Resource&, const QStringList& before) -> Result<QStringList> {
                             return changes.appliedTo(before);
                         });
}

Status Resources::remove(const QString& id)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto r = changeable(id);
        if (!r)
            return r.error();
        if (auto ok = AddressBook(m_engine).addresses().removeAllOf(id); !ok)
            return ok;
        if (auto ok = m_table.remove(id); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(r.value().organizationId, QStringLiteral("resource.remove"), id,
                                           json::of(r.value()), {});
            !ok)
            return ok;
        change = changeOf(r.value(), Change::Kind::Removed, QStringLiteral("resource.remove"));
        return Done{};
    });
}

} // namespace mailroom
