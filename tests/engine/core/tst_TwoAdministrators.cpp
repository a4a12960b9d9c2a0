// Two administrators on one database (ARCHITECTURE.md, versions and Conflict): two engines on one
// file, and the built mailroomctl as a real second process. Interleaved edits lose nothing, the
// change feed brings another process's change to an open engine within a second, and reading never
// waits for writing. Replaying the audit log proves that no applied edit was silently lost. The
// rules of versions themselves (fields, sets, documents): tst_Versions.

#include "CliRunner.h"
#include "TestEngine.h"
#include "UserTableModel.h"
#include "core/AuditLog.h"
#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "groups/Groups.h"
#include "io/JsonFormat.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "settings/OrgSettings.h"
#include "store/Store.h"
#include "users/Users.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// mailroomctl --json on the database, as a second process.
cli::Outcome mailroomctl(const QString& db, const QStringList& args, const QByteArray& input = {})
{
    return cli::run(db, QStringList{QStringLiteral("--json")} + args, input);
}

// Every applied user.details record starts from what the one before it left: an edit that wrote
// a stale copy over another would show a "before" that differs from the previous "after".
void verifyDetailsChain(Engine& engine, const QString& orgId, const QString& userId, int& applied)
{
    auto records = engine.audit().list(orgId, 100000);
    QVERIFY(records.ok());
    QVector<AuditRecord> chain;
    for (const AuditRecord& r : records.value())
        if (r.action == QLatin1String("user.details") && r.target == userId)
            chain.prepend(r); // list() is newest first
    const QStringList fields{QStringLiteral("firstName"),   QStringLiteral("lastName"),
                             QStringLiteral("displayName"), QStringLiteral("street"),
                             QStringLiteral("phone"),       QStringLiteral("company")};
    for (int i = 1; i < chain.size(); ++i) {
        const QJsonObject before = QJsonDocument::fromJson(chain.at(i).before.toUtf8()).object();
        const QJsonObject previous = QJsonDocument::fromJson(chain.at(i - 1).after.toUtf8()).object();
        for (const QString& field : fields)
            QVERIFY2(before.value(field) == previous.value(field),
                     qPrintable(QStringLiteral("record %1 (%2) starts from %3=%4, the one before left %5")
                                    .arg(i)
                                    .arg(chain.at(i).actor, field, before.value(field).toString(),
                                         previous.value(field).toString())));
    }
    applied = int(chain.size());
}

} // namespace

class TwoAdministrators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interleavedEditsLoseNothing();
    void aSecondProcessLosesNothing();
    void cliIfVersion();
    void theFeedBringsAnotherProcessesChange();
    void anOpenUsersListShowsAUserTheCliCreated();
    void theRuleTestFollowsAnotherProcessesRule();
    void readingNeverWaitsForWriting();
    void aBusyDatabaseSaysWhoAndWhat();
};

void TwoAdministrators::interleavedEditsLoseNothing()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    QVector<User> users;
    for (const char* name : {"ada", "bob", "cy"})
        users << a.user(org, QString::fromLatin1(name));
    auto group =
        a->groups().create(org.id, {QStringLiteral("sales"), QStringLiteral("sales@acme.awsapps.com"), {}});
    QVERIFY(group.ok());
    auto b = a.another(QStringLiteral("second"));
    Engine* engines[] = {a.get(), b.get()};
    QRandomGenerator random(12);
    // Each engine keeps what it last read of each user, as a pane does, and edits from it.
    QHash<QString, UserDetails> read[2];
    for (int e = 0; e < 2; ++e)
        for (const User& u : users)
            read[e].insert(u.id, engines[e]->users().get(u.id).value().details);
    const QStringList fieldNames{QStringLiteral("street"), QStringLiteral("phone"),
                                 QStringLiteral("company")};
    int applied = 0, conflicts = 0, memberEdits = 0, settingEdits = 0;
    qint64 journalingRead[2] = {0, 0};
    for (int i = 0; i < 1000; ++i) {
        const int e = int(random.bounded(2));
        Engine& engine = *engines[e];
        const int what = int(random.bounded(10));
        if (what < 7) {
            const User& u = users.at(int(random.bounded(int(users.size()))));
            const UserDetails base = read[e].value(u.id);
            UserDetails edited = base;
            const QString value = QStringLiteral("%1-%2").arg(e).arg(i);
            switch (random.bounded(3)) {
            case 0:
                edited.street = value;
                break;
            case 1:
                edited.phone = value;
                break;
            default:
                edited.company = value;
                break;
            }
            auto saved = engine.users().updateDetails(u.id, base, edited);
            if (saved) {
                ++applied;
                read[e].insert(u.id, saved.value().details);
            } else {
                QCOMPARE(saved.error().code, ErrorCode::Conflict);
                ++conflicts;
                read[e].insert(u.id, engine.users().get(u.id).value().details); // reload
            }
        } else if (what < 9) {
            const User& u = users.at(int(random.bounded(int(users.size()))));
            const bool add = random.bounded(2) == 0;
            MemberChanges changes;
            (add ? changes.added : changes.removed) << u.id;
            QVERIFY(engine.groups().changeMembers(group.value().id, changes).ok());
            ++memberEdits;
        } else {
            auto saved = engine.settings().setJournaling(
                org.id, {true, QStringLiteral("j%1@example.com").arg(i), QStringLiteral("r@example.com")},
                journalingRead[e]);
            if (!saved) {
                QCOMPARE(saved.error().code, ErrorCode::Conflict);
                ++conflicts;
            } else {
                ++settingEdits;
            }
            journalingRead[e] = engine.settings().journaling(org.id).value().version;
        }
    }
    QVERIFY(applied > 0);
    QVERIFY(conflicts > 0);
    qInfo("1000 edits: %d details applied, %d refused with Conflict, %d member changes, %d settings", applied,
          conflicts, memberEdits, settingEdits);
    // The audit log replayed: each user's details chain is unbroken, and its end is what is stored.
    int chained = 0;
    for (const User& u : users) {
        int n = 0;
        verifyDetailsChain(*a, org.id, u.id, n);
        chained += n;
    }
    QCOMPARE(chained, applied);
}

