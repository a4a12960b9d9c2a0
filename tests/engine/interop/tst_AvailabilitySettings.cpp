// IOP-4, the storage part: availability settings per domain with the password in the system
// keychain — a real Secret Service (GNOME Keyring in a private D-Bus session, started by
// tests/support/keyring-session.sh) — and never in the database, the audit log or the settings.
// Without a keychain service: tst_AvailabilitySettingsNoKeychain.

#include "AvailabilityFixture.h"
#include "KeyringSession.h"
#include "core/AuditLog.h"
#include "net/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;
using namespace mailroom::test::availabilityFixture;

class TestAvailabilitySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The names the programs use, so that QSettings() is the file they would write.
        QCoreApplication::setOrganizationName(QStringLiteral("Mailroom"));
        QCoreApplication::setApplicationName(QStringLiteral("Mailroom"));
        requireSecretService();
    }

    void fieldRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::addColumn<int>("code");
        const int required = int(ErrorCode::Required);
        const int invalid = int(ErrorCode::InvalidValue);
        QTest::newRow("all good") << Url << Account << Password << QString() << 0;
        QTest::newRow("fqdn account")
            << Url << QStringLiteral("svc@contoso.com") << Password << QString() << 0;
        QTest::newRow("url with port") << QStringLiteral("https://mail.contoso.com:8443/EWS/Exchange.asmx")
                                       << Account << Password << QString() << 0;
        QTest::newRow("no url") << QString() << Account << Password << QStringLiteral("ewsUrl") << required;
        QTest::newRow("http") << QStringLiteral("http://mail.contoso.com/EWS/Exchange.asmx") << Account
                              << Password << QStringLiteral("ewsUrl") << invalid;
        QTest::newRow("not a url") << QStringLiteral("mail contoso") << Account << Password
                                   << QStringLiteral("ewsUrl") << invalid;
        QTest::newRow("no host") << QStringLiteral("https:///EWS/Exchange.asmx") << Account << Password
                                 << QStringLiteral("ewsUrl") << invalid;
        QTest::newRow("bad port") << QStringLiteral("https://mail.contoso.com:99999/EWS") << Account
                                  << Password << QStringLiteral("ewsUrl") << invalid;
        QTest::newRow("no account") << Url << QString() << Password << QStringLiteral("serviceAccount")
                                    << required;
        QTest::newRow("bare user") << Url << QStringLiteral("svc") << Password
                                   << QStringLiteral("serviceAccount") << invalid;
        QTest::newRow("no tld") << Url << QStringLiteral("svc@contoso") << Password
                                << QStringLiteral("serviceAccount") << invalid;
        QTest::newRow("no user") << Url << QStringLiteral("CONTOSO\\") << Password
                                 << QStringLiteral("serviceAccount") << invalid;
        QTest::newRow("two backslashes") << Url << QStringLiteral("CONTOSO\\x\\svc") << Password
                                         << QStringLiteral("serviceAccount") << invalid;
        QTest::newRow("user too long") << Url << QStringLiteral("CONTOSO\\abcdefghijklmnopqrstu") << Password
                                       << QStringLiteral("serviceAccount") << invalid;
        QTest::newRow("no password") << Url << Account << QString() << QStringLiteral("password") << required;
        QTest::newRow("line break") << Url << Account << QStringLiteral("a\nb") << QStringLiteral("password")
                                    << invalid;
    }
    void fieldRules()
    {
        QFETCH(QString, url);
        QFETCH(QString, account);
        QFETCH(QString, password);
        QFETCH(QString, field);
        QFETCH(int, code);
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("rules"));
        const Status checked = e->availability().check(org.id, input(url, account, password));
        if (field.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked ? QString() : checked.error().message));
            return;
        }
        QVERIFY(!checked);
        QCOMPARE(checked.error().field, field);
        QCOMPARE(int(checked.error().code), code);
        QVERIFY(!checked.error().message.isEmpty());

        // Saving gives the same error, through the callback and never from inside the call, and
        // writes nothing: no row, no keychain entry.
        bool called = false;
        Result<AvailabilitySetting> saved = makeError(ErrorCode::Cancelled, {}, {});
        e->availability().save(org.id, input(url, account, password), [&](Result<AvailabilitySetting> r) {
            called = true;
            saved = std::move(r);
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(!saved);
        QCOMPARE(saved.error().field, field);
        QCOMPARE(e->availability().list(org.id).value().size(), 0);
        auto secret = e->availability().secrets().readNow(availability::secretRef(org.id, DomainName));
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, ErrorCode::NotFound);
    }

    void domainMustBeTheOrganizations()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("doms"));
        AvailabilityInput other = input();
        other.domain = QStringLiteral("fabrikam.com");
        auto saved = e->availability().saveNow(org.id, other);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::NotFound);
        QCOMPARE(saved.error().field, QStringLiteral("domain"));
        QVERIFY(saved.error().message.contains(QStringLiteral("fabrikam.com")));
        // Typed in another case or with a trailing dot, it is the same domain.
        other.domain = QStringLiteral("Contoso.COM.");
        auto ok = e->availability().saveNow(org.id, other);
        QVERIFY2(ok.ok(), qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok.value().domain, DomainName);
    }

    void refusedWithoutInteroperability()
    {
        TestEngine e;
        const Organization quick = e.quickOrg(QStringLiteral("quick"));
        const Organization standard = e.standardOrg(QStringLiteral("plain"), DirectoryType::ADConnector);
        QVERIFY(!standard.interoperability);
        for (const Organization& org : {quick, standard}) {
            e.verifiedDomain(org, org.alias + QStringLiteral(".example.com"));
            AvailabilityInput in = input();
            in.domain = org.alias + QStringLiteral(".example.com");
            const Status checked = e->availability().check(org.id, in);
            QVERIFY(!checked);
            QCOMPARE(checked.error().code, ErrorCode::WrongState);
            QCOMPARE(checked.error().field, QStringLiteral("interoperability"));
            QVERIFY(checked.error().message.contains(QStringLiteral("interoperability mode")));
            auto saved = e->availability().saveNow(org.id, in);
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, ErrorCode::WrongState);
            QCOMPARE(e->availability().list(org.id).value().size(), 0);
        }
    }

    void readOnlyAccessWritesNothing()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("ro"));
        e.reopen(AccessLevel::ReadOnly);
        auto saved = e->availability().saveNow(org.id, input());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::AccessDenied);
        QCOMPARE(
            e->availability().secrets().readNow(availability::secretRef(org.id, DomainName)).error().code,
            ErrorCode::NotFound);
    }

    void saveThenReadThePasswordBack()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("save"));
        QSignalSpy changes(e.get(), &Engine::changed);

        // The asynchronous way the GUI uses.
        bool called = false;
        Result<AvailabilitySetting> saved = makeError(ErrorCode::Cancelled, {}, {});
        e->availability().save(org.id, input(), [&](Result<AvailabilitySetting> r) {
            called = true;
            saved = std::move(r);
        });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved.value().ewsUrl, Url);
        QCOMPARE(saved.value().serviceAccount, Account);
        QCOMPARE(saved.value().secretRef, availability::secretRef(org.id, DomainName));
        QVERIFY(!saved.value().secretRef.contains(Password));

        QCOMPARE(changes.size(), 1);
        const Change change = changes.first().first().value<Change>();
        QCOMPARE(change.subject, Change::Subject::Interop);
        QCOMPARE(change.kind, Change::Kind::Added);
        QCOMPARE(change.ids, QStringList{DomainName});

        auto listed = e->availability().list(org.id);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(e->availability().get(org.id, DomainName).value().ewsUrl, Url);

        auto password = e->availability().passwordNow(org.id, DomainName);
        QVERIFY2(password.ok(), qPrintable(password ? QString() : password.error().message));
        QCOMPARE(password.value(), Password);

        // The audit log records the save, without the password.
        const auto records = e->audit().list(org.id).value();
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().action, QStringLiteral("interop.availability.save"));
        QVERIFY(records.first().after.contains(Url));
        for (const AuditRecord& r : records)
            QVERIFY(!r.before.contains(Password) && !r.after.contains(Password));

        // Saved again without a password: the URL changes, the password stays.
        const QString url = QStringLiteral("https://ews.contoso.com/EWS/Exchange.asmx");
        auto edited = e->availability().saveNow(org.id, input(url, Account, QString()));
        QVERIFY2(edited.ok(), qPrintable(edited ? QString() : edited.error().message));
        QCOMPARE(edited.value().ewsUrl, url);
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), Password);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().first().value<Change>().kind, Change::Kind::Updated);

        // A keychain entry is per domain of the organization: another reopened engine finds it.
        e.reopen();
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), Password);
    }

    void changePasswordWritesOnlyTheKeychain()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("change"));
        QVERIFY(e->availability().saveNow(org.id, input()).ok());
        const AvailabilitySetting before = e->availability().get(org.id, DomainName).value();

        const QString newPassword = QStringLiteral("N3w-Availability-Pass");
        const Status changed = e->availability().changePasswordNow(org.id, DomainName, newPassword);
        QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().message));
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), newPassword);
        const AvailabilitySetting after = e->availability().get(org.id, DomainName).value();
        QCOMPARE(after.secretRef, before.secretRef);
        QCOMPARE(after.ewsUrl, before.ewsUrl);
        QCOMPARE(e->audit().list(org.id).value().first().action,
                 QStringLiteral("interop.availability.password"));

        // Required, and only for settings that exist.
        QCOMPARE(e->availability().changePasswordNow(org.id, DomainName, QString()).error().code,
                 ErrorCode::Required);
        e.verifiedDomain(org, QStringLiteral("fabrikam.com"));
        const Status none =
            e->availability().changePasswordNow(org.id, QStringLiteral("fabrikam.com"), newPassword);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QCOMPARE(none.error().field, QStringLiteral("domain"));
    }

    void removeDeletesTheKeychainEntry()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("remove"));
        QVERIFY(e->availability().saveNow(org.id, input()).ok());
        const QString ref = e->availability().get(org.id, DomainName).value().secretRef;
        QCOMPARE(e->availability().secrets().readNow(ref).value(), Password);

        QSignalSpy changes(e.get(), &Engine::changed);
        const Status removed = e->availability().removeNow(org.id, DomainName);
        QVERIFY2(removed.ok(), qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<Change>().kind, Change::Kind::Removed);
        QCOMPARE(e->availability().list(org.id).value().size(), 0);
        QCOMPARE(e->availability().get(org.id, DomainName).error().code, ErrorCode::NotFound);
        auto secret = e->availability().secrets().readNow(ref);
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, ErrorCode::NotFound);
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).error().code, ErrorCode::NotFound);
        QCOMPARE(e->availability().removeNow(org.id, DomainName).error().code, ErrorCode::NotFound);
    }

    void removingTheOrganizationForgetsItsKeychainEntries()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("gone"));
        QVERIFY(e->availability().saveNow(org.id, input()).ok());
        const QString ref = e->availability().get(org.id, DomainName).value().secretRef;
        QCOMPARE(e->availability().secretRefs(org.id).value(), QStringList{ref});
        QVERIFY(e->organizations().remove(org.id, org.alias).ok());
        QTRY_COMPARE(e->availability().pendingForgets(), 0);
        auto secret = e->availability().secrets().readNow(ref);
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, ErrorCode::NotFound);
    }

    // The test the issue names: after saving, the password's bytes are in neither the database
    // (the file, its write-ahead log and shared memory) nor the settings (nor anywhere in HOME
    // outside the keychain, which keeps it encrypted).
    void passwordIsInNeitherTheDatabaseNorTheSettings()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("leak"));
        QSettings().setValue(QStringLiteral("test/written"), true); // so that a settings file exists
        QVERIFY(e->availability().saveNow(org.id, input()).ok());
        QVERIFY(
            e->availability().changePasswordNow(org.id, DomainName, Password + QStringLiteral("-2")).ok());
        QSettings().sync();

        const QString db = e.path();
        const QByteArray file = readAll(db);
        const QByteArray wal = readAll(db + QStringLiteral("-wal"));
        QVERIFY(!file.isEmpty());
        // Where the row went (the file or, before a checkpoint, the log): proof that these are the
        // bytes the save wrote.
        const QByteArray ref = availability::secretRef(org.id, DomainName).toUtf8();
        QVERIFY(file.contains(ref) || wal.contains(ref));
        for (const QString& password : QStringList{Password, Password + QStringLiteral("-2")}) {
            for (const QByteArray& needle : encodings(password)) {
                QVERIFY(!file.contains(needle));
                QVERIFY(!wal.contains(needle));
                QVERIFY(!readAll(db + QStringLiteral("-shm")).contains(needle));
            }
            QVERIFY2(QFile::exists(QSettings().fileName()), qPrintable(QSettings().fileName()));
            QVERIFY(filesHolding(QFileInfo(QSettings().fileName()).absolutePath(), password).isEmpty());
            const QString home = QDir::homePath();
            QVERIFY2(filesHolding(home, password).isEmpty(),
                     qPrintable(filesHolding(home, password).join(u' ')));
            QVERIFY(filesHolding(QFileInfo(db).absolutePath(), password).isEmpty());
        }
        // After the engine closes (a checkpoint moves the log into the file) still nothing.
        e.reopen();
        QVERIFY(filesHolding(QFileInfo(db).absolutePath(), Password).isEmpty());
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), Password + QStringLiteral("-2"));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilitySettings)
#include "tst_AvailabilitySettings.moc"
