// EditGuard, the save/revert/leave guard of every editing tab (UI.md): the buttons follow the
// edits, leaving asks Save, Discard or Cancel only when there are edits, and the conflict bar's
// Reload and Keep mine reach the tab. The tabs' own tests (tst_ConflictPanes, tst_SettingsPanes)
// show it in place.

#include "GuiTest.h"
#include "TestEngine.h"
#include "widgets/ConflictBar.h"
#include "widgets/EditGuard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// A tab with one value: dirty while it differs from the saved one.
struct Tab
{
    QWidget widget;
    int value = 0;
    int saved = 0;
    bool saveRefused = false;
    int saves = 0;
    int reverts = 0;
    qint64 adopted = 0;
    EditGuard guard{&widget,
                    QStringLiteral("Thing"),
                    {[this] { return value != saved; },
                     [this] {
                         ++saves;
                         if (saveRefused)
                             return false;
                         saved = value;
                         return true;
                     },
                     [this] {
                         ++reverts;
                         value = saved;
                     }}};
};

} // namespace

class TestEditGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buttonsFollowTheEdits();
    void leavingWithoutEditsAsksNothing();
    void leavingAsksSaveDiscardOrCancel();
    void conflictBarReachesTheTab();
};

void TestEditGuard::buttonsFollowTheEdits()
{
    Tab tab;
    auto* layout = new QVBoxLayout(&tab.widget);
    layout->addLayout(tab.guard.row({}));
    QPushButton* save = child<QPushButton>(&tab.widget, QStringLiteral("saveThing"));
    QPushButton* revert = child<QPushButton>(&tab.widget, QStringLiteral("revertThing"));
    QCOMPARE(save, tab.guard.saveButton());
    QCOMPARE(revert, tab.guard.revertButton());

    tab.guard.update(true);
    QVERIFY(!save->isEnabled());
    QVERIFY(!revert->isEnabled());

    tab.value = 3;
    tab.guard.update(false); // edited, but the edit may not be saved (a field is wrong)
    QVERIFY(!save->isEnabled());
    QVERIFY(revert->isEnabled());
    tab.guard.update(true);
    QVERIFY(save->isEnabled());

    save->click();
    QCOMPARE(tab.saves, 1);
    QCOMPARE(tab.saved, 3);
    tab.value = 5;
    revert->click();
    QCOMPARE(tab.reverts, 1);
    QCOMPARE(tab.value, 3);
}

void TestEditGuard::leavingWithoutEditsAsksNothing()
{
    Tab tab;
    // No question may appear: one would block this call until answered.
    QVERIFY(tab.guard.mayLeave(QStringLiteral("Unsaved thing"), QStringLiteral("Save it?")));
    QCOMPARE(tab.saves, 0);
    QCOMPARE(tab.reverts, 0);
}

void TestEditGuard::leavingAsksSaveDiscardOrCancel()
{
    Tab tab;
    tab.widget.show();
    const auto answer = [](QMessageBox::StandardButton button, QString* text) {
        whenModal<QMessageBox>([button, text](QMessageBox* box) {
            *text = box->windowTitle() + u'|' + box->text();
            box->button(button)->click();
        });
    };
    QString asked;

    tab.value = 1;
    answer(QMessageBox::Cancel, &asked);
    QVERIFY(!tab.guard.mayLeave(QStringLiteral("Unsaved thing"), QStringLiteral("Save it?")));
    QCOMPARE(asked, QStringLiteral("Unsaved thing|Save it?"));
    QCOMPARE(tab.value, 1); // the edit stays
    QCOMPARE(tab.saves + tab.reverts, 0);

    tab.saveRefused = true;
    answer(QMessageBox::Save, &asked);
    QVERIFY(!tab.guard.mayLeave(QStringLiteral("Unsaved thing"), QStringLiteral("Save it?")));
    QCOMPARE(tab.saves, 1); // tried, refused: the administrator stays with the edit
    QCOMPARE(tab.value, 1);

    tab.saveRefused = false;
    answer(QMessageBox::Save, &asked);
    QVERIFY(tab.guard.mayLeave(QStringLiteral("Unsaved thing"), QStringLiteral("Save it?")));
    QCOMPARE(tab.saves, 2);
    QCOMPARE(tab.saved, 1);

    tab.value = 2;
    answer(QMessageBox::Discard, &asked);
    QVERIFY(tab.guard.mayLeave(QStringLiteral("Unsaved thing"), QStringLiteral("Save it?")));
    QCOMPARE(tab.reverts, 1);
    QCOMPARE(tab.value, 1);
}

void TestEditGuard::conflictBarReachesTheTab()
{
    TestEngine engine;
    Tab tab;
    auto* bar = new ConflictBar(&tab.widget);
    tab.guard.followConflicts(
        bar, *engine, [](const Change&) { return true; }, [&tab](qint64 theirs) { tab.adopted = theirs; });

    Error refused(ErrorCode::Conflict, QString(), QStringLiteral("It moved on."));
    refused.currentVersion = 42;
    tab.value = 7;
    QVERIFY(bar->offer(refused));
    QCOMPARE(bar->theirVersion(), 42);

    Q_EMIT bar->keepMineRequested();
    QCOMPARE(tab.adopted, 42); // the version to write over, then saved again
    QCOMPARE(tab.saves, 1);
    QCOMPARE(tab.saved, 7);

    tab.value = 9;
    Q_EMIT bar->reloadRequested();
    QCOMPARE(tab.reverts, 1);
    QCOMPARE(tab.value, 7);
}

QTEST_MAIN(TestEditGuard)
#include "tst_EditGuard.moc"
