// The store: a new database is versioned and configured; a file that is not a Mailroom
// database, is newer than the program or is damaged gives a clear error and stays unchanged.

#include "core/Result.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariant pragma(Store& store, const char* name)
{
    auto v = store.scalar(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    return v ? v.value() : QVariant();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void newDatabaseIsVersionedWalWithForeignKeys()
    {
        auto store = Store::open(path("new/sub/folder/a.sqlite"));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        Store& s = *store.value();
        QCOMPARE(pragma(s, "user_version").toInt(), Store::SchemaVersion);
        QCOMPARE(pragma(s, "application_id").toInt(), Store::ApplicationId);
        QCOMPARE(pragma(s, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(s, "foreign_keys").toInt(), 1);
    }

    void reopeningKeepsData()
    {
        const QString p = path("reopen.sqlite");
        {
            auto store = Store::open(p);
            QVERIFY(store.ok());
            QVERIFY(
                store.value()
                    ->run(QStringLiteral("INSERT INTO directories (id, name, type, region, created_at)"
                                         " VALUES ('d-1', 'a.example.com', 'SimpleAD', 'us-east-1', 'x')"))
                    .ok());
        }
        auto again = Store::open(p);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->scalar(QStringLiteral("SELECT count(*) FROM directories")).value().toInt(),
                 1);
    }

    void textFileIsNotMailroomAndUnchanged()
    {
        const QString p = path("notes.txt");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
        f.close();
        const QByteArray before = digest(p);
        auto store = Store::open(p);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::NotMailroomDatabase);
        QVERIFY(store.error().message.contains(p));
        QCOMPARE(digest(p), before);
    }

    void otherProgramsSqliteIsRefusedAndUnchanged()
    {
        const QString p = path("other.sqlite");
        rawSql(p, {QStringLiteral("CREATE TABLE photos (id INTEGER)"),
                   QStringLiteral("INSERT INTO photos VALUES (1)")});
        const QByteArray before = digest(p);
        auto store = Store::open(p);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::NotMailroomDatabase);
        QCOMPARE(digest(p), before);
    }

    void newerDatabaseIsRefusedAndUnchanged()
    {
        const QString p = path("newer.sqlite");
        {
            auto store = Store::open(p);
            QVERIFY(store.ok());
        }
        rawSql(p, {QStringLiteral("PRAGMA journal_mode=DELETE"),
                   QStringLiteral("PRAGMA user_version=%1").arg(Store::SchemaVersion + 1)});
        const QByteArray before = digest(p);
        auto store = Store::open(p);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::DatabaseTooNew);
        QCOMPARE(digest(p), before);
    }

    void corruptDatabaseIsRefusedAndUnchanged()
    {
        const QString p = path("corrupt.sqlite");
        {
            auto store = Store::open(p);
            QVERIFY(store.ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(
                    store.value()
                        ->run(QStringLiteral("INSERT INTO directories (id, name, type, region, created_at)"
                                             " VALUES (?, 'a.example.com', 'SimpleAD', 'us-east-1', 'x')"),
                              {QStringLiteral("d-%1").arg(i)})
                        .ok());
        }
        rawSql(p, {QStringLiteral("PRAGMA journal_mode=DELETE")});
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096); // the whole second page, the first table's root
        f.write(QByteArray(4096, '\xA5'));
        f.close();
        const QByteArray before = digest(p);
        auto store = Store::open(p);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().code == ErrorCode::DatabaseCorrupt, qPrintable(store.error().message));
        QCOMPARE(digest(p), before);
    }

    void transactionsDoNotNest()
    {
        auto store = Store::open(path("tx.sqlite"));
        QVERIFY(store.ok());
        Transaction outer(*store.value());
        QVERIFY(outer.start().ok());
        Transaction inner(*store.value());
        QVERIFY(!inner.start().ok());
    }

    void rollbackUndoesEverything()
    {
        auto store = Store::open(path("rollback.sqlite"));
        QVERIFY(store.ok());
        Store& s = *store.value();
        {
            Transaction tx(s);
            QVERIFY(tx.start().ok());
            QVERIFY(s.run(QStringLiteral("INSERT INTO directories (id, name, type, region, created_at)"
                                         " VALUES ('d-x', 'a.example.com', 'SimpleAD', 'us-east-1', 'x')"))
                        .ok());
        } // not committed
        QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM directories")).value().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_Store.moc"
