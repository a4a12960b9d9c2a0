// The programs follow the system locale or --lang: the German translation is built into them
// and turns the console's words into German.

#include "Organization.h"
#include "User.h"

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
    void germanIsBuiltIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/mailroom_de.qm")));
    }

    void germanTranslatesTheConsole()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("mailroom"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(orgStateLabel(OrgState::Active), QStringLiteral("Aktiv"));
        QCOMPARE(userStateLabel(UserState::Disabled), QStringLiteral("Deaktiviert"));
        QVERIFY(QCoreApplication::translate("mailroom::OrganizationsScreen", "&Quick setup") != QStringLiteral("&Quick setup"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(orgStateLabel(OrgState::Active), QStringLiteral("Active"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
