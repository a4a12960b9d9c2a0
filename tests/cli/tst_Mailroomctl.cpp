// mailroomctl end to end: the built binary against a database in a temporary folder, checked by
// exit code (0 ok, 1 engine error, 2 usage), the JSON on stdout and the messages on stderr.
// The CLI hashes at the product's interactive Argon2id cost, so password operations are few.

#include "Engine.h"
#include "Organizations.h"
#include "Users.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;

namespace {

const QByteArray Password = "Correct-Horse9\n";

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not one JSON document (%s): %s", qPrintable(error.errorString()), out.constData());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QString errorCode() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorField() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
    }
    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
};

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList words(const char* text)
{
    return s(text).split(u' ', Qt::SkipEmptyParts);
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList field(const QJsonArray& array, const char* name)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out << v.toObject().value(QString::fromLatin1(name)).toString();
    return out;
}

} // namespace

class TestMailroomctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

    Outcome ctl(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(MAILROOMCTL_PATH));
        p.setArguments(QStringList{QStringLiteral("--db"), m_db} + args);
        p.start();
        if (!p.waitForStarted())
            qFatal("mailroomctl did not start");
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            qWarning("mailroomctl %s did not finish normally: %s", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    Outcome ctl(const char* args, const QByteArray& input = {}) { return ctl(words(args), input); }
    Outcome json(const QStringList& args, const QByteArray& input = {})
    {
        return ctl(QStringList{QStringLiteral("--json")} + args, input);
    }
    Outcome json(const char* args, const QByteArray& input = {}) { return json(words(args), input); }

    // A directory of the registry with ann, annette and bob, and an Active Standard-setup
    // organization "corp" on it: users to enable without hashing a single password.
    QString corpWithDirectoryUsers()
    {
        const QString id =
            json("directory create --type simple-ad --name corp.example.com --region us-east-1")
                .object()
                .value(QStringLiteral("id"))
                .toString();
        const QString csv = m_dir.filePath(QStringLiteral("dir%1.csv").arg(m_count));
        writeFile(csv, "username,display_name\nann,Ann A\nannette,Annette B\nbob,Bob C\n");
        ctl(QStringList{QStringLiteral("directory"), QStringLiteral("import-users"), id, csv});
        const Outcome org =
            json(QStringList{QStringLiteral("org"), QStringLiteral("standard-setup"),
                             QStringLiteral("--alias"), QStringLiteral("corp"), QStringLiteral("--region"),
                             QStringLiteral("us-east-1"), QStringLiteral("--directory"), id});
        if (org.exitCode != 0)
            qWarning("corp: %s", org.out.constData());
        return id;
    }

private Q_SLOTS:
    void init()
    {
        // A new database for every test.
        m_db = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_count));
    }

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