void TwoAdministrators::aSecondProcessLosesNothing()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const User ada = a.user(org, QStringLiteral("ada"));
    int applied = 0, conflicts = 0;
    QRandomGenerator random(7);
    UserDetails readHere = a->users().get(ada.id).value().details;
    // The CLI reads and writes in one go (a field edit); this engine edits from an older read.
    for (int i = 0; i < 12; ++i) {
        const QString field =
            random.bounded(2) == 0 ? QStringLiteral("--phone") : QStringLiteral("--company");
        const cli::Outcome ctl =
            mailroomctl(a.path(), {QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--org"),
                                   QStringLiteral("acme"), QStringLiteral("ada"), field,
                                   QStringLiteral("cli-%1").arg(i)});
        QVERIFY2(ctl.exitCode == 0, ctl.err.constData());
        ++applied;
        UserDetails edited = readHere;
        if (random.bounded(2) == 0)
            edited.phone = QStringLiteral("here-%1").arg(i);
        else
            edited.company = QStringLiteral("here-%1").arg(i);
        auto saved = a->users().updateDetails(ada.id, readHere, edited);
        if (saved) {
            ++applied;
            readHere = saved.value().details;
        } else {
            QCOMPARE(saved.error().code, ErrorCode::Conflict);
            ++conflicts;
            readHere = a->users().get(ada.id).value().details;
        }
    }
    int chained = 0;
    verifyDetailsChain(*a, org.id, ada.id, chained);
    QCOMPARE(chained, applied);
    QVERIFY(conflicts > 0);
}

void TwoAdministrators::cliIfVersion()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const User ada = a.user(org, QStringLiteral("ada"));
    const qint64 version = a->users().get(ada.id).value().version;
    const QStringList update{QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--org"),
                             QStringLiteral("acme"), QStringLiteral("ada")};
    const cli::Outcome shown =
        mailroomctl(a.path(), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("--org"),
                               QStringLiteral("acme"), QStringLiteral("ada")});
    QCOMPARE(shown.object().value(QStringLiteral("version")).toInteger(), version);
    const cli::Outcome first =
        mailroomctl(a.path(), update + QStringList{QStringLiteral("--phone"), QStringLiteral("1"),
                                                   QStringLiteral("--if-version"), QString::number(version)});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.object().value(QStringLiteral("version")).toInteger(), version + 1);
    const cli::Outcome stale =
        mailroomctl(a.path(), update + QStringList{QStringLiteral("--phone"), QStringLiteral("2"),
                                                   QStringLiteral("--if-version"), QString::number(version)});
    QCOMPARE(stale.exitCode, 1);
    QCOMPARE(stale.errorCode(), QStringLiteral("Conflict"));
    QCOMPARE(stale.object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("currentVersion"))
                 .toInteger(),
             version + 1);
    QCOMPARE(a->users().get(ada.id).value().details.phone, QStringLiteral("1"));
    const cli::Outcome bad =
        mailroomctl(a.path(), update + QStringList{QStringLiteral("--phone"), QStringLiteral("3"),
                                                   QStringLiteral("--if-version"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.errorCode(), QStringLiteral("InvalidValue"));
    // A document: journaling set.
    const qint64 journaling = a->settings().journaling(org.id).value().version;
    const QStringList set{QStringLiteral("journaling"),
                          QStringLiteral("set"),
                          QStringLiteral("--org"),
                          QStringLiteral("acme"),
                          QStringLiteral("--journal-address"),
                          QStringLiteral("j@example.com"),
                          QStringLiteral("--report-address"),
                          QStringLiteral("r@example.com"),
                          QStringLiteral("--if-version")};
    QCOMPARE(mailroomctl(a.path(), set + QStringList{QString::number(journaling)}).exitCode, 0);
    const cli::Outcome staleSet = mailroomctl(a.path(), set + QStringList{QString::number(journaling)});
    QCOMPARE(staleSet.exitCode, 1);
    QCOMPARE(staleSet.errorCode(), QStringLiteral("Conflict"));
}

void TwoAdministrators::theFeedBringsAnotherProcessesChange()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    QSignalSpy changes(a.get(), &Engine::changed);
    const cli::Outcome created =
        mailroomctl(a.path(),
                    {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--org"),
                     QStringLiteral("acme"), QStringLiteral("--username"), QStringLiteral("zoe"),
                     QStringLiteral("--display-name"), QStringLiteral("Zoe"), QStringLiteral("--email"),
                     QStringLiteral("zoe@acme.awsapps.com"), QStringLiteral("--password-stdin")},
                    QByteArray(GoodPassword) + '\n');
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.cbegin(), changes.cend(),
                                         [](const QList<QVariant>& args) {
                                             const Change c = args.at(0).value<Change>();
                                             return c.remote && c.subject == Change::Subject::User &&
                                                    c.kind == Change::Kind::Added;
                                         }),
                             1000);
    auto zoe = a->users().findByUsername(org.id, QStringLiteral("zoe"));
    QVERIFY(zoe.ok());
}

