// USR-3: one primary address, up to 100 aliases, "set as default" swaps, unique in the organization.

#include "TestEngine.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestUserAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr3_aliasesReceiveAndDefaultSwaps()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("addr"));
        const User u = e.user(org, QStringLiteral("amy"));
        QVERIFY(e->userAddresses().addAlias(u.id, QStringLiteral("Sales@addr.awsapps.com")).ok());
        auto all = e->userAddresses().of(u.id).value();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).primary);
        QCOMPARE(all.at(0).address, QStringLiteral("amy@addr.awsapps.com"));
        QVERIFY(!all.at(1).primary);

        QVERIFY(e->userAddresses().setPrimary(u.id, QStringLiteral("sales@addr.awsapps.com")).ok());
        all = e->userAddresses().of(u.id).value();
        QCOMPARE(all.at(0).address, QStringLiteral("Sales@addr.awsapps.com"));
        QVERIFY(all.at(0).primary);
        QCOMPARE(e->users().get(u.id).value().email, QStringLiteral("Sales@addr.awsapps.com"));

        auto primaryRemoval = e->userAddresses().removeAlias(u.id, QStringLiteral("sales@addr.awsapps.com"));
        QCOMPARE(primaryRemoval.error().field, QStringLiteral("address"));
        QVERIFY(e->userAddresses().removeAlias(u.id, QStringLiteral("AMY@addr.awsapps.com")).ok());
        QCOMPARE(e->userAddresses().of(u.id).value().size(), 1);
        QCOMPARE(e->userAddresses().removeAlias(u.id, QStringLiteral("nobody@addr.awsapps.com")).error().code,
                 ErrorCode::NotFound);
    }

    void usr3_addressUniqueAcrossTheOrganization()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("uniq"));
        const User a = e.user(org, QStringLiteral("a"));
        const User b = e.user(org, QStringLiteral("b"));
        QVERIFY(e->userAddresses().addAlias(a.id, QStringLiteral("team@uniq.awsapps.com")).ok());
        auto clash = e->userAddresses().addAlias(b.id, QStringLiteral("TEAM@uniq.awsapps.com"));
        QCOMPARE(clash.error().code, ErrorCode::AddressTaken);
        QCOMPARE(clash.error().field, QStringLiteral("address"));
        QCOMPARE(e->userAddresses().addAlias(b.id, QStringLiteral("b@elsewhere.com")).error().code,
                 ErrorCode::DomainNotVerified);
    }

    void usr3_atMost100Aliases()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("many"));
        const User u = e.user(org, QStringLiteral("m"));
        for (int i = 0; i < limits::AliasesPerUser; ++i)
            QVERIFY(e->userAddresses().addAlias(u.id, QStringLiteral("a%1@many.awsapps.com").arg(i)).ok());
        QCOMPARE(e->userAddresses().addAlias(u.id, QStringLiteral("one-more@many.awsapps.com")).error().code,
                 ErrorCode::LimitReached);
    }

    void usr3_disabledUsersAddressesCannotChange()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("dis"));
        const User u = e.user(org, QStringLiteral("d"));
        QVERIFY(e->mailboxes().disable(u.id).ok());
        QCOMPARE(e->userAddresses().addAlias(u.id, QStringLiteral("x@dis.awsapps.com")).error().code,
                 ErrorCode::WrongState);
    }
};

QTEST_GUILESS_MAIN(TestUserAddresses)
#include "tst_UserAddresses.moc"
