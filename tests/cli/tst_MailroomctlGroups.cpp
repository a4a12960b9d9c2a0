// mailroomctl end to end: the group commands (GRP-1..GRP-3) and directory add-group.
// The groups live on the Standard-setup organization "corp", whose directory users need no
// password hashing to be enabled.

#include "CliRunner.h"

using namespace cli;

class TestMailroomctlGroups : public QObject, protected CliRunner
{
    Q_OBJECT

    // corp with ann and bob enabled, and annette left disabled.
    QString corpWithEnabledUsers()
    {
        const QString directory = corpWithDirectoryUsers();
        if (ctl("user enable --org corp ann bob").exitCode != 0)
            qWarning("could not enable ann and bob");
        return directory;
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void grp1_grp3_createWithMembersThenExpand()
    {
        corpWithEnabledUsers();
        const Outcome sales =
            json("group create --org corp Sales sales@corp.awsapps.com --member ann --member annette");
        QCOMPARE(sales.exitCode, 0);
        QCOMPARE(value(sales.object(), "state"), s("Enabled"));
        QCOMPARE(value(sales.object(), "email"), s("sales@corp.awsapps.com"));
        // Members by group name and by id.
        const QString bobId = value(json("user show --org corp bob").object(), "id");
        const Outcome all =
            json(QStringList{s("group"), s("create"), s("--org"), s("corp"), s("All"),
                             s("all@corp.awsapps.com"), s("--member"), s("sales"), s("--member"), bobId});
        QCOMPARE(all.exitCode, 0);

        const Outcome members = json("group members --org corp all");
        QCOMPARE(members.exitCode, 0);
        QCOMPARE(field(members.array(), "name"), (QStringList{s("Sales"), s("bob")})); // groups first
        QCOMPARE(field(members.array(), "kind"), (QStringList{s("Group"), s("User")}));

        // GRP-3: the enabled users, each once; annette is disabled and receives nothing.
        const Outcome expanded = json("group expand --org corp All");
        QCOMPARE(expanded.exitCode, 0);
        QStringList usernames = field(expanded.array(), "username");
        usernames.sort();
        QCOMPARE(usernames, (QStringList{s("ann"), s("bob")}));
        for (const QJsonValue& r : expanded.array())
            QCOMPARE(value(r.toObject(), "via"),
                     value(r.toObject(), "username") == s("ann") ? s("Sales") : s("All"));
        const Outcome human = ctl("group expand --org corp All");
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().contains(s("ann@corp.awsapps.com")), human.out.constData());

        // The same user through two paths still counts once.
        QCOMPARE(ctl("group add-members --org corp All ann").exitCode, 0);
        QCOMPARE(json("group expand --org corp All").array().size(), 2);

        const Outcome shown = json("group show --org corp all");
        QCOMPARE(value(shown.object(), "id"), value(all.object(), "id"));
        QCOMPARE(
            value(json(QStringList{s("group"), s("show"), s("--org"), s("corp"), value(all.object(), "id")})
                      .object(),
                  "name"),
            s("All"));
    }

