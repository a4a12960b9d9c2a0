// ADM-1 (read-only access is enforced by the engine) and ADM-2 (every change is audited with
// when, who, what, before and after).

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "interop/InteropProgress.h"
#include "io/JsonFormat.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "organizations/SampleAccount.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The audit log words each action for people: every action of the sample account, and of the
    // interoperability wizard on its fabrikam-demo, has a description of its own.
    void adm2_everyRecordedActionIsWorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(SampleAccount::generate(path).ok());
        EngineOptions options;
        options.purgeTimer = false;
        auto engine = Engine::open(path, options);
        QVERIFY(engine);
        Engine& e = *engine.value();
        const Organization fabrikam = e.organizations().find(QStringLiteral("fabrikam-demo")).value();
        QVERIFY(e.interopProgress().markDone(fabrikam.id, InteropStep::Prerequisites).ok());
        QVERIFY(e.interopProgress().markUndone(fabrikam.id, InteropStep::Prerequisites).ok());
        QVERIFY(e.interopProgress().disable(fabrikam.id, fabrikam.alias).ok());

        QSet<QString> actions;
        const QVector<AuditRecord> records = e.audit().list({}, 1000000).value();
        for (const AuditRecord& r : records)
            actions.insert(r.action);
        QStringList unworded;
        for (const QString& action : std::as_const(actions))
            if (AuditLog::describe(action) == action)
                unworded.append(action);
        QVERIFY2(unworded.isEmpty(), qPrintable(unworded.join(QStringLiteral(", "))));
        QVERIFY2(actions.size() >= 25, qPrintable(QString::number(actions.size())));
        QCOMPARE(AuditLog::describe(QStringLiteral("interop.disable")),
                 QStringLiteral("interoperability disabled"));
    }

    void adm2_changesAreRecordedWithBeforeAndAfter()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("aud"));
        const User u = e.user(org, QStringLiteral("al"));
        e.clock().advanceSeconds(60);
        QVERIFY(e->mailboxes().disable(u.id).ok());
        auto records = e->audit().list(org.id).value();
        QVERIFY(records.size() >= 6); // request, 4 steps, create, disable
        const AuditRecord& newest = records.first();
        QCOMPARE(newest.action, QStringLiteral("user.disable"));
        QCOMPARE(newest.actor, QStringLiteral("tester"));
        QCOMPARE(newest.target, u.id);
        QCOMPARE(newest.at, e.clock().now());
        const QJsonObject before = QJsonDocument::fromJson(newest.before.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(newest.after.toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("Disabled"));
    }

    void adm2_failedOperationsLeaveNoRecordAndNoSignal()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("fail"));
        const int before = e->audit().list().value().size();
        QSignalSpy changes(e.get(), &Engine::changed);
        NewUser bad{{},
                    {},
                    QStringLiteral("x"),
                    QStringLiteral("X"),
                    QStringLiteral("x@elsewhere.org"),
                    QString::fromLatin1(GoodPassword)};
        QVERIFY(!e->users().create(org.id, bad).ok());
        QCOMPARE(e->audit().list().value().size(), before);
        QCOMPARE(changes.count(), 0);
    }

    void adm2_exportWritesJson()
    {
        TestEngine e;
        e.quickOrg(QStringLiteral("exp"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.json"));
        QVERIFY(e->audit().exportJson(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("organization.request"));
    }

    void adm1_readOnlyAccessChangesNothing()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ro"));
        const User u = e.user(org, QStringLiteral("rita"));
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(e->accessLevel(), AccessLevel::ReadOnly);
        const int records = e->audit().list().value().size();
        QCOMPARE(e->organizations()
                     .requestQuickSetup(QStringLiteral("ro2"), QStringLiteral("us-east-1"))
                     .error()
                     .code,
                 ErrorCode::AccessDenied);
        QCOMPARE(e->mailboxes().disable(u.id).error().code, ErrorCode::AccessDenied);
        QCOMPARE(e->users().resetPassword(u.id, QString::fromLatin1(GoodPassword)).error().code,
                 ErrorCode::AccessDenied);
        QCOMPARE(e->organizations().remove(org.id, QStringLiteral("ro")).error().code,
                 ErrorCode::AccessDenied);
        QCOMPARE(
            e->directories()
                .create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"), QStringLiteral("us-east-1"))
                .error()
                .code,
            ErrorCode::AccessDenied);
        // Reading still works.
        QCOMPARE(e->users().get(u.id).value().state, UserState::Enabled);
        QCOMPARE(e->audit().list().value().size(), records);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
