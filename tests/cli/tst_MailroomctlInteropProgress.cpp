// mailroomctl interop progress|mark|disable end to end: the wizard's progress (IOP-8) kept in the
// database, and disabling interoperability (IOP-7) confirmed with the alias, only once.

#include "CliRunner.h"
#include "TestEngine.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "organizations/Organizations.h"

using namespace cli;

class TestMailroomctlInteropProgress : public QObject, protected CliRunner
{
    Q_OBJECT

    // An Active organization "corp" in interoperability mode whose directory has ann and bob.
    void interopOrg(bool interoperability = true)
    {
        const Outcome dir =
            json("directory create --type ad-connector --name corp.example.com --region us-east-1 "
                 "--exchange");
        QCOMPARE(dir.exitCode, 0);
        const QString id = value(dir.object(), "id");
        for (const char* name : {"ann", "bob"})
            QCOMPARE(ctl(QStringList{s("directory"), s("add-user"), id, s("--username"), s(name),
                                     s("--display-name"), s(name)})
                         .exitCode,
                     0);
        QStringList setup{s("org"),      s("standard-setup"), s("--alias"),     s("corp"),
                          s("--region"), s("us-east-1"),      s("--directory"), id};
        if (interoperability)
            setup << s("--interoperability");
        QCOMPARE(json(setup).exitCode, 0);
    }

    // ann enabled on corp's verified default domain, with both addresses email routing needs.
    void enableAnnForRouting()
    {
        {
            mailroom::EngineOptions options;
            options.purgeTimer = false;
            auto engine = mailroom::Engine::open(m_db, options);
            QVERIFY(engine);
            const mailroom::Organization org = engine.value()->organizations().find(s("corp")).value();
            mailroom::test::addVerifiedDomain(*engine.value(), org, s("corp.example.com"));
            QVERIFY(engine.value()->domains().setDefault(org.id, s("corp.example.com")));
        }
        QCOMPARE(json("user enable --org corp ann").exitCode, 0);
    }

    static QJsonObject stepOf(const QJsonObject& progress, const char* name)
    {
        for (const QJsonValue& v : progress.value(s("steps")).toArray())
            if (value(v.toObject(), "step") == s(name))
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void help_data()
    {
        helpAndUsageColumns();
        QTest::newRow("noun") << s("interop --help") << 0 << s("disable|progress|mark");
        QTest::newRow("mark help") << s("interop mark --help") << 0 << s("--user|--undo|switch-mx");
        QTest::newRow("disable without confirm") << s("interop disable --org corp") << 2 << s("--confirm");
        QTest::newRow("mark without step") << s("interop mark --org corp") << 2 << s("STEP");
        QTest::newRow("unknown step") << s("interop mark --org corp nonsense") << 2 << s("nonsense|routing");
    }
    void help() { checkHelpAndUsage(); }

    void iop8_markAndShowProgress()
    {
        interopOrg();
        Outcome progress = json("interop progress --org corp");
        QCOMPARE(progress.exitCode, 0);
        QCOMPARE(value(progress.object(), "resume"), s("prerequisites"));
        QCOMPARE(progress.object().value(s("steps")).toArray().size(), 10);

        const Outcome marked = json("interop mark --org corp prerequisites");
        QCOMPARE(marked.exitCode, 0);
        QCOMPARE(marked.object().value(s("done")).toBool(), true);
        QVERIFY(!value(marked.object(), "doneBy").isEmpty());
        const Outcome notEnabled = json("interop mark --org corp routing --user ann");
        QCOMPARE(notEnabled.exitCode, 1);
        QCOMPARE(notEnabled.errorField(), s("user"));
        enableAnnForRouting();
        QCOMPARE(json("interop mark --org corp routing --user ann").exitCode, 0);

        progress = json("interop progress --org corp");
        QCOMPARE(value(progress.object(), "resume"), s("availability"));
        const QJsonObject first = stepOf(progress.object(), "prerequisites");
        QCOMPARE(first.value(s("done")).toBool(), true);
        QVERIFY(!value(first, "doneAt").isEmpty());
        QCOMPARE(value(first, "doneBy"), value(marked.object(), "doneBy"));
        const QJsonArray users = stepOf(progress.object(), "routing").value(s("users")).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(value(users.first().toObject(), "username"), s("ann"));

        // For people: a table and where the wizard resumes.
        const Outcome text = ctl("interop progress --org corp");
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.text().contains(s("Prerequisites")), text.out.constData());
        QVERIFY2(text.text().contains(s("users: ann")), text.out.constData());
        QVERIFY2(text.text().contains(s("resumes at: Availability settings")), text.out.constData());

        QCOMPARE(ctl("interop mark --org corp prerequisites --undo").exitCode, 0);
        QCOMPARE(value(json("interop progress --org corp").object(), "resume"), s("prerequisites"));
        const Outcome again = json("interop mark --org corp prerequisites --undo");
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.errorCode(), s("NotFound"));
        QCOMPARE(json("interop mark --org corp prerequisites --user ann").errorField(), s("user"));
        QCOMPARE(json("interop mark --org corp switch-mx").errorCode(), s("WrongState"));

        const QJsonArray audit = json("audit list --org corp").array();
        QCOMPARE(value(audit.first().toObject(), "action"), s("interop.step.undone"));

        // Read-only: shown, not changed.
        QCOMPARE(json("--read-only interop progress --org corp").exitCode, 0);
        QCOMPARE(json("--read-only interop mark --org corp prerequisites").errorCode(), s("AccessDenied"));
    }

    void iop7_disable()
    {
        interopOrg();
        const Outcome wrong = json("interop disable --org corp --confirm CORP");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.errorCode(), s("ConfirmationMismatch"));
        QCOMPARE(wrong.errorField(), s("confirmation"));

        const Outcome done = json("interop disable --org corp --confirm corp");
        QVERIFY2(done.exitCode == 0, done.out.constData());
        QCOMPARE(done.object().value(s("organization")).toObject().value(s("interoperability")).toBool(true),
                 false);
        QCOMPARE(done.object().value(s("usersNotEnabled")).toInt(), 2);
        QCOMPARE(done.object().value(s("checklistLeft")).toArray().size(), 4);
        QCOMPARE(value(json("interop progress --org corp").object(), "resume"), s("prerequisites"));
        QCOMPARE(stepOf(json("interop progress --org corp").object(), "disable").value(s("done")).toBool(),
                 true);

        const Outcome twice = json("interop disable --org corp --confirm corp");
        QCOMPARE(twice.exitCode, 1);
        QCOMPARE(twice.errorCode(), s("WrongState"));
        QCOMPARE(ctl("interop mark --org corp switch-mx").exitCode, 0);
        QCOMPARE(json("interop mark --org corp disable --undo").errorCode(), s("InvalidValue"));
    }

    void iop7_disableForPeople()
    {
        interopOrg();
        const Outcome done = ctl("interop disable --org corp --confirm corp");
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.text().contains(s("cannot be undone")), done.out.constData());
        QVERIFY2(done.text().contains(s("switch-mx")), done.out.constData());
    }

    void iop7_notInTheMode()
    {
        interopOrg(false);
        const Outcome refused = json("interop disable --org corp --confirm corp");
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), s("WrongState"));
        QCOMPARE(refused.errorField(), s("interoperability"));
    }
};

QTEST_MAIN(TestMailroomctlInteropProgress)
#include "tst_MailroomctlInteropProgress.moc"
