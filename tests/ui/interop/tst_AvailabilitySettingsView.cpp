// IOP-4 through AvailabilitySettingsView on the wizard's availability page, offscreen: settings
// typed and checked as they are typed, saved with the password in a real system keychain (GNOME
// Keyring in a private D-Bus session, see tests/support/keyring-session.sh) and never shown again,
// then tested for real against a local HTTPS server that answers like Exchange's EWS, with the
// test CA trusted through the "interop/caBundle" setting. Next waits for a successful test.

#include "AvailabilityTableModel.h"
#include "GuiTest.h"
#include "HttpsServer.h"
#include "KeyringSession.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "interop/AvailabilityPasswordDialog.h"
#include "interop/AvailabilitySettings.h"
#include "interop/AvailabilitySettingsForm.h"
#include "interop/AvailabilitySettingsView.h"
#include "interop/CaBundleChooser.h"
#include "interop/wizard/InteropAvailabilityPage.h"
#include "net/SecretStore.h"
#include "widgets/Confirm.h"
#include "widgets/ConflictBar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryFile>
#include <QWizard>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QString DomainName = QStringLiteral("contoso.com");
const QString Account = QStringLiteral("CONTOSO\\svc-availability");
const QString Password = QStringLiteral("Avail-View-7261");
const QString WrongPassword = QStringLiteral("Not-The-One-55");

enum Column
{
    DomainColumn,
    UrlColumn,
    AccountColumn,
    PasswordColumn,
    LastTestColumn
};

// Every text a person can see or a screen reader can read in the window.
QStringList allTexts(QWidget* root)
{
    QStringList texts{root->windowTitle()};
    for (QWidget* w : root->findChildren<QWidget*>()) {
        texts << w->toolTip() << w->accessibleName() << w->windowTitle();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->text() << edit->displayText() << edit->placeholderText();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                        texts << model->index(r, c).data(role).toString();
        }
    }
    return texts;
}

bool shows(QWidget* root, const QString& text)
{
    for (const QString& t : allTexts(root))
        if (t.contains(text))
            return true;
    return false;
}

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// A keychain whose service does not answer: reading fails the way QtKeychain's timeout does.
class UnansweringKeychain : public SecretStore
{
public:
    void read(const QString&, SecretCallback done) override
    {
        QTimer::singleShot(0, this, [done] { done(SecretStore::timedOut()); });
    }
};

struct Page
{
    QWizard wizard;
    InteropAvailabilityPage* page;
    AvailabilitySettingsView* view;

