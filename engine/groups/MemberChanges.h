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
};

} // namespace mailroom
