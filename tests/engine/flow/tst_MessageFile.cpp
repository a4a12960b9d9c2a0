// MSG-1 and FLOW-5: a whole message for the rule test: Sender and From from its headers, its
// attachments (nested MIME parts, RFC 2231 names), the unsupported extensions and the 25 MB limit.

#include "TestEngine.h"
#include "flow/FlowRules.h"
#include "flow/MessageFile.h"
#include "organizations/Organizations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QByteArray sample = "Received: from mx.example\r\n"
                          "From: \"Ann Example\" <Ann@Partner.example>\r\n"
                          "Sender: list-bounces@lists.example\r\n"
                          "Subject: Quarterly\r\n"
                          " report\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                          "\r\n"
                          "--outer\r\n"
                          "Content-Type: text/plain\r\n"
                          "\r\n"
                          "Hello\r\n"
                          "--outer\r\n"
                          "Content-Type: multipart/alternative; boundary=inner\r\n"
                          "\r\n"
                          "--inner\r\n"
                          "Content-Type: application/octet-stream; name=\"setup.EXE\"\r\n"
                          "\r\n"
                          "AAAA\r\n"
                          "--inner--\r\n"
                          "--outer\r\n"
                          "Content-Type: application/pdf\r\n"
                          "Content-Disposition: attachment;\r\n"
                          "\tfilename*=utf-8''Bericht%20%C3%BC.pdf\r\n"
                          "\r\n"
                          "JVBE\r\n"
                          "--outer\r\n"
                          "Content-Disposition: attachment; filename=archive.exe.zip\r\n"
                          "\r\n"
                          "UEsD\r\n"
                          "--outer--\r\n";

} // namespace

class TestMessageFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void msg1_headersAttachmentsAndRefusals()
    {
        const MessageFile m = MessageFile::parse(sample);
        QCOMPARE(m.from, QStringLiteral("Ann@Partner.example"));
        QCOMPARE(m.sender, QStringLiteral("list-bounces@lists.example"));
        QCOMPARE(m.subject, QStringLiteral("Quarterly report"));
        QCOMPARE(m.attachments, (QStringList{QStringLiteral("setup.EXE"), QStringLiteral("Bericht ü.pdf"),
                                             QStringLiteral("archive.exe.zip")}));
        const QStringList refusals = m.refusals();
        QCOMPARE(refusals.size(), 1); // the last extension counts: .zip is accepted, .EXE is not
        QVERIFY(refusals.first().contains(QStringLiteral("setup.EXE")));
    }

    void msg1_extensionsAreTheGuidesList_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("refused");
        QTest::newRow("exe") << "a.exe" << true;
        QTest::newRow("upper") << "A.VBS" << true;
        QTest::newRow("msh1xml") << "x.msh1xml" << true;
        QTest::newRow("double") << "report.pdf.js" << true;
        QTest::newRow("pdf") << "report.pdf" << false;
        QTest::newRow("no extension") << "README" << false;
        QTest::newRow("zip of exe") << "tool.exe.zip" << false;
    }

    void msg1_extensionsAreTheGuidesList()
    {
        QFETCH(QString, name);
        QFETCH(bool, refused);
        MessageFile m;
        m.attachments = {name};
        QCOMPARE(!m.refusals().isEmpty(), refused);
    }

    void msg1_over25MegabytesIsRefused()
    {
        MessageFile m;
        m.size = messages::MaxSizeBytes;
        QVERIFY(m.refusals().isEmpty());
        m.size = messages::MaxSizeBytes + 1;
        QCOMPARE(m.refusals().size(), 1);
    }

    void flow5_anEmlFileIsTestedAgainstTheRules()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("eml"));
        QVERIFY(e->flowRules()
                    .create(org.id, {QStringLiteral("Lists"),
                                     {QStringLiteral("*.lists.example")},
                                     FlowAction::MoveToJunk})
                    .ok());
        QVERIFY(e->flowRules()
                    .create(org.id, {QStringLiteral("Partner"),
                                     {QStringLiteral("partner.example")},
                                     FlowAction::BypassSpamCheck})
                    .ok());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.eml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sample);
        file.close();
        const MessageTestResult r = e->flowRules().testMessage(org.id, file.fileName()).value();
        QCOMPARE(r.flow.decision.action, FlowAction::MoveToJunk); // the Sender header decides
        QCOMPARE(r.flow.decision.decidedBy->header, QStringLiteral("Sender"));
        QCOMPARE(r.flow.decision.others.size(), 1);
        QCOMPARE(r.refusals.size(), 1);

        QFile empty(dir.filePath(QStringLiteral("empty.eml")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("Subject: nothing\r\n\r\n");
        empty.close();
        QCOMPARE(e->flowRules().testMessage(org.id, empty.fileName()).error().field, QStringLiteral("eml"));
        QCOMPARE(e->flowRules().testMessage(org.id, dir.filePath(QStringLiteral("missing.eml"))).error().code,
                 ErrorCode::FileError);
    }
};

QTEST_GUILESS_MAIN(TestMessageFile)
#include "tst_MessageFile.moc"
