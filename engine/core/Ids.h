#pragma once
// Identifiers that stay stable forever: organizations "m-" + 32 hex digits,
// directories "d-" + 10 hex digits, users and mailboxes a UUID.

#include <QString>

namespace mailroom::ids {

QString newOrganizationId();
QString newDirectoryId();
QString newUuid();

} // namespace mailroom::ids
