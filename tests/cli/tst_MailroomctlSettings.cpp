// mailroomctl end to end: an organization's journaling (JRN-1, JRN-2) and its migration
// administrator (MIG-1).

#include "CliRunner.h"

using namespace cli;

class TestMailroomctlSettings : public QObject, protected CliRunner
{
    Q_OBJECT

    void acme() { QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0); }

    // corp with ann enabled, annette and bob disabled, and a disabled user named migration_admin.
    void corpWithMigrationAdmin()
    {
        const QString directory = corpWithDirectoryUsers();
        const QString csv = m_dir.filePath(s("mig%1.csv").arg(m_count));
        QVERIFY(writeFile(csv, "username,display_name\nmigration_admin,Migration Admin\n"));
        QCOMPARE(ctl(QStringList{s("directory"), s("import-users"), directory, csv}).exitCode, 0);
        QCOMPARE(ctl("user enable --org corp ann").exitCode, 0);
    }

    static QString adminName(const Outcome& outcome)
    {
        return value(outcome.object().value(s("user")).toObject(), "username");
    }

    static bool chosen(const Outcome& outcome) { return outcome.object().value(s("chosen")).toBool(); }

    // An engine error on field with code, in the JSON error object.
    static void checkRefused(const Outcome& outcome, const char* code, const char* field)
    {
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.errorCode(), s(code));
        QCOMPARE(outcome.errorField(), s(field));
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void jrn1_setKeepsWhatIsNotGiven()
    {
        acme();
        const Outcome off = json("journaling get --org acme");
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(off.object().value(s("enabled")).toBool(), false);
        QCOMPARE(value(off.object(), "journalAddress"), QString());

        // The journaling address may be outside the organization.
        const Outcome on = json("journaling set --org acme --on --journal-address archive@vault.example "
                                "--report-address admin@acme.awsapps.com");
        QCOMPARE(on.exitCode, 0);
        QCOMPARE(on.object().value(s("enabled")).toBool(), true);
        QCOMPARE(value(on.object(), "journalAddress"), s("archive@vault.example"));

        const Outcome report = json("journaling set --org acme --report-address boss@acme.awsapps.com");
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.object().value(s("enabled")).toBool(), true);
        QCOMPARE(value(report.object(), "journalAddress"), s("archive@vault.example"));
        QCOMPARE(value(report.object(), "reportAddress"), s("boss@acme.awsapps.com"));

        // Off keeps the addresses for the next time.
        const Outcome offAgain = ctl("journaling set --org acme --off");
        QCOMPARE(offAgain.exitCode, 0);
        QVERIFY2(offAgain.text().startsWith(s("Saved the journaling of acme:")), offAgain.out.constData());
        const QJsonObject kept = json("journaling get --org acme").object();
        QCOMPARE(kept.value(s("enabled")).toBool(), false);
        QCOMPARE(value(kept, "journalAddress"), s("archive@vault.example"));
        QCOMPARE(value(kept, "reportAddress"), s("boss@acme.awsapps.com"));
        QCOMPARE(value(json("journaling set --org acme --on").object(), "reportAddress"),
                 s("boss@acme.awsapps.com"));

        const QJsonArray audit = json("audit list --org acme").array();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(value(audit.first().toObject(), "action"), s("organization.journaling"));
    }

    void jrn1_badAddressesAreRefusedByField()
    {
        acme();
        checkRefused(json("journaling set --org acme --on --journal-address archive@vault.example"),
                     "Required", "reportAddress");
        checkRefused(json("journaling set --org acme --on --journal-address archive@vault.example "
                          "--report-address nope"),
                     "InvalidValue", "reportAddress");
        checkRefused(
            json("journaling set --org acme --on --journal-address nope --report-address a@acme.awsapps.com"),
            "InvalidValue", "journalAddress");
        const Outcome human = ctl("journaling set --org acme --on --journal-address nope --report-address x");
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.errors().startsWith(s("mailroomctl: Journaling address:")), human.err.constData());

        // Nothing was saved.
        const QJsonObject unchanged = json("journaling get --org acme").object();
        QCOMPARE(unchanged.value(s("enabled")).toBool(), false);
        QCOMPARE(value(unchanged, "journalAddress"), QString());

        QCOMPARE(json("journaling get --org nosuch").errorCode(), s("NotFound"));
        const Outcome readOnly = json("--read-only journaling set --org acme --off");
        QCOMPARE(readOnly.exitCode, 1);
        QCOMPARE(readOnly.errorCode(), s("AccessDenied"));
        QCOMPARE(json("--read-only journaling get --org acme").exitCode, 0);
    }

    void jrn2_getShowsTheReservedSender()
    {
        acme();
        QCOMPARE(value(json("journaling get --org acme").object(), "senderAddress"),
                 s("amazonjournaling@acme.awsapps.com"));
        const Outcome human = ctl("journaling get --org acme");
        QCOMPARE(human.exitCode, 0);
        const QString text = human.text();
        QVERIFY2(text.startsWith(s("Journaling:")) && text.contains(s("amazonjournaling@acme.awsapps.com")) &&
                     text.contains(s("reserved")),
                 human.out.constData());
        // The reserved name stays reserved whatever journaling is.
        checkRefused(json("group create --org acme AmazonJournaling team@acme.awsapps.com"), "AddressTaken",
                     "name");
    }

    void mig1_theUserNamedMigrationAdminUntilOneIsChosen()
    {
        acme();
        const Outcome none = json("migration get --org acme");
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.object().value(s("user")).isNull());
        QCOMPARE(chosen(none), false);
        const Outcome noneHuman = ctl("migration get --org acme");
        QCOMPARE(noneHuman.exitCode, 0);
        QVERIFY2(noneHuman.text().contains(s("migration_admin")) &&
                     noneHuman.text().contains(s("mailroomctl migration set-admin --org acme USER")),
                 noneHuman.out.constData());

        corpWithMigrationAdmin();
        const Outcome named = json("migration get --org corp");
        QCOMPARE(adminName(named), s("migration_admin"));
        QCOMPARE(chosen(named), false);
        const Outcome namedHuman = ctl("migration get --org corp");
        QVERIFY2(namedHuman.text().contains(s("Migration Admin")), namedHuman.out.constData());
        // The user named migration_admin is disabled: a warning, not a failure.
        QCOMPARE(namedHuman.exitCode, 0);
        QVERIFY2(namedHuman.errors().contains(s("disabled")), namedHuman.err.constData());

        const Outcome ann = json("migration set-admin --org corp ANN");
        QCOMPARE(ann.exitCode, 0);
        QCOMPARE(adminName(ann), s("ann"));
        QCOMPARE(chosen(ann), true);
        QCOMPARE(adminName(json("migration get --org corp")), s("ann"));
        QVERIFY(ctl("migration get --org corp").text().contains(s("chosen")));

        const Outcome cleared = json("migration set-admin --org corp --clear");
        QCOMPARE(cleared.exitCode, 0);
        QCOMPARE(adminName(cleared), s("migration_admin"));
        QCOMPARE(chosen(cleared), false);

        // By id, too.
        const QString annId = value(json("user show --org corp ann").object(), "id");
        const Outcome byId = json(QStringList{s("migration"), s("set-admin"), s("--org"), s("corp"), annId});
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(adminName(byId), s("ann"));
        QVERIFY(ctl("migration set-admin --org corp --clear")
                    .text()
                    .startsWith(s("Saved the migration administrator of corp:")));
    }

    void mig1_onlyAnEnabledUserOfTheOrganization()
    {
        corpWithMigrationAdmin();
        QCOMPARE(json("migration set-admin --org corp ann").exitCode, 0);

        checkRefused(json("migration set-admin --org corp annette"), "WrongState", "migrationAdmin");
        checkRefused(json("migration set-admin --org corp nobody"), "NotFound", "username");
        checkRefused(json("migration set-admin --org corp Administrator"), "SystemUser", "migrationAdmin");
        // Another organization's user, by id, is no user of this one.
        acme();
        const QString annId = value(json("user show --org corp ann").object(), "id");
        QCOMPARE(json(QStringList{s("migration"), s("set-admin"), s("--org"), s("acme"), annId}).errorCode(),
                 s("NotFound"));
        QVERIFY(ctl("migration set-admin --org corp bob").errors().startsWith(s("mailroomctl: ")));

        QCOMPARE(adminName(json("migration get --org corp")), s("ann")); // unchanged
        QCOMPARE(json("migration get --org nosuch").errorCode(), s("NotFound"));
        QCOMPARE(json("--read-only migration set-admin --org corp --clear").errorCode(), s("AccessDenied"));
    }

    void helpAndUsage_data()
    {
        helpAndUsageColumns();
        QTest::newRow("top help") << "--help" << 0 << "journaling|migration|migration administrator";
        QTest::newRow("journaling help") << "journaling --help" << 0 << "get|set";
        QTest::newRow("journaling set help")
            << "journaling set -h" << 0 << "--org|--on|--off|--journal-address|--report-address|ADDRESS";
        QTest::newRow("journaling get help") << "journaling get --help" << 0 << "--org";
        QTest::newRow("migration help") << "migration --help" << 0 << "get|set-admin|migration_admin";
        QTest::newRow("set-admin help") << "migration set-admin --help" << 0 << "--org|--clear|[USER]";
        QTest::newRow("no verb") << "journaling" << 2 << "get|set";
        QTest::newRow("unknown verb") << "migration explode" << 2 << "explode|set-admin";
        QTest::newRow("journaling no org") << "journaling get" << 2 << "--org";
        QTest::newRow("set nothing") << "journaling set --org acme" << 2 << "--on|--journal-address";
        QTest::newRow("on and off") << "journaling set --org acme --on --off" << 2 << "--on|--off";
        QTest::newRow("address without value")
            << "journaling set --org acme --journal-address" << 2 << "journal-address";
        QTest::newRow("migration no org") << "migration get" << 2 << "--org";
        QTest::newRow("set-admin nothing") << "migration set-admin --org acme" << 2 << "USER|--clear";
        QTest::newRow("set-admin both")
            << "migration set-admin --org acme ann --clear" << 2 << "USER|--clear";
        QTest::newRow("set-admin two users") << "migration set-admin --org acme ann bob" << 2 << "bob";
    }

    void helpAndUsage() { checkHelpAndUsage(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlSettings)
#include "tst_MailroomctlSettings.moc"
