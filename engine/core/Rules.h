#pragma once
// The field rules of the service, each returning an Error that names the field and the rule.
// Rules that need the database (uniqueness, verified domains) live in the services.

#include "Result.h"
#include "users/User.h"

namespace mailroom::rules {

Status alias(const QString& alias);                          // ORG-2
Status kmsKeyArn(const QString& arn, const QString& region); // ORG-3
Status region(const QString& region);
Status directoryName(const QString& name);               // a DNS name: corp.example.com
Status username(const QString& username, int maxLength); // USR-1
Status groupName(const QString& name);                   // GRP-1: 1–256 printable Latin-1
Status resourceName(const QString& name);                // RES-1: the username pattern, ≤ 20
Status resourceDescription(const QString& description);  // RES-1: ≤ 64
Status addressFormat(const QString& address, const QString& field = QStringLiteral("email")); // USR-1
Status displayName(const QString& value);                                           // required, ≤ 256
Status attribute(const QString& field, const QString& label, const QString& value); // ≤ 256
// A user's details (USR-1, USR-5): the display name is required, every attribute ≤ 256.
Status userDetails(const UserDetails& details);

constexpr int MaxAttributeLength = 256;
constexpr int MaxAddressLength = 254;
constexpr int MaxAliasLength = 62;

} // namespace mailroom::rules
