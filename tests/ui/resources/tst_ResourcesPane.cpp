// RES-1..RES-4 through the Resources pane, its create dialog and its details tabs, offscreen.

#include "GuiTest.h"
#include "PaneFixture.h"
#include "ResourceTableModel.h"
#include "TestEngine.h"
#include "organizations/Organizations.h"
#include "resources/CreateResourceDialog.h"
#include "resources/ResourceDetailsPanel.h"
#include "resources/Resources.h"
#include "resources/ResourcesPane.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/MemberPicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// A screenshot after the pending layout work, so that what it shows is what people see.
void look(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    shot(widget, name);
}

struct Console : PaneFixture<ResourcesPane>
{
    void open(const Organization& organization) { openAlone(organization, {1100, 760}); }
    Resource resource(const QString& name, const QString& description = {})
    {
        auto made = engine->resources().create(
            org.id, {name, description, ResourceType::Room, name + u'@' + org.defaultDomain});
        if (!made)
            qFatal("resource: %s", qPrintable(made.error().message));
        return made.value();
    }
    void showTab(const QString& title)
    {
        QTabWidget* tabs = pane->details()->tabs();
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == title)
                tabs->setCurrentIndex(i);
    }
};

} // namespace

class TestResourcesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void res1_emptyStateInANewOrganization()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("fresh")));
        QVERIFY(c.pane->emptyState()->isVisible());
        QVERIFY(!c.pane->table()->isVisible());
        QVERIFY(!c.pane->details()->isVisible());
        QVERIFY(c.get<QLabel>("emptyStateText")->text().contains(QStringLiteral("rooms and equipment")));
        QVERIFY(c.pane->emptyState()->button()->isEnabled());
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("0 of 0 resources"));
        look(c.pane, QStringLiteral("resources-empty"));
    }

    void res1_createThroughTheDialog()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("acme")));
        bool badNameGated = false;
        QString followed;
        QString kept;
        whenModal<CreateResourceDialog>([&](CreateResourceDialog* dialog) {
            auto* name = child<QLineEdit>(dialog, QStringLiteral("resourceName"));
            auto* email = child<QLineEdit>(dialog, QStringLiteral("resourceEmail"));
            auto* create = child<QPushButton>(dialog, QStringLiteral("createButton"));
            QVERIFY(!create->isEnabled());
            QVERIFY(!child<QLabel>(dialog, QStringLiteral("nameError"))->isVisible()); // nothing typed yet
            QTest::keyClicks(name, QStringLiteral("board room"));
            auto* error = child<QLabel>(dialog, QStringLiteral("nameError"));
            badNameGated = error->isVisible() && error->text().startsWith(QStringLiteral("Resource name:")) &&
                           !create->isEnabled();
            look(dialog, QStringLiteral("create-resource-error"));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Boardroom"));
            followed = email->text();
            QVERIFY(!error->isVisible());
            email->clear();
            QTest::keyClicks(email, QStringLiteral("rooms@acme.awsapps.com"));
            QTest::keyClicks(name, QStringLiteral("2"));
            kept = email->text();
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("resourceDescription")),
                             QStringLiteral("Second floor, 12 seats"));
            QVERIFY(create->isEnabled());
            look(dialog, QStringLiteral("create-resource-filled"));
            create->click();
        });
        c.action("createResource")->trigger();
        QVERIFY(badNameGated);
        QCOMPARE(followed, QStringLiteral("boardroom@acme.awsapps.com"));
        QCOMPARE(kept, QStringLiteral("rooms@acme.awsapps.com"));
        auto made = c.engine->resources().findByName(c.org.id, QStringLiteral("Boardroom2"));
        QVERIFY(made.ok());
        QCOMPARE(made.value().details.email, QStringLiteral("rooms@acme.awsapps.com"));
        QCOMPARE(made.value().details.description, QStringLiteral("Second floor, 12 seats"));
        QCOMPARE(c.pane->selectedIds(), QStringList{made.value().id});
        QVERIFY(c.pane->table()->isVisible());
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("1 of 1 resources"));
        QCOMPARE(c.pane->details()->resourceId(), made.value().id);
    }

    void res1_addressTakenShowsUnderTheAddress()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("dup")));
        c.engine.user(c.org, QStringLiteral("projector"));
        bool shown = false;
        whenModal<CreateResourceDialog>([&](CreateResourceDialog* dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("resourceName")),
                             QStringLiteral("projector"));
            auto* error = child<QLabel>(dialog, QStringLiteral("emailError"));
            shown = error->isVisible() &&
                    !child<QPushButton>(dialog, QStringLiteral("createButton"))->isEnabled();
            dialog->reject();
        });
        c.action("createResource")->trigger();
        QVERIFY(shown);
    }

    void res1_searchFiltersAsYouTypeAndCounts()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("find")));
        QAbstractItemModelTester tester(c.pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char* name : {"alpha", "alpine", "beta"})
            c.resource(QString::fromLatin1(name));
        const Resource gamma =
            c.resource(QStringLiteral("gamma"), QStringLiteral("Projector with HDMI and USB-C"));
        QVERIFY(c.engine->resources().setBooking(gamma.id, {false, true, true}).ok());
        QCOMPARE(c.pane->model()->rowCount(), 4);
        QTest::keyClicks(c.get<QLineEdit>("search"), QStringLiteral("alp"));
        QCOMPARE(c.pane->model()->rowCount(), 2);
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("2 of 4 resources"));
        QVERIFY(c.get<QLineEdit>("search")->placeholderText().contains(QStringLiteral("address")));
        c.resource(QStringLiteral("alps"));  // added while searching: it matches
        c.resource(QStringLiteral("delta")); // does not
        QCOMPARE(c.pane->model()->rowCount(), 3);
        QCOMPARE(c.get<QLabel>("count")->text(), QStringLiteral("3 of 6 resources"));
        c.get<QLineEdit>("search")->clear();
        QCOMPARE(c.pane->model()->rowCount(), 6);
        QCOMPARE(c.pane->table()->model()->index(0, ResourceTableModel::Name).data().toString(),
                 QStringLiteral("alpha"));
        c.pane->table()->sortByColumn(ResourceTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(c.pane->table()->model()->index(0, ResourceTableModel::Name).data().toString(),
                 QStringLiteral("gamma"));
        c.pane->table()->sortByColumn(ResourceTableModel::Name, Qt::AscendingOrder);
        c.pane->select(gamma.id);
        QCOMPARE(c.pane->model()
                     ->index(c.pane->model()->rowOf(gamma.id), ResourceTableModel::Booking)
                     .data()
                     .toString(),
                 QStringLiteral("Needs delegates"));
        look(c.pane, QStringLiteral("resources-pane"));
    }

    void res1_editGeneralSaveAndRevert()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("gen")));
        const Resource r = c.resource(QStringLiteral("van"), QStringLiteral("The blue one"));
        QAbstractItemModelTester tester(c.pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.pane->select(r.id);
        c.action("openResource")->trigger();
        auto* description = c.get<QLineEdit>("resourceDescription");
        auto* save = c.get<QPushButton>("saveGeneral");
        auto* revert = c.get<QPushButton>("revertGeneral");
        QVERIFY(!save->isEnabled());
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("The red one"));
        auto* type = c.get<QComboBox>("resourceType");
        type->setCurrentIndex(type->findData(int(ResourceType::Equipment)));
        QVERIFY(save->isEnabled());
        look(c.pane, QStringLiteral("resource-general-edit"));
        save->click();
        const Resource saved = c.engine->resources().get(r.id).value();
        QCOMPARE(saved.details.description, QStringLiteral("The red one"));
        QCOMPARE(saved.details.type, ResourceType::Equipment);
        QVERIFY(!save->isEnabled());
        const int row = c.pane->model()->rowOf(r.id);
        QCOMPARE(c.pane->model()->index(row, ResourceTableModel::Type).data().toString(),
                 QStringLiteral("Equipment"));

        auto* name = c.get<QLineEdit>("resourceName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("van #2"));
        auto* error = c.get<QLabel>("nameError");
        QVERIFY(error->isVisible());
        QVERIFY(!save->isEnabled());
        look(c.pane, QStringLiteral("resource-general-error"));
        revert->click();
        QCOMPARE(name->text(), QStringLiteral("van"));
        QVERIFY(!error->isVisible());
    }

    void res2_bookingOptionsSave()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("book")));
        const Resource r = c.resource(QStringLiteral("hall"));
        c.pane->select(r.id);
        c.showTab(QStringLiteral("Booking options"));
        auto* acceptAll = c.get<QCheckBox>("acceptAll");
        auto* recurring = c.get<QCheckBox>("declineRecurring");
        auto* conflicting = c.get<QCheckBox>("declineConflicting");
        QVERIFY(acceptAll->isChecked());
        QVERIFY(!recurring->isChecked());
        QVERIFY(conflicting->isChecked());
        recurring->click();
        conflicting->click();
        auto* save = c.get<QPushButton>("saveBooking");
        QVERIFY(save->isEnabled());
        look(c.pane, QStringLiteral("resource-booking"));
        save->click();
        const BookingOptions saved = c.engine->resources().get(r.id).value().booking;
        QCOMPARE(saved, (BookingOptions{true, true, false}));
        QVERIFY(!save->isEnabled());
    }

    void res3_delegatesOnlyWhileAcceptAllIsOff()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("dlg")));
        const User dana = c.engine.user(c.org, QStringLiteral("dana"));
        const Resource r = c.resource(QStringLiteral("studio"));
        c.pane->select(r.id);
        c.showTab(QStringLiteral("Delegates"));
        auto* picker = c.get<MemberPicker>("delegatePicker");
        auto* note = c.get<QLabel>("delegatesNote");
        auto* saveDelegates = c.get<QPushButton>("saveDelegates");
        QVERIFY(!picker->isEnabled());
        QVERIFY(
            note->text().contains(QStringLiteral("only apply when requests are not accepted automatically")));
        look(c.pane, QStringLiteral("resource-delegates-accept-all"));

        // Turn "accept all" off on the Booking options tab: the picker comes on.
        c.showTab(QStringLiteral("Booking options"));
        c.get<QCheckBox>("acceptAll")->click();
        c.get<QPushButton>("saveBooking")->click();
        QVERIFY(!c.engine->resources().get(r.id).value().booking.acceptAll);
        c.showTab(QStringLiteral("Delegates"));
        QVERIFY(picker->isEnabled());
        picker->search(QStringLiteral("dana"));
        auto* available = c.get<QListView>("available");
        QCOMPARE(available->model()->rowCount(), 1);
        available->selectionModel()->select(available->model()->index(0, 0), QItemSelectionModel::Select);
        c.get<QToolButton>("addChosen")->click();
        QCOMPARE(picker->chosenIds(), QStringList{dana.id});
        QVERIFY(saveDelegates->isEnabled());

        // Meanwhile "accept all" goes back on elsewhere: the picker goes off and the engine refuses.
        QVERIFY(c.engine->resources().setBooking(r.id, BookingOptions{}).ok());
        QVERIFY(!picker->isEnabled());
        saveDelegates->click();
        auto* refused = c.get<QLabel>("delegatesError");
        QVERIFY(refused->isVisible());
        QVERIFY(refused->text().startsWith(QStringLiteral("Delegates:")));
        QVERIFY(c.engine->resources().delegates(r.id).value().isEmpty());
        look(c.pane, QStringLiteral("resource-delegates-refused"));

        c.showTab(QStringLiteral("Booking options"));
        QVERIFY(c.get<QCheckBox>("acceptAll")->isChecked()); // shown fresh
        c.get<QCheckBox>("acceptAll")->click();
        c.get<QPushButton>("saveBooking")->click();
        c.showTab(QStringLiteral("Delegates"));
        QVERIFY(picker->isEnabled());
        saveDelegates->click();
        const QVector<Member> delegates = c.engine->resources().delegates(r.id).value();
        QCOMPARE(delegates.size(), 1);
        QCOMPARE(delegates.first().id, dana.id);
        QVERIFY(!saveDelegates->isEnabled());
        QVERIFY(!refused->isVisible());
        const int row = c.pane->model()->rowOf(r.id);
        QCOMPARE(c.pane->model()->index(row, ResourceTableModel::Booking).data().toString(),
                 QStringLiteral("Delegates decide"));
        look(c.pane, QStringLiteral("resource-delegates"));

        // With a delegate, "accept all" cannot come back on: the engine's reason shows.
        c.showTab(QStringLiteral("Booking options"));
        c.get<QCheckBox>("acceptAll")->click();
        c.get<QPushButton>("saveBooking")->click();
        auto* acceptAllError = c.get<QLabel>("acceptAllError");
        QVERIFY(acceptAllError->isVisible());
        QVERIFY(acceptAllError->text().contains(QStringLiteral("remove them first")));
        look(c.pane, QStringLiteral("resource-booking-refused"));
        QVERIFY(!c.engine->resources().get(r.id).value().booking.acceptAll);

        // Taking the delegate out again.
        c.get<QPushButton>("revertBooking")->click();
        c.showTab(QStringLiteral("Delegates"));
        auto* chosen = c.get<QListView>("chosen");
        chosen->selectionModel()->select(chosen->model()->index(0, 0), QItemSelectionModel::Select);
        c.get<QToolButton>("removeChosen")->click();
        saveDelegates->click();
        QVERIFY(c.engine->resources().delegates(r.id).value().isEmpty());
    }

    void res1_leavingWithUnsavedEditsAsks()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("ask")));
        const Resource first = c.resource(QStringLiteral("first"));
        const Resource second = c.resource(QStringLiteral("second"));
        c.pane->select(first.id);
        QTest::keyClicks(c.get<QLineEdit>("resourceDescription"), QStringLiteral("Edited"));
        QString question;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        c.pane->select(second.id);
        QVERIFY(question.contains(QStringLiteral("first")));
        QCOMPARE(c.pane->details()->resourceId(), first.id);
        QCOMPARE(c.pane->selectedIds(), QStringList{first.id});
        whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Save)->click(); });
        c.pane->select(second.id);
        QCOMPARE(c.pane->details()->resourceId(), second.id);
        QCOMPARE(c.engine->resources().get(first.id).value().details.description, QStringLiteral("Edited"));
    }

    void res4_removeAsksAndRemovesEachSelected()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("rm")));
        const User u = c.engine.user(c.org, QStringLiteral("ulla"));
        const Resource a = c.resource(QStringLiteral("a-room"));
        const Resource b = c.resource(QStringLiteral("b-room"));
        QVERIFY(c.engine->resources().setBooking(b.id, {false, false, true}).ok());
        QVERIFY(c.engine->resources().addDelegates(b.id, {u.id}).ok());
        QAbstractItemModelTester tester(c.pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!c.action("removeResources")->isEnabled());
        QVERIFY(c.action("removeResources")->toolTip().contains(QStringLiteral("Select")));
        c.pane->table()->selectAll();
        QVERIFY(c.action("removeResources")->isEnabled());
        QVERIFY(!c.action("openResource")->isEnabled());
        Confirm::setNextAnswer(false);
        c.action("removeResources")->trigger();
        QCOMPARE(c.engine->resources().list(c.org.id).value().size(), 2);
        Confirm::setNextAnswer(true);
        c.pane->table()->setFocus();
        QTest::keyClick(c.pane->table(), Qt::Key_Delete);
        QVERIFY(c.engine->resources().list(c.org.id).value().isEmpty());
        QVERIFY(!c.engine->resources().findByName(c.org.id, QStringLiteral("a-room")).ok());
        QCOMPARE(c.pane->model()->rowCount(), 0);
        QVERIFY(c.pane->emptyState()->isVisible());
        QVERIFY(c.pane->details()->resourceId().isEmpty());
        // The address is free again.
        QVERIFY(c.engine->resources()
                    .checkDetails(c.org.id, {QStringLiteral("x"), {}, ResourceType::Room, a.details.email})
                    .ok());
    }

    void res4_disabledActionsSayWhy()
    {
        Console c;
        Organization org = c.engine.quickOrg(QStringLiteral("iop"));
        org.interoperability = true; // resources then live in Microsoft Exchange
        c.open(org);
        QAction* create = c.action("createResource");
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(QStringLiteral("interoperability mode")));
        QVERIFY(!c.pane->emptyState()->button()->isEnabled());
        QCOMPARE(c.pane->emptyState()->button()->toolTip(), create->toolTip());

        const Resource r = c.resource(QStringLiteral("lab"));
        c.close();
        c.engine.reopen(AccessLevel::ReadOnly); // ADM-1
        c.open(c.engine->organizations().get(org.id).value());
        QVERIFY(c.action("createResource")->toolTip().contains(QStringLiteral("read-only")));
        c.pane->select(r.id);
        QVERIFY(!c.action("removeResources")->isEnabled());
        QVERIFY(c.action("openResource")->isEnabled());
        QVERIFY(c.get<QLineEdit>("resourceName")->isReadOnly());
        QVERIFY(!c.get<QCheckBox>("acceptAll")->isEnabled());
        QVERIFY(!c.get<MemberPicker>("delegatePicker")->isEnabled());
    }

    void res1_registeredInTheOrganizationView()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("nav"));
        MainWindow window(*e);
        window.resize(1300, 800);
        window.show();
        window.openOrganization(org.id);
        auto* pane = window.findChild<ResourcesPane*>();
        QVERIFY(pane);
        QVERIFY(window.organizationView()->selectEntryTitled(QStringLiteral("Resources")));
        QVERIFY(pane->isVisible());
        QVERIFY(pane->emptyState()->isVisible());
        look(&window, QStringLiteral("window-resources"));
    }
};

QTEST_MAIN(TestResourcesPane)
#include "tst_ResourcesPane.moc"
