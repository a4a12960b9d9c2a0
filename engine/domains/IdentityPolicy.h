#pragma once
// A domain's identity policy (DOM-1, DOM-7): the sending authorization that lets the mail
// service act for the domain. Since 2016-10-13 it allows every sending action ("ses:*");
// older domains lack it until the administrator applies the fix.

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace mailroom::identitypolicy {

// Domains added before this date got the legacy policy.
QDate allActionsSince();

// The policy a domain gets when added on that date.
QString initial(const QString& domain, const QString& region, const QDate& addedOn);

// Errors (field "policy"): InvalidValue when the text is not a JSON object with a "Statement"
// array whose entries are objects (the message says where the JSON breaks).
Status check(const QString& json);

// True when no statement allows "ses:*".
bool lacksAllActions(const QString& json);
// True when the warning of DOM-7 applies: added before the date and lacking "ses:*".
bool needsFix(const QString& json, const QDateTime& addedAt);
// The policy with "ses:*" added to the first statement's actions (the one-click fix).
QString withAllActions(const QString& json);

} // namespace mailroom::identitypolicy
