#pragma once
// The change feed of an SQLite store: a probe of PRAGMA data_version every quarter second (it
// changes only when another connection committed), then the change log's rows after the last one
// seen, less this origin's own.

#include "ChangeFeed.h"

class QTimer;

namespace mailroom {

class Store;

class SqliteChangeFeed : public ChangeFeed
{
    Q_OBJECT
public:
    static constexpr int ProbeIntervalMs = 250;
    // Rows kept in the change log: far more than any console falls behind in a quarter second.
    static constexpr qint64 Kept = 50000;

    explicit SqliteChangeFeed(Store& store, QObject* parent = nullptr);

    QString origin() const override { return m_origin; }
    Status record(const Change& change) override;
    Status start() override;
    void stop() override;
    void poll() override;

private:
    Result<qint64> dataVersion();

    Store& m_store;
    QString m_origin;
    QTimer* m_timer;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
};

} // namespace mailroom
