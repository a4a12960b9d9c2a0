// mailroomctl end to end: ews test (IOP-4) and autodiscover check (ADS-1), run for real against
// the HTTPS server of tests/support/HttpsServer.h on loopback. The server runs in this process,
// so mailroomctl runs while the event loop turns (CliRunner::ctl would block it).

#include "CliRunner.h"
#include "HttpsServer.h"
#include "RequirePeer.h"

#include <QSignalSpy>

using namespace cli;
using mailroom::test::HttpsServer;

namespace {

const QString Account = QStringLiteral("EXAMPLE\\svc-availability");
const QByteArray ServicePassword = "Avail-Secret-42";
const QString Email = QStringLiteral("testuser@example.test");

} // namespace

class TestMailroomctlNetworkChecks : public QObject, protected CliRunner
{
    Q_OBJECT

    HttpsServer m_server;
    QString m_skip;

    Outcome run(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(MAILROOMCTL_PATH));
        p.setArguments(QStringList{QStringLiteral("--db"), m_db} + args);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start();
        if (!p.waitForStarted())
            qFatal("mailroomctl did not start");
        p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(120000)) {
            p.kill();
            p.waitForFinished();
            qWarning("mailroomctl %s did not finish", qPrintable(args.join(u' ')));
        }
        Outcome outcome{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                        p.readAllStandardError()};
        if (outcome.err.contains("QCommandLineParser:"))
            QTest::qFail(qPrintable(outcome.errors()), __FILE__, __LINE__);
        // Whatever happened, the password is never repeated.
        if (outcome.out.contains(ServicePassword) || outcome.err.contains(ServicePassword))
            QTest::qFail("mailroomctl printed the password", __FILE__, __LINE__);
        return outcome;
    }

    QStringList ews(const QString& url, bool withCa = true) const
    {
        QStringList args{s("ews"), s("test"), url, s("--account"), Account, s("--password-stdin")};
        if (withCa)
            args << s("--ca-bundle") << m_server.caBundlePath();
        return args;
    }

    QStringList autodiscover(const QString& domain) const
    {
        return {s("autodiscover"),
                s("check"),
                domain,
                s("--server-address"),
                QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
                s("--ca-bundle"),
                m_server.caBundlePath()};
    }

    QString ewsUrl() const { return m_server.url(s("/EWS/Exchange.asmx")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.addAccount(Account, QString::fromUtf8(ServicePassword));
        m_server.addAccount(Email, QString::fromUtf8(ServicePassword));
        if (!m_server.start(&m_skip))
            qWarning("HTTPS server not started: %s", qPrintable(m_skip));
    }

    void init()
    {
        MAILROOM_REQUIRE_PEER(m_skip.isEmpty(), QStringLiteral("cannot run an HTTPS server here: ") + m_skip);
        newDatabase();
    }

    void iop4_ewsTestPassesWithTheRightPasswordAndCaBundle()
    {
        Outcome r = run(QStringList{s("--json")} + ews(ewsUrl()), ServicePassword + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(value(r.object(), "outcome"), s("Ok"));
        QCOMPARE(r.object().value(s("httpStatus")).toInt(), 200);
        QCOMPARE(m_server.lastAuthorization(),
                 "Basic " + QByteArray(Account.toUtf8() + ':' + ServicePassword).toBase64());

        r = run(ews(ewsUrl()), ServicePassword + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.text().contains(s("EWS test: passed")), r.out.constData());
    }

    void iop4_ewsTestSaysWhatToFix()
    {
        Outcome r = run(QStringList{s("--json")} + ews(ewsUrl()), "wrong-password\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(value(r.object(), "outcome"), s("InvalidCredentials"));
        QVERIFY(value(r.object(), "fix").contains(s("DOMAIN\\username")));

        r = run(ews(ewsUrl()), "wrong-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.text().contains(s("invalid user name or password")));
        QVERIFY(r.text().contains(s("Basic authentication")));

        r = run(QStringList{s("--json")} + ews(ewsUrl(), false), ServicePassword + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(value(r.object(), "outcome"), s("UntrustedCertificate"));
        QCOMPARE(r.object().value(s("certificateProblems")).toArray().first().toString(), s("UnknownIssuer"));

        r = run(QStringList{s("--json")} + ews(ewsUrl().replace(s("https:"), s("http:"))),
                ServicePassword + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(value(r.object(), "outcome"), s("InvalidUrl"));

        QUrl refused = m_server.url(s("/EWS/Exchange.asmx"));
        refused.setPort(m_server.closedPort());
        r = run(QStringList{s("--json")} + ews(refused.toString()), ServicePassword + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(value(r.object(), "outcome"), s("ConnectionFailed"));
        QVERIFY(value(r.object(), "fix").contains(s("443")));
    }

    void iop4_ewsTestUsageAndBundleErrors()
    {
        Outcome r = run({s("ews"), s("test"), ewsUrl(), s("--password-stdin")}, ServicePassword + '\n');
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errors().contains(s("--account")));

        r = run({s("--json"), s("ews"), s("test"), ewsUrl(), s("--account"), Account, s("--password-stdin"),
                 s("--ca-bundle"), m_dir.filePath(s("missing.pem"))},
                ServicePassword + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), s("FileError"));
    }

    void ads1_checkWithAndWithoutTheMobileSyncRequest()
    {
        Outcome r = run(QStringList{s("--json")} + autodiscover(s("example.test")) +
                            QStringList{s("--email"), Email, s("--password-stdin")},
                        ServicePassword + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(s("ok")).toBool(), true);
        QCOMPARE(value(r.object(), "mobileSyncUrl"), HttpsServer::MobileSyncUrl);
        QCOMPARE(value(r.object().value(s("unauthenticated")).toObject(), "outcome"), s("Ok"));
        QCOMPARE(value(r.object().value(s("authenticated")).toObject(), "outcome"), s("Ok"));

        r = run(autodiscover(s("example.test")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.text().contains(s("Without credentials (401 expected): passed")), r.out.constData());
        QVERIFY(!r.text().contains(s("MobileSync request")));
    }

    void ads1_wrongEndpointsFail()
    {
        Outcome r = run(QStringList{s("--json")} + autodiscover(s("open.test")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(value(r.object().value(s("unauthenticated")).toObject(), "outcome"),
                 s("UnexpectedResponse"));

        r = run(autodiscover(s("example.test")) + QStringList{s("--email"), Email, s("--password-stdin")},
                "wrong-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.text().contains(s("MobileSync request: invalid user name or password")));
        QVERIFY(r.text().contains(s("not set up correctly")));
    }

    void ads1_usageErrors()
    {
        Outcome r = run(autodiscover(s("example.test")) + QStringList{s("--email"), Email});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errors().contains(s("--password-stdin")));
        r = run({s("autodiscover"), s("check"), s("example.test"), s("--server-address"), s("not-an-ip")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errors().contains(s("--server-address")));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlNetworkChecks)
#include "tst_MailroomctlNetworkChecks.moc"
