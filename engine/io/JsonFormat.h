#pragma once
// The JSON form of the engine's objects: what the audit log stores and mailroomctl --json prints.

#include "core/Result.h"
#include "domains/DnsReport.h"
#include "groups/Group.h"
#include "organizations/Directory.h"
#include "organizations/Organization.h"
#include "resources/Resource.h"
#include "store/tables/AuditTable.h"
#include "users/User.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailroom::json {

QJsonObject of(const Organization& org);
QJsonObject of(const Directory& directory);
QJsonObject of(const User& user); // never a password or its hash
QJsonObject of(const UserRow& row);
QJsonObject of(const EmailAddress& address);
QJsonObject of(const AuditRecord& record);
QJsonObject of(const Domain& domain); // with its U-label name; the last check's report is not included
QJsonObject of(const DnsRecord& record);
QJsonObject of(const Group& group);
QJsonObject of(const Member& member);
QJsonObject of(const Recipient& recipient);
QJsonObject of(const Resource& resource);
QJsonObject of(const Error& error);
QString timestamp(const QDateTime& when); // ISO 8601 UTC, or empty

} // namespace mailroom::json
