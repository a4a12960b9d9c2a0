// IOP-4, "Test": the saved settings of a domain, with the password read back from a real system
// keychain (GNOME Keyring in a private D-Bus session, see tests/support/keyring-session.sh),
// against a real HTTPS server with a test CA; the outcome is kept with the settings.

#include "HttpsServer.h"
#include "KeyringSession.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "interop/AvailabilitySetting.h"
#include "interop/AvailabilitySettings.h"
#include "interop/AvailabilityTest.h"
#include "net/EwsCheck.h"

#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QString DomainName = QStringLiteral("contoso.com");
const QString Account = QStringLiteral("CONTOSO\\svc-availability");
const QString Password = QStringLiteral("Avail-Test-9183");

Result<NetworkCheckResult> runTest(Engine& engine, const QString& orgId, const QString& domain,
                                   const QList<QSslCertificate>& cas)
{
    AvailabilityTest test(engine, orgId, domain);
    test.setCaCertificates(cas);
    test.setTimeout(5000);
    std::optional<Result<NetworkCheckResult>> outcome;
    QObject::connect(&test, &AvailabilityTest::finished, [&](const NetworkCheckResult& r) { outcome = r; });
    QObject::connect(&test, &AvailabilityTest::failed, [&](const Error& error) { outcome = error; });
    test.start();
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        qFatal("the availability test did not finish");
    return *outcome;
}

} // namespace

class TestAvailabilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest"));
        requireSecretService();
        m_server.addAccount(Account, Password);
        QString why;
        MAILROOM_REQUIRE_PEER(m_server.start(&why), why);
        m_cas = EwsCheck::loadCaBundle(m_server.caBundlePath()).value();
    }

    void iop4_testTheSavedSettingsAndKeepTheOutcome()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("avail"));
        e.verifiedDomain(org, DomainName);
        const QString url = m_server.url(QStringLiteral("/EWS/Exchange.asmx")).toString();
        QVERIFY(e->availability().saveNow(org.id, {DomainName, url, Account, Password}).ok());

        auto passed = runTest(*e, org.id, DomainName, m_cas);
        QVERIFY2(passed.ok(), qPrintable(passed ? QString() : passed.error().message));
        QCOMPARE(passed.value().outcome, NetworkOutcome::Ok);
        AvailabilitySetting kept = e->availability().get(org.id, DomainName).value();
        QVERIFY(kept.testedAt.isValid());
        QVERIFY(kept.testResult.contains(QStringLiteral("\"Ok\"")));
        QVERIFY(!kept.testResult.contains(Password));

        // The password in the keychain changed to a wrong one: the test says so, and keeps that.
        QVERIFY(e->availability().changePasswordNow(org.id, DomainName, QStringLiteral("Wrong-Pass-1")).ok());
        auto refused = runTest(*e, org.id, DomainName, m_cas);
        QCOMPARE(refused.value().outcome, NetworkOutcome::InvalidCredentials);
        QVERIFY(refused.value().fix.contains(QStringLiteral("DOMAIN\\username")));
        QVERIFY(e->availability()
                    .get(org.id, DomainName)
                    .value()
                    .testResult.contains(QStringLiteral("InvalidCredentials")));

        // Without the enterprise CA the server's certificate is not trusted.
        QCOMPARE(runTest(*e, org.id, DomainName, {}).value().outcome, NetworkOutcome::UntrustedCertificate);
    }

    void iop4_testNeedsSavedSettings()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("none"));
        e.verifiedDomain(org, DomainName);
        auto missing = runTest(*e, org.id, DomainName, m_cas);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().field, QStringLiteral("domain"));
    }

private:
    HttpsServer m_server;
    QList<QSslCertificate> m_cas;
};

QTEST_MAIN(TestAvailabilityTest)
#include "tst_AvailabilityTest.moc"
