// USR-1, USR-2, USR-5, USR-6: creating users, the users list, details and passwords.

#include "TestEngine.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {
NewUser newUser(const QString& username, const QString& email)
{
    return {QStringLiteral("Fn"),
            QStringLiteral("Ln"),
            username,
            QStringLiteral("Display ") + username,
            email,
            QString::fromLatin1(GoodPassword)};
}
} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr1_createProvisionsAnEnabledMailbox()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("acme"));
        QSignalSpy changes(e.get(), &Engine::changed);
        auto u = e->users().create(
            org.id, newUser(QStringLiteral("Alice.Smith"), QStringLiteral("Alice@acme.awsapps.com")));
        QVERIFY(u.ok());
        QCOMPARE(u.value().state, UserState::Enabled);
        QVERIFY(!u.value().mailboxId.isEmpty());
        QVERIFY(!QUuid::fromString(u.value().id).isNull());
        QCOMPARE(changes.count(), 1);
        const Change c = changes.at(0).at(0).value<Change>();
        QCOMPARE(c.kind, Change::Kind::Added);
        QCOMPARE(c.ids, QStringList{u.value().id});
        QCOMPARE(e->userAddresses().of(u.value().id).value().size(), 1);
    }

    void usr1_usernameRules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "alice" << true;
        QTest::newRow("dots hyphens underscores") << "a.b-c_d" << true;
        QTest::newRow("with domain") << "alice@corp.example.com" << true;
        QTest::newRow("64 characters") << QString(64, u'a') << true;
        QTest::newRow("65 characters") << QString(65, u'a') << false;
        QTest::newRow("space") << "al ice" << false;
        QTest::newRow("bad domain") << "alice@corp" << false;
        QTest::newRow("plus") << "al+ice" << false;
        QTest::newRow("empty") << "" << false;
    }

    void usr1_usernameRules()
    {
        QFETCH(QString, username);
        QFETCH(bool, valid);
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("acme"));
        const Status checked = e->users().checkDetails(org.id, newUser(username, {}));
        QCOMPARE(checked.ok(), valid);
        if (!valid)
            QCOMPARE(checked.error().field, QStringLiteral("username"));
    }

    void usr1_usernameAtMost20OutsideTheOwnDirectory()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("corp"), DirectoryType::SimpleAD);
        QVERIFY(e->users().checkDetails(org.id, newUser(QString(20, u'a'), {})).ok());
        QCOMPARE(e->users().checkDetails(org.id, newUser(QString(21, u'a'), {})).error().field,
                 QStringLiteral("username"));
    }

    void usr1_usernameUniqueCaseInsensitive()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("acme"));
        e.user(org, QStringLiteral("alice"));
        auto again = e->users().create(
            org.id, newUser(QStringLiteral("ALICE"), QStringLiteral("other@acme.awsapps.com")));
        QCOMPARE(again.error().code, ErrorCode::UsernameTaken);
        QCOMPARE(again.error().field, QStringLiteral("username"));
    }

    void usr1_addressRules_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << "bob@acme.awsapps.com"
                            << "";
        QTest::newRow("upper case domain") << "bob@ACME.awsapps.com"
                                           << "";
        QTest::newRow("no at") << "bob.acme.awsapps.com"
                               << "InvalidValue";
        QTest::newRow("local part too long")
            << QString(65, u'b') + QStringLiteral("@acme.awsapps.com") << "InvalidValue";
        QTest::newRow("bad character") << "bo b@acme.awsapps.com"
                                       << "InvalidValue";
        QTest::newRow("empty") << ""
                               << "Required";
        QTest::newRow("foreign domain") << "bob@example.org"
                                        << "DomainNotVerified";
        QTest::newRow("taken, other case") << "TAKEN@acme.awsapps.com"
                                           << "AddressTaken";
    }

    void usr1_addressRules()
    {
        QFETCH(QString, address);
        QFETCH(QString, code);
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("acme"));
        e.user(org, QStringLiteral("taken"));
        auto u = e->users().create(org.id, newUser(QStringLiteral("bob"), address));
        if (code.isEmpty()) {
            QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
        } else {
            QVERIFY(!u.ok());
            QCOMPARE(errorCodeName(u.error().code), code);
            QCOMPARE(u.error().field, QStringLiteral("email"));
        }
    }

    void usr1_displayNameRequiredAndAttributesAtMost256()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("acme"));
        NewUser n = newUser(QStringLiteral("x"), QStringLiteral("x@acme.awsapps.com"));
        n.displayName = QStringLiteral("  ");
        QCOMPARE(e->users().create(org.id, n).error().field, QStringLiteral("displayName"));
        n.displayName = QStringLiteral("X");
        n.lastName = QString(257, u'l');
        QCOMPARE(e->users().create(org.id, n).error().field, QStringLiteral("lastName"));
    }

    void usr1_adConnectorUsersAreCreatedInActiveDirectory()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("conn"), DirectoryType::ADConnector);
        auto u =
            e->users().create(org.id, newUser(QStringLiteral("x"), QStringLiteral("x@conn.awsapps.com")));
        QCOMPARE(u.error().code, ErrorCode::NotSupportedByDirectory);
    }

    void usr2_listFiltersByStateAndRoleAndSearchesPrefixes()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("list"), DirectoryType::SimpleAD);
        const User ann = e.user(org, QStringLiteral("ann"));
        const User bob = e.user(org, QStringLiteral("bob"));
        e.user(org, QStringLiteral("annette"));
        QVERIFY(e->userAddresses().addAlias(bob.id, QStringLiteral("sales@list.awsapps.com")).ok());
        QVERIFY(e->mailboxes().disable(ann.id).ok());

        UserQuery q;
        q.organizationId = org.id;
        QCOMPARE(e->users().count(q).value(), 5); // 3 + Administrator + Guest
        q.state = UserState::Disabled;
        QCOMPARE(e->users().count(q).value(), 3); // ann + the two system users
        q.role = UserRole::User;
        QCOMPARE(e->users().count(q).value(), 1);
        q.state.reset();
        q.role = UserRole::SystemUser;
        QCOMPARE(e->users().count(q).value(), 2);
        q.role.reset();

        q.search = QStringLiteral("ANN");
        QCOMPARE(e->users().count(q).value(), 2); // username prefix, any case
        q.search = QStringLiteral("bob display");
        QCOMPARE(e->users().count(q).value(), 1); // display name prefix
        q.search = QStringLiteral("sales@");
        auto rows = e->users().page(q, 0, 10).value();
        QCOMPARE(rows.size(), 1); // an alias finds its user
        QCOMPARE(rows.at(0).username, QStringLiteral("bob"));
        QCOMPARE(rows.at(0).email, QStringLiteral("bob@list.awsapps.com"));
        q.search = QStringLiteral("nn");
        QCOMPARE(e->users().count(q).value(), 0); // prefixes only
    }

    void usr2_sortingPagingAndRank()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("sort"));
        e.endTrial();
        for (const char* name : {"delta", "alpha", "charlie", "bravo", "echo"})
            e.user(org, QString::fromLatin1(name));
        UserQuery q;
        q.organizationId = org.id;
        auto page = e->users().page(q, 1, 2).value();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).username, QStringLiteral("bravo"));
        QCOMPARE(page.at(1).username, QStringLiteral("charlie"));
        q.descending = true;
        QCOMPARE(e->users().page(q, 0, 1).value().at(0).username, QStringLiteral("echo"));
        const QString charlie = e->users().findByUsername(org.id, QStringLiteral("charlie")).value().id;
        QCOMPARE(e->users().rank(q, charlie).value(), std::optional<int>(2));
        q.descending = false;
        QCOMPARE(e->users().rank(q, charlie).value(), std::optional<int>(2));
        q.search = QStringLiteral("a");
        QCOMPARE(e->users().rank(q, charlie).value(), std::optional<int>());
        q.search.clear();
        q.sortKey = UserQuery::SortKey::Email;
        QCOMPARE(e->users().page(q, 0, 1).value().at(0).email, QStringLiteral("alpha@sort.awsapps.com"));
    }

    void usr5_detailsEditedAndAuditedButNotForConnector()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("det"));
        const User u = e.user(org, QStringLiteral("ed"));
        UserDetails d{QStringLiteral("Edward"),    QStringLiteral("Norton"),      QStringLiteral("Ed N."),
                      QStringLiteral("1 Main St"), QStringLiteral("+1 555 0100"), QStringLiteral("Acme")};
        auto updated = e->users().updateDetails(u.id, d);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().details.company, QStringLiteral("Acme"));
        d.displayName.clear();
        QCOMPARE(e->users().updateDetails(u.id, d).error().field, QStringLiteral("displayName"));

        const Organization conn = e.standardOrg(QStringLiteral("conn"), DirectoryType::ADConnector);
        auto adUser = e->directories().addUser(
            conn.directoryId, {QStringLiteral("adu"), {{}, {}, QStringLiteral("AD U"), {}, {}, {}}});
        auto refused = e->users().updateDetails(adUser.value().id,
                                                {QStringLiteral("A"), {}, QStringLiteral("A"), {}, {}, {}});
        QCOMPARE(refused.error().code, ErrorCode::NotSupportedByDirectory);
        QVERIFY(refused.error().message.contains(QStringLiteral("Active Directory")));
    }

    void usr2_systemUsersCannotBeChanged()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("sys"), DirectoryType::SimpleAD);
        const User admin = e->users().findByUsername(org.id, QStringLiteral("administrator")).value();
        QVERIFY(admin.isSystem());
        QCOMPARE(
            e->mailboxes().enable(admin.id, QStringLiteral("administrator@sys.awsapps.com")).error().code,
            ErrorCode::SystemUser);
        QCOMPARE(
            e->users().updateDetails(admin.id, {{}, {}, QStringLiteral("Boss"), {}, {}, {}}).error().code,
            ErrorCode::SystemUser);
        QCOMPARE(e->users().resetPassword(admin.id, QString::fromLatin1(GoodPassword)).error().code,
                 ErrorCode::SystemUser);
        QCOMPARE(e->mailboxes().remove(admin.id).error().code, ErrorCode::SystemUser);
    }

    void usr6_passwordResetHashesWithArgon2id()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("pw"));
        const User u = e.user(org, QStringLiteral("pat"));
        QVERIFY(e->users().verifyPassword(u.id, QString::fromLatin1(GoodPassword)).value());
        auto weak = e->users().resetPassword(u.id, QStringLiteral("password"));
        QCOMPARE(weak.error().code, ErrorCode::PasswordRejected);
        QCOMPARE(weak.error().field, QStringLiteral("password"));
        QVERIFY(e->users().verifyPassword(u.id, QString::fromLatin1(GoodPassword)).value());
        QVERIFY(e->users().resetPassword(u.id, QStringLiteral("N3w-Secret")).ok());
        QVERIFY(e->users().verifyPassword(u.id, QStringLiteral("N3w-Secret")).value());
        QVERIFY(!e->users().verifyPassword(u.id, QString::fromLatin1(GoodPassword)).value());
        // Only an Argon2id hash is stored; the text appears nowhere in the database.
        const QString stored =
            e->store()
                .scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {u.id})
                .value()
                .toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QCOMPARE(
            e->store()
                .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE before_json LIKE '%N3w-Secret%' "
                                       "OR after_json LIKE '%N3w-Secret%' OR after_json LIKE '%argon2%'"))
                .value()
                .toInt(),
            0);
    }

    void usr6_refusedForAdConnector()
    {
        TestEngine e;
        const Organization conn = e.standardOrg(QStringLiteral("conn"), DirectoryType::ADConnector);
        auto adUser = e->directories().addUser(
            conn.directoryId, {QStringLiteral("adu"), {{}, {}, QStringLiteral("AD U"), {}, {}, {}}});
        QCOMPARE(e->users().resetPassword(adUser.value().id, QString::fromLatin1(GoodPassword)).error().code,
                 ErrorCode::NotSupportedByDirectory);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_Users.moc"
