#include "AvailabilitySetting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace mailroom::availability {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::availability", text);
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

} // namespace

QString secretRef(const QString& orgId, const QString& domain)
{
    return QStringLiteral("availability/") + orgId + u'/' + domain.toLower();
}

Status checkEwsUrl(const QString& text)
{
    const QString field = QStringLiteral("ewsUrl");
    const QString url = text.trimmed();
    if (url.isEmpty())
        return makeError(ErrorCode::Required, field,
                         tr("EWS URL: enter the address of Exchange Web Services, such as "
                            "https://mail.example.com/EWS/Exchange.asmx."));
    if (url.size() > MaxUrlLength)
        return invalid(field, tr("EWS URL: at most %1 characters.").arg(MaxUrlLength));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return invalid(field, tr("EWS URL: \"%1\" is not a URL; enter one such as "
                                 "https://mail.example.com/EWS/Exchange.asmx.")
                                  .arg(url));
    if (parsed.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return invalid(field,
                       tr("EWS URL: \"%1\" must start with https://; availability is only queried over "
                          "HTTPS.")
                           .arg(url));
    if (parsed.host().isEmpty())
        return invalid(field, tr("EWS URL: \"%1\" names no server; enter one such as "
                                 "https://mail.example.com/EWS/Exchange.asmx.")
                                  .arg(url));
    return Done{};
}

Status checkServiceAccount(const QString& text)
{
    const QString field = QStringLiteral("serviceAccount");
    const QString account = text.trimmed();
    if (account.isEmpty())
        return makeError(ErrorCode::Required, field,
                         tr("Service account: enter the account that reads availability, as "
                            "user@example.com or EXAMPLE\\user."));
    // FQDN form (the address rule of USR-1), or a NetBIOS domain (at most 15 characters) and a
    // sAMAccountName (at most 20 characters, none of " / \ [ ] : ; | = , + * ? < > @).
    const bool fqdn =
        account.size() <= 254 &&
        matchesWhole(
            QStringLiteral("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z-]{2,}"),
            account);
    const bool downLevel = matchesWhole(
        QStringLiteral("[A-Za-z0-9][A-Za-z0-9.-]{0,14}\\\\[^\"/\\\\\\[\\]:;|=,+*?<>@\\s]{1,20}"), account);
    if (!fqdn && !downLevel)
        return invalid(field,
                       tr("Service account: \"%1\" is neither an address in FQDN form (user@example.com) nor "
                          "DOMAIN\\username.")
                           .arg(account));
    return Done{};
}

Status checkPassword(const QString& password)
{
    const QString field = QStringLiteral("password");
    if (password.isEmpty())
        return makeError(
            ErrorCode::Required, field,
            tr("Password: enter the service account's password; it is kept in the system keychain."));
    if (password.size() > MaxPasswordLength)
        return invalid(field, tr("Password: at most %1 characters.").arg(MaxPasswordLength));
    if (password.contains(u'\n') || password.contains(u'\r'))
        return invalid(field, tr("Password: a password cannot contain a line break."));
    return Done{};
}

} // namespace mailroom::availability
