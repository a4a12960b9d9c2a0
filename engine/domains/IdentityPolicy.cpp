#include "IdentityPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailroom::identitypolicy {

namespace {

const QString AllActions = QStringLiteral("ses:*");

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::identitypolicy", text);
}

QJsonArray actionsOf(const QJsonObject& statement)
{
    const QJsonValue action = statement.value(QStringLiteral("Action"));
    if (action.isString())
        return QJsonArray{action.toString()};
    return action.toArray();
}

} // namespace

QDate allActionsSince()
{
    return QDate(2016, 10, 13);
}

QString initial(const QString& domain, const QString& region, const QDate& addedOn)
{
    QJsonArray actions{QStringLiteral("ses:SendBounce"), QStringLiteral("ses:SendRawEmail")};
    if (addedOn >= allActionsSince())
        actions.prepend(AllActions);
    const QJsonObject statement{
        {QStringLiteral("Sid"), QStringLiteral("AuthorizeMailroom")},
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Principal"),
         QJsonObject{{QStringLiteral("Service"), QStringLiteral("workmail.%1.amazonaws.com").arg(region)}}},
        {QStringLiteral("Action"), actions},
        {QStringLiteral("Resource"), QStringLiteral("arn:aws:ses:%1:identity/%2").arg(region, domain)},
    };
    const QJsonObject policy{{QStringLiteral("Version"), QStringLiteral("2008-10-17")},
                             {QStringLiteral("Statement"), QJsonArray{statement}}};
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented));
}

Status check(const QString& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    const QString field = QStringLiteral("policy");
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidValue, field,
                         tr("Identity policy: not valid JSON at character %1 (%2).")
                             .arg(parseError.offset + 1)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidValue, field, tr("Identity policy: must be a JSON object."));
    const QJsonValue statements = doc.object().value(QStringLiteral("Statement"));
    if (!statements.isArray() || statements.toArray().isEmpty())
        return makeError(ErrorCode::InvalidValue, field,
                         tr("Identity policy: needs a \"Statement\" array with at least one statement."));
    for (const QJsonValue& s : statements.toArray())
        if (!s.isObject())
            return makeError(ErrorCode::InvalidValue, field,
                             tr("Identity policy: every entry of \"Statement\" must be an object."));
    return Done{};
}

bool lacksAllActions(const QString& json)
{
    const QJsonArray statements =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("Statement")).toArray();
    for (const QJsonValue& s : statements)
        if (actionsOf(s.toObject()).contains(AllActions))
            return false;
    return true;
}

bool needsFix(const QString& json, const QDateTime& addedAt)
{
    return addedAt.toUTC().date() < allActionsSince() && lacksAllActions(json);
}

QString withAllActions(const QString& json)
{
    QJsonObject policy = QJsonDocument::fromJson(json.toUtf8()).object();
    QJsonArray statements = policy.value(QStringLiteral("Statement")).toArray();
    if (statements.isEmpty() || !lacksAllActions(json))
        return json;
    QJsonObject first = statements.first().toObject();
    QJsonArray actions = actionsOf(first);
    actions.prepend(AllActions);
    first.insert(QStringLiteral("Action"), actions);
    statements.replace(0, first);
    policy.insert(QStringLiteral("Statement"), statements);
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented));
}

} // namespace mailroom::identitypolicy