void TwoAdministrators::anOpenUsersListShowsAUserTheCliCreated()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    UserTableModel model(*a);
    model.setOrganization(org.id);
    const int before = model.rowCount();
    const cli::Outcome created =
        mailroomctl(a.path(),
                    {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--org"),
                     QStringLiteral("acme"), QStringLiteral("--username"), QStringLiteral("yan"),
                     QStringLiteral("--display-name"), QStringLiteral("Yan"), QStringLiteral("--email"),
                     QStringLiteral("yan@acme.awsapps.com"), QStringLiteral("--password-stdin")},
                    QByteArray(GoodPassword) + '\n');
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, 1000);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    QVERIFY2(names.join(u' ').contains(QStringLiteral("yan")), qPrintable(names.join(u' ')));
}

void TwoAdministrators::theRuleTestFollowsAnotherProcessesRule()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    auto before = a->flowRules().test(org.id, QStringLiteral("spam@example.com"));
    QVERIFY(before.ok());
    QVERIFY(!before.value().decision.decidedBy);
    const cli::Outcome created = mailroomctl(
        a.path(), {QStringLiteral("rule"), QStringLiteral("create"), QStringLiteral("--org"),
                   QStringLiteral("acme"), QStringLiteral("junk"), QStringLiteral("--action"),
                   QStringLiteral("Drop"), QStringLiteral("--pattern"), QStringLiteral("spam@example.com")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(a->flowRules()
                                 .test(org.id, QStringLiteral("spam@example.com"))
                                 .value()
                                 .decision.decidedBy.has_value(),
                             1000);
}

void TwoAdministrators::readingNeverWaitsForWriting()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    a.user(org, QStringLiteral("ada"));
    // Another connection holds a write transaction (a console in the middle of a long write).
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(a.path());
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET phone = 'held' WHERE username = 'ada'")));

        QElapsedTimer timer;
        timer.start();
        auto readOnly = a.another(QStringLiteral("second"), AccessLevel::ReadOnly);
        QVERIFY(readOnly->users().findByUsername(org.id, QStringLiteral("ada")).ok());
        auto full = a.another(QStringLiteral("second")); // a full-access open with nothing due takes no lock
        const cli::Outcome list = mailroomctl(a.path(), {QStringLiteral("user"), QStringLiteral("list"),
                                                         QStringLiteral("--org"), QStringLiteral("acme")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(timer.elapsed() < Store::BusyTimeoutMs, "an open or a list waited for the writer");
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

void TwoAdministrators::aBusyDatabaseSaysWhoAndWhat()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const User ada = a.user(org, QStringLiteral("ada"));
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(a.path());
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        UserDetails details = ada.details;
        details.phone = QStringLiteral("+1 555 0100");
        auto refused = a->users().updateDetails(ada.id, ada.details, details);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DatabaseBusy);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Another program")),
                 qPrintable(refused.error().message));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QVERIFY(a->users().get(ada.id).value().details.phone.isEmpty());
}

QTEST_GUILESS_MAIN(TwoAdministrators)
#include "tst_TwoAdministrators.moc"
