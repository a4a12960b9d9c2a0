#include "Versions.h"

#include "Engine.h"

#include <QCoreApplication>

namespace mailroom {

Versions::Versions(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Result<qint64> Versions::of(const QString& kind, const QString& id)
{
    return m_table.of(kind, id);
}

Status Versions::require(const QString& kind, const QString& id, qint64 basedOn, const QString& what)
{
    if (basedOn == 0)
        return Done{};
    auto now = m_table.row(kind, id);
    if (!now)
        return now.error();
    return require(now.value(), basedOn, what);
}

Status Versions::require(const VersionRow& last, qint64 basedOn, const QString& what)
{
    if (basedOn == 0 || last.version == basedOn)
        return Done{};
    return conflictError(what, {}, last);
}

Status Versions::advance(const QString& kind, const QString& id, qint64 basedOn, const QString& what)
{
    if (auto ok = require(kind, id, basedOn, what); !ok)
        return ok;
    return bump(kind, id);
}

Status Versions::bump(const QString& kind, const QString& id)
{
    return m_table.bump(kind, id, m_engine.actor(), m_engine.now());
}

Status Versions::forget(const QString& kind, const QString& id)
{
    return m_table.forget(kind, id);
}

void ConflictCheck::field(const QString& name, const QString& read, const QString& current)
{
    if (read != current)
        m_conflicts.append({name, read, current});
}

void ConflictCheck::member(const QString& id, const QString& read, const QString& current)
{
    m_conflicts.append({id, read, current});
}

Status ConflictCheck::result(const VersionRow& last) const
{
    if (m_conflicts.isEmpty())
        return Done{};
    return conflictError(m_what, m_conflicts, last);
}

Error conflictError(const QString& what, const QVector<FieldConflict>& conflicts, const VersionRow& last)
{
    const qint64 currentVersion = last.version;
    QStringList moved;
    for (const FieldConflict& c : conflicts)
        moved << QCoreApplication::translate("mailroom::Versions",
                                             "%1 is now \u201c%2\u201d (you read \u201c%3\u201d)")
                     .arg(c.field, c.current, c.read);
    QString message = moved.isEmpty()
                          ? QCoreApplication::translate(
                                "mailroom::Versions",
                                "%1 changed after you read it (now version %2). Nothing was saved: reload "
                                "to see the change, then make yours again.")
                                .arg(what)
                                .arg(currentVersion)
                          : QCoreApplication::translate(
                                "mailroom::Versions",
                                "%1 changed after you read it: %2. Nothing was saved: reload to see the "
                                "change, then make yours again.")
                                .arg(what, moved.join(QStringLiteral("; ")));
    Error error =
        makeError(ErrorCode::Conflict, conflicts.size() == 1 ? conflicts.first().field : QString(), message);
    error.conflicts = conflicts;
    error.currentVersion = currentVersion;
    error.changedBy = last.changedBy;
    error.changedAt = last.changedAt;
    return error;
}

} // namespace mailroom
