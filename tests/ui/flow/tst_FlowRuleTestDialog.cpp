// FLOW-4, FLOW-5 and MSG-1 through the rule test dialog, offscreen: typed addresses, a Sender
// that decides over From, addresses that are none, a whole message with a refused attachment,
// dropped or loaded, and rules that change while the dialog is open.

#include "GuiTest.h"
#include "TestEngine.h"
#include "flow/FlowRuleTestDialog.h"
#include "flow/FlowRules.h"

#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// A message from a list server on behalf of a partner, with a refused attachment.
const char* Message = "From: Bob Partner <bob@partner.example>\r\n"
                      "Sender: news@lists.example\r\n"
                      "To: team@acme.example\r\n"
                      "Subject: Quarterly setup\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
                      "\r\n"
                      "--b1\r\n"
                      "Content-Type: text/plain\r\n"
                      "\r\n"
                      "Run the installer attached.\r\n"
                      "--b1\r\n"
                      "Content-Type: application/octet-stream; name=\"setup.exe\"\r\n"
                      "Content-Disposition: attachment; filename=\"setup.exe\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n"
                      "\r\n"
                      "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
                      "--b1--\r\n";

struct Fixture
{
    TestEngine engine;
    Organization org = engine.quickOrg(QStringLiteral("acme"));
    std::unique_ptr<FlowRuleTestDialog> dialog;

