// IOP-4 without a keychain: ctest runs this with a session bus address where nothing listens and
// no display, so that saving must fail with the clear "no keychain service" error, write nothing to
// the database, the audit log or any file, and every keychain operation report the same.

#include "AvailabilityFixture.h"
#include "core/AuditLog.h"
#include "net/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;
using namespace mailroom::test::availabilityFixture;

class TestAvailabilitySettingsNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("MAILROOM_TEST_WITHOUT_KEYCHAIN"))
            qFatal("run through ctest: it sets a session bus address where nothing listens");
    }

    void saveWithoutAKeychainServiceWritesNothing()
    {
        TestEngine e;
        const Organization org = interopOrg(e, QStringLiteral("nokeys"));
        const auto auditBefore = e->audit().list(org.id).value().size();
        QSignalSpy changes(e.get(), &Engine::changed);
        auto saved = e->availability().saveNow(org.id, input());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::KeychainUnavailable);
        QCOMPARE(errorCodeName(saved.error().code), QStringLiteral("KeychainUnavailable"));
        const QString message = saved.error().message;
        QVERIFY2(message.contains(QStringLiteral("No keychain service is running")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("GNOME Keyring")), qPrintable(message));
        // Nothing reached the database: no row, no audit record, no change signal.
        QCOMPARE(e->availability().list(org.id).value().size(), 0);
        QCOMPARE(e->audit().list(org.id).value().size(), auditBefore);
        QCOMPARE(changes.size(), 0);
        QVERIFY(filesHolding(QFileInfo(e.path()).absolutePath(), Password).isEmpty());

        // The store reports the same for every operation.
        SecretStore store;
        QCOMPARE(store.readNow(QStringLiteral("any")).error().code, ErrorCode::KeychainUnavailable);
        QCOMPARE(store.removeNow(QStringLiteral("any")).error().code, ErrorCode::KeychainUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestAvailabilitySettingsNoKeychain)
#include "tst_AvailabilitySettingsNoKeychain.moc"
