#include "AuditLog.h"

#include "Engine.h"
#include "Ids.h"
#include "JsonFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mailroom {

AuditLog::AuditLog(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Status AuditLog::record(const QString& orgId, const QString& action, const QString& target,
                        const QJsonObject& before, const QJsonObject& after)
{
    return m_table.insert({ids::newUuid(), m_engine.now(), m_engine.actor(), orgId, action, target,
                           QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                           QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
}

QString AuditLog::describe(const QString& action)
{
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("directory.create"), QT_TRANSLATE_NOOP("AuditLog", "directory registered")},
        {QStringLiteral("directory.remove"), QT_TRANSLATE_NOOP("AuditLog", "directory removed")},
        {QStringLiteral("directory.user.add"), QT_TRANSLATE_NOOP("AuditLog", "user added to a directory")},
        {QStringLiteral("organization.request"), QT_TRANSLATE_NOOP("AuditLog", "organization requested")},
        {QStringLiteral("organization.create.step"), QT_TRANSLATE_NOOP("AuditLog", "organization creation step")},
        {QStringLiteral("organization.create.failed"), QT_TRANSLATE_NOOP("AuditLog", "organization creation failed")},
        {QStringLiteral("organization.remove"), QT_TRANSLATE_NOOP("AuditLog", "organization removed")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditLog", "user created")},
        {QStringLiteral("user.details"), QT_TRANSLATE_NOOP("AuditLog", "user details edited")},
        {QStringLiteral("user.password.reset"), QT_TRANSLATE_NOOP("AuditLog", "password reset")},
        {QStringLiteral("user.address.add"), QT_TRANSLATE_NOOP("AuditLog", "alias added")},
        {QStringLiteral("user.address.remove"), QT_TRANSLATE_NOOP("AuditLog", "alias removed")},
        {QStringLiteral("user.address.primary"), QT_TRANSLATE_NOOP("AuditLog", "primary address changed")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("AuditLog", "user enabled")},
        {QStringLiteral("user.restore"), QT_TRANSLATE_NOOP("AuditLog", "mailbox restored")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("AuditLog", "user disabled")},
        {QStringLiteral("user.delete"), QT_TRANSLATE_NOOP("AuditLog", "user deleted")},
        {QStringLiteral("user.purge"), QT_TRANSLATE_NOOP("AuditLog", "expired mailboxes purged")},
    };
    const char* text = descriptions.value(action);
    return text ? QCoreApplication::translate("AuditLog", text) : action;
}

Result<QVector<AuditRecord>> AuditLog::list(const QString& orgId, int limit)
{
    return m_table.list(orgId, limit);
}

Status AuditLog::exportJson(const QString& path, const QString& orgId)
{
    auto records = m_table.list(orgId, std::numeric_limits<int>::max());
    if (!records)
        return records.error();
    QJsonArray array;
    for (const auto& r : records.value())
        array.append(json::of(r));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(array).toJson()) < 0 || !file.commit())
        return makeError(ErrorCode::FileError, QStringLiteral("file"),
                         QCoreApplication::translate("AuditLog", "The audit log could not be written to %1: %2.")
                             .arg(path, file.errorString()));
    return Done{};
}

} // namespace mailroom
