// ADS-1: the AutoDiscover phase-2 check, for real, against an HTTPS server on loopback that
// stands in for autodiscover.<domain> (the check connects to it instead of resolving the name,
// and still checks the certificate against autodiscover.<domain>): 401 without credentials,
// then the MobileSync answer naming the URL, and each wrong answer or failure on the way.

#include "HttpsServer.h"
#include "RequirePeer.h"
#include "net/AutoDiscoverCheck.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QString Email = QStringLiteral("testuser@example.test");
const QString Password = QStringLiteral("Mobile-Secret-7");

} // namespace

class TestAutoDiscoverCheck : public QObject
{
    Q_OBJECT

    HttpsServer m_server;
    QString m_skip;

    struct Options
    {
        QString email = Email;
        QString password = Password;
        bool trustTestCa = true;
        quint16 port = 0; // the good certificate's port when 0
        bool redirect = true;
        int timeoutMs = 10000;
    };

    AutoDiscoverReport check(const QString& domain, Options o)
    {
        AutoDiscoverCheck check(domain);
        if (!o.email.isEmpty())
            check.setCredentials(o.email, o.password);
        if (o.trustTestCa)
            check.setCaCertificates(m_server.caCertificates());
        if (o.redirect)
            check.setServerAddress(m_server.address(), o.port ? o.port : m_server.port());
        check.setTimeout(o.timeoutMs);
        QSignalSpy finished(&check, &AutoDiscoverCheck::finished);
        QSignalSpy progress(&check, &AutoDiscoverCheck::progress);
        check.start();
        if (!finished.wait(30000))
            qFatal("the AutoDiscover check did not finish");
        QTest::qWait(0);
        if (finished.size() != 1 || progress.isEmpty())
            qFatal("the AutoDiscover check finished %d times after %d steps", int(finished.size()),
                   int(progress.size()));
        const auto report = finished.first().first().value<AutoDiscoverReport>();
        if (!o.password.isEmpty() && QJsonDocument(report.toJson()).toJson().contains(o.password.toUtf8()))
            qFatal("the password appears in the report");
        return report;
    }
    AutoDiscoverReport check(const QString& domain) { return check(domain, Options{}); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AutoDiscoverReport>();
        m_server.addAccount(Email, Password);
        m_server.addAccount(QStringLiteral("someone@nourl.test"), Password);
        if (!m_server.start(&m_skip))
            qWarning("HTTPS server not started: %s", qPrintable(m_skip));
    }

    void init()
    {
        MAILROOM_REQUIRE_PEER(m_skip.isEmpty(), QStringLiteral("cannot run an HTTPS server here: ") + m_skip);
    }

