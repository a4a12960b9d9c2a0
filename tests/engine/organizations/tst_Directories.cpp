// ORG-3: the directory registry, filled one user at a time or from a CSV file.

#include "TestEngine.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestDirectories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void org3_createdWithBuiltInSystemUsers()
    {
        TestEngine e;
        auto d = e->directories().create(DirectoryType::ManagedAD, QStringLiteral("Corp.Example.com"),
                                         QStringLiteral("eu-west-1"));
        QVERIFY(d.ok());
        QVERIFY(d.value().id.startsWith(QStringLiteral("d-")));
        QCOMPARE(d.value().name, QStringLiteral("corp.example.com"));
        const Organization org =
            e->organizations()
                .completeCreation(
                    e->organizations()
                        .requestStandardSetup(
                            {QStringLiteral("corp"), QStringLiteral("eu-west-1"), d.value().id, {}, false})
                        .value()
                        .id)
                .value();
        UserQuery q;
        q.organizationId = org.id;
        q.role = UserRole::SystemUser;
        auto rows = e->users().page(q, 0, 10);
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(0).username, QStringLiteral("Administrator"));
        QCOMPARE(rows.value().at(1).username, QStringLiteral("Guest"));
    }

    void org3_atMostTenPerTypePerRegion()
    {
        TestEngine e;
        for (int i = 0; i < 10; ++i)
            QVERIFY(e->directories()
                        .create(DirectoryType::SimpleAD, QStringLiteral("d%1.example.com").arg(i),
                                QStringLiteral("us-east-1"))
                        .ok());
        auto eleventh = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("d10.example.com"),
                                                QStringLiteral("us-east-1"));
        QCOMPARE(eleventh.error().code, ErrorCode::LimitReached);
        QVERIFY(e->directories()
                    .create(DirectoryType::ManagedAD, QStringLiteral("m.example.com"),
                            QStringLiteral("us-east-1"))
                    .ok());
        QVERIFY(e->directories()
                    .create(DirectoryType::SimpleAD, QStringLiteral("d10.example.com"),
                            QStringLiteral("us-west-2"))
                    .ok());
    }

    void org3_nameAndTypeChecked()
    {
        TestEngine e;
        QCOMPARE(
            e->directories()
                .create(DirectoryType::SimpleAD, QStringLiteral("not a name"), QStringLiteral("us-east-1"))
                .error()
                .field,
            QStringLiteral("name"));
        QCOMPARE(
            e->directories()
                .create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"), QStringLiteral("mars-1"))
                .error()
                .field,
            QStringLiteral("region"));
        QCOMPARE(e->directories()
                     .create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"),
                             QStringLiteral("us-east-1"), true)
                     .error()
                     .field,
                 QStringLiteral("exchange"));
        QVERIFY(
            e->directories()
                .create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"), QStringLiteral("us-east-1"))
                .ok());
        QCOMPARE(e->directories()
                     .create(DirectoryType::ManagedAD, QStringLiteral("A.example.com"),
                             QStringLiteral("us-east-1"))
                     .error()
                     .code,
                 ErrorCode::NameTaken);
    }

    void org3_directoryUsernamesAreAtMost20()
    {
        TestEngine e;
        auto d = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"),
                                         QStringLiteral("us-east-1"));
        QVERIFY(e->directories()
                    .addUser(d.value().id, {QString(20, u'x'), {{}, {}, QStringLiteral("X"), {}, {}, {}}})
                    .ok());
        auto tooLong = e->directories().addUser(
            d.value().id, {QString(21, u'y'), {{}, {}, QStringLiteral("Y"), {}, {}, {}}});
        QCOMPARE(tooLong.error().field, QStringLiteral("username"));
        auto dup = e->directories().addUser(d.value().id,
                                            {QString(20, u'X'), {{}, {}, QStringLiteral("X"), {}, {}, {}}});
        QCOMPARE(dup.error().code, ErrorCode::UsernameTaken);
    }

    void org3_importFromCsvReportsBadRowsByLine()
    {
        TestEngine e;
        auto d = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"),
                                         QStringLiteral("us-east-1"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("username,first_name,last_name,display_name,company\n"
                "ann,Ann,Able,Ann Able,\"Acme, Inc.\"\n"
                "bad name,B,B,B B,\n"
                "cat,Cat,Cole,,\n"
                "dan,Dan,Doe,Dan Doe,\n");
        f.close();
        auto summary = e->directories().importUsers(d.value().id, path);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().added, 2);
        QCOMPARE(summary.value().failures.size(), 2);
        QCOMPARE(summary.value().failures.at(0).line, 3);
        QCOMPARE(summary.value().failures.at(0).error.field, QStringLiteral("username"));
        QCOMPARE(summary.value().failures.at(1).line, 4);
        QCOMPARE(summary.value().failures.at(1).error.field, QStringLiteral("displayName"));
        QCOMPARE(e->directories().get(d.value().id).value().userCount, 4); // 2 built-ins + 2
    }

    void org3_importNeedsTheHeader()
    {
        TestEngine e;
        auto d = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("a.example.com"),
                                         QStringLiteral("us-east-1"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ann,Ann,Able\n");
        f.close();
        auto summary = e->directories().importUsers(d.value().id, path);
        QCOMPARE(summary.error().field, QStringLiteral("file"));
        QCOMPARE(e->directories()
                     .importUsers(d.value().id, dir.filePath(QStringLiteral("missing.csv")))
                     .error()
                     .code,
                 ErrorCode::FileError);
    }

    void org3_directoryInUseCannotBeRemoved()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("inuse"), DirectoryType::SimpleAD);
        QCOMPARE(e->directories().remove(org.directoryId).error().code, ErrorCode::DirectoryInUse);
        QVERIFY(e->organizations().remove(org.id, QStringLiteral("inuse")).ok());
        QVERIFY(e->directories().remove(org.directoryId).ok());
        QCOMPARE(e->directories().get(org.directoryId).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDirectories)
#include "tst_Directories.moc"
