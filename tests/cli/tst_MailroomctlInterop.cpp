// mailroomctl end to end: the availability settings of interoperability mode (IOP-4), with the
// password in a real system keychain (GNOME Keyring in a private D-Bus session, started by
// tests/support/keyring-session.sh), read from standard input and never shown or stored.

#include "CliRunner.h"
#include "HttpsServer.h"
#include "KeyringSession.h"
#include "RequirePeer.h"
#include "net/SecretStore.h"

using namespace cli;

namespace {

const QByteArray Secret = "Ex-Avail-9!pass";
const char* Url = "https://mail.contoso.com/EWS/Exchange.asmx";

} // namespace

class TestMailroomctlInterop : public QObject, protected CliRunner
{
    Q_OBJECT

    // An Active organization "corp" in interoperability mode with the domain contoso.com.
    void interopOrg()
    {
        const Outcome dir =
            json("directory create --type ad-connector --name corp.example.com --region us-east-1 "
                 "--exchange");
        QCOMPARE(dir.exitCode, 0);
        const Outcome org = json(QStringList{s("org"), s("standard-setup"), s("--alias"), s("corp"),
                                             s("--region"), s("us-east-1"), s("--directory"),
                                             value(dir.object(), "id"), s("--interoperability")});
        QCOMPARE(org.exitCode, 0);
        QCOMPARE(ctl("domain add --org corp contoso.com").exitCode, 0);
    }

    Outcome set(const QByteArray& input = Secret + '\n')
    {
        return json(QStringList{s("interop"), s("availability"), s("set"), s("--org"), s("corp"),
                                s("contoso.com"), s("--ews-url"), s(Url), s("--account"), s("CONTOSO\\svc"),
                                s("--password-stdin")},
                    input);
    }

    static void checkRefused(const Outcome& outcome, const char* code, const char* field)
    {
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.errorCode(), s(code));
        QCOMPARE(outcome.errorField(), s(field));
    }

