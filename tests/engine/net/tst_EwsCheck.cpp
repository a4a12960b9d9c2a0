// IOP-4: the availability settings' Test, for real, against an HTTPS server on loopback with a
// test CA: each of the guide's troubleshooting outcomes comes from the server's real behaviour
// (Basic credentials accepted or refused, a refused port, a silent port, certificates from an
// unknown CA, expired or for another host, answers that are not EWS).

#include "HttpsServer.h"
#include "RequirePeer.h"
#include "net/EwsCheck.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QString Account = QStringLiteral("EXAMPLE\\svc-availability");
const QString Password = QStringLiteral("Avail-Secret-42");

} // namespace

class TestEwsCheck : public QObject
{
    Q_OBJECT

    HttpsServer m_server;
    QString m_skip;

    NetworkCheckResult test(const QUrl& url, const QString& password = Password, bool trustTestCa = true,
                            int timeoutMs = 10000)
    {
        EwsCheck check(url, Account, password);
        if (trustTestCa)
            check.setCaCertificates(m_server.caCertificates());
        check.setTimeout(timeoutMs);
        QSignalSpy finished(&check, &EwsCheck::finished);
        check.start();
        if (!finished.wait(30000))
            qFatal("the EWS test did not finish");
        // Only one answer, and the password in none of it.
        QTest::qWait(0);
        if (finished.size() != 1)
            qFatal("the EWS test finished %d times", int(finished.size()));
        const auto result = finished.first().first().value<NetworkCheckResult>();
        const QByteArray json = QJsonDocument(result.toJson()).toJson();
        if (json.contains(password.toUtf8()) || result.explanation.contains(password) ||
            result.fix.contains(password))
            qFatal("the password appears in the result");
        return result;
    }

    QUrl ews(const char* path = "/EWS/Exchange.asmx",
             HttpsServer::Certificate certificate = HttpsServer::Certificate::Good) const
    {
        return m_server.url(QString::fromLatin1(path), certificate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<NetworkCheckResult>();
        m_server.addAccount(Account, Password);
        if (!m_server.start(&m_skip))
            qWarning("HTTPS server not started: %s", qPrintable(m_skip));
    }

    void init()
    {
        MAILROOM_REQUIRE_PEER(m_skip.isEmpty(), QStringLiteral("cannot run an HTTPS server here: ") + m_skip);
    }

    void iop4_rightCredentialsAreOk()
    {
        const NetworkCheckResult r = test(ews());
        QCOMPARE(r.outcome, NetworkOutcome::Ok);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.fix.isEmpty());
        QVERIFY(r.explanation.contains(Account));
        // Basic authentication, with the account exactly as given, and a real EWS SOAP request.
        QCOMPARE(m_server.lastAuthorization(), "Basic " + (Account + u':' + Password).toUtf8().toBase64());
        QVERIFY(m_server.lastBody().contains("GetServerTimeZones"));
        QVERIFY(m_server.lastBody().contains("soap/envelope"));
    }

    void iop4_wrongPasswordIsInvalidCredentials()
    {
        const NetworkCheckResult r = test(ews(), QStringLiteral("not-the-password"));
        QCOMPARE(r.outcome, NetworkOutcome::InvalidCredentials);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY2(r.fix.contains(QStringLiteral("DOMAIN\\username")), qPrintable(r.fix));
        QVERIFY2(r.fix.contains(QStringLiteral("Basic authentication")), qPrintable(r.fix));
    }

    void iop4_serverWithoutBasicAuthenticationIsInvalidCredentials()
    {
        const NetworkCheckResult r = test(ews("/EWS/NoBasic.asmx"));
        QCOMPARE(r.outcome, NetworkOutcome::InvalidCredentials);
        QVERIFY2(r.explanation.contains(QStringLiteral("Basic authentication")), qPrintable(r.explanation));
        QVERIFY(r.fix.contains(QStringLiteral("Basic authentication")));
    }

