// JRN-1, JRN-2 and MIG-1 through the Journaling and Migration panes of Organization settings,
// offscreen.

#include "GuiTest.h"
#include "TestEngine.h"
#include "settings/JournalingPane.h"
#include "settings/MigrationPane.h"
#include "settings/OrgSettings.h"
#include "shell/OrganizationView.h"
#include "users/Mailboxes.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// A screenshot once the pending layout work is done (a word-wrapped label whose text changed
// takes one round for its new height and one for its parents).
void look(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    shot(widget, name);
}

template <typename Pane> struct Console
{
    explicit Console(AccessLevel access = AccessLevel::Full)
    {
        org = engine.quickOrg(QStringLiteral("acme"));
        if (access != AccessLevel::Full)
            engine.reopen(access);
    }
    TestEngine engine;
    Organization org;
    std::unique_ptr<Pane> pane;

    void open()
    {
        pane = std::make_unique<Pane>(*engine);
        pane->resize(900, 560);
        pane->show();
        pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        pane->showOrganization(org);
    }
    template <typename T> T* get(const char* name) { return child<T>(pane.get(), QString::fromLatin1(name)); }
    void type(const char* name, const QString& text)
    {
        auto* edit = get<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
};

using Journaling = Console<JournalingPane>;
using Migration = Console<MigrationPane>;

} // namespace

class TestSettingsPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void jrn1_addressesEnabledOnlyWhileOn()
    {
        Journaling c;
        c.open();
        auto* on = c.get<QCheckBox>("journalingEnabled");
        QVERIFY(on->isEnabled());
        QVERIFY(!on->isChecked());
        QVERIFY(!c.get<QLineEdit>("journalAddress")->isEnabled());
        QVERIFY(!c.get<QLineEdit>("reportAddress")->isEnabled());
        QVERIFY(!c.get<QPushButton>("saveJournaling")->isEnabled());
        QVERIFY(
            c.get<QLabel>("journalAddressHint")->text().contains(QStringLiteral("outside the organization")));
        look(c.pane.get(), QStringLiteral("journaling-off"));
        on->click();
        QVERIFY(c.get<QLineEdit>("journalAddress")->isEnabled());
        QVERIFY(c.get<QLineEdit>("reportAddress")->isEnabled());
        // Nothing typed yet: no error pointed at, but nothing to save either.
        QVERIFY(!c.get<QLabel>("journalAddressError")->isVisible());
        QVERIFY(!c.get<QPushButton>("saveJournaling")->isEnabled());
        QVERIFY(c.get<QPushButton>("revertJournaling")->isEnabled());
    }

    void jrn1_badReportAddressShowsErrorUnderItAndKeepsSaveDisabled()
    {
        Journaling c;
        c.open();
        c.get<QCheckBox>("journalingEnabled")->click();
        c.type("journalAddress", QStringLiteral("journal@archive.example.com"));
        c.type("reportAddress", QStringLiteral("admin at acme"));
        auto* error = c.get<QLabel>("reportAddressError");
        QVERIFY(error->isVisible());
        auto engineSays = c.engine->settings().checkJournaling(
            {true, QStringLiteral("journal@archive.example.com"), QStringLiteral("admin at acme")});
        QVERIFY(!engineSays.ok());
        QCOMPARE(engineSays.error().field, QStringLiteral("reportAddress"));
        QCOMPARE(error->text(), engineSays.error().message);
        QVERIFY(!c.get<QLabel>("journalAddressError")->isVisible());
        QVERIFY(!c.get<QPushButton>("saveJournaling")->isEnabled());
        look(c.pane.get(), QStringLiteral("journaling-bad-report-address"));
        // Corrected: the error goes and Save comes.
        c.type("reportAddress", QStringLiteral("admin@acme.awsapps.com"));
        QVERIFY(!error->isVisible());
        QVERIFY(c.get<QPushButton>("saveJournaling")->isEnabled());
    }

    void jrn1_goodAddressesSaveAtOnceAndRevertRestores()
    {
        Journaling c;
        c.open();
        c.get<QCheckBox>("journalingEnabled")->click();
        c.type("journalAddress", QStringLiteral("journal@archive.example.com")); // outside the organization
        c.type("reportAddress", QStringLiteral("admin@acme.awsapps.com"));
        look(c.pane.get(), QStringLiteral("journaling-filled"));
        c.get<QPushButton>("saveJournaling")->click();
        auto stored = c.engine->settings().journaling(c.org.id);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().enabled);
        QCOMPARE(stored.value().journalAddress, QStringLiteral("journal@archive.example.com"));
        QCOMPARE(stored.value().reportAddress, QStringLiteral("admin@acme.awsapps.com"));
        QVERIFY(!c.pane->isDirty());
        QVERIFY(!c.get<QPushButton>("saveJournaling")->isEnabled());
        QVERIFY(!c.get<QPushButton>("revertJournaling")->isEnabled());
        look(c.pane.get(), QStringLiteral("journaling-saved"));

        c.type("reportAddress", QStringLiteral("someone@acme.awsapps.com"));
        c.get<QCheckBox>("journalingEnabled")->click();
        QVERIFY(c.pane->isDirty());
        c.get<QPushButton>("revertJournaling")->click();
        QVERIFY(c.get<QCheckBox>("journalingEnabled")->isChecked());
        QCOMPARE(c.get<QLineEdit>("reportAddress")->text(), QStringLiteral("admin@acme.awsapps.com"));
        QVERIFY(!c.pane->isDirty());
        QVERIFY(c.engine->settings().journaling(c.org.id).value().enabled);
    }

    void jrn1_changedElsewhereShowsFresh()
    {
        Journaling c;
        c.open();
        QVERIFY(c.engine->settings()
                    .setJournaling(c.org.id, {true, QStringLiteral("j@archive.example.com"),
                                              QStringLiteral("r@acme.awsapps.com")})
                    .ok());
        QVERIFY(c.get<QCheckBox>("journalingEnabled")->isChecked());
        QCOMPARE(c.get<QLineEdit>("journalAddress")->text(), QStringLiteral("j@archive.example.com"));
    }

    void jrn1_leavingWithUnsavedEditsAsks()
    {
        Journaling c;
        c.open();
        c.get<QCheckBox>("journalingEnabled")->click();
        bool asked = false;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = true;
            box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(c.pane->mayLeave());
        QVERIFY(asked);
        QVERIFY(!c.get<QCheckBox>("journalingEnabled")->isChecked());
        QVERIFY(!c.pane->isDirty());
    }

    void jrn2_reservedSenderShown()
    {
        Journaling c;
        c.open();
        auto* sender = c.get<QLabel>("journalSender");
        QVERIFY(sender->isVisible());
        QVERIFY(sender->text().contains(QStringLiteral("amazonjournaling@acme.awsapps.com")));
        QCOMPARE(journalSenderAddress(c.org), QStringLiteral("amazonjournaling@acme.awsapps.com"));
        QVERIFY(sender->text().contains(QStringLiteral("no user, group or resource")));
    }

    void jrn1_readOnlyDisablesEditing()
    {
        Journaling c(AccessLevel::ReadOnly);
        c.open();
        QVERIFY(!c.get<QCheckBox>("journalingEnabled")->isEnabled());
        QVERIFY(!c.get<QLineEdit>("journalAddress")->isEnabled());
        QVERIFY(!c.get<QPushButton>("saveJournaling")->isEnabled());
        QVERIFY(c.get<QLabel>("journalingNote")->text().contains(QStringLiteral("read-only")));
        look(c.pane.get(), QStringLiteral("journaling-read-only"));
    }

    void mig1_noneThenNamedThenChosenThenNamedAgain()
    {
        Migration c;
        c.open();
        auto* name = c.get<QLabel>("migrationAdminName");
        auto* source = c.get<QLabel>("migrationAdminSource");
        QCOMPARE(name->text(), QStringLiteral("None yet"));
        QVERIFY(source->text().contains(QStringLiteral("Create a user named migration_admin")));
        QVERIFY(!c.get<QPushButton>("useNamedMigrationAdmin")->isEnabled());
        look(c.pane.get(), QStringLiteral("migration-none"));

        // Created elsewhere: the pane follows the engine.
        const User named = c.engine.user(c.org, QStringLiteral("migration_admin"));
        QVERIFY(name->text().contains(QStringLiteral("migration_admin")));
        QVERIFY(source->text().contains(QStringLiteral("The user named migration_admin")));
        look(c.pane.get(), QStringLiteral("migration-named"));

        const User dana = c.engine.user(c.org, QStringLiteral("dana"));
        QVERIFY(!c.get<QPushButton>("saveMigrationAdmin")->isEnabled());
        c.type("migrationAdminUser", QStringLiteral("dan"));
        QVERIFY(c.pane->candidates().contains(QStringLiteral("dana")));
        QVERIFY(c.get<QPushButton>("saveMigrationAdmin")->isEnabled());
        auto* popup = c.get<QLineEdit>("migrationAdminUser")->completer()->popup();
        if (popup->isVisible())
            look(popup, QStringLiteral("migration-completion"));
        c.type("migrationAdminUser", QStringLiteral("dana"));
        c.get<QPushButton>("saveMigrationAdmin")->click();
        auto admin = c.engine->settings().migrationAdmin(c.org.id);
        QVERIFY(admin.ok() && admin.value().chosen && admin.value().user);
        QCOMPARE(admin.value().user->id, dana.id);
        QVERIFY(name->text().contains(QStringLiteral("dana")));
        QVERIFY(source->text().startsWith(QStringLiteral("Chosen here")));
        QVERIFY(c.get<QLineEdit>("migrationAdminUser")->text().isEmpty());
        look(c.pane.get(), QStringLiteral("migration-chosen"));

        auto* useNamed = c.get<QPushButton>("useNamedMigrationAdmin");
        QVERIFY(useNamed->isEnabled());
        useNamed->click();
        admin = c.engine->settings().migrationAdmin(c.org.id);
        QVERIFY(admin.ok() && !admin.value().chosen && admin.value().user);
        QCOMPARE(admin.value().user->id, named.id);
        QVERIFY(name->text().contains(QStringLiteral("migration_admin")));
        QVERIFY(!useNamed->isEnabled());
    }

    void mig1_completionOffersOnlyEnabledUsers()
    {
        Migration c;
        c.open();
        c.engine.user(c.org, QStringLiteral("dana"));
        const User dan = c.engine.user(c.org, QStringLiteral("dan"));
        c.engine.user(c.org, QStringLiteral("erik"));
        QVERIFY(c.engine->mailboxes().disable(dan.id).ok());
        c.type("migrationAdminUser", QStringLiteral("da"));
        QCOMPARE(c.pane->candidates(), QStringList{QStringLiteral("dana")});
    }

    void mig1_atMostFiftyOffered()
    {
        Migration c;
        c.engine.endTrial();
        c.open();
        for (int i = 0; i < MigrationPane::MaxCandidates + 2; ++i)
            c.engine.user(c.org, QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')));
        c.type("migrationAdminUser", QStringLiteral("user"));
        QCOMPARE(c.pane->candidates().size(), MigrationPane::MaxCandidates);
        QCOMPARE(c.get<QLabel>("migrationCandidateCount")->text(),
                 QStringLiteral("50 of 52 enabled users offered; type more to narrow the list."));
        c.type("migrationAdminUser", QStringLiteral("user5"));
        QCOMPARE(c.pane->candidates(), (QStringList{QStringLiteral("user50"), QStringLiteral("user51")}));
    }

    void mig1_disabledUserShowsTheEnginesError()
    {
        Migration c;
        c.open();
        const User dan = c.engine.user(c.org, QStringLiteral("dan"));
        QVERIFY(c.engine->mailboxes().disable(dan.id).ok());
        c.type("migrationAdminUser", QStringLiteral("dan"));
        c.get<QPushButton>("saveMigrationAdmin")->click();
        auto engineSays = c.engine->settings().setMigrationAdmin(c.org.id, dan.id);
        QVERIFY(!engineSays.ok());
        auto* error = c.get<QLabel>("migrationAdminError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), engineSays.error().message);
        QVERIFY(!c.engine->settings().migrationAdmin(c.org.id).value().chosen);
        look(c.pane.get(), QStringLiteral("migration-disabled-user"));
        // Typing again clears it.
        QTest::keyClicks(c.get<QLineEdit>("migrationAdminUser"), QStringLiteral("x"));
        QVERIFY(!error->isVisible());
    }

    void mig1_unknownUserSaysSo()
    {
        Migration c;
        c.open();
        c.type("migrationAdminUser", QStringLiteral("nobody"));
        c.get<QPushButton>("saveMigrationAdmin")->click();
        QVERIFY(c.get<QLabel>("migrationAdminError")->text().contains(QStringLiteral("nobody")));
    }

    void mig1_readOnlyDisablesTheControls()
    {
        Migration c(AccessLevel::ReadOnly);
        c.open();
        QVERIFY(!c.get<QLineEdit>("migrationAdminUser")->isEnabled());
        QVERIFY(!c.get<QPushButton>("saveMigrationAdmin")->isEnabled());
        QVERIFY(!c.get<QPushButton>("useNamedMigrationAdmin")->isEnabled());
        QVERIFY(c.get<QLabel>("migrationNote")->text().contains(QStringLiteral("read-only")));
        look(c.pane.get(), QStringLiteral("migration-read-only"));
    }

    void jrn1_mig1_entriesUnderOrganizationSettings()
    {
        TestEngine engine;
        const Organization org = engine.quickOrg(QStringLiteral("acme"));
        OrganizationView view(*engine);
        view.resize(1100, 620);
        view.show();
        view.showOrganization(org.id);
        const QStringList titles = view.entryTitles();
        const int journaling = titles.indexOf(QStringLiteral("Journaling"));
        QVERIFY(journaling > 0);
        QCOMPARE(titles.value(journaling - 1), QStringLiteral("Email flow rules"));
        QCOMPARE(titles.value(journaling + 1), QStringLiteral("Migration"));
        // They sit under the one heading, which is not an entry of its own; Interoperability is
        // there too, hidden for an organization that was never in the mode.
        auto* navigation = child<QTreeWidget>(&view, QStringLiteral("navigation"));
        const auto headings =
            navigation->findItems(QStringLiteral("Organization settings"), Qt::MatchExactly);
        QCOMPARE(headings.size(), 1);
        QCOMPARE(headings.first()->childCount(), 4);
        QCOMPARE(headings.first()->child(3)->text(0), QStringLiteral("Interoperability"));
        QVERIFY(headings.first()->child(3)->isHidden());
        QVERIFY(!titles.contains(QStringLiteral("Interoperability")));
        QCOMPARE(headings.first()->child(1)->text(0), QStringLiteral("Journaling"));
        QVERIFY(!(headings.first()->flags() & Qt::ItemIsSelectable));
        QVERIFY(!titles.contains(QStringLiteral("Organization settings")));
        view.selectEntry(journaling);
        look(&view, QStringLiteral("organization-journaling"));
        view.selectEntry(journaling + 1);
        look(&view, QStringLiteral("organization-migration"));
    }
};

QTEST_MAIN(TestSettingsPanes)
#include "tst_SettingsPanes.moc"
