#pragma once
// The audit log (ADM-2): when, who, what, before and after, for every change.

#include "Result.h"
#include "store/tables/AuditTable.h"

#include <QJsonObject>

namespace mailroom {

class Engine;

class AuditLog
{
public:
    explicit AuditLog(Engine& engine);

    // Written inside the operation's transaction by Engine::recordAudit.
    Status record(const QString& orgId, const QString& action, const QString& target,
                  const QJsonObject& before, const QJsonObject& after);
    // Newest first; an empty organization id lists the whole account.
    Result<QVector<AuditRecord>> list(const QString& orgId = {}, int limit = 1000);
    // What an action ("user.disable") means, for people; the action itself for unknown ones.
    static QString describe(const QString& action);
    // Writes the records as a JSON array to path. Errors: FileError.
    Status exportJson(const QString& path, const QString& orgId = {});

private:
    Engine& m_engine;
    AuditTable m_table;
};

} // namespace mailroom