    void iop4_badUrlsAreInvalidAndNothingIsSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:%1/EWS/Exchange.asmx");
        QTest::newRow("no host") << QStringLiteral("https:///EWS/Exchange.asmx");
        QTest::newRow("no scheme") << QStringLiteral("mail.example.com/EWS/Exchange.asmx");
        QTest::newRow("empty") << QString();
        QTest::newRow("unparsable") << QStringLiteral("https://exa mple.com:99999/EWS");
    }

    void iop4_badUrlsAreInvalidAndNothingIsSent()
    {
        QFETCH(QString, url);
        if (url.contains(QStringLiteral("%1")))
            url = url.arg(m_server.port());
        const int before = m_server.requestCount();
        const NetworkCheckResult r = test(QUrl(url));
        QCOMPARE(r.outcome, NetworkOutcome::InvalidUrl);
        QVERIFY(r.fix.contains(QStringLiteral("https://")));
        QVERIFY(r.fix.contains(QStringLiteral("/EWS/Exchange.asmx")));
        // The password never went anywhere, least of all over plain http.
        QCOMPARE(m_server.requestCount(), before);
    }

    void iop4_unknownHostIsUnreachable()
    {
        const NetworkCheckResult r = test(QUrl(QStringLiteral("https://nothing.invalid/EWS/Exchange.asmx")));
        QCOMPARE(r.outcome, NetworkOutcome::Unreachable);
        QVERIFY(r.explanation.contains(QStringLiteral("nothing.invalid")));
        QVERIFY(!r.fix.isEmpty());
    }

    void iop4_refusedConnectionNamesPort443AndTheFirewall()
    {
        QUrl url = ews();
        url.setPort(m_server.closedPort());
        const NetworkCheckResult r = test(url);
        QCOMPARE(r.outcome, NetworkOutcome::ConnectionFailed);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.fix.contains(QStringLiteral("443")), qPrintable(r.fix));
        QVERIFY2(r.fix.contains(QStringLiteral("firewall")), qPrintable(r.fix));
    }

    void iop4_silentServerRunsOutOfTime()
    {
        QUrl url = ews();
        url.setPort(m_server.silentPort());
        QElapsedTimer timer;
        timer.start();
        const NetworkCheckResult r = test(url, Password, true, 400);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(r.outcome, NetworkOutcome::ConnectionFailed);
        QVERIFY2(r.explanation.contains(QStringLiteral("0.4 seconds")), qPrintable(r.explanation));
        QVERIFY(r.fix.contains(QStringLiteral("443")));
    }

    void iop4_unknownCertificateAuthorityIsUntrusted()
    {
        const int before = m_server.requestCount();
        const NetworkCheckResult r = test(ews(), Password, false);
        QCOMPARE(r.outcome, NetworkOutcome::UntrustedCertificate);
        QCOMPARE(r.certificateProblems, QVector<CertificateProblem>{CertificateProblem::UnknownIssuer});
        QVERIFY2(r.fix.contains(QStringLiteral("CA bundle")), qPrintable(r.fix));
        // The handshake failed before any request: the credentials were not sent.
        QCOMPARE(m_server.requestCount(), before);
    }

    void iop4_addedCaBundleMakesTheCertificateTrusted()
    {
        auto bundle = EwsCheck::loadCaBundle(m_server.caBundlePath());
        QVERIFY(bundle.ok());
        QCOMPARE(bundle.value().size(), 1);
        EwsCheck check(ews(), Account, Password);
        check.setCaCertificates(bundle.value());
        QSignalSpy finished(&check, &EwsCheck::finished);
        check.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<NetworkCheckResult>().outcome, NetworkOutcome::Ok);
    }

    void iop4_expiredCertificateIsNamed()
    {
        const NetworkCheckResult r = test(ews("/EWS/Exchange.asmx", HttpsServer::Certificate::Expired));
        QCOMPARE(r.outcome, NetworkOutcome::UntrustedCertificate);
        QVERIFY(r.certificateProblems.contains(CertificateProblem::Expired));
        QVERIFY2(r.explanation.contains(QStringLiteral("expired")), qPrintable(r.explanation));
    }

    void iop4_certificateForAnotherHostIsNamed()
    {
        const NetworkCheckResult r = test(ews("/EWS/Exchange.asmx", HttpsServer::Certificate::WrongHost));
        QCOMPARE(r.outcome, NetworkOutcome::UntrustedCertificate);
        QCOMPARE(r.certificateProblems, QVector<CertificateProblem>{CertificateProblem::HostNameMismatch});
        QVERIFY2(r.explanation.contains(QStringLiteral("another host name")), qPrintable(r.explanation));
    }

    void iop4_otherAnswersAreUnexpected_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("server error") << QStringLiteral("/EWS/Error.asmx") << 500;
        QTest::newRow("not found") << QStringLiteral("/EWS/Missing.asmx") << 404;
        QTest::newRow("a web page, not EWS") << QStringLiteral("/EWS/Portal") << 200;
    }

    void iop4_otherAnswersAreUnexpected()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const NetworkCheckResult r = test(m_server.url(path));
        QCOMPARE(r.outcome, NetworkOutcome::UnexpectedResponse);
        QCOMPARE(r.httpStatus, status);
        QVERIFY(!r.fix.isEmpty());
    }

    void iop4_cancelEndsTheTestAtOnce()
    {
        QUrl url = ews();
        url.setPort(m_server.silentPort());
        EwsCheck check(url, Account, Password);
        QSignalSpy finished(&check, &EwsCheck::finished);
        check.start();
        QVERIFY(check.isRunning());
        QTest::qWait(50);
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<NetworkCheckResult>().outcome, NetworkOutcome::Cancelled);
        QVERIFY(!check.isRunning());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void iop4_caBundleThatCannotBeUsedIsAnError()
    {
        QTemporaryDir dir;
        const QString notPem = dir.filePath(QStringLiteral("bundle.pem"));
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        auto empty = EwsCheck::loadCaBundle(notPem);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::InvalidValue);
        auto missing = EwsCheck::loadCaBundle(dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::FileError);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestEwsCheck)
#include "tst_EwsCheck.moc"
