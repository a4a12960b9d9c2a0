// mailroomctl end to end: help, usage errors, databases, directories, organizations, access and audit.
// The CLI hashes at the product's interactive Argon2id cost, so password operations are few.

#include "CliRunner.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

using namespace cli;
using namespace mailroom;

class TestMailroomctl : public QObject, protected CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newDatabase(); }

    void helpAtEveryLevel_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top") << "--help"
                             << "directory|org|user|audit|--db|--read-only";
        QTest::newRow("top short") << "-h"
                                   << "user|--json";
        QTest::newRow("noun") << "user --help"
                              << "create|reset-password|import|export|enable";
        QTest::newRow("org noun") << "org -h"
                                  << "quick-setup|standard-setup|remove";
        QTest::newRow("verb") << "user create --help"
                              << "--password-stdin|--org|--username|--email";
        QTest::newRow("verb with globals") << "user list --org x --help"
                                           << "--state|--search|--sort|--limit|--db";
        QTest::newRow("directory verb") << "directory import-users --help"
                                        << "ID FILE.csv";
    }

    void helpAtEveryLevel()
    {
        QFETCH(QString, args);
        QFETCH(QString, mentions);
        const Outcome r = ctl(args.split(u' '));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        for (const QString& word : mentions.split(u'|'))
            QVERIFY2(r.text().contains(word), qPrintable(word));
        QVERIFY(!QFile::exists(m_db)); // help opens no database
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QString>("args");
        QTest::newRow("nothing") << "";
        QTest::newRow("unknown noun") << "mailbox list";
        QTest::newRow("no verb") << "user";
        QTest::newRow("unknown verb") << "user frobnicate";
        QTest::newRow("unknown option") << "org list --colour";
        QTest::newRow("unknown global option") << "--verbose org list";
        QTest::newRow("missing required option") << "user list";
        QTest::newRow("missing value") << "user list --org";
        QTest::newRow("missing argument") << "directory show";
        QTest::newRow("extra argument") << "directory show d-1 d-2";
        QTest::newRow("bad type") << "directory create --type novell --name a.example.com --region us-east-1";
        QTest::newRow("bad state") << "user list --org acme --state asleep";
        QTest::newRow("bad sort") << "user list --org acme --sort shoe-size";
        QTest::newRow("bad limit") << "user list --org acme --limit many";
        QTest::newRow("negative offset") << "user list --org acme --offset -3";
        QTest::newRow("address for two users")
            << "user enable --org acme ann bob --address a@acme.awsapps.com";
        QTest::newRow("delete without --yes") << "user delete --org acme ann";
        QTest::newRow("password on the command line")
            << "user create --org acme --username a --display-name A --email a@acme.awsapps.com --password x";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QString, args);
        const Outcome r = ctl(args.split(u' ', Qt::SkipEmptyParts));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errors().startsWith(QStringLiteral("mailroomctl: ")), r.err.constData());
        QVERIFY2(r.errors().contains(QStringLiteral("--help")), r.err.constData());
    }

    void defaultDatabaseIsTheConsoles()
    {
        // Without --db the CLI opens the database the GUI uses: AppDataLocation of Mailroom/Mailroom.
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILROOMCTL_PATH), {QStringLiteral("org"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Mailroom/Mailroom/mailroom.sqlite"))));
    }

    void notAMailroomDatabase()
    {
        QVERIFY(writeFile(m_db, "name,alias\nnot,sqlite\n"));
        const Outcome r = json("org list");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), QStringLiteral("NotMailroomDatabase"));
        QCOMPARE(readFile(m_db), QByteArray("name,alias\nnot,sqlite\n"));
        QVERIFY(ctl("org list").errors().startsWith(QStringLiteral("mailroomctl: ")));
    }

    void org3_directoryCreateListAddUserImport()
    {
        const Outcome created =
            json("directory create --type simple-ad --name Corp.Example.com --region us-east-1");
        QCOMPARE(created.exitCode, 0);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("d-")));
        QCOMPARE(created.object().value(QStringLiteral("type")).toString(), QStringLiteral("SimpleAD"));
        QCOMPARE(created.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("corp.example.com"));

        const Outcome badRegion =
            json("directory create --type managed-ad --name m.example.com --region mars-1");
        QCOMPARE(badRegion.exitCode, 1);
        QCOMPARE(badRegion.errorCode(), QStringLiteral("InvalidValue"));
        QCOMPARE(badRegion.errorField(), QStringLiteral("region"));
        const Outcome human = ctl("directory create --type managed-ad --name m.example.com --region mars-1");
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.out.isEmpty());
        QVERIFY(human.errors().startsWith(QStringLiteral("mailroomctl: ")));

        QCOMPARE(field(json("directory list").array(), "id"), QStringList{id});
        QCOMPARE(json("directory list --region eu-west-1").array().size(), 0);
        QVERIFY(ctl("directory list").text().contains(QStringLiteral("corp.example.com")));

        const Outcome added =
            json(QStringList{s("directory"), s("add-user"), id, s("--username"), s("zed"),
                             s("--display-name"), s("Zed Z"), s("--company"), s("Acme, Inc.")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object().value(QStringLiteral("state")).toString(), QStringLiteral("Disabled"));
        QCOMPARE(added.object().value(QStringLiteral("company")).toString(), QStringLiteral("Acme, Inc."));

        const QString csv = m_dir.filePath(QStringLiteral("directory.csv"));
        QVERIFY(
            writeFile(csv, "username,display_name,first_name\nann,Ann A,Ann\nbad name,B,B\nbob,Bob B,Bob\n"));
        const Outcome imported = json(QStringList{s("directory"), s("import-users"), id, csv});
        QCOMPARE(imported.exitCode, 1); // a row failed; the good ones stay
        QCOMPARE(imported.object().value(QStringLiteral("added")).toInt(), 2);
        const QJsonArray failures = imported.object().value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(failures.at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("username"));
        const Outcome humanImport = ctl(QStringList{s("directory"), s("import-users"), id, csv});
        QCOMPARE(humanImport.exitCode, 1);
        QVERIFY2(humanImport.errors().contains(QStringLiteral("line 2")),
                 humanImport.err.constData()); // ann is taken now
        QVERIFY(humanImport.errors().contains(QStringLiteral("line 3")));

        const Outcome shown = json(QStringList{s("directory"), s("show"), id});
        QCOMPARE(shown.object().value(QStringLiteral("userCount")).toInt(),
                 5); // Administrator, Guest, zed, ann, bob
        QCOMPARE(ctl(QStringList{s("directory"), s("remove"), id}).exitCode, 0);
        QCOMPARE(json(QStringList{s("directory"), s("show"), id}).errorCode(), QStringLiteral("NotFound"));
    }

    void org1_quickSetupLimit()
    {
        const Outcome first = json("org quick-setup --alias acme --region us-east-1");
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.object().value(QStringLiteral("state")).toString(), QStringLiteral("Active"));
        QCOMPARE(first.object().value(QStringLiteral("setup")).toString(), QStringLiteral("Quick"));
        QCOMPARE(first.object().value(QStringLiteral("defaultDomain")).toString(),
                 QStringLiteral("acme.awsapps.com"));
        QVERIFY(first.object().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("m-")));
        QVERIFY(first.err.isEmpty()); // no progress lines with --json

        const Outcome second = ctl("org quick-setup --alias Beta --region us-east-1");
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.errors().contains(QStringLiteral("[1/4]")),
                 second.err.constData()); // ORG-4 steps as progress
        QVERIFY(second.errors().contains(QStringLiteral("[4/4]")));
        QVERIFY(second.text().contains(QStringLiteral("beta")));

        const Outcome third = json("org quick-setup --alias gamma --region us-east-1");
        QCOMPARE(third.exitCode, 1);
        QCOMPARE(third.errorCode(), QStringLiteral("LimitReached"));
        QVERIFY(third.err.isEmpty());
        QCOMPARE(json("org quick-setup --alias gamma --region eu-west-1").exitCode, 0);

        const Outcome taken = json("org quick-setup --alias ACME --region us-west-2");
        QCOMPARE(taken.errorCode(), QStringLiteral("AliasTaken")); // ORG-2
        QCOMPARE(field(json("org list --region us-east-1").array(), "alias"),
                 (QStringList{s("acme"), s("beta")}));
        QCOMPARE(json("org show beta").object().value(QStringLiteral("region")).toString(),
                 QStringLiteral("us-east-1"));
    }

    void org3_standardSetupOnARegistryDirectory()
    {
        const QString id =
            json("directory create --type simple-ad --name corp.example.com --region us-east-1")
                .object()
                .value(QStringLiteral("id"))
                .toString();
        const QStringList setup{s("org"),      s("standard-setup"), s("--alias"),     s("corp"),
                                s("--region"), s("us-east-1"),      s("--directory"), id};
        const Outcome iop = json(setup + QStringList{s("--interoperability")});
        QCOMPARE(iop.exitCode, 1); // IOP-1: AD Connector only
        QCOMPARE(iop.errorCode(), QStringLiteral("InvalidValue"));
        const Outcome org = json(setup);
        QCOMPARE(org.exitCode, 0);
        QCOMPARE(org.object().value(QStringLiteral("state")).toString(), QStringLiteral("Active"));
        QCOMPARE(org.object().value(QStringLiteral("setup")).toString(), QStringLiteral("Standard"));
        QCOMPARE(org.object().value(QStringLiteral("directoryId")).toString(), id);
        QCOMPARE(json(QStringList{s("directory"), s("remove"), id}).errorCode(),
                 QStringLiteral("DirectoryInUse"));
    }

    void org5_removeNeedsTheTypedAlias()
    {
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
        const Outcome wrong = json("org remove acme --confirm acne");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.errorCode(), QStringLiteral("ConfirmationMismatch"));
        QCOMPARE(json("org show acme").object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("Active"));
        QCOMPARE(ctl("org remove acme").exitCode, 2); // --confirm is required
        QCOMPARE(ctl("org remove acme --confirm acme").exitCode, 0);
        const Outcome gone = json("org show acme");
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(gone.errorCode(), QStringLiteral("NotFound"));
    }

    void adm1_readOnly()
    {
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
        const Outcome refused = json("--read-only org quick-setup --alias beta --region us-east-1");
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), QStringLiteral("AccessDenied"));
        const Outcome afterVerb =
            json("directory create --type simple-ad --name a.example.com --region us-east-1 --read-only");
        QCOMPARE(afterVerb.errorCode(), QStringLiteral("AccessDenied"));
        QCOMPARE(json("--read-only user import --org acme /nonexistent.csv").errorCode(),
                 QStringLiteral("AccessDenied"));
        QCOMPARE(json("--read-only org remove acme --confirm acme").errorCode(),
                 QStringLiteral("AccessDenied"));
        // Reading is allowed.
        QCOMPARE(field(json("--read-only org list").array(), "alias"), QStringList{s("acme")});
        QCOMPARE(ctl("--read-only audit list").exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("ro.csv"));
        QCOMPARE(
            ctl(QStringList{s("--read-only"), s("user"), s("export"), s("--org"), s("acme"), out}).exitCode,
            0);
    }

    void adm2_auditListShowsTheChanges()
    {
        corpWithDirectoryUsers();
        QCOMPARE(ctl("user enable --org corp bob").exitCode, 0);
        QCOMPARE(ctl("user disable --org corp bob").exitCode, 0);
        const QJsonArray records = json("audit list --org corp").array();
        QVERIFY(records.size() >= 3);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.disable"));
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.enable"));
        QCOMPARE(records.at(0)
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Enabled"));
        QCOMPARE(records.at(0)
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(json("audit list --limit 1").array().size(), 1);
        QVERIFY(ctl("audit list").text().contains(QStringLiteral("user.enable")));
        QVERIFY(json("audit list").array().size() >
                records.size()); // the directory's records have no organization

        const QString file = m_dir.filePath(QStringLiteral("audit.json"));
        QCOMPARE(ctl(QStringList{s("audit"), s("export"), file, s("--org"), s("corp")}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(readFile(file)).array().size(), records.size());
        QCOMPARE(json("audit list --org nosuch").errorCode(), QStringLiteral("NotFound"));
    }
};

QTEST_GUILESS_MAIN(TestMailroomctl)
#include "tst_Mailroomctl.moc"
