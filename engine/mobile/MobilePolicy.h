#pragma once
// The organization's default mobile device policy (MOB-1): the guide's items a–k in order. Every
// numeric item has a range, and zero means "off" where the item allows it. Items b–i only apply
// while "password required" is on; they are kept, not cleared, while it is off.

#include "core/Result.h"

#include <QJsonObject>
#include <QVector>

namespace mailroom {

struct MobilePolicy
{
    bool passwordRequired = false;             // a
    bool allowSimplePassword = true;           // b
    int minPasswordLength = 4;                 // c  1–16
    bool requireAlphanumeric = false;          // d
    int minCharacterSets = 1;                  // e  1–4
    int failedAttemptsAllowed = 0;             // f  1–16, 0 = unlimited
    int passwordExpirationDays = 0;            // g  0–730, 0 = never
    int screenLockSeconds = 0;                 // h  30–3600, 0 = off
    int passwordHistory = 0;                   // i  0–50
    bool requireDeviceEncryption = false;      // j
    bool requireStorageCardEncryption = false; // k

    bool operator==(const MobilePolicy&) const = default;

    QJsonObject toJson() const;                            // keys are the fields' names below
    static MobilePolicy fromJson(const QJsonObject& json); // missing keys keep their defaults
};

// One item of the policy, for forms, the CLI and checks: they all walk this one table.
struct MobilePolicyField
{
    enum class Kind
    {
        Flag,
        Number
    };

    QString name;   // stable: "minPasswordLength"; the JSON key and the CLI option
    QString letter; // the guide's item: "c"
    Kind kind = Kind::Flag;
    int minimum = 0; // Number: the range when not off
    int maximum = 0;
    bool zeroIsOff = false;    // Number: 0 is allowed outside the range and means off
    bool needsPassword = true; // only applies while "password required" is on

    QString label() const;         // translated: "Minimum password length"
    QString description() const;   // translated: what the item does, and what 0 means
    QString unit(int value) const; // translated suffix for the value: " day", " days"; empty for flags
    QString offText() const;       // translated: what 0 shows as ("Unlimited", "Never", "Off"); empty if none
};

namespace mobile {
const QVector<MobilePolicyField>& policyFields();
const MobilePolicyField* policyField(const QString& name);
int numberOf(const MobilePolicy& policy, const QString& name);
bool flagOf(const MobilePolicy& policy, const QString& name);
void setNumber(MobilePolicy& policy, const QString& name, int value);
void setFlag(MobilePolicy& policy, const QString& name, bool value);
// Every number within its range. Errors: InvalidValue naming the field and the range.
Status checkPolicy(const MobilePolicy& policy);
} // namespace mobile

} // namespace mailroom
