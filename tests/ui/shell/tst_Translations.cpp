// The programs follow the system locale or --lang: the German translation is built into them
// and turns the console's words into German.

#include "TestEngine.h"
#include "core/Rules.h"
#include "domains/DnsDiagnosis.h"
#include "domains/Domains.h"
#include "domains/IdentityPolicy.h"
#include "flow/FlowRules.h"
#include "groups/Groups.h"
#include "interop/InteropRules.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organization.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/User.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace mailroom;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsBuiltIn() { QVERIFY(QFile::exists(QStringLiteral(":/i18n/mailroom_de.qm"))); }

    void germanTranslatesTheConsole()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("mailroom"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(labelOf(OrgState::Active), QStringLiteral("Aktiv"));
        QCOMPARE(labelOf(UserState::Disabled), QStringLiteral("Deaktiviert"));
        QVERIFY(QCoreApplication::translate("mailroom::OrganizationsScreen", "&Quick setup") !=
                QStringLiteral("&Quick setup"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(labelOf(OrgState::Active), QStringLiteral("Active"));
    }

    // The engine's messages come from helpers named tr() outside QObject classes: their run-time
    // context must be the one lupdate gave the strings, or the German is never found.
    void germanReachesTheEnginesMessages()
    {
        test::TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("lang"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const Group g =
            e->groups()
                .create(org.id, {QStringLiteral("Team"), QStringLiteral("team@lang.awsapps.com"), {}})
                .value();
        const Domain d = e->domains().add(org.id, QStringLiteral("lang.example")).value();
        Organization interopOrg;
        interopOrg.interoperability = true;
        auto messages = [&] {
            return QStringList{
                e->users()
                    .checkDetails(org.id, {{}, {}, QStringLiteral("amy"), QStringLiteral("A"), {}, {}})
                    .error()
                    .message,
                e->userAddresses()
                    .removeAlias(amy.id, QStringLiteral("nobody@lang.awsapps.com"))
                    .error()
                    .message,
                rules::username(QStringLiteral("a b"), 20).error().message,
                e->domains().add(org.id, QString()).error().message,
                e->groups().addMembers(g.id, {g.id}).error().message,
                e->resources().create(org.id, {QString(), {}, ResourceType::Room, {}}).error().message,
                identitypolicy::check(QStringLiteral("{")).error().message,
                diagnose(d, domains::expectedRecords(d, org.region), DnsAnswers{}).first().note,
                e->organizations().remove(org.id, QStringLiteral("wrong")).error().message,
                SenderPattern::parse(QStringLiteral("a+b@x.com")).error().message,
                e->flowRules()
                    .create(org.id, {QString(), {QStringLiteral("x.com")}, FlowAction::Drop})
                    .error()
                    .message,
                e->flowRules().test(org.id, QStringLiteral("nobody")).error().message,
                lintFlowRules({FlowRule{{},
                                        {},
                                        QStringLiteral("r"),
                                        {SenderPattern::parse(QStringLiteral("x.com")).value(),
                                         SenderPattern::parse(QStringLiteral("x.com")).value()},
                                        FlowAction::Drop,
                                        {}}})
                    .first()
                    .message,
                labelOf(FlowAction::MoveToJunk),
                e->mobile().get(QStringLiteral("no-such-device")).error().message,
                mobile::checkPolicy(MobilePolicy{true, true, 0}).error().message,
                labelOf(DeviceStatus::WipeRequired),
                interop::enableAddress(interopOrg, QStringLiteral("a@x.com"), QStringLiteral("b@x.com"),
                                       QStringLiteral("email"))
                    .error()
                    .message,
            };
        };
        const QStringList english = messages();
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/mailroom_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const QStringList german = messages();
        QCoreApplication::removeTranslator(&translator);
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(german.at(i) != english.at(i),
                     qPrintable(QStringLiteral("still English: ") + english.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
