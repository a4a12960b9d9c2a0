#pragma once
// The JSON form of the engine's objects: what the audit log stores and mailroomctl --json prints.

#include "Directory.h"
#include "Organization.h"
#include "Result.h"
#include "User.h"
#include "store/AuditTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailroom::json {

QJsonObject of(const Organization& org);
QJsonObject of(const Directory& directory);
QJsonObject of(const User& user); // never a password or its hash
QJsonObject of(const UserRow& row);
QJsonObject of(const EmailAddress& address);
QJsonObject of(const AuditRecord& record);
QJsonObject of(const Error& error);
QString timestamp(const QDateTime& when); // ISO 8601 UTC, or empty

} // namespace mailroom::json
