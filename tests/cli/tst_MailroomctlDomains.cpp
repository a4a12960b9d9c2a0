// mailroomctl end to end: the domain commands (DOM-1..DOM-7), with the DNS check run for real
// against dnsmasq on a loopback address (tests/support/DnsServer.h).

#include "CliRunner.h"
#include "DnsServer.h"
#include "RequirePeer.h"

using namespace cli;

class TestMailroomctlDomains : public QObject, protected CliRunner
{
    Q_OBJECT

    static QJsonObject record(const QJsonArray& records, const char* type, const QString& name)
    {
        for (const QJsonValue& r : records)
            if (value(r.toObject(), "type") == QLatin1String(type) && value(r.toObject(), "name") == name)
                return r.toObject();
        return {};
    }

    // Publishes every record that `domain records --json` lists, as the administrator would.
    static void publish(mailroom::test::DnsServer& server, const QJsonArray& records)
    {
        for (const QJsonValue& v : records) {
            const QJsonObject r = v.toObject();
            const QString type = value(r, "type");
            if (type == QLatin1String("TXT"))
                server.addTxt(value(r, "name"), value(r, "value"));
            else if (type == QLatin1String("MX"))
                server.addMx(value(r, "name"), value(r, "value").section(u' ', 1),
                             value(r, "value").section(u' ', 0, 0).toInt());
            else
                server.addCname(value(r, "name"), value(r, "value"));
        }
    }

    Outcome domain(const QString& verb, const QStringList& rest, bool asJson = true)
    {
        const QStringList args = QStringList{s("domain"), verb, s("--org"), s("acme")} + rest;
        return asJson ? json(args) : ctl(args);
    }

private Q_SLOTS:
    void init()
    {
        newDatabase();
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
    }

    void dom1_dom2_addShowsTheRecordsToPublish()
    {
        const Outcome added = domain(s("add"), {s("Example.COM.")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(value(added.object(), "name"), s("example.com"));
        QCOMPARE(value(added.object(), "status"), s("Pending"));
        QCOMPARE(domain(s("add"), {s("example.com")}).errorCode(), s("NameTaken"));
        const Outcome bad = domain(s("add"), {s("not a domain")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.errorCode(), s("InvalidValue"));
        QCOMPARE(bad.errorField(), s("domain"));

        const Outcome records = domain(s("records"), {s("example.com")});
        QCOMPARE(records.exitCode, 0);
        QCOMPARE(records.array().size(), 6);
        const QJsonObject txt = record(records.array(), "TXT", s("_amazonses.example.com"));
        QCOMPARE(value(txt, "value").size(), 44);
        const QJsonObject mx = record(records.array(), "MX", s("example.com"));
        QCOMPARE(value(mx, "value"), s("10 inbound-smtp.us-east-1.amazonaws.com"));
        QCOMPARE(mx.value(s("ttl")).toInt(), 3600);
        QCOMPARE(value(record(records.array(), "CNAME", s("autodiscover.example.com")), "value"),
                 s("autodiscover.mail.us-east-1.awsapps.com"));
        int dkim = 0;
        for (const QJsonValue& r : records.array())
            dkim += value(r.toObject(), "name").endsWith(s("._domainkey.example.com")) ? 1 : 0;
        QCOMPARE(dkim, 3);

        const Outcome human = domain(s("records"), {s("example.com")}, false);
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().contains(value(txt, "value")), human.out.constData());
        QVERIFY2(human.text().contains(s("with a dot")), human.out.constData()); // the trailing-dot hint
        QVERIFY2(human.text().contains(s("_amazonses.example.com.")), human.out.constData());
        QVERIFY(
            domain(s("add"), {s("second.example")}, false).text().contains(s("_amazonses.second.example")));

        QCOMPARE(field(domain(s("list"), {}).array(), "name"),
                 (QStringList{s("acme.awsapps.com"), s("example.com"), s("second.example")}));
        const Outcome shown = domain(s("show"), {s("EXAMPLE.com")});
        QCOMPARE(value(shown.object(), "status"), s("Pending"));
        QCOMPARE(shown.object().value(s("policyNeedsFix")).toBool(), false);
        QCOMPARE(domain(s("show"), {s("nosuch.example")}).errorCode(), s("NotFound"));
    }

    void dom4_removeNeedsTheTypedName()
    {
        QCOMPARE(domain(s("add"), {s("example.com")}).exitCode, 0);
        const Outcome wrong = domain(s("remove"), {s("example.com"), s("--confirm"), s("example.org")});
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.errorCode(), s("ConfirmationMismatch"));
        QCOMPARE(domain(s("remove"), {s("example.com")}, false).exitCode, 2); // --confirm is required
        QCOMPARE(domain(s("list"), {}).array().size(), 2);
        const Outcome removed = domain(s("remove"), {s("example.com"), s("--confirm"), s("Example.com")});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.object().value(s("removed")).toBool());
        QCOMPARE(field(domain(s("list"), {}).array(), "name"), QStringList{s("acme.awsapps.com")});

        const Outcome test =
            domain(s("remove"), {s("acme.awsapps.com"), s("--confirm"), s("acme.awsapps.com")});
        QCOMPARE(test.exitCode, 1);
        QCOMPARE(test.errorCode(), s("WrongState"));
    }

