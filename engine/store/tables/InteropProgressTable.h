#pragma once
// SQL for the interoperability wizard's progress (IOP-8): one row per step done, and per user for
// the per-user steps (subject: the user's id; empty for the step as a whole).

#include "core/Result.h"

#include <QDateTime>
#include <QVector>
#include <optional>

namespace mailroom {

class Store;

struct InteropProgressRow
{
    QString step;    // the step's stable name
    QString subject; // empty, or a user's id
    QDateTime doneAt;
    QString doneBy;
};

class InteropProgressTable
{
public:
    explicit InteropProgressTable(Store& store) : m_store(store) {}

    Status put(const QString& orgId, const InteropProgressRow& row); // inserts or replaces
    Result<std::optional<InteropProgressRow>> get(const QString& orgId, const QString& step,
                                                  const QString& subject);
    Status remove(const QString& orgId, const QString& step, const QString& subject);
    Result<QVector<InteropProgressRow>> list(const QString& orgId); // by step name, then subject

private:
    Store& m_store;
};

} // namespace mailroom
