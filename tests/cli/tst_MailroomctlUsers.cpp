// mailroomctl end to end: the user commands (USR-1..USR-7).
// The CLI hashes at the product's interactive Argon2id cost, so password operations are few.

#include "CliRunner.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

using namespace cli;
using namespace mailroom;

class TestMailroomctlUsers : public QObject, protected CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newDatabase(); }

    void usr1_createWithPasswordFromStdin()
    {
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
        const Outcome created =
            json("user create --org acme --username alice --display-name Alice --first-name Al "
                 "--email alice@acme.awsapps.com --password-stdin",
                 Password);
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.object().value(QStringLiteral("state")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(created.object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("alice@acme.awsapps.com"));
        QCOMPARE(created.object().value(QStringLiteral("firstName")).toString(), QStringLiteral("Al"));
        QVERIFY(!created.out.contains("Correct-Horse9") && !created.err.contains("Correct-Horse9"));

        const Outcome weak = json("user create --org acme --username bob --display-name Bob "
                                  "--email bob@acme.awsapps.com --password-stdin",
                                  "password\n");
        QCOMPARE(weak.exitCode, 1);
        QCOMPARE(weak.errorCode(), QStringLiteral("PasswordRejected"));
        QCOMPARE(weak.errorField(), QStringLiteral("password"));
        QCOMPARE(json("user show --org acme bob").errorCode(), QStringLiteral("NotFound"));
        QCOMPARE(json("user show --org acme ALICE").object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("alice"));

        const QString audit = m_dir.filePath(QStringLiteral("audit-usr1.json"));
        QCOMPARE(ctl(QStringList{s("audit"), s("export"), audit}).exitCode, 0);
        QVERIFY(readFile(audit).contains("user.create"));
        QVERIFY(!readFile(audit).contains("Correct-Horse9"));
    }

    void usr2_listFiltersSearchesAndCounts()
    {
        corpWithDirectoryUsers();
        QCOMPARE(ctl("user enable --org corp ann bob").exitCode, 0);
        QCOMPARE(json("user list --org corp").array().size(), 5); // 3 + Administrator and Guest
        QCOMPARE(field(json("user list --org corp --state disabled").array(), "username"),
                 (QStringList{s("Administrator"), s("annette"), s("Guest")}));
        QCOMPARE(field(json("user list --org corp --state disabled --role user").array(), "username"),
                 QStringList{s("annette")});
        QCOMPARE(field(json("user list --org corp --role system").array(), "username"),
                 (QStringList{s("Administrator"), s("Guest")}));
        QCOMPARE(field(json("user list --org corp --search ANN").array(), "username"),
                 (QStringList{s("ann"), s("annette")}));
        QCOMPARE(field(json("user list --org corp --search ann --desc --limit 1").array(), "username"),
                 QStringList{s("annette")});
        QCOMPARE(field(json("user list --org corp --search ann --offset 1").array(), "username"),
                 QStringList{s("annette")});
        QCOMPARE(field(json("user list --org corp --state enabled --sort email").array(), "email"),
                 (QStringList{s("ann@corp.awsapps.com"), s("bob@corp.awsapps.com")}));
        const Outcome human = ctl("user list --org corp --search ann --limit 1");
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().trimmed().endsWith(QStringLiteral("1 of 2 users")), human.out.constData());
        QCOMPARE(json("user list --org nosuch").errorCode(), QStringLiteral("NotFound"));
    }

    void usr4_usr7_enableDisableDelete()
    {
        corpWithDirectoryUsers();
        const Outcome some = json("user enable --org corp ann nobody bob");
        QCOMPARE(some.exitCode, 1); // nobody failed; the others are enabled
        const QJsonArray outcomes = some.array();
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes.at(0).toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(outcomes.at(0)
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("ann@corp.awsapps.com")); // USR-4: username@default domain
        QCOMPARE(outcomes.at(1)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("NotFound"));
        QVERIFY(outcomes.at(2).toObject().value(QStringLiteral("ok")).toBool());

        const Outcome chosen = json("user enable --org corp annette --address anne@corp.awsapps.com");
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(chosen.array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("anne@corp.awsapps.com"));
        QCOMPARE(json("user enable --org corp Administrator")
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("SystemUser"));

        const Outcome enabledDelete = json("user delete --org corp bob --yes");
        QCOMPARE(enabledDelete.exitCode, 1); // only a disabled user can be deleted
        QCOMPARE(ctl("user disable --org corp bob").exitCode, 0);
        QCOMPARE(json("user show --org corp bob").object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(ctl("user delete --org corp bob").exitCode, 2);
        QCOMPARE(
            json("user show --org corp bob").object().value(QStringLiteral("mailboxId")).toString().isEmpty(),
            false);
        QCOMPARE(ctl("user delete --org corp bob --yes").exitCode, 0);
        // A registry directory's user stays in the directory, without a mailbox.
        QVERIFY(json("user show --org corp bob")
                    .object()
                    .value(QStringLiteral("mailboxId"))
                    .toString()
                    .isEmpty());
    }

    void usr3_addresses()
    {
        corpWithDirectoryUsers();
        QCOMPARE(ctl("user enable --org corp bob").exitCode, 0);
        QCOMPARE(ctl("user add-alias --org corp bob sales@corp.awsapps.com").exitCode, 0);
        const Outcome taken = json("user add-alias --org corp bob sales@corp.awsapps.com");
        QCOMPARE(taken.exitCode, 1);
        QCOMPARE(taken.errorField(), QStringLiteral("address"));
        const Outcome primary = json("user set-primary --org corp bob sales@corp.awsapps.com");
        QCOMPARE(primary.exitCode, 0);
        QCOMPARE(field(primary.array(), "address"),
                 (QStringList{s("sales@corp.awsapps.com"), s("bob@corp.awsapps.com")}));
        QVERIFY(primary.array().at(0).toObject().value(QStringLiteral("primary")).toBool());
        QCOMPARE(json("user remove-alias --org corp bob sales@corp.awsapps.com").exitCode,
                 1); // the primary stays
        QCOMPARE(json("user remove-alias --org corp bob bob@corp.awsapps.com").exitCode, 0);
        QCOMPARE(field(json("user addresses --org corp bob").array(), "address"),
                 QStringList{s("sales@corp.awsapps.com")});
        QVERIFY(ctl("user addresses --org corp bob")
                    .text()
                    .contains(QStringLiteral("sales@corp.awsapps.com (primary)")));
    }

    void usr5_updateKeepsDetailsNotGiven()
    {
        corpWithDirectoryUsers();
        QCOMPARE(ctl(QStringList{s("user"), s("update"), s("--org"), s("corp"), s("bob"), s("--company"),
                                 s("Acme")})
                     .exitCode,
                 0);
        const Outcome updated = json(QStringList{s("user"), s("update"), s("--org"), s("corp"), s("bob"),
                                                 s("--phone"), s("+1 555 0100")});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(updated.object().value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 0100"));
        QCOMPARE(updated.object().value(QStringLiteral("company")).toString(), QStringLiteral("Acme"));
        QCOMPARE(updated.object().value(QStringLiteral("displayName")).toString(), QStringLiteral("Bob C"));
        const Outcome blank = json(
            QStringList{s("user"), s("update"), s("--org"), s("corp"), s("bob"), s("--display-name"), {}});
        QCOMPARE(blank.exitCode, 1);
        QCOMPARE(blank.errorField(), QStringLiteral("displayName"));
    }

    void usr6_resetPassword()
    {
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
        QCOMPARE(json("user create --org acme --username pat --display-name Pat --email pat@acme.awsapps.com "
                      "--password-stdin",
                      Password)
                     .exitCode,
                 0);
        const Outcome weak = json("user reset-password --org acme pat --password-stdin", "short\n");
        QCOMPARE(weak.exitCode, 1);
        QCOMPARE(weak.errorField(), QStringLiteral("password"));
        const Outcome reset =
            json("user reset-password --org acme pat --password-stdin", "N3w-Secret\r\nignored\n");
        QCOMPARE(reset.exitCode, 0);
        QVERIFY(!reset.out.contains("N3w-Secret"));

        auto engine = Engine::open(m_db, {});
        QVERIFY(engine.ok());
        const QString id =
            engine.value()
                ->users()
                .findByUsername(engine.value()->organizations().find(QStringLiteral("acme")).value().id,
                                QStringLiteral("pat"))
                .value()
                .id;
        QVERIFY(engine.value()->users().verifyPassword(id, QStringLiteral("N3w-Secret")).value());
    }

    void usr1_usr2_importAndExportCsv()
    {
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
        const QString in = m_dir.filePath(QStringLiteral("users-in.csv"));
        QVERIFY(writeFile(in, "username,first_name,last_name,display_name,email,password\n"
                              "zoe,Zoe,Zed,\"Zed, Zoe\",zoe@acme.awsapps.com,Correct-Horse9\n"
                              "eve,Eve,Ives,Eve Ives,eve@elsewhere.example,Correct-Horse9\n"));
        const Outcome imported = json(QStringList{s("user"), s("import"), s("--org"), s("acme"), in});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(imported.object().value(QStringLiteral("added")).toInt(), 1);
        const QJsonObject failure =
            imported.object().value(QStringLiteral("failures")).toArray().at(0).toObject();
        QCOMPARE(failure.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(failure.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("email"));

        const QString out = m_dir.filePath(QStringLiteral("users-out.csv"));
        const Outcome exported = json(QStringList{s("user"), s("export"), s("--org"), s("acme"), out});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.object().value(QStringLiteral("exported")).toInt(), 1);
        const QList<QByteArray> lines = readFile(out).split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("username,first_name,last_name,display_name,email,state,role,created"));
        QVERIFY2(lines.at(1).startsWith("zoe,Zoe,Zed,\"Zed, Zoe\",zoe@acme.awsapps.com,Enabled,User,"),
                 lines.at(1).constData());
        QVERIFY(!readFile(out).contains("Correct-Horse9"));

        QCOMPARE(
            ctl(QStringList{s("user"), s("export"), s("--org"), s("acme"), s("--state"), s("disabled"), out})
                .exitCode,
            0);
        QCOMPARE(readFile(out).trimmed().split('\n').size(), 1); // the header only
        QCOMPARE(
            json(QStringList{s("user"), s("import"), s("--org"), s("acme"), m_dir.filePath(s("missing.csv"))})
                .errorCode(),
            QStringLiteral("FileError"));
    }
};

QTEST_GUILESS_MAIN(TestMailroomctlUsers)
#include "tst_MailroomctlUsers.moc"