private Q_SLOTS:
    void initTestCase() { mailroom::test::requireSecretService(); }
    void init() { newDatabase(); }

    void help()
    {
        const Outcome r = ctl("interop --help");
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"availability set", "availability show", "availability remove"})
            QVERIFY2(r.text().contains(s(word)), qPrintable(r.text()));
        const Outcome verb = ctl("interop availability set --help");
        QCOMPARE(verb.exitCode, 0);
        QVERIFY(verb.text().contains(s("--password-stdin")));
        QCOMPARE(ctl("interop availability set --org corp").exitCode, 2); // no DOMAIN
        const Outcome half = ctl("interop availability");
        QCOMPARE(half.exitCode, 2);
        QVERIFY2(half.errors().contains(s("set, show, remove, test")), qPrintable(half.errors()));
    }

    void availabilityTestUsesTheKeychainsPassword()
    {
        mailroom::test::HttpsServer server;
        server.addAccount(s("CONTOSO\\svc"), QString::fromLatin1(Secret));
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), why);
        interopOrg();
        const QString url = server.url(s("/EWS/Exchange.asmx")).toString();
        QCOMPARE(json(QStringList{s("interop"), s("availability"), s("set"), s("--org"), s("corp"),
                                  s("contoso.com"), s("--ews-url"), url, s("--account"), s("CONTOSO\\svc"),
                                  s("--password-stdin")},
                      Secret + '\n')
                     .exitCode,
                 0);
        const QStringList test{s("interop"), s("availability"), s("test"),        s("--org"),
                               s("corp"),    s("contoso.com"),  s("--ca-bundle"), server.caBundlePath()};
        const Outcome passed = json(test);
        QCOMPARE(passed.exitCode, 0);
        QCOMPARE(value(passed.object(), "outcome"), s("Ok"));
        QVERIFY(!passed.out.contains(Secret));
        // The outcome is kept with the settings.
        const Outcome shown = json("interop availability show --org corp contoso.com");
        QVERIFY2(shown.out.contains("Ok"), shown.out.constData());
        QVERIFY(!shown.out.contains(Secret));
        // Without the enterprise CA the certificate is not trusted: exit 1, with what to do.
        const Outcome untrusted = ctl(test.mid(0, 6));
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.text().contains(s("UntrustedCertificate")) ||
                     untrusted.text().contains(s("certificate")),
                 qPrintable(untrusted.text()));
        // A domain without settings.
        QCOMPARE(json("interop availability test --org corp other.com").exitCode, 1);
    }

    void setShowRemove()
    {
        interopOrg();
        const Outcome saved = set();
        QVERIFY2(saved.exitCode == 0, saved.out.constData());
        QCOMPARE(value(saved.object(), "domain"), s("contoso.com"));
        QCOMPARE(value(saved.object(), "ewsUrl"), s(Url));
        QCOMPARE(value(saved.object(), "serviceAccount"), s("CONTOSO\\svc"));
        const QString ref = value(saved.object(), "secretRef");
        QVERIFY(!ref.isEmpty());
        QVERIFY(!saved.out.contains(Secret) && !saved.err.contains(Secret));

        // The password went to the keychain of this session, under the reference the row keeps.
        mailroom::SecretStore keychain;
        QCOMPARE(keychain.readNow(ref).value(), QString::fromUtf8(Secret));

        const Outcome all = json("interop availability show --org corp");
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(field(all.array(), "domain"), QStringList{s("contoso.com")});
        const Outcome one = json("interop availability show --org corp contoso.com");
        QCOMPARE(value(one.object(), "ewsUrl"), s(Url));
        const Outcome text = ctl("interop availability show --org corp contoso.com");
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.text().contains(s(Url)));
        QVERIFY(text.text().contains(s("in the system keychain")));
        QVERIFY(!text.out.contains(Secret));

        // What is not given keeps its value, and the password stays without --password-stdin.
        const Outcome account =
            json("interop availability set --org corp contoso.com --account svc@contoso.com");
        QCOMPARE(account.exitCode, 0);
        QCOMPARE(value(account.object(), "ewsUrl"), s(Url));
        QCOMPARE(value(account.object(), "serviceAccount"), s("svc@contoso.com"));
        QCOMPARE(keychain.readNow(ref).value(), QString::fromUtf8(Secret));

        QVERIFY(!readFile(m_db).contains(Secret));
        QVERIFY(!readFile(m_db + s("-wal")).contains(Secret));

        const Outcome removed = json("interop availability remove --org corp contoso.com");
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.object().value(s("removed")).toBool(), true);
        QCOMPARE(json("interop availability show --org corp").array().size(), 0);
        QCOMPARE(keychain.readNow(ref).error().code, mailroom::ErrorCode::NotFound);
        checkRefused(json("interop availability remove --org corp contoso.com"), "NotFound", "domain");
    }

    // Removing the organization forgets its availability passwords: the keychain keeps nothing of it.
    void removingTheOrganizationForgetsTheKeychainEntry()
    {
        interopOrg();
        const Outcome saved = set();
        QCOMPARE(saved.exitCode, 0);
        const QString ref = value(saved.object(), "secretRef");
        mailroom::SecretStore keychain;
        QCOMPARE(keychain.readNow(ref).value(), QString::fromUtf8(Secret));
        const Outcome removed = json("org remove corp --confirm corp");
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(keychain.readNow(ref).error().code, mailroom::ErrorCode::NotFound);
    }

    void refusals()
    {
        interopOrg();
        // The first save needs the password, and each field its rule.
        checkRefused(
            json("interop availability set --org corp contoso.com --ews-url https://mail.contoso.com/EWS "
                 "--account CONTOSO\\svc"),
            "Required", "password");
        checkRefused(json(QStringList{s("interop"), s("availability"), s("set"), s("--org"), s("corp"),
                                      s("contoso.com"), s("--ews-url"), s("http://mail.contoso.com/EWS"),
                                      s("--account"), s("CONTOSO\\svc"), s("--password-stdin")},
                          Secret + '\n'),
                     "InvalidValue", "ewsUrl");
        checkRefused(json(QStringList{s("interop"), s("availability"), s("set"), s("--org"), s("corp"),
                                      s("contoso.com"), s("--ews-url"), s(Url), s("--account"), s("svc"),
                                      s("--password-stdin")},
                          Secret + '\n'),
                     "InvalidValue", "serviceAccount");
        checkRefused(json("interop availability show --org corp fabrikam.com"), "NotFound", "domain");

        // An organization that is not in interoperability mode.
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
        checkRefused(
            json("interop availability set --org acme acme.awsapps.com --ews-url https://x.example.com/EWS "
                 "--account svc@acme.com --password-stdin",
                 Secret + '\n'),
            "WrongState", "interoperability");
    }

    void noKeychainService()
    {
        interopOrg();
        // mailroomctl inherits this environment: a session bus address where nothing listens.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath(s("no-bus")).toLocal8Bit());
        const Outcome saved = set();
        const Outcome text = ctl(QStringList{s("interop"), s("availability"), s("set"), s("--org"), s("corp"),
                                             s("contoso.com"), s("--ews-url"), s(Url), s("--account"),
                                             s("CONTOSO\\svc"), s("--password-stdin")},
                                 Secret + '\n');
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QCOMPARE(saved.exitCode, 1);
        QCOMPARE(saved.errorCode(), s("KeychainUnavailable"));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.errors().contains(s("No keychain service is running")), qPrintable(text.errors()));
        QCOMPARE(json("interop availability show --org corp").array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMailroomctlInterop)
#include "tst_MailroomctlInterop.moc"
