// USR-1, USR-2: users in and out of an organization as CSV files (mailroomctl user import/export).

#include "TestEngine.h"
#include "io/Csv.h"
#include "users/Mailboxes.h"
#include "users/UserTransfer.h"
#include "users/Users.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {
bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}
QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestUserTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr1_importCreatesGoodRowsAndReportsBadOnesByLine()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("imp"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QVERIFY(writeFile(path, "username,first_name,last_name,display_name,email,password\n"
                                "ann,Ann,Able,\"Able, Ann\",ann@imp.awsapps.com,Correct-Horse9\n"
                                "bad name,B,B,B B,bad@imp.awsapps.com,Correct-Horse9\n"
                                "cy,Cy,Cole,Cy Cole,cy@imp.awsapps.com,password\n"
                                "dan,Dan,Doe,Dan Doe,dan@imp.awsapps.com,Correct-Horse9\n"));
        auto summary = UserTransfer(*e).importCsv(org.id, path);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().added, 2);
        QCOMPARE(summary.value().failures.size(), 2);
        QCOMPARE(summary.value().failures.at(0).line, 3);
        QCOMPARE(summary.value().failures.at(0).error.field, QStringLiteral("username"));
        QCOMPARE(summary.value().failures.at(1).line, 4);
        QCOMPARE(summary.value().failures.at(1).error.code, ErrorCode::PasswordRejected);
        QCOMPARE(summary.value().failures.at(1).error.field, QStringLiteral("password"));

        const User ann = e->users().findByUsername(org.id, QStringLiteral("ann")).value();
        QCOMPARE(ann.state, UserState::Enabled);
        QCOMPARE(ann.details.displayName, QStringLiteral("Able, Ann"));
        QVERIFY(e->users().verifyPassword(ann.id, QString::fromLatin1(GoodPassword)).value());
        QCOMPARE(e->users().findByUsername(org.id, QStringLiteral("cy")).error().code, ErrorCode::NotFound);
    }

    void usr2_exportRoundTripsWhatImportMade()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("rt"));
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(in, "username,display_name,email,password,first_name,last_name\r\n"
                              "zoe,\"Zoe \"\"Z\"\" Zed\",zoe@rt.awsapps.com,Correct-Horse9,Zoe,Zed\r\n"
                              "amy,Amy Ames,amy@rt.awsapps.com,Correct-Horse9,Amy,Ames\r\n"));
        QCOMPARE(UserTransfer(*e).importCsv(org.id, in).value().added, 2);
        const User amy = e->users().findByUsername(org.id, QStringLiteral("amy")).value();
        QVERIFY(e->mailboxes().disable(amy.id).ok());

        UserQuery q;
        q.organizationId = org.id;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(UserTransfer(*e).exportCsv(q, out).ok());
        auto table = csv::read(out);
        QVERIFY(table.ok());
        QCOMPARE(table.value().header, UserTransfer::exportColumns());
        QCOMPARE(table.value().rows.size(), 2);
        const QStringList zoe = table.value().rows.at(1); // sorted by username
        QCOMPARE(zoe.at(0), QStringLiteral("zoe"));
        QCOMPARE(zoe.at(1), QStringLiteral("Zoe"));
        QCOMPARE(zoe.at(2), QStringLiteral("Zed"));
        QCOMPARE(zoe.at(3), QStringLiteral("Zoe \"Z\" Zed"));
        QCOMPARE(zoe.at(4), QStringLiteral("zoe@rt.awsapps.com"));
        QCOMPARE(zoe.at(5), QStringLiteral("Enabled"));
        QCOMPARE(zoe.at(6), QStringLiteral("User"));
        QCOMPARE(zoe.at(7), QStringLiteral("2026-01-05T09:00:00Z"));
        QCOMPARE(table.value().rows.at(0).at(0), QStringLiteral("amy"));
        QCOMPARE(table.value().rows.at(0).at(5), QStringLiteral("Disabled"));
        QVERIFY(!readFile(out).contains("Correct-Horse9"));
        QVERIFY(!readFile(out).contains("argon2"));

        // The list's filters apply to the file too.
        q.state = UserState::Disabled;
        QVERIFY(UserTransfer(*e).exportCsv(q, out).ok());
        QCOMPARE(csv::read(out).value().rows.size(), 1);
        QCOMPARE(csv::read(out).value().rows.at(0).at(0), QStringLiteral("amy"));
    }

    void usr2_exportPagesPastOneChunk()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("big"));
        e.endTrial();
        QTemporaryDir dir;
        QByteArray text = "username,display_name,email,password\n";
        for (int i = 0; i < 1005; ++i)
            text += QByteArray("u") + QByteArray::number(i) + ",User " + QByteArray::number(i) + ",u" +
                    QByteArray::number(i) + "@big.awsapps.com,Correct-Horse9\n";
        const QString in = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(in, text));
        QCOMPARE(UserTransfer(*e).importCsv(org.id, in).value().added, 1005);
        UserQuery q;
        q.organizationId = org.id;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(UserTransfer(*e).exportCsv(q, out).ok());
        QCOMPARE(csv::read(out).value().rows.size(), 1005);
    }

    void usr1_importNeedsTheColumnsAndFullAccess()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("cols"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QVERIFY(writeFile(path, "username,display_name,email\nann,Ann,ann@cols.awsapps.com\n"));
        auto refused = UserTransfer(*e).importCsv(org.id, path);
        QCOMPARE(refused.error().code, ErrorCode::InvalidValue);
        QCOMPARE(refused.error().field, QStringLiteral("file"));
        QCOMPARE(UserTransfer(*e).importCsv(org.id, dir.filePath(QStringLiteral("missing.csv"))).error().code,
                 ErrorCode::FileError);
        QCOMPARE(UserTransfer(*e).importCsv(QStringLiteral("m-0"), path).error().code, ErrorCode::NotFound);

        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(UserTransfer(*e).importCsv(org.id, path).error().code, ErrorCode::AccessDenied);
        UserQuery q;
        q.organizationId = org.id;
        QVERIFY(UserTransfer(*e)
                    .exportCsv(q, dir.filePath(QStringLiteral("out.csv")))
                    .ok()); // ADM-1: reading is allowed
        QCOMPARE(
            UserTransfer(*e).exportCsv(q, dir.filePath(QStringLiteral("no/such/dir/out.csv"))).error().code,
            ErrorCode::FileError);
    }
};

QTEST_GUILESS_MAIN(TestUserTransfer)
#include "tst_UserTransfer.moc"