    void grp1_membershipCycleIsRefused()
    {
        corpWithEnabledUsers();
        QCOMPARE(ctl("group create --org corp inner inner@corp.awsapps.com --member ann").exitCode, 0);
        QCOMPARE(ctl("group create --org corp outer outer@corp.awsapps.com --member inner").exitCode, 0);

        const Outcome loop = json("group add-members --org corp inner outer");
        QCOMPARE(loop.exitCode, 1);
        QCOMPARE(loop.errorCode(), s("MembershipCycle"));
        QCOMPARE(loop.errorField(), s("members"));
        const Outcome itself = json("group add-members --org corp inner inner");
        QCOMPARE(itself.exitCode, 1);
        QCOMPARE(itself.errorCode(), s("MembershipCycle"));
        const Outcome text = ctl("group add-members --org corp inner outer");
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.errors().startsWith(s("mailroomctl: ")), text.err.constData());
        // Nothing changed.
        QCOMPARE(field(json("group members --org corp inner").array(), "name"), QStringList{s("ann")});
    }

    void grp1_addAndRemoveMembers()
    {
        corpWithEnabledUsers();
        QCOMPARE(ctl("group create --org corp team team@corp.awsapps.com").exitCode, 0);
        const Outcome added = json("group add-members --org corp team ann BOB");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(field(added.array(), "name"), (QStringList{s("ann"), s("bob")}));
        const Outcome unknown = json("group add-members --org corp team nobody");
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.errorCode(), s("NotFound"));
        const Outcome removed = json("group remove-members --org corp team ann");
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(field(removed.array(), "name"), QStringList{s("bob")});
        QVERIFY(
            ctl("group remove-members --org corp team bob").text().startsWith(s("Removed from team: bob.")));
        QCOMPARE(json("group members --org corp nosuch").errorCode(), s("NotFound"));
        QCOMPARE(ctl("group add-members --org corp team").exitCode, 2); // no member named
    }

    void grp1_wrongNameOrAddressIsTheEnginesError()
    {
        corpWithEnabledUsers();
        QCOMPARE(ctl("group create --org corp team team@corp.awsapps.com").exitCode, 0);
        const Outcome taken = json("group create --org corp TEAM other@corp.awsapps.com");
        QCOMPARE(taken.exitCode, 1);
        QCOMPARE(taken.errorCode(), s("NameTaken"));
        const Outcome address = json("group create --org corp crew ann@corp.awsapps.com");
        QCOMPARE(address.exitCode, 1);
        QCOMPARE(address.errorCode(), s("AddressTaken"));
        const Outcome domain = json("group create --org corp crew crew@elsewhere.example");
        QCOMPARE(domain.exitCode, 1);
        QCOMPARE(domain.errorField(), s("email"));
    }

    void grp2_enableDirectoryGroupDisableDelete()
    {
        const QString directory = corpWithEnabledUsers();
        const Outcome added = json(QStringList{s("directory"), s("add-group"), directory, s("Sales Team")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(value(added.object(), "state"), s("Disabled"));
        QCOMPARE(json(QStringList{s("directory"), s("add-group"), directory, s("sales team")}).errorCode(),
                 s("NameTaken"));
        QCOMPARE(field(json("group list --org corp --state disabled").array(), "name"),
                 QStringList{s("Sales Team")});

        // The proposed address: the name made into an address at the default domain.
        const Outcome enabled =
            json(QStringList{s("group"), s("enable"), s("--org"), s("corp"), s("Sales Team")});
        QCOMPARE(enabled.exitCode, 0);
        QCOMPARE(value(enabled.object(), "email"), s("sales.team@corp.awsapps.com"));
        QCOMPARE(
            json(QStringList{s("group"), s("enable"), s("--org"), s("corp"), s("Sales Team")}).errorCode(),
            s("WrongState"));
        QCOMPARE(json("group list --org corp --state Disabled").array().size(), 0);

        QCOMPARE(
            json(QStringList{s("group"), s("delete"), s("--org"), s("corp"), s("Sales Team"), s("--yes")})
                .errorCode(),
            s("WrongState")); // only a disabled group
        const Outcome disabled =
            json(QStringList{s("group"), s("disable"), s("--org"), s("corp"), s("Sales Team")});
        QCOMPARE(disabled.exitCode, 0);
        QCOMPARE(value(disabled.object(), "state"), s("Disabled"));
        QCOMPARE(value(disabled.object(), "email"), QString());

        const Outcome chosen = json(QStringList{s("group"), s("enable"), s("--org"), s("corp"),
                                                s("Sales Team"), s("--email"), s("deals@corp.awsapps.com")});
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(value(chosen.object(), "email"), s("deals@corp.awsapps.com"));
        QCOMPARE(ctl(QStringList{s("group"), s("disable"), s("--org"), s("corp"), s("Sales Team")}).exitCode,
                 0);

        QCOMPARE(ctl(QStringList{s("group"), s("delete"), s("--org"), s("corp"), s("Sales Team")}).exitCode,
                 2);
        // A directory group stays in its directory: disabled is as far as it goes.
        const Outcome deleted =
            json(QStringList{s("group"), s("delete"), s("--org"), s("corp"), s("Sales Team"), s("--yes")});
        QCOMPARE(deleted.exitCode, 1);
        QCOMPARE(deleted.errorCode(), s("NotSupportedByDirectory"));
        QCOMPARE(
            value(json(QStringList{s("group"), s("show"), s("--org"), s("corp"), s("Sales Team")}).object(),
                  "state"),
            s("Disabled"));
    }

    void grp1_listSearchesAndCounts()
    {
        corpWithEnabledUsers();
        QCOMPARE(
            ctl("group create --org corp sales sales@corp.awsapps.com --member ann --member bob").exitCode,
            0);
        QCOMPARE(ctl("group create --org corp support help@corp.awsapps.com").exitCode, 0);
        QCOMPARE(ctl("group create --org corp admins admins@corp.awsapps.com").exitCode, 0);
        QCOMPARE(field(json("group list --org corp").array(), "name"),
                 (QStringList{s("admins"), s("sales"), s("support")}));
        QCOMPARE(field(json("group list --org corp --search S").array(), "name"),
                 (QStringList{s("sales"), s("support")}));
        QCOMPARE(field(json("group list --org corp --search help").array(), "name"),
                 QStringList{s("support")});
        QCOMPARE(field(json("group list --org corp --limit 1 --offset 1").array(), "name"),
                 QStringList{s("sales")});
        const Outcome human = ctl("group list --org corp --search sa");
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().contains(s("sales@corp.awsapps.com  Enabled  2")), human.out.constData());
        QVERIFY2(human.text().trimmed().endsWith(s("1 of 1 groups")), human.out.constData());
        QCOMPARE(json("group list --org nosuch").errorCode(), s("NotFound"));
    }

    void helpAndUsage_data()
    {
        helpAndUsageColumns();
        QTest::newRow("noun help") << "group --help" << 0
                                   << "create|add-members|remove-members|expand|enable";
        QTest::newRow("verb help") << "group create --help" << 0 << "--member|--org|NAME EMAIL";
        QTest::newRow("directory add-group help") << "directory add-group -h" << 0 << "ID NAME";
        QTest::newRow("top help") << "--help" << 0 << "group|domain|resource";
        QTest::newRow("bad state") << "group list --org corp --state asleep" << 2 << "--state";
        QTest::newRow("bad limit") << "group list --org corp --limit lots" << 2 << "--limit";
        QTest::newRow("no org") << "group list" << 2 << "--org";
        QTest::newRow("no email") << "group create --org corp team" << 2 << "NAME EMAIL";
        QTest::newRow("delete without --yes") << "group delete --org corp team" << 2 << "--yes";
    }

    void helpAndUsage() { checkHelpAndUsage(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlGroups)
#include "tst_MailroomctlGroups.moc"
