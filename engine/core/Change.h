#pragma once
// What an operation changed, sent once after its transaction commits: by the engine that made it,
// and by every other engine on the same database through the store's change feed (remote).

#include "core/EnumTable.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace mailroom {

struct Change
{
    enum class Subject
    {
        Organization,
        Directory,
        User,
        Domain,
        Group,
        Resource,
        FlowRule,
        MobilePolicy,
        MobileDevice,
        Interop
    };
    enum class Kind
    {
        Added,
        Updated,
        Removed
    };

    Change() = default;
    Change(Subject subject_, Kind kind_, QString organizationId_, QStringList ids_, QString action_ = {})
        : subject(subject_), kind(kind_), organizationId(std::move(organizationId_)), ids(std::move(ids_)),
          action(std::move(action_))
    {
    }

    Subject subject = Subject::Organization;
    Kind kind = Kind::Updated;
    QString organizationId; // empty when the change spans organizations (the purge)
    QStringList ids;
    QString action; // the audit action, e.g. "user.disable"
    // Filled in by the engine: who made the change and when, and whether another engine (another
    // console, a script) made it.
    QString actor;
    QDateTime at;
    bool remote = false;
};

// Stable names, as the change log stores them ("user", "updated").
// The names the change feed writes (stable).
constexpr auto describe(Change::Subject)
{
    using S = Change::Subject;
    return enumTable<S>("Change", {{S::Organization, "organization"},
                                   {S::Directory, "directory"},
                                   {S::User, "user"},
                                   {S::Domain, "domain"},
                                   {S::Group, "group"},
                                   {S::Resource, "resource"},
                                   {S::FlowRule, "flowrule"},
                                   {S::MobilePolicy, "mobilepolicy"},
                                   {S::MobileDevice, "mobiledevice"},
                                   {S::Interop, "interop"}});
}

constexpr auto describe(Change::Kind)
{
    using K = Change::Kind;
    return enumTable<K>("Change", {{K::Added, "added"}, {K::Updated, "updated"}, {K::Removed, "removed"}});
}

} // namespace mailroom

Q_DECLARE_METATYPE(mailroom::Change)
