#include "AuditLog.h"

#include "Engine.h"
#include "Ids.h"
#include "JsonFormat.h"

#include <QCoreApplication>
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
