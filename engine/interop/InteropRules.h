#pragma once
// IOP-2: what interoperability mode forbids. While an organization is in interoperability mode its
// users, groups and resources are managed in Microsoft Exchange; here they may only be enabled,
// with the address Exchange gave them. Each refusal says why and where to do it instead.

#include "core/Result.h"
#include "organizations/Organization.h"

namespace mailroom::interop {

enum class Managed
{
    UserAddresses, // add or remove an alias, change the primary address
    UserDisable,
    UserDelete,
    GroupMembers,
    GroupDisable,
    GroupDelete,
};

// WrongState (field "interoperability") when the organization is in interoperability mode.
// name: the user's or group's name, for the message.
Status allowed(const Organization& organization, Managed what, const QString& name);

// Enabling in interoperability mode keeps the address Exchange gave (proposed); another typed
// address is InvalidValue on field. Outside the mode anything the address book accepts goes.
Status enableAddress(const Organization& organization, const QString& proposed, const QString& typed,
                     const QString& field);

} // namespace mailroom::interop
