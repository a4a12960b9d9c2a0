#include "Store.h"

#include "Schema.h"
#include "SqliteChangeFeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Store", text);
}

QString newConnectionName()
{
    return QStringLiteral("mailroom-") + QUuid::createUuid().toString(QUuid::Id128);
}

// SQLite's extended codes for damage and foreign files.
bool isCorruption(const QSqlError& error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes (267, 523, 779, …).
    const int primary = error.nativeErrorCode().toInt() & 0xFF;
    return primary == 11 || primary == 26;
}

// Looks at an existing file without writing to it.
Status inspectExisting(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::FileError, QStringLiteral("database"),
            QCoreApplication::translate("mailroom::Store", "The database file %1 cannot be read: %2.")
                .arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return Done{}; // an empty file is a new database
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::NotMailroomDatabase, QStringLiteral("database"),
                         QCoreApplication::translate(
                             "mailroom::Store", "%1 is not a Mailroom database (it is not an SQLite file). "
                                                "The file was left unchanged.")
                             .arg(path));

    const QString name = newConnectionName();
    Status result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto damaged = [&](const QSqlError& error) {
            return makeError(
                ErrorCode::DatabaseCorrupt, QStringLiteral("database"),
                QCoreApplication::translate("mailroom::Store",
                                            "The database %1 is damaged (%2). The file was left unchanged.")
                    .arg(path, error.text()));
        };
        if (!db.open()) {
            result = damaged(db.lastError());
        } else {
            QSqlQuery q(db);
            auto pragma = [&](const QString& sql, QVariant& out) -> bool {
                if (!q.exec(sql) || !q.next())
                    return false;
                out = q.value(0);
                return true;
            };
            QVariant appId, version, tables, check;
            if (!pragma(QStringLiteral("PRAGMA application_id"), appId) ||
                !pragma(QStringLiteral("PRAGMA user_version"), version) ||
                !pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"), tables)) {
                const QSqlError error = q.lastError();
                result = isCorruption(error) || error.nativeErrorCode() == QLatin1String("26")
                             ? damaged(error)
                             : makeError(ErrorCode::NotMailroomDatabase, QStringLiteral("database"),
                                         QCoreApplication::translate(
                                             "mailroom::Store",
                                             "%1 could not be read as a Mailroom database (%2). "
                                             "The file was left unchanged.")
                                             .arg(path, error.text()));
            } else if (appId.toInt() != Store::ApplicationId &&
                       !(appId.toInt() == 0 && tables.toInt() == 0)) {
                result = makeError(
                    ErrorCode::NotMailroomDatabase, QStringLiteral("database"),
                    QCoreApplication::translate("mailroom::Store",
                                                "%1 is an SQLite database of another program, not a Mailroom "
                                                "database. The file was left unchanged.")
                        .arg(path));
            } else if (version.toInt() > Store::SchemaVersion) {
                result = makeError(
                    ErrorCode::DatabaseTooNew, QStringLiteral("database"),
                    QCoreApplication::translate("mailroom::Store",
                                                "%1 was written by a newer Mailroom (schema %2; this program "
                                                "knows up to %3). Update Mailroom to open it. The file was "
                                                "left unchanged.")
                        .arg(path)
                        .arg(version.toInt())
                        .arg(Store::SchemaVersion));
            } else if (!pragma(QStringLiteral("PRAGMA quick_check"), check) ||
                       check.toString() != QLatin1String("ok")) {
                result = makeError(
                    ErrorCode::DatabaseCorrupt, QStringLiteral("database"),
                    QCoreApplication::translate(
                        "mailroom::Store", "The database %1 is damaged (%2). The file was left unchanged.")
                        .arg(path, check.isValid() ? check.toString() : q.lastError().text()));
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Store::~Store()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return makeError(ErrorCode::FileError, QStringLiteral("database"),
                             tr("%1 is not a file.").arg(path));
        if (auto inspected = inspectExisting(path); !inspected)
            return inspected.error();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::FileError, QStringLiteral("database"),
                         tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }

    std::unique_ptr<Store> store(new Store(path, newConnectionName()));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    if (!store->m_db.open())
        return makeError(
            ErrorCode::StoreFailure, QStringLiteral("database"),
            tr("The database %1 cannot be opened: %2.").arg(path, store->m_db.lastError().text()));
    if (auto configured = store->configure(); !configured)
        return configured.error();
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Status Store::configure()
{
    QSqlQuery q(m_db);
    // The wait first: switching to WAL takes a lock that another process may hold.
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs)))
        return failure(q);
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return failure(q);
    }
    return Done{};
}

