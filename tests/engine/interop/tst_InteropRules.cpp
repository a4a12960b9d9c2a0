// IOP-1 and IOP-2: interoperability mode is set only at Standard setup on an AD Connector whose
// domain runs Exchange; while it is on, users and groups may only be enabled, with the address
// Exchange gave them, and everything else is refused with where to do it instead.

#include "TestEngine.h"
#include "groups/Groups.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestInteropRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iop1_onlyAtStandardSetupOnAnExchangeConnector()
    {
        TestEngine e;
        const Organization on = e.exchangeOrg(QStringLiteral("iop"), true);
        QVERIFY(on.interoperability);
        // A Simple AD directory, or a connector without Exchange, cannot have the mode.
        auto simple = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("s.corp.example.com"),
                                              QStringLiteral("us-east-1"));
        auto refused = e->organizations().requestStandardSetup(
            {QStringLiteral("simple"), QStringLiteral("us-east-1"), simple.value().id, {}, true});
        QCOMPARE(refused.error().field, QStringLiteral("interoperability"));
        // Quick setup has no way to ask for it.
        QVERIFY(!e.quickOrg(QStringLiteral("quick")).interoperability);
    }

    void iop2_usersMayOnlyBeEnabledWithTheirExchangeAddress()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"), true);
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        const QString proposed = e->mailboxes().proposedAddress(ann.id).value();
        QVERIFY(!proposed.isEmpty());

        // Another address than Exchange's is refused, on the address field, saying where to change it.
        auto typed = e->mailboxes().enable(ann.id, QStringLiteral("someone.else@") + org.defaultDomain);
        QCOMPARE(typed.error().code, ErrorCode::InvalidValue);
        QCOMPARE(typed.error().field, QStringLiteral("email"));
        QVERIFY(typed.error().message.contains(QStringLiteral("Exchange admin center")));
        QVERIFY(typed.error().message.contains(proposed));

        const User enabled = e->mailboxes().enable(ann.id, proposed.toUpper()).value();
        QCOMPARE(enabled.state, UserState::Enabled);

        for (const Error& error :
             {e->userAddresses().addAlias(ann.id, QStringLiteral("alias@") + org.defaultDomain).error(),
              e->mailboxes().disable(ann.id).error()}) {
            QCOMPARE(error.code, ErrorCode::WrongState);
            QCOMPARE(error.field, QStringLiteral("interoperability"));
            QVERIFY2(error.message.contains(QStringLiteral("Exchange admin center")),
                     qPrintable(error.message));
            QVERIFY(error.message.contains(QStringLiteral("ann")));
        }
        QCOMPARE(e->users().get(ann.id).value().state, UserState::Enabled);
    }

    void iop2_groupsMayOnlyBeEnabled()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"), true);
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        const Group sales = e->directories().addGroup(org.directoryId, QStringLiteral("Sales")).value();
        const QString proposed = e->groups().proposedAddress(sales.id).value();
        QCOMPARE(e->groups().enable(sales.id, QStringLiteral("other@") + org.defaultDomain).error().field,
                 QStringLiteral("email"));
        QVERIFY(e->groups().enable(sales.id, proposed).ok());
        for (const Error& error :
             {e->groups().addMembers(sales.id, {ann.id}).error(),
              e->groups().changeMembers(sales.id, {{ann.id}, {}}).error(),
              e->groups().removeMembers(sales.id, {ann.id}).error(), e->groups().disable(sales.id).error()}) {
            QCOMPARE(error.code, ErrorCode::WrongState);
            QCOMPARE(error.field, QStringLiteral("interoperability"));
            QVERIFY2(error.message.contains(QStringLiteral("Sales")), qPrintable(error.message));
        }
        // Resources are created in Exchange.
        QCOMPARE(e->resources()
                     .create(org.id, {QStringLiteral("room"),
                                      {},
                                      ResourceType::Room,
                                      QStringLiteral("room@") + org.defaultDomain})
                     .error()
                     .code,
                 ErrorCode::WrongState);
    }

    void iop2_withoutTheModeTheSameConnectorAllowsIt()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("plain"), false);
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann.other@") + org.defaultDomain).ok());
        QVERIFY(e->userAddresses().addAlias(ann.id, QStringLiteral("alias@") + org.defaultDomain).ok());
        QVERIFY(e->mailboxes().disable(ann.id).ok());
        const Group sales = e->directories().addGroup(org.directoryId, QStringLiteral("Sales")).value();
        QVERIFY(e->groups().enable(sales.id, QStringLiteral("team@") + org.defaultDomain).ok());
        QVERIFY(e->groups().disable(sales.id).ok());
    }
};

QTEST_MAIN(TestInteropRules)
#include "tst_InteropRules.moc"
