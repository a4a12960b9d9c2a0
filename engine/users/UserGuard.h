#pragma once
// The preconditions every change to a user shares: the user exists, belongs to an Active
// organization, and is not a system user.

#include "User.h"
#include "core/Result.h"
#include "organizations/Organization.h"

namespace mailroom {

class Engine;

struct ChangeableUser
{
    User user;
    Organization organization;
    QString directoryType; // DirectoryType name
};

// Errors: NotFound, WrongState (organization not Active or user not in one), SystemUser.
Result<ChangeableUser> changeableUser(Engine& engine, const QString& userId);

} // namespace mailroom
