#pragma once
// The one place that talks to SQLite. Opening checks the file read-only first: a file that is
// not a Mailroom database, is newer than this program, or is damaged gives an error and is
// never modified. Then WAL, foreign keys, and forward migrations, one transaction each.

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <memory>

namespace mailroom {

class ChangeFeed;

class Store
{
public:
    static constexpr int SchemaVersion = 10;
    static constexpr int ApplicationId = 0x4D4C524D; // "MLRM"
    // How long a write waits for another process's write transaction before DatabaseBusy.
    static constexpr int BusyTimeoutMs = 5000;

    // Opens (creating when missing) the database at path.
    // Errors: NotMailroomDatabase, DatabaseTooNew, DatabaseCorrupt, StoreFailure.
    static Result<std::unique_ptr<Store>> open(const QString& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString path() const { return m_path; }

    // Runs a prepared statement (prepared once, then reused) with positional values.
    // The returned query stays valid until the same SQL text is run again.
    Result<QSqlQuery*> run(const QString& sql, std::initializer_list<QVariant> values = {});
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values);

    // Convenience: the first column of the first row, or an invalid QVariant when no row.
    Result<QVariant> scalar(const QString& sql, std::initializer_list<QVariant> values = {});

    // The change feed of this store's backend.
    std::unique_ptr<ChangeFeed> createFeed();

    // Ends the reads of statements left active (each holds SQLite's read snapshot while it is),
    // so that the next read sees what other processes committed. Outside a transaction only;
    // between operations, never while a caller is still stepping through rows.
    void releaseReads();
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    Error failure(const QSqlQuery& query) const;

private:
    Store(QString path, QString connectionName);
    Status configure();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_inTransaction = false;
};

// Rolls back unless committed: one operation, one transaction.
class Transaction
{
public:
    explicit Transaction(Store& store);
    ~Transaction();
    Status start() { return m_started; }
    Status commit();

private:
    Store& m_store;
    Status m_started;
    bool m_done = false;
};

} // namespace mailroom
