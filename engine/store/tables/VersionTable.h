#pragma once
// SQL for the versions of editable objects and settings documents (ARCHITECTURE.md, versions and
// Conflict). A kind names the sort of object ("user", "journaling"); an object never changed since
// schema 10 has no row and is at version 1.

#include "core/Result.h"

#include <QDateTime>
#include <QHash>

namespace mailroom {

class Store;

// The last change of an object: its version, who made it and when (empty before schema 10).
struct VersionRow
{
    qint64 version = 1;
    QString changedBy;
    QDateTime changedAt;
};

class VersionTable
{
public:
    explicit VersionTable(Store& store) : m_store(store) {}

    Result<qint64> of(const QString& kind, const QString& id);
    Result<VersionRow> row(const QString& kind, const QString& id);
    // Every recorded version of a kind, by id (ids missing are at version 1).
    Result<QHash<QString, qint64>> allOf(const QString& kind);
    // Raises the version by one; inside the operation's transaction.
    Status bump(const QString& kind, const QString& id, const QString& actor, const QDateTime& at);
    Status forget(const QString& kind, const QString& id);

private:
    Store& m_store;
};

} // namespace mailroom
