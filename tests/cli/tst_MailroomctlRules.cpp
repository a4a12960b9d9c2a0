// mailroomctl end to end: the email flow rules (FLOW-1..FLOW-6), their test (of a whole message
// too, MSG-1) and their warnings. The rules belong to the Quick-setup organization "acme".

#include "CliRunner.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace cli;

class TestMailroomctlRules : public QObject, protected CliRunner
{
    Q_OBJECT

    void acme() { QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0); }

    // rule create --org acme NAME --action ACTION --pattern P …, which must succeed.
    void rule(const char* name, const char* action, const QStringList& patterns)
    {
        QStringList args{s("rule"), s("create"), s("--org"), s("acme"), s(name), s("--action"), s(action)};
        for (const QString& p : patterns)
            args << s("--pattern") << p;
        const Outcome created = json(args);
        QVERIFY2(created.exitCode == 0, created.out.constData());
    }

    // rule test --org ORG --eml PATH.
    static QStringList emlTest(const char* org, const QString& path)
    {
        return {s("rule"), s("test"), s("--org"), s(org), s("--eml"), path};
    }

    static QJsonObject findByName(const QJsonArray& array, const QString& name)
    {
        for (const QJsonValue& v : array)
            if (value(v.toObject(), "name") == name)
                return v.toObject();
        return {};
    }

    // The others of a rule test as "rule pattern header lost" lines, sorted.
    static QStringList losers(const QJsonObject& tested)
    {
        QStringList out;
        for (const QJsonValue& v : tested.value(s("others")).toArray()) {
            const QJsonObject o = v.toObject();
            out << QStringList{value(o, "rule"), value(o, "pattern"), value(o, "header"), value(o, "lost")}
                       .join(u' ');
            if (value(o, "reason").isEmpty())
                qWarning("a loser without its reason: %s", qPrintable(out.constLast()));
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void flow1_flow2_badPatternIsRefusedByItsNumber()
    {
        acme();
        const Outcome bad =
            json(QStringList{s("rule"), s("create"), s("--org"), s("acme"), s("Block"), s("--action"),
                             s("Drop"), s("--pattern"), s("ok.example"), s("--pattern"), s("a+b@x.example")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.errorCode(), s("InvalidValue"));
        QCOMPARE(bad.errorField(), s("patterns"));
        const QString message = bad.object().value(s("error")).toObject().value(s("message")).toString();
        QVERIFY2(message.contains(s("Pattern 2")) && message.contains(s("a+b@x.example")),
                 qPrintable(message));

        // From a file: the number is the line's.
        const QString file = m_dir.filePath(s("patterns.txt"));
        QVERIFY(writeFile(file, "spam.example\n*.spam.example\nsp*m.example\n"));
        const Outcome text = ctl(QStringList{s("rule"), s("create"), s("--org"), s("acme"), s("Block"),
                                             s("--action"), s("Drop"), s("--patterns-file"), file});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.errors().startsWith(s("mailroomctl: Pattern 3")), text.err.constData());
        QCOMPARE(json("rule list --org acme").array().size(), 0);

        const Outcome missing =
            json("rule create --org acme Block --action Drop --patterns-file /no/such/file");
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.errorCode(), s("FileError"));
        QCOMPARE(json("rule list --org nosuch").errorCode(), s("NotFound"));
    }

    void flow1_createListShowUpdateRemove()
    {
        acme();
        const QString file = m_dir.filePath(s("partners.txt"));
        QVERIFY(writeFile(file, "*.partner.example\r\n\r\nboss@partner.example\r\n"));
        const Outcome partners =
            json(QStringList{s("rule"), s("create"), s("--org"), s("acme"), s("Partners"), s("--action"),
                             s("bypassspamcheck"), s("--patterns-file"), file});
        QCOMPARE(partners.exitCode, 0);
        QCOMPARE(value(partners.object(), "action"), s("BypassSpamCheck"));
        QCOMPARE(partners.object().value(s("patterns")).toArray().toVariantList(),
                 (QVariantList{s("*.partner.example"), s("boss@partner.example")}));
        // Standard input, and --pattern before the file's lines.
        const Outcome spam = json("rule create --org acme Spam --action Drop --pattern SPAM.example "
                                  "--patterns-file -",
                                  "*.spam.example\n");
        QCOMPARE(spam.exitCode, 0);
        QCOMPARE(spam.object().value(s("patterns")).toArray().toVariantList(),
                 (QVariantList{s("spam.example"), s("*.spam.example")}));
        QCOMPARE(json("rule create --org acme SPAM --action Drop --pattern x.example").errorCode(),
                 s("NameTaken"));

        const Outcome listed = json("rule list --org acme");
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(field(listed.array(), "name"), (QStringList{s("Partners"), s("Spam")}));
        QCOMPARE(field(listed.array(), "action"), (QStringList{s("BypassSpamCheck"), s("Drop")}));
        QCOMPARE(value(findByName(listed.array(), s("Spam")), "id"), value(spam.object(), "id"));
        const Outcome table = ctl("rule list --org acme");
        QVERIFY2(table.text().contains(s("Bypass spam check")) &&
                     table.text().contains(s("*.partner.example, boss@partner.example")),
                 table.out.constData());

        // By name, case-insensitive, or by id.
        QCOMPARE(value(json("rule show --org acme partners").object(), "id"), value(partners.object(), "id"));
        const Outcome byId =
            json(QStringList{s("rule"), s("show"), s("--org"), s("acme"), value(spam.object(), "id")});
        QCOMPARE(value(byId.object(), "name"), s("Spam"));
        QVERIFY2(ctl("rule show --org acme spam").text().contains(s("spam.example, *.spam.example")),
                 "patterns shown");
        QCOMPARE(json("rule show --org acme nosuch").errorCode(), s("NotFound"));

        // What is not given keeps its value; patterns given replace them all.
        const Outcome junk = json("rule update --org acme spam --action MoveToJunk");
        QCOMPARE(junk.exitCode, 0);
        QCOMPARE(value(junk.object(), "action"), s("MoveToJunk"));
        QCOMPARE(value(junk.object(), "name"), s("Spam"));
        QCOMPARE(junk.object().value(s("patterns")).toArray().size(), 2);
        const Outcome renamed = json("rule update --org acme Spam --name Junk --pattern junk.example");
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(value(renamed.object(), "name"), s("Junk"));
        QCOMPARE(value(renamed.object(), "action"), s("MoveToJunk"));
        QCOMPARE(renamed.object().value(s("patterns")).toArray().toVariantList(),
                 QVariantList{s("junk.example")});
        QVERIFY(ctl("rule update --org acme junk --action Bounce")
                    .text()
                    .startsWith(s("Updated the rule Junk: Bounce for junk.example.")));
        QCOMPARE(json("rule update --org acme junk --name partners").errorCode(), s("NameTaken"));
        const Outcome refused = json("rule update --org acme junk --pattern a*.example");
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), s("InvalidValue"));
        QCOMPARE(value(json("rule show --org acme junk").object(), "action"), s("Bounce")); // unchanged

        const Outcome removed = json("rule remove --org acme JUNK --yes");
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.object().value(s("removed")).toBool(), true);
        QCOMPARE(json("rule show --org acme junk").errorCode(), s("NotFound"));
        QCOMPARE(json("rule remove --org acme junk --yes").errorCode(), s("NotFound"));
        QVERIFY(
            ctl("rule remove --org acme partners --yes").text().startsWith(s("Removed the rule Partners.")));
        QCOMPARE(json("rule list --org acme").array().size(), 0);
    }

    void flow4_flow5_senderDecidesThenFromFallsBack()
    {
        acme();
        rule("Partners", "MoveToJunk", {s("*.partner.example")});
        rule("Block", "Drop", {s("bad.partner.example")});

        // The Sender matches nothing, so the From address decides.
        const Outcome fromDecides =
            json("rule test --org acme --from Someone@BAD.partner.example --sender x@elsewhere.example");
        QCOMPARE(fromDecides.exitCode, 0);
        QCOMPARE(value(fromDecides.object(), "action"), s("Drop"));
        const QJsonObject decided = fromDecides.object().value(s("decidedBy")).toObject();
        QCOMPARE(value(decided, "rule"), s("Block"));
        QCOMPARE(value(decided, "pattern"), s("bad.partner.example"));
        QCOMPARE(value(decided, "header"), s("From"));
        QCOMPARE(losers(fromDecides.object()),
                 QStringList{s("Partners *.partner.example From LessSpecific")});

        // A Sender that matches decides, whatever the From address matches.
        rule("Everyone", "NormalDelivery", {s("*")});
        const Outcome senderDecides =
            json("rule test --org acme --from a@bad.partner.example --sender b@sales.partner.example");
        QCOMPARE(value(senderDecides.object(), "action"), s("MoveToJunk"));
        QCOMPARE(value(senderDecides.object().value(s("decidedBy")).toObject(), "header"), s("Sender"));
        QCOMPARE(value(senderDecides.object().value(s("decidedBy")).toObject(), "rule"), s("Partners"));
        const QStringList lost = losers(senderDecides.object());
        QVERIFY2(lost.contains(s("Everyone * Sender LessSpecific")), qPrintable(lost.join(u'\n')));
        QVERIFY2(lost.contains(s("Block bad.partner.example From OtherHeaderDecided")),
                 qPrintable(lost.join(u'\n')));

        // Equal specificity: the more restrictive action wins.
        rule("Trusted", "BypassSpamCheck", {s("*.partner.example")});
        const Outcome equal = json("rule test --org acme --from c@partner.example");
        QCOMPARE(value(equal.object(), "action"), s("MoveToJunk"));
        QVERIFY(losers(equal.object()).contains(s("Trusted *.partner.example From LessRestrictive")));

        const Outcome human = ctl("rule test --org acme --from a@bad.partner.example");
        QCOMPARE(human.exitCode, 0);
        const QString text = human.text();
        QVERIFY2(text.startsWith(s("Action:")) && text.contains(s("Drop")) && text.contains(s("Block")) &&
                     text.contains(s("bad.partner.example")) &&
                     text.contains(s("less specific than the deciding pattern")),
                 human.out.constData());
    }

    void flow4_flow5_noMatchIsNormalDelivery()
    {
        acme();
        rule("Block", "Drop", {s("spam.example")});
        const Outcome none = json("rule test --org acme --from a@ham.example");
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(value(none.object(), "action"), s("NormalDelivery"));
        QVERIFY(none.object().value(s("decidedBy")).isNull());
        QCOMPARE(none.object().value(s("others")).toArray().size(), 0);
        const Outcome human = ctl("rule test --org acme --from a@ham.example");
        QVERIFY2(human.text().contains(s("Normal delivery")) && human.text().contains(s("No rule matched")),
                 human.out.constData());

        const Outcome notAnAddress = json("rule test --org acme --from ham.example");
        QCOMPARE(notAnAddress.exitCode, 1);
        QCOMPARE(notAnAddress.errorCode(), s("InvalidValue"));
        QCOMPARE(notAnAddress.errorField(), s("from"));
        QCOMPARE(json("rule test --org acme --from a@ham.example --sender nobody").errorField(), s("sender"));
    }

    void msg1_flow5_emlSenderDecidesAndRefusalsAreListed()
    {
        acme();
        rule("Partners", "MoveToJunk", {s("*.partner.example")});
        rule("Block", "Drop", {s("bad.partner.example")});
        QTemporaryDir dir;
        const QString eml = dir.filePath(s("setup.eml"));
        QVERIFY(writeFile(eml, "From: \"Ann\" <ann@bad.partner.example>\r\n"
                               "Sender: list@sales.partner.example\r\n"
                               "Subject: Your setup\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"part\"\r\n"
                               "\r\n"
                               "--part\r\n"
                               "Content-Type: text/plain\r\n"
                               "\r\n"
                               "Run the attachment.\r\n"
                               "--part\r\n"
                               "Content-Type: application/octet-stream\r\n"
                               "Content-Disposition: attachment; filename=\"setup.exe\"\r\n"
                               "\r\n"
                               "TVqQAAMAAAAEAAAA\r\n"
                               "--part--\r\n"));

        const Outcome tested = json(emlTest("acme", eml));
        QCOMPARE(tested.exitCode, 0); // refusals are the test's outcome, not a failure
        const QJsonObject o = tested.object();
        // FLOW-5: the Sender matches, so it decides and From is not used.
        QCOMPARE(value(o, "action"), s("MoveToJunk"));
        QCOMPARE(value(o.value(s("decidedBy")).toObject(), "header"), s("Sender"));
        QCOMPARE(value(o.value(s("decidedBy")).toObject(), "rule"), s("Partners"));
        QVERIFY(losers(o).contains(s("Block bad.partner.example From OtherHeaderDecided")));
        const QJsonObject message = o.value(s("message")).toObject();
        QCOMPARE(value(message, "from"), s("ann@bad.partner.example"));
        QCOMPARE(value(message, "sender"), s("list@sales.partner.example"));
        QCOMPARE(value(message, "subject"), s("Your setup"));
        QCOMPARE(message.value(s("size")).toInteger(), QFileInfo(eml).size());
        QCOMPARE(message.value(s("attachments")).toArray().toVariantList(), QVariantList{s("setup.exe")});
        const QJsonArray refusals = o.value(s("refusals")).toArray();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().toString().contains(s("setup.exe")),
                 qPrintable(refusals.first().toString()));

        const Outcome human = ctl(emlTest("acme", eml));
        QCOMPARE(human.exitCode, 0);
        const QString text = human.text();
        QVERIFY2(text.startsWith(s("From:")) && text.contains(s("list@sales.partner.example")) &&
                     text.contains(s("Your setup")) && text.contains(s("setup.exe")) &&
                     text.contains(QRegularExpression(s("\nHeader: +Sender\n"))) &&
                     text.contains(refusals.first().toString()),
                 human.out.constData());
        QVERIFY(text.indexOf(s("Action:")) < text.indexOf(refusals.first().toString()));

        // A message the service accepts, without a Sender header: From decides.
        const QString plain = dir.filePath(s("plain.eml"));
        QVERIFY(writeFile(plain, "From: someone@ham.example\r\nSubject: Hi\r\n\r\nHello\r\n"));
        const Outcome accepted = json(emlTest("acme", plain));
        QCOMPARE(accepted.exitCode, 0);
        QCOMPARE(value(accepted.object(), "action"), s("NormalDelivery"));
        QCOMPARE(accepted.object().value(s("refusals")).toArray().size(), 0);
        QCOMPARE(value(accepted.object().value(s("message")).toObject(), "sender"), QString());
    }

    void msg1_emlErrors()
    {
        acme();
        QTemporaryDir dir;
        const Outcome missing = json(emlTest("acme", dir.filePath(s("nosuch.eml"))));
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.errorCode(), s("FileError"));
        QCOMPARE(missing.errorField(), s("eml"));
        const QString noFrom = dir.filePath(s("nofrom.eml"));
        QVERIFY(writeFile(noFrom, "Subject: no sender at all\r\n\r\nbody\r\n"));
        const Outcome invalid = json(emlTest("acme", noFrom));
        QCOMPARE(invalid.exitCode, 1);
        QCOMPARE(invalid.errorCode(), s("InvalidValue"));
        QCOMPARE(invalid.errorField(), s("eml"));
        QCOMPARE(json(emlTest("nosuch", noFrom)).errorCode(), s("NotFound"));
    }

    void flow6_lintFindings()
    {
        acme();
        QVERIFY(ctl("rule lint --org acme").text().startsWith(s("No warnings")));
        QCOMPARE(json("rule lint --org acme").array().size(), 0);

        rule("Partners", "NormalDelivery", {s("*.partner.example")});
        rule("Block", "Drop", {s("bad.partner.example")});
        rule("Junk", "MoveToJunk", {s("*.partner.example")});
        const Outcome lint = json("rule lint --org acme");
        QCOMPARE(lint.exitCode, 0); // warnings, not failures
        const QStringList kinds = field(lint.array(), "kind");
        for (const char* kind : {"Swallows", "Shadowed", "NeverDecides"})
            QVERIFY2(kinds.contains(s(kind)), qPrintable(kinds.join(u' ')));
        for (const QJsonValue& v : lint.array()) {
            const QJsonObject f = v.toObject();
            QVERIFY(!value(f, "message").isEmpty());
            if (value(f, "kind") == s("NeverDecides")) {
                QCOMPARE(value(f, "rule"), s("Partners"));
                QVERIFY(f.value(s("pattern")).isNull());
            }
            if (value(f, "kind") == s("Swallows")) {
                QCOMPARE(value(f, "rule"), s("Block"));
                QCOMPARE(value(f, "pattern"), s("bad.partner.example"));
            }
        }

        const Outcome human = ctl("rule lint --org acme");
        QCOMPARE(human.exitCode, 0);
        const QStringList lines = human.text().trimmed().split(u'\n');
        QCOMPARE(lines.size(), lint.array().size() + 1); // a header, then one line per finding
        QVERIFY2(human.text().contains(QRegularExpression(s("\nNeverDecides +Partners +\\S"))),
                 human.out.constData());
    }

    void helpAndUsage_data()
    {
        helpAndUsageColumns();
        QTest::newRow("top help") << "--help" << 0 << "rule|email flow rules";
        QTest::newRow("noun help") << "rule --help" << 0 << "create|list|show|update|remove|test|lint";
        QTest::newRow("create help") << "rule create --help" << 0
                                     << "--org|--action|--pattern|--patterns-file|MoveToJunk|NAME";
        QTest::newRow("update help") << "rule update -h" << 0 << "--name|--action|--pattern|RULE";
        QTest::newRow("test help") << "rule test --help" << 0 << "--from|--sender|ADDRESS|--eml|FILE";
        QTest::newRow("lint help") << "rule lint --help" << 0 << "--org";
        QTest::newRow("no verb") << "rule" << 2 << "create|lint";
        QTest::newRow("unknown verb") << "rule explode" << 2 << "explode";
        QTest::newRow("no org") << "rule list" << 2 << "--org";
        QTest::newRow("no action") << "rule create --org acme Block --pattern a.example" << 2 << "--action";
        QTest::newRow("bad action") << "rule create --org acme Block --action Explode --pattern a.example"
                                    << 2 << "--action|MoveToJunk";
        QTest::newRow("no pattern") << "rule create --org acme Block --action Drop" << 2 << "--pattern";
        QTest::newRow("no name") << "rule create --org acme --action Drop --pattern a.example" << 2 << "NAME";
        QTest::newRow("update nothing") << "rule update --org acme Block" << 2 << "--name|--action";
        QTest::newRow("remove without --yes") << "rule remove --org acme Block" << 2 << "--yes";
        QTest::newRow("test without --from") << "rule test --org acme" << 2 << "--from|--eml";
        QTest::newRow("msg1 test --eml and --from")
            << "rule test --org acme --eml m.eml --from a@b.example" << 2 << "--eml|--from";
        QTest::newRow("msg1 test --eml and --sender")
            << "rule test --org acme --eml m.eml --sender a@b.example" << 2 << "--eml";
        QTest::newRow("msg1 test --eml without a file") << "rule test --org acme --eml" << 2 << "eml";
        QTest::newRow("extra argument") << "rule lint --org acme more" << 2 << "more";
    }

    void helpAndUsage() { checkHelpAndUsage(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlRules)
#include "tst_MailroomctlRules.moc"
