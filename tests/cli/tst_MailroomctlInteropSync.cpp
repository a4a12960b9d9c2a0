// mailroomctl interop exchange-addresses|sync|sync status end to end (IOP-2): what Exchange holds
// for a directory user decides the address enabling gives, and the synchronisation brings later
// changes here, reporting what it could not take.

#include "CliRunner.h"

using namespace cli;

class TestMailroomctlInteropSync : public QObject, protected CliRunner
{
    Q_OBJECT

    // An Active organization (alias) on an AD Connector of an Exchange domain, with ann in its
    // directory, not enabled.
    void exchangeOrg(const char* alias, bool interoperability)
    {
        const Outcome dir =
            json(QStringList{s("directory"), s("create"), s("--type"), s("ad-connector"), s("--name"),
                             s(alias) + s(".example.com"), s("--region"), s("us-east-1"), s("--exchange")});
        QCOMPARE(dir.exitCode, 0);
        const QString id = value(dir.object(), "id");
        QStringList setup{s("org"),      s("standard-setup"), s("--alias"),     s(alias),
                          s("--region"), s("us-east-1"),      s("--directory"), id};
        if (interoperability)
            setup << s("--interoperability");
        QCOMPARE(json(setup).exitCode, 0);
        QCOMPARE(json(QStringList{s("directory"), s("add-user"), id, s("--username"), s("ann"),
                                  s("--display-name"), s("Ann A")})
                     .exitCode,
                 0);
    }

    QStringList addressesOf(const char* alias, const char* user)
    {
        QStringList list;
        const Outcome shown = json(QStringList{s("user"), s("addresses"), s("--org"), s(alias), s(user)});
        for (const QJsonValue& a : shown.array())
            list.append(value(a.toObject(), "address"));
        list.sort();
        return list;
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void help()
    {
        const Outcome r = ctl("interop --help");
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"sync", "sync status", "exchange-addresses"})
            QVERIFY2(r.text().contains(s(word)), r.out.constData());
        QCOMPARE(ctl("interop exchange-addresses --org corp").exitCode, 2);
    }

    void iop2_exchangeAddressesThenSync()
    {
        exchangeOrg("corp", true);
        const Outcome set = json("interop exchange-addresses --org corp ann --set "
                                 "Ann.Smith@corp.awsapps.com");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.object().value(s("addresses")).toArray().first().toString(),
                 s("ann.smith@corp.awsapps.com"));
        // Enabling takes the address Exchange gave.
        QCOMPARE(json("user enable --org corp ann").exitCode, 0);
        // With the test-domain address that routing needs, added by enabling.
        const QStringList enabled{s("ann.smith@corp.awsapps.com"), s("ann@corp.awsapps.com")};
        QCOMPARE(addressesOf("corp", "ann"), enabled);

        // Exchange gains an alias and one on a domain not verified here.
        QCOMPARE(json("interop exchange-addresses --org corp ann --set "
                      "ann.smith@corp.awsapps.com,a.smith@corp.awsapps.com,ann@elsewhere.example")
                     .exitCode,
                 0);
        QCOMPARE(addressesOf("corp", "ann"), enabled);
        const Outcome synced = json("interop sync --org corp");
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(synced.object().value(s("addressesAdded")).toInt(), 1);
        const QJsonArray skipped = synced.object().value(s("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(value(skipped.first().toObject(), "address"), s("ann@elsewhere.example"));
        QCOMPARE(addressesOf("corp", "ann"),
                 (QStringList{s("a.smith@corp.awsapps.com"), s("ann.smith@corp.awsapps.com"),
                              s("ann@corp.awsapps.com")}));

        // The status, for people and as JSON.
        const Outcome status = ctl("interop sync status --org corp");
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.text().contains(s("ann@elsewhere.example")), status.out.constData());
        QVERIFY2(status.text().contains(s("Next synchronisation")), status.out.constData());
        const Outcome statusJson = json("interop sync status --org corp");
        QCOMPARE(statusJson.object().value(s("last")).toObject().value(s("usersChecked")).toInt(), 1);
        QVERIFY(!value(statusJson.object(), "nextDue").isEmpty());
    }

    void iop2_refusals()
    {
        exchangeOrg("corp", true);
        const Outcome bad = json("interop exchange-addresses --org corp ann --set not-an-address");
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.errorField(), s("addresses"));
        QCOMPARE(json("--read-only interop sync --org corp").errorCode(), s("AccessDenied"));

        exchangeOrg("plain", false);
        const Outcome notInMode = json("interop sync --org plain");
        QCOMPARE(notInMode.exitCode, 1);
        QCOMPARE(notInMode.errorField(), s("interoperability"));
        const Outcome status = ctl("interop sync status --org plain");
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.text().contains(s("not in interoperability mode")), status.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestMailroomctlInteropSync)
#include "tst_MailroomctlInteropSync.moc"
