#pragma once
// What an operation changed, sent once after its transaction commits: by the engine that made it,
// and by every other engine on the same database through the store's change feed (remote).

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
QString changeSubjectName(Change::Subject subject);
std::optional<Change::Subject> changeSubjectFromName(const QString& name);
QString changeKindName(Change::Kind kind);
std::optional<Change::Kind> changeKindFromName(const QString& name);

} // namespace mailroom

Q_DECLARE_METATYPE(mailroom::Change)
