#include "Rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailroom::rules {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::rules", text);
}

bool matchesWhole(const QString& pattern, const QString& value)
{
    const QRegularExpression re(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"));
    return re.match(value).hasMatch();
}

Error invalid(const QString& field, const QString& message)
{
    return makeError(ErrorCode::InvalidValue, field, message);
}

Error required(const QString& field, const QString& message)
{
    return makeError(ErrorCode::Required, field, message);
}

} // namespace

Status alias(const QString& alias)
{
    if (alias.isEmpty())
        return required(QStringLiteral("alias"), tr("Alias: enter a name for the organization."));
    if (alias.size() > MaxAliasLength)
        return invalid(
            QStringLiteral("alias"),
            tr("Alias: at most %1 characters (this one has %2).").arg(MaxAliasLength).arg(alias.size()));
    if (alias.startsWith(QLatin1String("d-"), Qt::CaseInsensitive))
        return invalid(QStringLiteral("alias"), tr("Alias: must not start with \"d-\"."));
    if (!matchesWhole(QStringLiteral("[0-9A-Za-z]+(-[0-9A-Za-z]+)*"), alias))
        return invalid(QStringLiteral("alias"),
                       tr("Alias: use letters and digits, in groups joined by single hyphens "
                          "(for example \"example-corp\")."));
    return Done{};
}

Status kmsKeyArn(const QString& arn, const QString& region)
{
    static const QString pattern = QStringLiteral(
        "arn:aws:kms:([a-z0-9-]+):[0-9]{12}:key/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
        "[0-9a-fA-F]{12}");
    const QRegularExpression re(QStringLiteral("\\A") + pattern + QStringLiteral("\\z"));
    const auto match = re.match(arn);
    if (!match.hasMatch())
        return invalid(QStringLiteral("kmsKey"), tr("Master key: a custom key is an ARN of the form "
                                                    "arn:aws:kms:<region>:<12 digits>:key/<key id>."));
    if (match.captured(1) != region)
        return invalid(QStringLiteral("kmsKey"),
                       tr("Master key: the key is in %1 but the organization is in %2; "
                          "choose a key of the same region.")
                           .arg(match.captured(1), region));
    return Done{};
}

Status region(const QString& value)
{
    if (value == QLatin1String("us-east-1") || value == QLatin1String("eu-west-1") ||
        value == QLatin1String("us-west-2"))
        return Done{};
    return invalid(
        QStringLiteral("region"),
        tr("Region: \"%1\" is not a region of the service (us-east-1, eu-west-1, us-west-2).").arg(value));
}

Status directoryName(const QString& name)
{
    if (name.isEmpty())
        return required(QStringLiteral("name"), tr("Directory name: enter the directory's DNS name."));
    if (name.size() > 255 ||
        !matchesWhole(QStringLiteral("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}"),
                      name))
        return invalid(QStringLiteral("name"),
                       tr("Directory name: a fully qualified DNS name such as corp.example.com."));
    return Done{};
}

namespace {

// The username pattern of USR-1, for users and resources (RES-1); label starts the message.
Status usernamePattern(const QString& field, const QString& label, const QString& value, int maxLength)
{
    if (value.isEmpty())
        return required(field, tr("%1: enter a name.").arg(label));
    if (value.size() > maxLength)
        return invalid(
            field,
            tr("%1: at most %2 characters (this one has %3).").arg(label).arg(maxLength).arg(value.size()));
    if (!matchesWhole(QStringLiteral("[A-Za-z0-9_.-]+(@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]{2,})?"), value))
        return invalid(field, tr("%1: use letters, digits, \".\", \"-\" and \"_\", optionally followed by "
                                 "@ and a domain.")
                                  .arg(label));
    return Done{};
}

} // namespace

Status username(const QString& username, int maxLength)
{
    return usernamePattern(QStringLiteral("username"), tr("Username"), username, maxLength);
}

Status resourceName(const QString& name)
{
    return usernamePattern(QStringLiteral("name"), tr("Resource name"), name, 20);
}

Status groupName(const QString& name)
{
    const QString field = QStringLiteral("name");
    if (name.trimmed().isEmpty())
        return required(field, tr("Group name: enter a name."));
    if (name.size() > MaxAttributeLength)
        return invalid(field, tr("Group name: at most %1 characters.").arg(MaxAttributeLength));
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 0x20 && u <= 0x7E) || (u >= 0xA0 && u <= 0xFF)))
            return invalid(field, tr("Group name: \"%1\" is not a printable Latin-1 character.").arg(c));
    }
    return Done{};
}

Status resourceDescription(const QString& description)
{
    if (description.size() > 64)
        return invalid(QStringLiteral("description"), tr("Description: at most %1 characters.").arg(64));
    return Done{};
}

Status addressFormat(const QString& address, const QString& field)
{
    if (address.isEmpty())
        return required(field, tr("Email address: enter an address."));
    if (address.size() > MaxAddressLength)
        return invalid(field, tr("Email address: at most %1 characters.").arg(MaxAddressLength));
    if (!matchesWhole(QStringLiteral("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z-]{2,}"), address))
        return invalid(field, tr("Email address: \"%1\" is not of the form name@domain.com "
                                 "(letters, digits and . _ % + - before the @).")
                                  .arg(address));
    return Done{};
}

Status displayName(const QString& value)
{
    if (value.trimmed().isEmpty())
        return required(QStringLiteral("displayName"), tr("Display name: enter the name people see."));
    return attribute(QStringLiteral("displayName"), tr("Display name"), value);
}

Status userDetails(const UserDetails& d)
{
    if (auto ok = displayName(d.displayName); !ok)
        return ok;
    for (const auto& [field, label, value] :
         {std::tuple{QStringLiteral("firstName"), tr("First name"), d.firstName},
          std::tuple{QStringLiteral("lastName"), tr("Last name"), d.lastName},
          std::tuple{QStringLiteral("street"), tr("Street address"), d.street},
          std::tuple{QStringLiteral("phone"), tr("Phone"), d.phone},
          std::tuple{QStringLiteral("company"), tr("Company"), d.company}}) {
        if (auto ok = attribute(field, label, value); !ok)
            return ok;
    }
    return Done{};
}

Status attribute(const QString& field, const QString& label, const QString& value)
{
    if (value.size() > MaxAttributeLength)
        return invalid(field, tr("%1: at most %2 characters (this one has %3).")
                                  .arg(label)
                                  .arg(MaxAttributeLength)
                                  .arg(value.size()));
    return Done{};
}

} // namespace mailroom::rules
