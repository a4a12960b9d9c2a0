#include "MobilePolicy.h"

#include <QCoreApplication>
#include <QLocale>

namespace mailroom {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::MobilePolicyField", text);
}

// The members of MobilePolicy by field name, so that the table below drives every use.
bool* flagMember(MobilePolicy& p, const QString& name)
{
    if (name == QLatin1String("passwordRequired"))
        return &p.passwordRequired;
    if (name == QLatin1String("allowSimplePassword"))
        return &p.allowSimplePassword;
    if (name == QLatin1String("requireAlphanumeric"))
        return &p.requireAlphanumeric;
    if (name == QLatin1String("requireDeviceEncryption"))
        return &p.requireDeviceEncryption;
    if (name == QLatin1String("requireStorageCardEncryption"))
        return &p.requireStorageCardEncryption;
    return nullptr;
}

int* numberMember(MobilePolicy& p, const QString& name)
{
    if (name == QLatin1String("minPasswordLength"))
        return &p.minPasswordLength;
    if (name == QLatin1String("minCharacterSets"))
        return &p.minCharacterSets;
    if (name == QLatin1String("failedAttemptsAllowed"))
        return &p.failedAttemptsAllowed;
    if (name == QLatin1String("passwordExpirationDays"))
        return &p.passwordExpirationDays;
    if (name == QLatin1String("screenLockSeconds"))
        return &p.screenLockSeconds;
    if (name == QLatin1String("passwordHistory"))
        return &p.passwordHistory;
    return nullptr;
}

} // namespace

QJsonObject MobilePolicy::toJson() const
{
    QJsonObject json;
    for (const MobilePolicyField& f : mobile::policyFields()) {
        if (f.kind == MobilePolicyField::Kind::Flag)
            json.insert(f.name, mobile::flagOf(*this, f.name));
        else
            json.insert(f.name, mobile::numberOf(*this, f.name));
    }
    return json;
}

MobilePolicy MobilePolicy::fromJson(const QJsonObject& json)
{
    MobilePolicy policy;
    for (const MobilePolicyField& f : mobile::policyFields()) {
        if (!json.contains(f.name))
            continue;
        if (f.kind == MobilePolicyField::Kind::Flag)
            mobile::setFlag(policy, f.name, json.value(f.name).toBool());
        else
            mobile::setNumber(policy, f.name, json.value(f.name).toInt());
    }
    return policy;
}

