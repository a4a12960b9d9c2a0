#pragma once
// The availability settings of one domain in interoperability mode (IOP-4), and their field rules.
// The password is never part of it: the keychain keeps it under secretRef.

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace mailroom {

struct AvailabilitySetting
{
    QString organizationId;
    QString domain;         // A-label form, lower case
    QString ewsUrl;         // https://mail.example.com/EWS/Exchange.asmx
    QString serviceAccount; // user@example.com or EXAMPLE\user
    QString secretRef;      // the keychain key of the password
    QDateTime testedAt;     // last EWS test, invalid when never tested
    QString testResult;     // the last test's outcome, empty when never tested
    qint64 version = 0;     // raised by every change (Versions); 0 when not read from the store
};

namespace availability {

// The keychain key of the password of a domain's settings: derived from the organization and the
// domain, so that it is the same on every machine that opens the database.
QString secretRef(const QString& orgId, const QString& domain);

// Field "ewsUrl": Required, or InvalidValue unless it parses as an https URL with a host.
Status checkEwsUrl(const QString& url);
// Field "serviceAccount": Required, or InvalidValue unless it is user@domain.tld or DOMAIN\username.
Status checkServiceAccount(const QString& account);
// Field "password": Required when empty; InvalidValue when longer than MaxPasswordLength or with a
// line break (the command line reads one line).
Status checkPassword(const QString& password);

constexpr int MaxPasswordLength = 256;
constexpr int MaxUrlLength = 2048;

} // namespace availability

} // namespace mailroom
