// mailroomctl end to end: Exchange resources (RES-4) — directory add-exchange-resource, how user
// list shows them while the organization is in interoperability mode, that user enable refuses
// them, and that they leave the list once interoperability is disabled.

#include "CliRunner.h"

using namespace cli;

namespace {

QJsonObject rowNamed(const QJsonArray& rows, const char* username)
{
    for (const QJsonValue& v : rows)
        if (value(v.toObject(), "username") == QLatin1String(username))
            return v.toObject();
    return {};
}

} // namespace

class TestMailroomctlExchangeResources : public QObject, protected CliRunner
{
    Q_OBJECT

    // An AD Connector of an Exchange domain (its id returned) used by "corp", in the mode or not.
    QString exchangeOrg(bool interoperability)
    {
        const Outcome dir = json(
            "directory create --type ad-connector --name corp.example.com --region us-east-1 --exchange");
        const QString id = value(dir.object(), "id");
        QStringList setup{s("org"),      s("standard-setup"), s("--alias"),     s("corp"),
                          s("--region"), s("us-east-1"),      s("--directory"), id};
        if (interoperability)
            setup << s("--interoperability");
        const Outcome org = json(setup);
        if (org.exitCode != 0)
            qWarning("corp: %s", org.out.constData());
        return id;
    }

    Outcome addResource(const QString& directoryId, const char* name, const char* type)
    {
        return json(QStringList{s("directory"), s("add-exchange-resource"), directoryId, s("--name"), s(name),
                                s("--display-name"), s(name).toUpper(), s("--type"), s(type)});
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void help()
    {
        const Outcome r = ctl("directory add-exchange-resource --help");
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"--name", "--display-name", "--type", "room|equipment"})
            QVERIFY2(r.text().contains(s(word)), qPrintable(r.text()));
        const QString id = exchangeOrg(true);
        const Outcome noType = ctl(QStringList{s("directory"), s("add-exchange-resource"), id, s("--name"),
                                               s("boardroom"), s("--display-name"), s("Boardroom")});
        QCOMPARE(noType.exitCode, 2);
        const Outcome badType =
            ctl(QStringList{s("directory"), s("add-exchange-resource"), id, s("--name"), s("boardroom"),
                            s("--display-name"), s("Boardroom"), s("--type"), s("desk")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY2(badType.errors().contains(s("room or equipment")), qPrintable(badType.errors()));
    }

    void res4_addListAndRefuseEnable()
    {
        const QString id = exchangeOrg(true);
        const Outcome room = addResource(id, "boardroom", "room");
        QVERIFY2(room.exitCode == 0, room.out.constData());
        QCOMPARE(value(room.object(), "role"), s("ExchangeResource"));
        QCOMPARE(value(room.object(), "resourceType"), s("Room"));
        QCOMPARE(addResource(id, "projector-1", "EQUIPMENT").exitCode, 0);
        const Outcome human =
            ctl(QStringList{s("directory"), s("add-exchange-resource"), id, s("--name"), s("lab"),
                            s("--display-name"), s("Lab"), s("--type"), s("room")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().contains(s("Exchange resource lab (Room)")), human.out.constData());

        // Refusals: a taken name, a bad name.
        const Outcome taken = addResource(id, "Boardroom", "room");
        QCOMPARE(taken.exitCode, 1);
        QCOMPARE(taken.errorCode(), s("UsernameTaken"));
        QCOMPARE(taken.errorField(), s("name"));
        QCOMPARE(addResource(id, "a-name-longer-than-twenty", "room").errorField(), s("name"));

        // user list: the remote state and the role, with the type.
        const Outcome list = json("user list --org corp");
        QCOMPARE(list.exitCode, 0);
        const QJsonObject boardroom = rowNamed(list.array(), "boardroom");
        QCOMPARE(value(boardroom, "role"), s("ExchangeResource"));
        QCOMPARE(value(boardroom, "resourceType"), s("Room"));
        QCOMPARE(boardroom.value(s("inExchange")).toBool(), true);
        QCOMPARE(value(rowNamed(list.array(), "projector-1"), "resourceType"), s("Equipment"));
        QCOMPARE(rowNamed(list.array(), "Guest").value(s("inExchange")).toBool(true), false);
        QCOMPARE(json("user list --org corp --role exchange-resource").array().size(), 3);
        const Outcome table = ctl("user list --org corp");
        QCOMPARE(table.exitCode, 0);
        for (const char* word :
             {"In Exchange", "Exchange resource (Room)", "Exchange resource (Equipment)", "5 of 5 users"})
            QVERIFY2(table.text().contains(s(word)), table.out.constData());

        // Never enabled here.
        const Outcome enable = json("user enable --org corp boardroom");
        QCOMPARE(enable.exitCode, 1);
        const QJsonObject result = enable.array().first().toObject();
        QCOMPARE(result.value(s("ok")).toBool(true), false);
        const QJsonObject error = result.value(s("error")).toObject();
        QCOMPARE(value(error, "code"), s("WrongState"));
        QCOMPARE(value(error, "field"), s("user"));
        QVERIFY2(value(error, "message").contains(s("Resources pane")), enable.out.constData());
        QCOMPARE(value(rowNamed(json("user list --org corp").array(), "boardroom"), "state"), s("Disabled"));
    }

    void res4_goneFromTheListAfterInteroperability()
    {
        const QString id = exchangeOrg(true);
        QCOMPARE(addResource(id, "boardroom", "room").exitCode, 0);
        QCOMPARE(json("user list --org corp").array().size(), 3);
        QCOMPARE(json("interop disable --org corp --confirm corp").exitCode, 0);
        const Outcome list = json("user list --org corp");
        QCOMPARE(list.array().size(), 2); // Administrator and Guest
        QVERIFY(rowNamed(list.array(), "boardroom").isEmpty());
        QVERIFY(ctl("user list --org corp").text().contains(s("2 of 2 users")));
    }

    void res4_onlyAnAdConnectorThatRunsExchange()
    {
        exchangeOrg(false);
        const QString simple = value(
            json("directory create --type simple-ad --name simple.example.com --region us-east-1").object(),
            "id");
        const Outcome refused = addResource(simple, "boardroom", "room");
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), s("WrongState"));
        QCOMPARE(refused.errorField(), s("directory"));
    }
};

QTEST_GUILESS_MAIN(TestMailroomctlExchangeResources)
#include "tst_MailroomctlExchangeResources.moc"
