// CSV reading and writing for user import/export and the directory registry.

#include "io/Csv.h"

#include <QTest>

using namespace mailroom;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesQuotesCommasAndLineBreaks()
    {
        auto t = csv::parse(
            QStringLiteral("Name, Note\r\n\"Smith, Ann\",\"said \"\"hi\"\"\"\nBob,\"two\nlines\"\n\nCy\n"));
        QVERIFY(t.ok());
        QCOMPARE(t.value().header, (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
        QCOMPARE(t.value().rows.size(), 3);
        QCOMPARE(t.value().rows.at(0),
                 (QStringList{QStringLiteral("Smith, Ann"), QStringLiteral("said \"hi\"")}));
        QCOMPARE(t.value().rows.at(1).at(1), QStringLiteral("two\nlines"));
        QCOMPARE(t.value().rows.at(2), (QStringList{QStringLiteral("Cy"), QString()}));
        QCOMPARE(t.value().lineNumbers, (QVector<int>{2, 3, 6}));
    }

    void unterminatedQuoteNamesTheLine()
    {
        auto t = csv::parse(QStringLiteral("a\nok\n\"broken\n"));
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains(QStringLiteral("Line 3")));
    }

    void writesWhatItReads()
    {
        const QStringList fields{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("q\"q"),
                                 QString()};
        auto t = csv::parse(csv::line({QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
                                       QStringLiteral("h4")}) +
                            csv::line(fields));
        QCOMPARE(t.value().rows.at(0), fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_Csv.moc"
