#pragma once
// How a list of member ids (a group's members, a resource's delegates) changes into another:
// what is added and what is removed, each in its list's order.

#include <QStringList>

namespace mailroom {

struct MemberChanges
{
    QStringList added;
    QStringList removed;

    static MemberChanges between(const QStringList& before, const QStringList& after)
    {
        MemberChanges changes;
        for (const QString& id : after)
            if (!before.contains(id) && !changes.added.contains(id))
                changes.added << id;
        for (const QString& id : before)
            if (!after.contains(id))
                changes.removed << id;
        return changes;
    }

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }

    // The list after these changes, applied to what is there now (which may hold others' changes).
    QStringList appliedTo(const QStringList& current) const
    {
        QStringList result;
        for (const QString& id : current)
            if (!removed.contains(id))
                result << id;
        for (const QString& id : added)
            if (!result.contains(id))
                result << id;
        return result;
    }
};

} // namespace mailroom