    Page(TestEngine& e, const Organization& org) : page(new InteropAvailabilityPage(*e))
    {
        page->setOrganizationId(org.id);
        view = page->view();
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.resize(1100, 760);
        wizard.show();
    }
    QAbstractButton* next() { return wizard.button(QWizard::NextButton); }
    QPushButton* button(const char* name) { return child<QPushButton>(view, QString::fromLatin1(name)); }
    QLineEdit* field(const char* name) { return child<QLineEdit>(view, QString::fromLatin1(name)); }
    QString label(const char* name) { return child<QLabel>(view, QString::fromLatin1(name))->text(); }
    QString cell(int column)
    {
        return child<QTableView>(view, QStringLiteral("availabilityTable"))
            ->model()
            ->index(0, column)
            .data()
            .toString();
    }
    QString result() { return label("testResult"); }
    QString error()
    {
        auto* l = child<QLabel>(view, QStringLiteral("availabilityError"));
        return l->isVisible() ? l->text() : QString();
    }
    // Runs Test and waits for its end.
    void test()
    {
        button("testSettings")->click();
        QVERIFY(view->isTesting() || !error().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isTesting(), 30000);
    }
    // Through the dialog; returns whether it first refused two passwords that differ, naming the field.
    bool changePassword(const QString& password)
    {
        auto refusedMismatch = std::make_shared<bool>(false);
        whenModal<AvailabilityPasswordDialog>([password, refusedMismatch](AvailabilityPasswordDialog* d) {
            auto* change = d->findChild<QPushButton*>(QStringLiteral("changePasswordButton"));
            auto* confirm = d->findChild<QLineEdit*>(QStringLiteral("confirmPassword"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newPassword")), password);
            QTest::keyClicks(confirm, password + QStringLiteral("x"));
            auto* error = d->findChild<QLabel*>(QStringLiteral("confirmPasswordError"));
            *refusedMismatch = !change->isEnabled() && error->isVisible() &&
                               error->text().startsWith(QStringLiteral("Confirm:"));
            shot(d, QStringLiteral("availability-password-mismatch"));
            QTest::keyClick(confirm, Qt::Key_Backspace);
            change->click();
        });
        button("changePassword")->click();
        return *refusedMismatch;
    }
};

} // namespace

class TestAvailabilitySettingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_AvailabilitySettingsView"));
        requireSecretService();
        m_server.addAccount(Account, Password);
        QString why;
        MAILROOM_REQUIRE_PEER(m_server.start(&why), why);
    }

    void init() { QSettings().remove(CaBundleChooser::SettingsKey); }

    void iop4_saveTestChangePasswordThroughTheView()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("availview"));
        e.verifiedDomain(org, DomainName);
        Page p(e, org);
        QCOMPARE(p.view->selectedDomain(), DomainName);
        QCOMPARE(p.cell(UrlColumn), QStringLiteral("Not set"));
        QVERIFY2(p.page->left().contains(QStringLiteral("Save settings for contoso.com")),
                 qPrintable(p.page->left()));
        QVERIFY(!p.next()->isEnabled());
        QVERIFY(!p.button("testSettings")->isEnabled());
        QVERIFY(!p.button("changePassword")->isEnabled());
        QCOMPARE(p.button("editSettings")->text(), QStringLiteral("&Add settings…"));
        shot(&p.wizard, QStringLiteral("availability-none"));

        // Typed wrong: the error under the field names it and its rule; Save waits.
        p.button("editSettings")->click();
        auto* form = child<AvailabilitySettingsForm>(p.view, QStringLiteral("availabilityForm"));
        QVERIFY(form->isVisible());
        auto* save = p.button("saveSettings");
        QVERIFY(!save->isEnabled());
        type(p.field("ewsUrl"), QStringLiteral("http://mail.contoso.com/EWS/Exchange.asmx"));
        auto* urlError = child<QLabel>(p.view, QStringLiteral("ewsUrlError"));
        QVERIFY(urlError->isVisible());
        QVERIFY2(urlError->text().startsWith(QStringLiteral("EWS URL:")), qPrintable(urlError->text()));
        QVERIFY(urlError->text().contains(QStringLiteral("https://")));
        type(p.field("serviceAccount"), QStringLiteral("svc availability"));
        QVERIFY(child<QLabel>(p.view, QStringLiteral("serviceAccountError"))
                    ->text()
                    .contains(QStringLiteral("DOMAIN\\username")));
        QVERIFY(!save->isEnabled());
        shot(&p.wizard, QStringLiteral("availability-form-errors"));

        const QString url = m_server.url(QStringLiteral("/EWS/Exchange.asmx")).toString();
        type(p.field("ewsUrl"), url);
        type(p.field("serviceAccount"), Account);
        QVERIFY(!urlError->isVisible());
        QVERIFY(!save->isEnabled()); // the first save needs the password
        type(p.field("password"), Password);
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(form->isSaving());
        QVERIFY(!save->isEnabled());
        QVERIFY(!p.field("ewsUrl")->isEnabled());
        QTRY_VERIFY(!form->isVisible());
        const AvailabilitySetting saved = e->availability().get(org.id, DomainName).value();
        QCOMPARE(saved.ewsUrl, url);
        QCOMPARE(saved.serviceAccount, Account);
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), Password);

        // The password is in the keychain and nowhere in the window.
        QCOMPARE(p.cell(PasswordColumn), QStringLiteral("In the system keychain"));
        QCOMPARE(p.cell(UrlColumn), url);
        QCOMPARE(p.cell(LastTestColumn), QStringLiteral("Not tested"));
        QVERIFY(p.field("password")->text().isEmpty());
        QVERIFY(shows(&p.wizard, Account)); // the search sees what the window shows
        QVERIFY(!shows(&p.wizard, Password));
        QVERIFY(p.page->left().contains(QStringLiteral("Test the settings of contoso.com")));
        QVERIFY(!p.next()->isEnabled());

        // Without the enterprise CA, the test server's certificate is not trusted.
        p.test();
        QVERIFY2(p.result().contains(QStringLiteral("Untrusted certificate")), qPrintable(p.result()));
        QCOMPARE(p.cell(LastTestColumn), QStringLiteral("Untrusted certificate"));
        QVERIFY(!p.next()->isEnabled());

        // With the test CA bundle set, the test succeeds and Next opens.
        QSettings().setValue(CaBundleChooser::SettingsKey, m_server.caBundlePath());
        p.test();
        QVERIFY2(p.result().contains(QStringLiteral("Succeeded")), qPrintable(p.result() + p.error()));
        QCOMPARE(p.cell(LastTestColumn), QStringLiteral("Succeeded"));
        QVERIFY(AvailabilityTableModel::lastTestSucceeded(e->availability().get(org.id, DomainName).value()));
        QTRY_VERIFY2(p.page->left().isEmpty(), qPrintable(p.page->left()));
        QVERIFY(p.next()->isEnabled());
        QVERIFY(!shows(&p.wizard, Password));
        shot(&p.wizard, QStringLiteral("availability-tested-ok"));

        // A wrong password in the keychain: the test says the credentials are refused, and why.
        QVERIFY(p.changePassword(WrongPassword));
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), WrongPassword);
        p.test();
        QVERIFY2(p.result().contains(QStringLiteral("Invalid credentials")),
                 qPrintable(p.result() + p.error()));
        QVERIFY(p.result().contains(QStringLiteral("DOMAIN\\username")));
        QTRY_VERIFY(p.page->left().contains(QStringLiteral("Test the settings of contoso.com")));
        QVERIFY(!p.next()->isEnabled());
        QVERIFY(!shows(&p.wizard, WrongPassword));
        shot(&p.wizard, QStringLiteral("availability-invalid-credentials"));

        // The right password again, then the test succeeds.
        QVERIFY(p.changePassword(Password));
        p.test();
        QVERIFY2(p.result().contains(QStringLiteral("Succeeded")), qPrintable(p.result() + p.error()));
        QTRY_VERIFY(p.page->left().isEmpty());
        QVERIFY(p.next()->isEnabled());

        // Leaving the page forward records the step.
        p.wizard.next();
        QCOMPARE(p.wizard.currentId(), 1);
        QVERIFY(e->interopProgress().resumeStep(org.id).value() ==
                InteropStep::Prerequisites); // that one is not done
        const auto done = e->interopProgress().done(org.id).value();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().step, InteropStep::AvailabilitySettings);
    }

    void iop4_aBadCaBundleAndAFailedTestAreShownClearly()
    {
        TestEngine e;
        const Organization org = withSavedSettings(e, QStringLiteral("availerr"));
        Page p(e, org);

        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("this is not a certificate\n");
        notPem.close();
        QVERIFY(!p.view->setCaBundle(notPem.fileName()));
        QVERIFY2(p.error().contains(notPem.fileName()), qPrintable(p.error()));
        QVERIFY(QSettings().value(CaBundleChooser::SettingsKey).toString().isEmpty());
        // Set behind the view's back: the test refuses to run and names the file.
        QSettings().setValue(CaBundleChooser::SettingsKey, notPem.fileName());
        p.button("testSettings")->click();
        QVERIFY(!p.view->isTesting());
        QVERIFY2(p.error().contains(notPem.fileName()), qPrintable(p.error()));
        QVERIFY(p.error().contains(QStringLiteral("did not run")));
        QVERIFY(p.view->setCaBundle(m_server.caBundlePath()));
        QVERIFY(p.label("caBundle").contains(QFileInfo(m_server.caBundlePath()).fileName()));

        // The keychain does not answer: the test cannot run, and says so.
        e->availability().setSecretStore(std::make_unique<UnansweringKeychain>());
        p.test();
        QVERIFY2(p.error().contains(QStringLiteral("could not run")), qPrintable(p.error()));
        QVERIFY(p.error().contains(SecretStore::timedOut().message));
        shot(&p.wizard, QStringLiteral("availability-keychain-error"));
        QVERIFY(!p.next()->isEnabled());

        // Remove, confirmed: the settings and the password go; the page names the domain again.
        e->availability().setSecretStore(std::make_unique<SecretStore>());
        Confirm::setNextAnswer(true);
        p.button("removeSettings")->click();
        QTRY_VERIFY(!e->availability().get(org.id, DomainName));
        QTRY_COMPARE(p.cell(UrlColumn), QStringLiteral("Not set"));
        QVERIFY(p.page->left().contains(QStringLiteral("Save settings for contoso.com")));
    }

    void iop4_settingsSavedElsewhereAreShownNotOverwritten()
    {
        TestEngine e;
        const Organization org = withSavedSettings(e, QStringLiteral("availtwo"));
        const QString url = ewsUrl();
        Page p(e, org);
        p.button("editSettings")->click();
        auto* form = child<AvailabilitySettingsForm>(p.view, QStringLiteral("availabilityForm"));
        QVERIFY(form->isVisible());

        // While the form is open, another administrator saves another URL.
        auto maria = e.another(QStringLiteral("maria"));
        const QString theirUrl = m_server.url(QStringLiteral("/EWS/theirs.asmx")).toString();
        QSignalSpy heard(e.get(), &Engine::changed);
        QVERIFY(maria->availability().saveNow(org.id, {DomainName, theirUrl, Account, QString()}).ok());
        QTRY_VERIFY(!heard.isEmpty()); // through the change feed, as the console hears of it
        const QString mine = QStringLiteral("CONTOSO\\svc-mine");
        // Typed without a keystroke the form would check (as a paste then a click on Save):
        // Save itself finds the conflict.
        p.field("serviceAccount")->setText(mine);
        auto* bar = child<ConflictBar>(form, QStringLiteral("conflictBar"));
        QVERIFY(!bar->showsConflict());
        p.button("saveSettings")->click();
        QVERIFY(bar->showsConflict());
        QVERIFY(!p.button("saveSettings")->isEnabled());
        const auto cell = [form](int row, int column) {
            auto* label = form->findChild<QLabel*>(QStringLiteral("conflictCell_%1_%2").arg(row).arg(column));
            return label ? label->text() : QString();
        };
        QCOMPARE(cell(1, 0), QStringLiteral("EWS URL"));
        QCOMPARE(cell(1, 1), theirUrl);
        QCOMPARE(cell(1, 2), url);
        QCOMPARE(cell(2, 2), mine);
        QCOMPARE(p.field("serviceAccount")->text(), mine); // the edit is kept
        QCOMPARE(e->availability().get(org.id, DomainName).value().ewsUrl, theirUrl);
        shot(&p.wizard, QStringLiteral("availability-conflict"));

        // Keep mine writes the form over theirs, explicitly.
        child<QPushButton>(form, QStringLiteral("conflictKeepMine"))->click();
        QTRY_VERIFY(!form->isVisible());
        const AvailabilitySetting stored = e->availability().get(org.id, DomainName).value();
        QCOMPARE(stored.serviceAccount, mine);
        QCOMPARE(stored.ewsUrl, url);
        QCOMPARE(e->availability().passwordNow(org.id, DomainName).value(), Password);
    }

    void iop4_readOnlyAccessBlocksChangesButNotTheTest()
    {
        TestEngine e;
        const Organization org = withSavedSettings(e, QStringLiteral("availro"));
        e.verifiedDomain(org, QStringLiteral("fabrikam.com"));
        e.reopen(AccessLevel::ReadOnly);
        QSettings().setValue(CaBundleChooser::SettingsKey, m_server.caBundlePath());
        Page p(e, org);
        QVERIFY(p.view->selectDomain(DomainName));
        QVERIFY(child<QLabel>(p.view, QStringLiteral("changesBlocked"))->isVisible());
        QVERIFY(p.label("changesBlocked").contains(QStringLiteral("read-only")));
        QVERIFY(!p.button("editSettings")->isEnabled());
        QVERIFY(p.button("editSettings")->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!p.button("changePassword")->isEnabled());
        QVERIFY(!p.button("removeSettings")->isEnabled());
        QVERIFY(p.button("testSettings")->isEnabled());
        p.test();
        // Shown, though a read-only session keeps no outcome.
        QVERIFY2(p.result().contains(QStringLiteral("Succeeded")), qPrintable(p.result() + p.error()));
        QVERIFY(!e->availability().get(org.id, DomainName).value().testedAt.isValid());
        QVERIFY(p.page->left().contains(QStringLiteral("contoso.com")));
        QVERIFY(p.page->left().contains(QStringLiteral("Save settings for fabrikam.com")));
        shot(&p.wizard, QStringLiteral("availability-read-only"));
    }

private:
    QString ewsUrl() const { return m_server.url(QStringLiteral("/EWS/Exchange.asmx")).toString(); }
    // An organization in interoperability mode with settings saved for DomainName at ewsUrl().
    Organization withSavedSettings(TestEngine& e, const QString& alias)
    {
        const Organization org = e.exchangeOrg(alias);
        e.verifiedDomain(org, DomainName);
        if (auto saved = e->availability().saveNow(org.id, {DomainName, ewsUrl(), Account, Password}); !saved)
            qFatal("withSavedSettings: %s", qPrintable(saved.error().message));
        return org;
    }

    HttpsServer m_server;
};

QTEST_MAIN(TestAvailabilitySettingsView)
#include "tst_AvailabilitySettingsView.moc"