    void ads1_bothPhasesPassAndNameTheMobileSyncUrl()
    {
        const AutoDiscoverReport r = check(QStringLiteral("Example.test"));
        QCOMPARE(r.endpoint,
                 QUrl(QStringLiteral("https://autodiscover.example.test/autodiscover/autodiscover.xml")));
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::Ok);
        QCOMPARE(r.unauthenticated.httpStatus, 401);
        QVERIFY(r.authenticatedAsked);
        QCOMPARE(r.authenticated.outcome, NetworkOutcome::Ok);
        QCOMPARE(r.authenticated.httpStatus, 200);
        QCOMPARE(r.mobileSyncUrl, HttpsServer::MobileSyncUrl);
        QVERIFY(r.authenticated.explanation.contains(HttpsServer::MobileSyncUrl));
        QVERIFY(r.ok());
        // The MobileSync request of a device: the address, the response schema, Basic credentials.
        QVERIFY(m_server.lastBody().contains("<EmailAddress>testuser@example.test</EmailAddress>"));
        QVERIFY(m_server.lastBody().contains("mobilesync/responseschema/2006"));
        QCOMPARE(m_server.lastAuthorization(), "Basic " + (Email + u':' + Password).toUtf8().toBase64());
        QCOMPARE(r.toJson().value(QStringLiteral("mobileSyncUrl")).toString(), HttpsServer::MobileSyncUrl);
    }

    void ads1_withoutCredentialsOnlyTheFirstPhaseRuns()
    {
        Options o;
        o.email.clear();
        const int before = m_server.requestCount();
        const AutoDiscoverReport r = check(QStringLiteral("example.test"), o);
        QCOMPARE(m_server.requestCount(), before + 1);
        QVERIFY(m_server.lastAuthorization().isEmpty());
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::Ok);
        QVERIFY(!r.authenticatedAsked);
        QVERIFY(r.ok());
        QVERIFY(!r.toJson().contains(QStringLiteral("authenticated")));
    }

    void ads1_endpointThatAnswersWithoutCredentialsIsWrong()
    {
        const int before = m_server.requestCount();
        const AutoDiscoverReport r = check(QStringLiteral("open.test"));
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::UnexpectedResponse);
        QCOMPARE(r.unauthenticated.httpStatus, 200);
        QVERIFY(r.unauthenticated.explanation.contains(QStringLiteral("401")));
        QVERIFY(!r.unauthenticated.fix.isEmpty());
        // The credentials are not sent to an endpoint that failed the first phase.
        QCOMPARE(m_server.requestCount(), before + 1);
        QCOMPARE(r.authenticated.outcome, NetworkOutcome::Cancelled);
        QVERIFY(!r.ok());
    }

    void ads1_responseWithoutTheUrlIsWrong()
    {
        Options o;
        o.email = QStringLiteral("someone@nourl.test");
        const AutoDiscoverReport r = check(QStringLiteral("nourl.test"), o);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::Ok);
        QCOMPARE(r.authenticated.outcome, NetworkOutcome::UnexpectedResponse);
        QCOMPARE(r.authenticated.httpStatus, 200);
        QVERIFY(r.mobileSyncUrl.isEmpty());
        QVERIFY2(r.authenticated.explanation.contains(QStringLiteral("MobileSync URL")),
                 qPrintable(r.authenticated.explanation));
        QVERIFY(!r.ok());
    }

    void ads1_wrongPasswordIsInvalidCredentials()
    {
        Options o;
        o.password = QStringLiteral("not-the-password");
        const AutoDiscoverReport r = check(QStringLiteral("example.test"), o);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::Ok);
        QCOMPARE(r.authenticated.outcome, NetworkOutcome::InvalidCredentials);
        QCOMPARE(r.authenticated.httpStatus, 401);
        QVERIFY(!r.authenticated.fix.isEmpty());
        QVERIFY(!r.ok());
    }

    void ads1_certificateMustNameTheAutoDiscoverHost()
    {
        // The server's certificate names autodiscover.example.test, not autodiscover.other.test.
        const AutoDiscoverReport r = check(QStringLiteral("other.test"));
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::UntrustedCertificate);
        QCOMPARE(r.unauthenticated.certificateProblems,
                 QVector<CertificateProblem>{CertificateProblem::HostNameMismatch});
        QVERIFY(r.unauthenticated.explanation.contains(QStringLiteral("autodiscover.other.test")));
    }

    void ads1_unknownCertificateAuthorityAndExpiredCertificate()
    {
        Options o;
        o.trustTestCa = false;
        AutoDiscoverReport r = check(QStringLiteral("example.test"), o);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::UntrustedCertificate);
        QCOMPARE(r.unauthenticated.certificateProblems,
                 QVector<CertificateProblem>{CertificateProblem::UnknownIssuer});

        Options expired;
        expired.port = m_server.port(HttpsServer::Certificate::Expired);
        r = check(QStringLiteral("example.test"), expired);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::UntrustedCertificate);
        QVERIFY(r.unauthenticated.certificateProblems.contains(CertificateProblem::Expired));
    }

    void ads1_refusedAndSilentServersAreConnectionFailures()
    {
        Options refused;
        refused.port = m_server.closedPort();
        AutoDiscoverReport r = check(QStringLiteral("example.test"), refused);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::ConnectionFailed);
        QVERIFY(r.unauthenticated.fix.contains(QStringLiteral("443")));

        Options silent;
        silent.port = m_server.silentPort();
        silent.timeoutMs = 400;
        r = check(QStringLiteral("example.test"), silent);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::ConnectionFailed);
        QVERIFY(r.unauthenticated.explanation.contains(QStringLiteral("0.4 seconds")));
    }

    void ads1_unknownHostIsUnreachable()
    {
        Options o;
        o.redirect = false;
        const AutoDiscoverReport r = check(QStringLiteral("nothing.invalid"), o);
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::Unreachable);
        QVERIFY(r.unauthenticated.explanation.contains(QStringLiteral("autodiscover.nothing.invalid")));
    }

    void ads1_domainThatIsNoHostNameIsInvalid()
    {
        const AutoDiscoverReport r = check(QStringLiteral("exa mple.test"));
        QCOMPARE(r.unauthenticated.outcome, NetworkOutcome::InvalidUrl);
        QVERIFY(!r.ok());
    }

    void ads1_theUrlIsReadFromAResponseLikeTheGuides()
    {
        const QByteArray response =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
            "<Response "
            "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006\">"
            "<Action><Settings>"
            "<Server><Type>Other</Type><Url>https://wrong.example/</Url></Server>"
            "<Server>\n <Type>MobileSync</Type>\n <Url> https://mobile.example/Microsoft-Server-ActiveSync "
            "</Url>"
            "<Name>x</Name></Server>"
            "</Settings></Action></Response></Autodiscover>";
        QCOMPARE(AutoDiscoverCheck::mobileSyncUrlOf(response),
                 QStringLiteral("https://mobile.example/Microsoft-Server-ActiveSync"));
        QVERIFY(AutoDiscoverCheck::mobileSyncUrlOf("<Autodiscover><Error/></Autodiscover>").isEmpty());
        QVERIFY(AutoDiscoverCheck::mobileSyncUrlOf("not xml").isEmpty());
        QVERIFY(AutoDiscoverCheck::mobileSyncRequest(QStringLiteral("a<b@example.test"))
                    .contains("<EmailAddress>a&lt;b@example.test</EmailAddress>"));
    }

    void ads1_cancelEndsTheCheckAtOnce()
    {
        AutoDiscoverCheck check(QStringLiteral("example.test"));
        check.setServerAddress(m_server.address(), m_server.silentPort());
        QSignalSpy finished(&check, &AutoDiscoverCheck::finished);
        check.start();
        QVERIFY(check.isRunning());
        QTest::qWait(50);
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<AutoDiscoverReport>().unauthenticated.outcome,
                 NetworkOutcome::Cancelled);
        QVERIFY(!check.isRunning());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestAutoDiscoverCheck)
#include "tst_AutoDiscoverCheck.moc"
