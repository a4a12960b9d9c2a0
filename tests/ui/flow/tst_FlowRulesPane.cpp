// FLOW-1, FLOW-2, FLOW-3 and FLOW-6 through the Email flow rules pane and its rule dialog, offscreen.

#include "FlowRuleTableModel.h"
#include "GuiTest.h"
#include "PaneFixture.h"
#include "TestEngine.h"
#include "flow/FlowRuleDialog.h"
#include "flow/FlowRuleTestDialog.h"
#include "flow/FlowRules.h"
#include "flow/FlowRulesPane.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// In a modal handler a failed check must still close the dialog: checks return a message.
#define EXPECT(cond)                                                                                         \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            return QStringLiteral("line %1: %2").arg(__LINE__).arg(QStringLiteral(#cond));                   \
    } while (false)

void look(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    shot(widget, name);
}

// Runs check on the next rule dialog; a failed check closes the dialog and lands in problem.
void onDialog(QString& problem, std::function<QString(FlowRuleDialog*)> check)
{
    problem = QStringLiteral("no rule dialog appeared");
    whenModal<FlowRuleDialog>([&problem, check](FlowRuleDialog* dialog) {
        problem = check(dialog);
        if (!problem.isEmpty())
            dialog->done(QDialog::Rejected);
    });
}

void chooseAction(FlowRuleDialog* dialog, FlowAction action)
{
    auto* combo = child<QComboBox>(dialog, QStringLiteral("ruleAction"));
    combo->setCurrentIndex(combo->findData(int(action)));
}

struct Console : PaneFixture<FlowRulesPane>
{
    void open(const Organization& organization) { openAlone(organization, {1100, 700}); }
    FlowRule rule(const QString& name, FlowAction action, const QStringList& patterns)
    {
        auto made = engine->flowRules().create(org.id, {name, patterns, action});
        if (!made)
            qFatal("rule: %s", qPrintable(made.error().message));
        return made.value();
    }
    QString cell(const FlowRule& rule, int column)
    {
        return pane->model()->index(pane->model()->rowOf(rule.id), column).data().toString();
    }
};

} // namespace

class TestFlowRulesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void flow1_emptyStateInANewOrganization()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("fresh")));
        QVERIFY(c.pane->emptyState()->isVisible());
        QVERIFY(!c.pane->table()->isVisible());
        QVERIFY(!c.pane->findings()->isVisible());
        QVERIFY(c.get<QLabel>("emptyStateText")->text().contains(QStringLiteral("no email flow rules")));
        QVERIFY(c.pane->emptyState()->button()->isEnabled());
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("0 of 0 rules"));
        QCOMPARE(c.get<QLabel>("patternsUsed")->text(), QStringLiteral("0 of 1,000 patterns used"));
        QVERIFY(!c.action("editRule")->isEnabled());
        look(c.pane, QStringLiteral("flow-empty"));
    }

    void flow2_invalidPatternIsMarkedThenTheRuleIsCreated()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("acme")));
        QString problem;
        onDialog(problem, [](FlowRuleDialog* dialog) -> QString {
            auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
            auto* entry = child<QLineEdit>(dialog, QStringLiteral("newPattern"));
            auto* patterns = child<QListWidget>(dialog, QStringLiteral("patterns"));
            auto* error = child<QLabel>(dialog, QStringLiteral("patternsError"));
            EXPECT(!ok->isEnabled());
            EXPECT(!child<QLabel>(dialog, QStringLiteral("nameError"))->isVisible()); // nothing typed yet
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("ruleName")),
                             QStringLiteral("Block spam"));
            chooseAction(dialog, FlowAction::Drop);
            EXPECT(child<QLabel>(dialog, QStringLiteral("actionDescription"))
                       ->text()
                       .contains(QStringLiteral("discarded")));
            QTest::keyClicks(entry, QStringLiteral("spam.example"));
            QTest::keyClick(entry, Qt::Key_Return); // adds: it does not press Create
            EXPECT(dialog->isVisible());
            EXPECT(patterns->count() == 1);
            EXPECT(ok->isEnabled());
            QTest::keyClicks(entry, QStringLiteral("a+b@x.com"));
            EXPECT(child<QLabel>(dialog, QStringLiteral("newPatternError"))->isVisible()); // as it is typed
            QTest::keyClick(entry, Qt::Key_Return);
            EXPECT(patterns->count() == 2);
            QListWidgetItem* bad = patterns->item(1);
            EXPECT(!bad->icon().isNull());
            EXPECT(bad->toolTip().contains(QStringLiteral("\"+\"")));
            EXPECT(patterns->item(0)->icon().isNull());
            EXPECT(!ok->isEnabled());
            EXPECT(error->isVisible());
            EXPECT(error->text().startsWith(QStringLiteral("Pattern 2 (a+b@x.com)")));
            EXPECT(child<QLabel>(dialog, QStringLiteral("patternCount"))->text() ==
                   QStringLiteral("2 of 250 patterns"));
            look(dialog, QStringLiteral("flow-dialog-invalid"));
            patterns->setCurrentItem(bad);
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("removePattern")), Qt::LeftButton);
            EXPECT(patterns->count() == 1);
            EXPECT(!error->isVisible());
            dialog->addPatterns(QStringLiteral("*.junk.example, boss@Spam.Example"));
            EXPECT(patterns->count() == 3);
            EXPECT(ok->isEnabled());
            look(dialog, QStringLiteral("flow-dialog-filled"));
            ok->click();
            return {};
        });
        c.action("createRule")->trigger();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto made = c.engine->flowRules().findByName(c.org.id, QStringLiteral("Block spam"));
        QVERIFY(made.ok());
        QCOMPARE(made.value().action, FlowAction::Drop);
        QCOMPARE(made.value().patternTexts(),
                 (QStringList{QStringLiteral("spam.example"), QStringLiteral("*.junk.example"),
                              QStringLiteral("boss@spam.example")}));
        QVERIFY(c.pane->table()->isVisible());
        QCOMPARE(c.pane->selectedIds(), QStringList{made.value().id});
        QCOMPARE(c.cell(made.value(), FlowRuleTableModel::Action), QStringLiteral("Drop"));
        QCOMPARE(c.cell(made.value(), FlowRuleTableModel::PatternCount), QStringLiteral("3"));
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("1 of 1 rules"));
        QCOMPARE(c.get<QLabel>("patternsUsed")->text(), QStringLiteral("3 of 1,000 patterns used"));
    }

    void flow5_testRulesOpensOneTestWindowBesideThePane()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("tests")));
        c.action("testRules")->trigger();
        auto dialogs = c.pane->findChildren<FlowRuleTestDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        QCOMPARE(dialogs.first()->organizationId(), c.org.id);
        c.action("testRules")->trigger(); // the same window comes forward
        QCOMPARE(c.pane->findChildren<FlowRuleTestDialog*>().size(), 1);
        dialogs.first()->close();
    }

    void flow1_nameTakenShowsUnderTheNameAndCancelAsks()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("dup")));
        c.rule(QStringLiteral("Partners"), FlowAction::BypassSpamCheck, {QStringLiteral("partner.example")});
        QString problem;
        onDialog(problem, [](FlowRuleDialog* dialog) -> QString {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("ruleName")),
                             QStringLiteral("partners"));
            auto* error = child<QLabel>(dialog, QStringLiteral("nameError"));
            EXPECT(error->isVisible());
            EXPECT(error->text().contains(QStringLiteral("already")));
            EXPECT(!child<QPushButton>(dialog, QStringLiteral("okButton"))->isEnabled());
            // Cancel with something typed asks first; Discard closes without a rule.
            bool asked = false;
            whenModal<QMessageBox>([&asked](QMessageBox* box) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            });
            dialog->reject();
            EXPECT(asked);
            EXPECT(!dialog->isVisible());
            return {};
        });
        c.action("createRule")->trigger();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(c.engine->flowRules().list(c.org.id).value().size(), 1);
    }

    void flow1_editChangesTheAction()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("edit")));
        const FlowRule rule =
            c.rule(QStringLiteral("Newsletters"), FlowAction::MoveToJunk, {QStringLiteral("news.example")});
        c.pane->select(rule.id);
        QVERIFY(c.action("editRule")->isEnabled());
        QString problem;
        onDialog(problem, [](FlowRuleDialog* dialog) -> QString {
            auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
            EXPECT(dialog->windowTitle() == QStringLiteral("Edit email flow rule"));
            EXPECT(child<QLineEdit>(dialog, QStringLiteral("ruleName"))->text() ==
                   QStringLiteral("Newsletters"));
            EXPECT(child<QListWidget>(dialog, QStringLiteral("patterns"))->count() == 1);
            EXPECT(!ok->isEnabled()); // nothing changed yet
            chooseAction(dialog, FlowAction::Bounce);
            EXPECT(ok->isEnabled());
            ok->click();
            return {};
        });
        c.action("editRule")->trigger();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(c.engine->flowRules().get(rule.id).value().action, FlowAction::Bounce);
        QCOMPARE(c.cell(rule, FlowRuleTableModel::Action), QStringLiteral("Bounce"));
        QCOMPARE(c.pane->selectedIds(), QStringList{rule.id});
    }

    void flow1_removeAsksFirst()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("remove")));
        const FlowRule rule =
            c.rule(QStringLiteral("Old"), FlowAction::Drop, {QStringLiteral("old.example")});
        QVERIFY(!c.action("removeRules")->isEnabled());
        c.pane->select(rule.id);
        Confirm::setNextAnswer(false);
        c.action("removeRules")->trigger();
        QVERIFY(c.engine->flowRules().get(rule.id).ok());
        Confirm::setNextAnswer(true);
        c.pane->table()->setFocus();
        QTest::keyClick(c.pane->table(), Qt::Key_Delete);
        QVERIFY(!c.engine->flowRules().get(rule.id).ok());
        QVERIFY(c.pane->emptyState()->isVisible());
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("0 of 0 rules"));
    }

    void flow6_lintFindingsBesideTheRules()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("lint")));
        QAbstractItemModelTester tester(c.pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FlowRule block =
            c.rule(QStringLiteral("Block spam"), FlowAction::Drop, {QStringLiteral("spam.example")});
        const FlowRule quiet =
            c.rule(QStringLiteral("Partners"), FlowAction::BypassSpamCheck,
                   {QStringLiteral("partner.example"), QStringLiteral("*.partner.example")});
        QCOMPARE(c.cell(block, FlowRuleTableModel::Warnings), QString());
        QVERIFY(!c.pane->findings()->isVisible());
        QVERIFY(c.get<QLabel>("findingsHeading")->text().startsWith(QStringLiteral("No warnings")));
        const FlowRule allow = c.rule(QStringLiteral("Allow spam"), FlowAction::NormalDelivery,
                                      {QStringLiteral("spam.example")});
        const auto findings = c.engine->flowRules().lint(c.org.id).value();
        QVERIFY(!findings.isEmpty());
        // Both rules show the warning beside them; the one that does not take part shows none.
        QVERIFY(!c.cell(allow, FlowRuleTableModel::Warnings).isEmpty());
        QVERIFY(!c.cell(block, FlowRuleTableModel::Warnings).isEmpty());
        QCOMPARE(c.cell(quiet, FlowRuleTableModel::Warnings), QString());
        const QModelIndex warnings =
            c.pane->model()->index(c.pane->model()->rowOf(allow.id), FlowRuleTableModel::Warnings);
        QVERIFY(warnings.data(Qt::ToolTipRole).toString().contains(findings.first().message));
        QVERIFY(!warnings.data(Qt::DecorationRole).isNull());
        // Nothing selected: every finding, each with the warning icon.
        QVERIFY(c.pane->findings()->isVisible());
        QCOMPARE(c.pane->findings()->count(), int(findings.size()));
        QVERIFY(!c.pane->findings()->item(0)->icon().isNull());
        QVERIFY(c.pane->findings()->item(0)->text().contains(QStringLiteral("spam.example")));
        look(c.pane, QStringLiteral("flow-pane-findings"));
        // The selected rule: its own findings; a rule without any says so.
        c.pane->select(quiet.id);
        QVERIFY(!c.pane->findings()->isVisible());
        QCOMPARE(c.get<QLabel>("findingsHeading")->text(), QStringLiteral("No warnings about \"Partners\"."));
        c.pane->select(block.id);
        QVERIFY(c.pane->findings()->isVisible());
        QVERIFY(c.get<QLabel>("findingsHeading")->text().contains(QStringLiteral("\"Block spam\"")));
        look(c.pane, QStringLiteral("flow-pane-selected"));
        // Fixing the overlap clears the warnings without losing the selection.
        QVERIFY(c.engine->flowRules().remove(allow.id).ok());
        QCOMPARE(c.cell(block, FlowRuleTableModel::Warnings), QString());
        QCOMPARE(c.pane->selectedIds(), QStringList{block.id});
        QVERIFY(!c.pane->findings()->isVisible());
    }

    void flow1_searchByNameOrPattern()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("find")));
        QAbstractItemModelTester tester(c.pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.rule(QStringLiteral("Block spam"), FlowAction::Drop, {QStringLiteral("spam.example")});
        c.rule(QStringLiteral("Partners"), FlowAction::BypassSpamCheck,
               {QStringLiteral("*.partner.example")});
        c.rule(QStringLiteral("Vendors"), FlowAction::NormalDelivery,
               {QStringLiteral("billing@vendor.example"), QStringLiteral("vendor.example")});
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("3 of 3 rules"));
        QCOMPARE(c.get<QLabel>("patternsUsed")->text(), QStringLiteral("4 of 1,000 patterns used"));
        auto* search = c.get<QLineEdit>("search");
        QTest::keyClicks(search, QStringLiteral("PARTNER.ex"));
        QCOMPARE(c.pane->table()->model()->rowCount(), 1);
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("1 of 3 rules"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("vend"));
        QCOMPARE(c.pane->table()->model()->index(0, FlowRuleTableModel::Name).data().toString(),
                 QStringLiteral("Vendors"));
        c.rule(QStringLiteral("Vendor spam"), FlowAction::Drop, {QStringLiteral("spam.vendor.example")});
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("2 of 4 rules"));
        search->clear();
        c.pane->table()->sortByColumn(FlowRuleTableModel::Action,
                                      Qt::AscendingOrder); // most restrictive first
        QCOMPARE(c.pane->table()->model()->index(3, FlowRuleTableModel::Action).data().toString(),
                 QStringLiteral("Bypass spam check"));
        look(c.pane, QStringLiteral("flow-pane"));
    }

    void flow1_readOnlyAccessSaysWhy()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ro"));
        const FlowRule rule =
            e->flowRules()
                .create(org.id, {QStringLiteral("Block"), {QStringLiteral("x.example")}, FlowAction::Drop})
                .value();
        e.reopen(AccessLevel::ReadOnly); // ADM-1
        FlowRulesPane pane(*e);
        pane.resize(900, 600);
        pane.show();
        pane.showOrganization(org);
        auto* create = pane.findChild<QAction*>(QStringLiteral("createRule"));
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(QStringLiteral("read-only")));
        pane.select(rule.id);
        for (const char* name : {"editRule", "removeRules"}) {
            auto* action = pane.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY(!action->isEnabled());
            QVERIFY(action->toolTip().contains(QStringLiteral("read-only")));
        }
    }

    void flow1_registeredInTheOrganizationView()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("nav"));
        MainWindow window(*e);
        window.resize(1300, 800);
        window.show();
        window.openOrganization(org.id);
        auto* pane = window.findChild<FlowRulesPane*>();
        QVERIFY(pane);
        QVERIFY(window.organizationView()->selectEntryTitled(QStringLiteral("Email flow rules")));
        QVERIFY(child<QLabel>(&window, QStringLiteral("breadcrumb"))
                    ->text()
                    .contains(QStringLiteral("Organization settings › Email flow rules")));
        QVERIFY(pane->isVisible());
        QVERIFY(pane->emptyState()->isVisible());
        look(&window, QStringLiteral("window-flow-rules"));
    }
};

QTEST_MAIN(TestFlowRulesPane)
#include "tst_FlowRulesPane.moc"