    void dom5_onlyVerifiedDomainsBecomeDefault()
    {
        QCOMPARE(domain(s("add"), {s("example.com")}).exitCode, 0);
        const Outcome pending = domain(s("set-default"), {s("example.com")});
        QCOMPARE(pending.exitCode, 1);
        QCOMPARE(pending.errorCode(), s("DomainNotVerified"));
        const Outcome test = domain(s("set-default"), {s("acme.awsapps.com")});
        QCOMPARE(test.exitCode, 0);
        QVERIFY(test.object().value(s("default")).toBool());
    }

    void dom6_dom3_checkDnsVerifiesAgainstARealServer()
    {
        QCOMPARE(domain(s("add"), {s("acme.test")}).exitCode, 0);
        QCOMPARE(domain(s("add"), {s("empty.test")}).exitCode, 0);
        const QJsonArray records = domain(s("records"), {s("acme.test")}).array();
        QCOMPARE(records.size(), 6);

        mailroom::test::DnsServer server;
        server.addZone(s("acme.test"));
        server.addNameServer(s("acme.test"), s("ns1.acme.test"));
        publish(server, records);
        server.addZone(s("empty.test"));
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), s("cannot run a DNS server here: ") + why);
        const QString nameserver = server.address().toString();

        // Read-only: the report is shown, the status is not recorded.
        const Outcome readOnly = json(QStringList{s("--read-only"), s("domain"), s("check-dns"), s("--org"),
                                                  s("acme"), s("acme.test"), s("--nameserver"), nameserver});
        QCOMPARE(readOnly.exitCode, 0);
        QCOMPARE(readOnly.object().value(s("recorded")).toBool(), false);
        QCOMPARE(value(readOnly.object(), "status"), s("Pending"));
        QCOMPARE(value(readOnly.object().value(s("notRecorded")).toObject(), "code"), s("AccessDenied"));
        QVERIFY(readOnly.object().value(s("verified")).toBool());
        const Outcome readOnlyText =
            ctl(QStringList{s("--read-only"), s("domain"), s("check-dns"), s("--org"), s("acme"),
                            s("acme.test"), s("--nameserver"), nameserver});
        QCOMPARE(readOnlyText.exitCode, 0);
        QVERIFY2(readOnlyText.text().contains(s("not recorded")), readOnlyText.out.constData());
        QCOMPARE(value(domain(s("show"), {s("acme.test")}).object(), "status"), s("Pending"));

        const Outcome checked = domain(s("check-dns"), {s("acme.test"), s("--nameserver"), nameserver});
        QCOMPARE(checked.exitCode, 0);
        const QJsonObject report = checked.object();
        QCOMPARE(value(report, "status"), s("Verified"));
        QVERIFY(report.value(s("recorded")).toBool());
        QCOMPARE(value(report, "failure"), QString());
        QCOMPARE(report.value(s("nameServers")).toArray().at(0).toString(), s("ns1.acme.test"));
        QCOMPARE(report.value(s("records")).toArray().size(), 6);
        for (const QJsonValue& r : report.value(s("records")).toArray())
            QVERIFY2(value(r.toObject(), "outcome") == s("Found"), qPrintable(value(r.toObject(), "name")));
        QCOMPARE(value(domain(s("show"), {s("acme.test")}).object(), "status"), s("Verified"));

        // Nothing published: the check ran, so exit code 0, each record missing, still Pending.
        const Outcome missing =
            domain(s("check-dns"), {s("empty.test"), s("--nameserver"), nameserver}, false);
        QCOMPARE(missing.exitCode, 0);
        QVERIFY2(missing.text().contains(s("Missing")), missing.out.constData());
        QVERIFY2(missing.text().contains(s("_amazonses.empty.test")), missing.out.constData());
        QVERIFY2(missing.text().contains(s("0 of 6 records found")), missing.out.constData());
        QVERIFY2(missing.text().contains(s("empty.test is now Pending")), missing.out.constData());

        // DOM-3, DOM-5: a verified domain carries addresses and can be the default.
        QCOMPARE(domain(s("set-default"), {s("acme.test")}).exitCode, 0);
        QCOMPARE(ctl("group create --org acme sales sales@acme.test").exitCode, 0);
        QCOMPARE(ctl("group create --org acme ops ops@empty.test").exitCode, 1); // not verified
        // DOM-4: in use, so not removed; the error names the address.
        const Outcome inUse = domain(s("remove"), {s("acme.test"), s("--confirm"), s("acme.test")});
        QCOMPARE(inUse.exitCode, 1);
        QCOMPARE(inUse.errorCode(), s("DomainInUse"));
        QVERIFY(value(inUse.object().value(s("error")).toObject(), "message").contains(s("sales@acme.test")));
    }

    void dom6_badNameserverIsAUsageError()
    {
        QCOMPARE(domain(s("add"), {s("example.com")}).exitCode, 0);
        const Outcome r =
            domain(s("check-dns"), {s("example.com"), s("--nameserver"), s("ns.example")}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errors().contains(s("--nameserver")));
    }

    void dom7_identityPolicyShownEditedAndFixed()
    {
        QCOMPARE(domain(s("add"), {s("example.com")}).exitCode, 0);
        const Outcome shown = domain(s("policy"), {s("example.com")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.object().value(s("policy")).toObject().value(s("Statement")).isArray());
        QCOMPARE(shown.object().value(s("policyNeedsFix")).toBool(), false);
        const Outcome human = domain(s("policy"), {s("example.com")}, false);
        QVERIFY2(human.text().startsWith(u'{') && human.text().contains(s("Statement")),
                 human.out.constData());

        const QString file = m_dir.filePath(s("broken-policy.json"));
        QVERIFY(writeFile(file, "{\"Statement\": ["));
        const Outcome broken = domain(s("set-policy"), {s("example.com"), s("--file"), file});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.errorCode(), s("InvalidValue"));
        QCOMPARE(broken.errorField(), s("policy"));
        const Outcome missingFile =
            domain(s("set-policy"), {s("example.com"), s("--file"), m_dir.filePath(s("nope"))});
        QCOMPARE(missingFile.errorCode(), s("FileError"));

        // From standard input: a policy without ses:*, then the fix.
        const QByteArray narrow =
            R"({"Version": "2008-10-17", "Statement": [{"Sid": "narrow", "Effect": "Allow",
            "Principal": {"Service": "workmail.us-east-1.amazonaws.com"}, "Action": ["ses:SendRawEmail"],
            "Resource": "*"}]})";
        const Outcome set = json(QStringList{s("domain"), s("set-policy"), s("--org"), s("acme"),
                                             s("example.com"), s("--file"), s("-")},
                                 narrow);
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(
            value(set.object().value(s("policy")).toObject().value(s("Statement")).toArray().at(0).toObject(),
                  "Sid"),
            s("narrow"));
        const Outcome fixed = domain(s("fix-policy"), {s("example.com")});
        QCOMPARE(fixed.exitCode, 0);
        QVERIFY2(QJsonDocument(fixed.object()).toJson().contains("ses:*"), fixed.out.constData());
        QCOMPARE(domain(s("policy"), {s("acme.awsapps.com"), s("--json")}).exitCode, 0);
        QCOMPARE(domain(s("set-policy"), {s("acme.awsapps.com"), s("--file"), file}).errorCode(),
                 s("WrongState"));
    }

    void helpAndUsage_data()
    {
        helpAndUsageColumns();
        QTest::newRow("noun help") << "domain --help" << 0
                                   << "add|records|check-dns|set-default|fix-policy|remove";
        QTest::newRow("check-dns help") << "domain check-dns --help" << 0 << "--nameserver|--org|NAME";
        QTest::newRow("remove help") << "domain remove -h" << 0 << "--confirm NAME";
        QTest::newRow("set-policy without --file")
            << "domain set-policy --org acme example.com" << 2 << "--file";
        QTest::newRow("no name") << "domain records --org acme" << 2 << "NAME";
    }

    void helpAndUsage() { checkHelpAndUsage(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlDomains)
#include "tst_MailroomctlDomains.moc"
