#pragma once
// SQL for directory synchronisation (IOP-2): the addresses Exchange holds for directory users, in
// order (the first is the primary), and each organization's last synchronisation with its report
// (JSON).

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace mailroom {

class Store;

struct DirectorySyncRow
{
    QDateTime syncedAt;
    QString syncedBy;
    QJsonObject report;
};

class DirectorySyncTable
{
public:
    explicit DirectorySyncTable(Store& store) : m_store(store) {}

    Result<QStringList> exchangeAddresses(const QString& userId);
    Status setExchangeAddresses(const QString& userId, const QStringList& addresses); // replaces

    Result<std::optional<DirectorySyncRow>> last(const QString& orgId);
    Status putLast(const QString& orgId, const DirectorySyncRow& row);

private:
    Store& m_store;
};

} // namespace mailroom