Status Store::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failure(q);
    const int current = q.value(0).toInt();
    q.finish();
    for (const auto& migration : schema::migrations()) {
        if (migration.version <= current)
            continue;
        if (!m_db.transaction())
            return failure(q);
        bool ok = true;
        for (const QString& statement : migration.statements) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version)) &&
             q.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
        if (!ok) {
            const Error error = failure(q);
            m_db.rollback();
            return makeError(ErrorCode::StoreFailure, QStringLiteral("database"),
                             tr("Upgrading the database to schema %1 failed and was undone: %2")
                                 .arg(migration.version)
                                 .arg(error.message));
        }
        if (!m_db.commit())
            return failure(q);
    }
    return Done{};
}

Error Store::failure(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError().isValid() ? query.lastError() : m_db.lastError();
    return makeError(isCorruption(error) ? ErrorCode::DatabaseCorrupt : ErrorCode::StoreFailure, QString(),
                     tr("The database could not be read or written: %1").arg(error.text()));
}

Result<QSqlQuery*> Store::run(const QString& sql, const QVariantList& values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return failure(q);
        it = m_statements.insert(sql, q);
    }
    QSqlQuery& q = it.value();
    q.finish();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // A null QString binds as SQL NULL; text columns want '' unless NULL was meant (a null QVariant).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    if (!q.exec())
        return failure(q);
    return &q;
}

Result<QSqlQuery*> Store::run(const QString& sql, std::initializer_list<QVariant> values)
{
    return run(sql, QVariantList(values));
}

Result<QVariant> Store::scalar(const QString& sql, std::initializer_list<QVariant> values)
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    QVariant value = q.value()->next() ? q.value()->value(0) : QVariant();
    q.value()->finish();
    return value;
}

std::unique_ptr<ChangeFeed> Store::createFeed()
{
    return std::make_unique<SqliteChangeFeed>(*this);
}

void Store::releaseReads()
{
    if (m_inTransaction)
        return;
    for (QSqlQuery& statement : m_statements)
        if (statement.isActive())
            statement.finish();
}

Status Store::begin()
{
    if (m_inTransaction) // operations never nest: one operation, one transaction
        return makeError(ErrorCode::StoreFailure, QString(), tr("A transaction is already open."));
    // A read left unfinished holds its snapshot, and a write cannot start from a snapshot that
    // another process has moved past: every read ends here.
    releaseReads();
    // IMMEDIATE takes the write lock now, waiting (busy_timeout) for another process to finish,
    // instead of failing at the first write when a read transaction cannot be upgraded.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
        const int primary = q.lastError().nativeErrorCode().toInt() & 0xFF;
        if (primary == 5 || primary == 6)
            return makeError(ErrorCode::DatabaseBusy, QStringLiteral("database"),
                             tr("Another program is writing to the database %1 and did not finish within %2 "
                                "seconds, so nothing was changed. Try again in a moment; if it stays busy, "
                                "look for another Mailroom console or mailroomctl working on the same file.")
                                 .arg(m_path)
                                 .arg(BusyTimeoutMs / 1000));
        return makeError(ErrorCode::StoreFailure, QString(),
                         tr("The database could not start a transaction: %1").arg(q.lastError().text()));
    }
    m_inTransaction = true;
    return Done{};
}

Status Store::commit()
{
    if (!m_inTransaction)
        return makeError(ErrorCode::StoreFailure, QString(), tr("No transaction is open."));
    m_inTransaction = false;
    for (auto& q : m_statements)
        q.finish();
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return makeError(ErrorCode::StoreFailure, QString(),
                         tr("The change could not be saved: %1").arg(text));
    }
    return Done{};
}

void Store::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    for (auto& q : m_statements)
        q.finish();
    m_db.rollback();
}

Transaction::Transaction(Store& store) : m_store(store), m_started(store.begin()) {}

Transaction::~Transaction()
{
    if (!m_done && m_started)
        m_store.rollback();
}

Status Transaction::commit()
{
    m_done = true;
    return m_store.commit();
}

} // namespace mailroom
