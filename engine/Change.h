#pragma once
// What an operation changed, sent once after its transaction commits.

#include <QMetaType>
#include <QStringList>

namespace mailroom {

struct Change
{
    enum class Subject { Organization, Directory, User, Domain, Group, Resource, FlowRule, MobilePolicy, MobileDevice, Interop };
    enum class Kind { Added, Updated, Removed };

    Subject subject = Subject::Organization;
    Kind kind = Kind::Updated;
    QString organizationId; // empty when the change spans organizations (the purge)
    QStringList ids;
    QString action; // the audit action, e.g. "user.disable"
};

} // namespace mailroom

Q_DECLARE_METATYPE(mailroom::Change)