    Fixture()
    {
        dialog = std::make_unique<FlowRuleTestDialog>(*engine, org);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the dialog was not shown");
    }
    FlowRule rule(const QString& name, FlowAction action, const QStringList& patterns)
    {
        auto made = engine->flowRules().create(org.id, {name, patterns, action});
        if (!made)
            qFatal("rule: %s", qPrintable(made.error().message));
        return made.value();
    }
    template <typename T> T* get(const char* name)
    {
        return child<T>(dialog.get(), QString::fromLatin1(name));
    }
    QString text(const char* label) { return get<QLabel>(label)->text(); }
    void type(const char* field, const QString& text)
    {
        auto* edit = get<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void look(const QString& name)
    {
        QCoreApplication::processEvents();
        shot(dialog.get(), name);
    }
};

QString writeMessage(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Drags urls onto the dialog and drops them there; whether the drag was accepted.
bool drop(QWidget* target, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

} // namespace

class TestFlowRuleTestDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flow5_emptyDialogSaysWhatToType()
    {
        Fixture f;
        QVERIFY(f.get<QLineEdit>("from")->hasFocus());
        QCOMPARE(f.text("action"), QStringLiteral("No result"));
        QVERIFY(f.text("decidedBy").contains(QStringLiteral("Type a From address")));
        QVERIFY(!f.get<QLabel>("fromError")->isVisible()); // nothing typed: no error yet
        QVERIFY(!f.get<QTreeWidget>("others")->isVisible());
        QVERIFY(!f.get<QWidget>("refusalBox")->isVisible());
        QVERIFY(!f.get<QPushButton>("clearMessage")->isVisible());
        QVERIFY(f.get<QPushButton>("openMessage")->isEnabled());
        for (const char* name :
             {"from", "sender", "openMessage", "action", "decidedBy", "others", "refusals"})
            QVERIFY2(!f.get<QWidget>(name)->accessibleName().isEmpty(), name);
    }

    void flow4_typingAFromAddressUpdatesTheAction()
    {
        Fixture f;
        f.rule(QStringLiteral("Block spam"), FlowAction::Drop, {QStringLiteral("spam.example")});
        f.type("from", QStringLiteral("offers@spam.example"));
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
        QVERIFY(f.get<QLabel>("action")->font().pointSizeF() > f.dialog->font().pointSizeF() * 1.5);
        QVERIFY(f.get<QLabel>("action")->font().bold());
        QCOMPARE(f.text("decidedBy"),
                 QStringLiteral("Decided by rule “Block spam”, pattern spam.example, from the From header."));
        QVERIFY(!f.get<QTreeWidget>("others")->isVisible());
        QCOMPARE(f.text("othersLabel"), QStringLiteral("No other rule matched."));

        // Every keystroke re-evaluates: one more letter leaves the domain.
        QTest::keyClicks(f.get<QLineEdit>("from"), QStringLiteral("x"));
        QCOMPARE(f.text("action"), labelOf(FlowAction::NormalDelivery));
        QCOMPARE(f.text("decidedBy"), QStringLiteral("No rule matched: normal delivery."));
    }

    void flow4_senderThatMatchesDecidesAndFromIsListedWithItsReason()
    {
        Fixture f;
        f.rule(QStringLiteral("Block partner"), FlowAction::Drop, {QStringLiteral("partner.example")});
        f.rule(QStringLiteral("Trusted lists"), FlowAction::BypassSpamCheck,
               {QStringLiteral("lists.example")});
        f.rule(QStringLiteral("Junk lists"), FlowAction::MoveToJunk, {QStringLiteral("*.lists.example")});
        f.type("from", QStringLiteral("bob@partner.example"));
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
        f.type("sender", QStringLiteral("news@lists.example"));
        QCOMPARE(f.text("action"), labelOf(FlowAction::BypassSpamCheck));
        QCOMPARE(f.text("decidedBy"),
                 QStringLiteral(
                     "Decided by rule “Trusted lists”, pattern lists.example, from the Sender header."));

        auto* others = f.get<QTreeWidget>("others");
        QVERIFY(others->isVisible());
        QCOMPARE(others->columnCount(), 4);
        QList<QTreeWidgetItem*> partner =
            others->findItems(QStringLiteral("Block partner"), Qt::MatchExactly, 0);
        QCOMPARE(partner.size(), 1);
        QCOMPARE(partner.first()->text(1), QStringLiteral("partner.example"));
        QCOMPARE(partner.first()->text(2), QStringLiteral("From"));
        QCOMPARE(partner.first()->text(3).toLower(),
                 flowLostReason(FlowMatch::Lost::OtherHeaderDecided).toLower());
        bool lessSpecific = false;
        for (int row = 0; row < others->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = others->topLevelItem(row);
            if (item->text(0) == QStringLiteral("Junk lists") && item->text(2) == QStringLiteral("Sender"))
                lessSpecific =
                    item->text(3).toLower() == flowLostReason(FlowMatch::Lost::LessSpecific).toLower();
        }
        QVERIFY(lessSpecific);
        f.look(QStringLiteral("flowtest-typed-losers"));

        // Without the Sender, From decides again.
        f.get<QLineEdit>("sender")->clear();
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
        QVERIFY(f.text("decidedBy").endsWith(QStringLiteral("from the From header.")));
    }

    void flow5_badAddressShowsTheErrorUnderItsField()
    {
        Fixture f;
        f.rule(QStringLiteral("Block spam"), FlowAction::Drop, {QStringLiteral("spam.example")});
        f.type("from", QStringLiteral("offers@spam.example"));
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
        f.type("from", QStringLiteral("offers at spam"));
        auto* fromError = f.get<QLabel>("fromError");
        QVERIFY(fromError->isVisible());
        QVERIFY(fromError->text().contains(QStringLiteral("is not an email address")));
        QVERIFY(!f.get<QLabel>("senderError")->isVisible());
        QCOMPARE(f.text("action"), QStringLiteral("No result"));
        QVERIFY(!f.get<QTreeWidget>("others")->isVisible());
        f.look(QStringLiteral("flowtest-bad-from"));

        f.type("from", QStringLiteral("offers@spam.example"));
        QVERIFY(!fromError->isVisible());
        f.type("sender", QStringLiteral("relay@"));
        auto* senderError = f.get<QLabel>("senderError");
        QVERIFY(senderError->isVisible());
        QVERIFY(senderError->text().startsWith(QStringLiteral("Sender:")));
        QCOMPARE(f.text("action"), QStringLiteral("No result"));
        f.get<QLineEdit>("sender")->clear();
        QVERIFY(!senderError->isVisible());
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
    }

    void msg1_loadedMessageFillsTheFieldsAndShowsItsRefusal()
    {
        Fixture f;
        f.rule(QStringLiteral("Block partner"), FlowAction::Drop, {QStringLiteral("partner.example")});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeMessage(dir, QStringLiteral("quarterly.eml"), Message);
        QVERIFY(f.dialog->loadMessage(path));
        QVERIFY(f.dialog->hasMessage());

        auto* from = f.get<QLineEdit>("from");
        auto* sender = f.get<QLineEdit>("sender");
        QCOMPARE(from->text(), QStringLiteral("bob@partner.example"));
        QCOMPARE(sender->text(), QStringLiteral("news@lists.example"));
        QVERIFY(from->isReadOnly());
        QVERIFY(sender->isReadOnly());
        QVERIFY(f.get<QPushButton>("clearMessage")->isVisible());
        const QString details = f.text("messageDetails");
        QVERIFY(details.contains(QStringLiteral("Quarterly setup")));
        QVERIFY(details.contains(QStringLiteral("setup.exe")));
        QVERIFY(details.contains(QStringLiteral("quarterly.eml")));

        // The Sender matches no rule, so From decides; the attachment is refused whatever the rules say.
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
        QVERIFY(f.get<QWidget>("refusalBox")->isVisible());
        QVERIFY(f.text("refusals").contains(QStringLiteral("setup.exe")));
        QVERIFY(f.text("refusals").contains(QStringLiteral(".exe")));
        f.look(QStringLiteral("flowtest-message-refused"));

        QTest::mouseClick(f.get<QPushButton>("clearMessage"), Qt::LeftButton);
        QVERIFY(!f.dialog->hasMessage());
        QVERIFY(!from->isReadOnly());
        QVERIFY(from->text().isEmpty());
        QVERIFY(sender->text().isEmpty());
        QVERIFY(!f.get<QWidget>("refusalBox")->isVisible());
        QVERIFY(!f.get<QPushButton>("clearMessage")->isVisible());
        QCOMPARE(f.text("action"), QStringLiteral("No result"));
    }

    void msg1_droppedEmlFileIsLoadedAndOtherFilesAreNot()
    {
        Fixture f;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString eml = writeMessage(dir, QStringLiteral("dropped.EML"), Message);
        const QString text =
            writeMessage(dir, QStringLiteral("notes.txt"), "From: a@b.example\r\n\r\nhi\r\n");
        QVERIFY(!drop(f.dialog.get(), {QUrl::fromLocalFile(text)}));
        QVERIFY(!drop(f.dialog.get(), {QUrl(QStringLiteral("https://example.com/m.eml"))}));
        QVERIFY(!f.dialog->hasMessage());
        QVERIFY(drop(f.dialog.get(), {QUrl::fromLocalFile(eml)}));
        QVERIFY(f.dialog->hasMessage());
        QCOMPARE(f.get<QLineEdit>("from")->text(), QStringLiteral("bob@partner.example"));
        QVERIFY(f.get<QWidget>("refusalBox")->isVisible());
    }

    void msg1_fileThatIsNoMessageShowsTheEmlError()
    {
        Fixture f;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path =
            writeMessage(dir, QStringLiteral("empty.eml"), "Subject: no sender at all\r\n\r\n");
        QVERIFY(!f.dialog->loadMessage(path));
        QVERIFY(!f.dialog->hasMessage());
        QVERIFY(f.get<QLabel>("emlError")->isVisible());
        QVERIFY(f.get<QLabel>("emlError")->text().contains(QStringLiteral("no From header")));
        QVERIFY(!f.get<QLineEdit>("from")->isReadOnly());
        QVERIFY(!f.dialog->loadMessage(dir.filePath(QStringLiteral("missing.eml"))));
        QVERIFY(f.get<QLabel>("emlError")->text().contains(QStringLiteral("cannot be read")));
    }

    void flow5_ruleChangesUpdateTheOpenDialogWithoutRetyping()
    {
        Fixture f;
        f.type("from", QStringLiteral("bob@partner.example"));
        QCOMPARE(f.text("action"), labelOf(FlowAction::NormalDelivery));
        const FlowRule made =
            f.rule(QStringLiteral("Block partner"), FlowAction::Drop, {QStringLiteral("partner.example")});
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));
        QVERIFY(f.text("decidedBy").contains(QStringLiteral("Block partner")));

        // A rule of another organization changes nothing here.
        const Organization other = f.engine.quickOrg(QStringLiteral("other"));
        QVERIFY(f.engine->flowRules()
                    .create(other.id, {QStringLiteral("Deliver"),
                                       {QStringLiteral("bob@partner.example")},
                                       FlowAction::BypassSpamCheck})
                    .ok());
        QCOMPARE(f.text("action"), labelOf(FlowAction::Drop));

        QVERIFY(f.engine->flowRules().remove(made.id).ok());
        QCOMPARE(f.text("action"), labelOf(FlowAction::NormalDelivery));
        QCOMPARE(f.text("decidedBy"), QStringLiteral("No rule matched: normal delivery."));
    }
};

QTEST_MAIN(TestFlowRuleTestDialog)
#include "tst_FlowRuleTestDialog.moc"
