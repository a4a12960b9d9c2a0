// The field rules that need no database: directory names and the address form (USR-1).

#include "core/Rules.h"

#include <QTest>

using namespace mailroom;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr1_addressForm_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "a@b.co" << true;
        QTest::newRow("all local characters") << "a.b_c%d+e-f@x.example.com" << true;
        QTest::newRow("254 characters")
            << QStringLiteral("a@") + QString(248, u'b') + QStringLiteral(".com") << true;
        QTest::newRow("255 characters")
            << QStringLiteral("a@") + QString(249, u'b') + QStringLiteral(".com") << false;
        QTest::newRow("one-letter TLD") << "a@b.c" << false;
        QTest::newRow("digit TLD") << "a@b.c0m" << false;
        QTest::newRow("two @") << "a@b@c.com" << false;
        QTest::newRow("quote") << "a\"b@c.com" << false;
    }

    void usr1_addressForm()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(rules::addressFormat(address).ok(), valid);
    }

    void org3_directoryName()
    {
        QVERIFY(rules::directoryName(QStringLiteral("corp.example.com")).ok());
        QVERIFY(!rules::directoryName(QStringLiteral("corp")).ok());
        QVERIFY(!rules::directoryName(QStringLiteral("-corp.example.com")).ok());
        QCOMPARE(rules::directoryName(QString()).error().code, ErrorCode::Required);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_Rules.moc"
