// USR-6: the default password policy.

#include "users/PasswordPolicy.h"

#include <QTest>

using namespace mailroom;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr6_defaultPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("three classes") << "Abcdefg1" << true;
        QTest::newRow("upper lower symbol") << "Abcdefg!" << true;
        QTest::newRow("lower digit symbol") << "abcdef1!" << true;
        QTest::newRow("latin-1 letter counts") << QStringLiteral("abcdefé1") << true;
        QTest::newRow("space is a symbol") << "abc def1" << true;
        QTest::newRow("seven characters") << "Abcde1!" << false;
        QTest::newRow("63 characters") << QStringLiteral("Aa1") + QString(60, u'x') << true;
        QTest::newRow("64 characters") << QStringLiteral("Aa1") + QString(61, u'x') << false;
        QTest::newRow("two classes") << "abcdefgh1" << false;
        QTest::newRow("one class") << "abcdefghij" << false;
        QTest::newRow("outside latin-1") << QStringLiteral("Abcdefg1€") << false;
        QTest::newRow("control character") << QStringLiteral("Abcdefg1\t") << false;
        QTest::newRow("empty") << "" << false;
    }

    void usr6_defaultPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Status checked = PasswordPolicy().check(password);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QCOMPARE(checked.error().field, QStringLiteral("password"));
            QVERIFY(checked.error().message.startsWith(QStringLiteral("Password:")));
        }
    }

    void usr6_messageNamesWhatIsMissing()
    {
        const Status checked = PasswordPolicy().check(QStringLiteral("abcdefghij"));
        QCOMPARE(checked.error().code, ErrorCode::PasswordRejected);
        QVERIFY(checked.error().message.contains(QStringLiteral("upper case")));
        QVERIFY(checked.error().message.contains(QStringLiteral("digit")));
        QVERIFY(!checked.error().message.contains(QStringLiteral("lower case")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_PasswordPolicy.moc"