QString MobilePolicyField::label() const
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("passwordRequired"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Password required")},
        {QStringLiteral("allowSimplePassword"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Allow simple password")},
        {QStringLiteral("minPasswordLength"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Minimum password length")},
        {QStringLiteral("requireAlphanumeric"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Require alphanumeric password")},
        {QStringLiteral("minCharacterSets"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Minimum number of character sets")},
        {QStringLiteral("failedAttemptsAllowed"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Failed attempts allowed")},
        {QStringLiteral("passwordExpirationDays"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Password expiration")},
        {QStringLiteral("screenLockSeconds"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Screen lock after")},
        {QStringLiteral("passwordHistory"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Password history")},
        {QStringLiteral("requireDeviceEncryption"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Require encryption on the device")},
        {QStringLiteral("requireStorageCardEncryption"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Require encryption on the storage card")},
    };
    return tr(labels.value(name, ""));
}

QString MobilePolicyField::description() const
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("passwordRequired"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "The device can only be unlocked with a password. "
                                                          "The items below apply only while this is on.")},
        {QStringLiteral("allowSimplePassword"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "The device's PIN may serve as the password.")},
        {QStringLiteral("minPasswordLength"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField",
                           "How many characters a password has at least (1 to 16).")},
        {QStringLiteral("requireAlphanumeric"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "A password must mix letters and digits.")},
        {QStringLiteral("minCharacterSets"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField",
                           "How many kinds of character a password mixes: lower case, upper case, digits, "
                           "symbols (1 to 4).")},
        {QStringLiteral("failedAttemptsAllowed"),
         QT_TRANSLATE_NOOP(
             "mailroom::MobilePolicyField",
             "Wrong passwords in a row before the device locks the user out (1 to 16; 0 for no limit).")},
        {QStringLiteral("passwordExpirationDays"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField",
                           "Days until a password must be changed (up to 730; 0 for never).")},
        {QStringLiteral("screenLockSeconds"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField",
                           "Seconds without use before the screen locks (30 to 3,600; 0 for off).")},
        {QStringLiteral("passwordHistory"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField",
                           "How many earlier passwords cannot be used again (0 to 50).")},
        {QStringLiteral("requireDeviceEncryption"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField", "Mail kept on the device is encrypted.")},
        {QStringLiteral("requireStorageCardEncryption"),
         QT_TRANSLATE_NOOP("mailroom::MobilePolicyField",
                           "Mail kept on a removable storage card is encrypted.")},
    };
    return tr(texts.value(name, ""));
}

QString MobilePolicyField::unit(int value) const
{
    const bool one = value == 1;
    if (name == QLatin1String("minPasswordLength"))
        return one ? tr(" character") : tr(" characters");
    if (name == QLatin1String("passwordExpirationDays"))
        return one ? tr(" day") : tr(" days");
    if (name == QLatin1String("screenLockSeconds"))
        return one ? tr(" second") : tr(" seconds");
    if (name == QLatin1String("passwordHistory"))
        return one ? tr(" password") : tr(" passwords");
    if (name == QLatin1String("failedAttemptsAllowed"))
        return one ? tr(" attempt") : tr(" attempts");
    return {};
}

QString MobilePolicyField::offText() const
{
    if (name == QLatin1String("failedAttemptsAllowed"))
        return tr("Unlimited");
    if (name == QLatin1String("passwordExpirationDays"))
        return tr("Never");
    if (name == QLatin1String("screenLockSeconds"))
        return tr("Off");
    return {};
}

namespace mobile {

const QVector<MobilePolicyField>& policyFields()
{
    using K = MobilePolicyField::Kind;
    static const QVector<MobilePolicyField> fields{
        {QStringLiteral("passwordRequired"), QStringLiteral("a"), K::Flag, 0, 0, false, false},
        {QStringLiteral("allowSimplePassword"), QStringLiteral("b"), K::Flag, 0, 0, false, true},
        {QStringLiteral("minPasswordLength"), QStringLiteral("c"), K::Number, 1, 16, false, true},
        {QStringLiteral("requireAlphanumeric"), QStringLiteral("d"), K::Flag, 0, 0, false, true},
        {QStringLiteral("minCharacterSets"), QStringLiteral("e"), K::Number, 1, 4, false, true},
        {QStringLiteral("failedAttemptsAllowed"), QStringLiteral("f"), K::Number, 1, 16, true, true},
        {QStringLiteral("passwordExpirationDays"), QStringLiteral("g"), K::Number, 1, 730, true, true},
        {QStringLiteral("screenLockSeconds"), QStringLiteral("h"), K::Number, 30, 3600, true, true},
        {QStringLiteral("passwordHistory"), QStringLiteral("i"), K::Number, 0, 50, false, true},
        {QStringLiteral("requireDeviceEncryption"), QStringLiteral("j"), K::Flag, 0, 0, false, false},
        {QStringLiteral("requireStorageCardEncryption"), QStringLiteral("k"), K::Flag, 0, 0, false, false},
    };
    return fields;
}

const MobilePolicyField* policyField(const QString& name)
{
    for (const MobilePolicyField& f : policyFields())
        if (f.name == name)
            return &f;
    return nullptr;
}

int numberOf(const MobilePolicy& policy, const QString& name)
{
    const int* member = numberMember(const_cast<MobilePolicy&>(policy), name);
    return member ? *member : 0;
}

bool flagOf(const MobilePolicy& policy, const QString& name)
{
    const bool* member = flagMember(const_cast<MobilePolicy&>(policy), name);
    return member && *member;
}

void setNumber(MobilePolicy& policy, const QString& name, int value)
{
    if (int* member = numberMember(policy, name))
        *member = value;
}

void setFlag(MobilePolicy& policy, const QString& name, bool value)
{
    if (bool* member = flagMember(policy, name))
        *member = value;
}

Status checkPolicy(const MobilePolicy& policy)
{
    const QLocale locale;
    for (const MobilePolicyField& f : policyFields()) {
        if (f.kind != MobilePolicyField::Kind::Number)
            continue;
        const int value = numberOf(policy, f.name);
        if (f.zeroIsOff && value == 0)
            continue;
        if (value >= f.minimum && value <= f.maximum)
            continue;
        const QString range =
            f.zeroIsOff
                ? QCoreApplication::translate("mailroom::MobilePolicyField", "%1 to %2, or 0 for %3")
                      .arg(locale.toString(f.minimum), locale.toString(f.maximum), f.offText().toLower())
                : QCoreApplication::translate("mailroom::MobilePolicyField", "%1 to %2")
                      .arg(locale.toString(f.minimum), locale.toString(f.maximum));
        return makeError(
            ErrorCode::InvalidValue, f.name,
            QCoreApplication::translate("mailroom::MobilePolicyField", "%1: %2 is outside the range %3.")
                .arg(f.label(), locale.toString(value), range));
    }
    return Done{};
}

} // namespace mobile

} // namespace mailroom
