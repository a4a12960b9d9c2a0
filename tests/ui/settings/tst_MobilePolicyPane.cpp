// MOB-1, MOB-2 through the Mobile policies pane, offscreen: the form walks the policy's items in
// the guide's order with the ranges the controls enforce (the gap between off and the minimum
// refused), the items that need a password follow "Password required", saving moves devices to
// Provisioning required as the warning said, Revert, errors under their field, read-only states.

#include "GuiTest.h"
#include "TestEngine.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "settings/MobilePolicyPane.h"
#include "settings/OffOrRangeSpinBox.h"
#include "shell/OrganizationView.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// A screenshot once the pending layout work is done.
void look(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    shot(widget, name);
}

using Ack = CheckIn::Acknowledges;

MobileDevice checkIn(TestEngine& e, const User& user, const QString& deviceId, bool acknowledge)
{
    CheckIn in{user.id,
               deviceId,
               QStringLiteral("iPhone"),
               QStringLiteral("iPhone 15"),
               QStringLiteral("iOS 17"),
               QString(),
               Ack::Nothing,
               0};
    auto reply = e->mobile().checkIn(in);
    if (!reply)
        qFatal("checkIn: %s", qPrintable(reply.error().message));
    if (!acknowledge)
        return reply.value().device;
    in.acknowledges = Ack::Policy;
    in.policyKey = reply.value().policyKey;
    return e->mobile().checkIn(in).value().device;
}

struct Console
{
    explicit Console(AccessLevel access = AccessLevel::Full)
    {
        org = engine.quickOrg(QStringLiteral("acme"));
        if (access != AccessLevel::Full)
            engine.reopen(access);
    }
    TestEngine engine;
    Organization org;
    std::unique_ptr<MobilePolicyPane> pane;

    void open(const Organization& shown)
    {
        pane = std::make_unique<MobilePolicyPane>(*engine);
        pane->resize(900, 640);
        pane->show();
        pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        pane->showOrganization(shown);
    }
    void open() { open(org); }
    template <typename T> T* get(const QString& name) { return child<T>(pane.get(), name); }
    QCheckBox* flag(const char* name) { return get<QCheckBox>(QString::fromLatin1(name)); }
    OffOrRangeSpinBox* number(const char* name) { return get<OffOrRangeSpinBox>(QString::fromLatin1(name)); }
    QPushButton* saveButton() { return get<QPushButton>(QStringLiteral("saveMobilePolicy")); }
    QPushButton* revertButton() { return get<QPushButton>(QStringLiteral("revertMobilePolicy")); }
    QWidget* warning() { return get<QWidget>(QStringLiteral("mobilePolicyWarning")); }
    QString warningText() { return get<QLabel>(QStringLiteral("mobilePolicyWarningText"))->text(); }
    QString status() { return get<QLabel>(QStringLiteral("mobilePolicyStatus"))->text(); }
};

// Types into the spin box as a person would: select all, type, press Enter.
void typeInto(QSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Enter);
}

} // namespace

class TestMobilePolicyPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void mob1_formWalksTheItemsInTheGuidesOrder()
    {
        Console c;
        c.open();
        auto* form = qobject_cast<QGridLayout*>(c.get<QWidget>(QStringLiteral("mobilePolicyForm"))->layout());
        QVERIFY(form);
        const auto& fields = mobile::policyFields();
        QCOMPARE(fields.size(), 11);
        QCOMPARE(form->rowCount(), int(fields.size()));
        for (int i = 0; i < fields.size(); ++i) {
            const MobilePolicyField& f = fields.at(i);
            QCOMPARE(f.letter, QString(QChar(char16_t(u'a' + i)))); // a–k
            QWidget* row = form->itemAtPosition(i, 1)->widget();
            QVERIFY(row);
            QCOMPARE(row->objectName(), f.name + QStringLiteral("Row"));
            QCOMPARE(c.get<QLabel>(f.name + QStringLiteral("Hint"))->text(), f.description());
            if (f.kind == MobilePolicyField::Kind::Flag) {
                auto* box = row->findChild<QCheckBox*>(f.name);
                QVERIFY2(box, qPrintable(f.name));
                QCOMPARE(box->text(), f.label());
                continue;
            }
            auto* spin = row->findChild<OffOrRangeSpinBox*>(f.name);
            QVERIFY2(spin, qPrintable(f.name));
            QCOMPARE(spin->accessibleName(), f.label());
            auto* label = qobject_cast<QLabel*>(form->itemAtPosition(i, 0)->widget());
            QVERIFY(label);
            QCOMPARE(label->text(), f.label() + u':');
            QCOMPARE(label->buddy(), spin);
            QCOMPARE(spin->maximum(), f.maximum);
            QCOMPARE(spin->suffix(), f.unit(spin->value()));
            // The unit follows the number: "1 day", "2 days".
            const int saved = spin->value();
            spin->setValue(f.minimum == 1 ? 1 : f.maximum);
            QCOMPARE(spin->suffix(), f.unit(spin->value()));
            if (f.minimum == 1 && !f.unit(1).isEmpty())
                QVERIFY(f.unit(1) != f.unit(2));
            spin->setValue(saved);
            if (f.zeroIsOff) {
                QCOMPARE(spin->minimum(), 0);
                QCOMPARE(spin->rangeMinimum(), f.minimum);
                QVERIFY(!f.offText().isEmpty());
                QCOMPARE(spin->specialValueText(), f.offText());
            } else {
                QCOMPARE(spin->minimum(), f.minimum);
                QVERIFY(spin->specialValueText().isEmpty());
            }
        }
        // The stored defaults, "Off" shown for an item that is off.
        const MobilePolicy defaults;
        QCOMPARE(c.number("minPasswordLength")->value(), defaults.minPasswordLength);
        QCOMPARE(c.number("screenLockSeconds")->text(), QStringLiteral("Off"));
        QCOMPARE(c.number("passwordExpirationDays")->text(), QStringLiteral("Never"));
        QCOMPARE(c.number("failedAttemptsAllowed")->text(), QStringLiteral("Unlimited"));
        QVERIFY(c.flag("allowSimplePassword")->isChecked());
        QVERIFY(!c.warning()->isVisible());
        QVERIFY(!c.saveButton()->isEnabled());
        look(c.pane.get(), QStringLiteral("mobile-policy-defaults"));
    }

    void mob1_theSpinBoxRefusesTheGapBetweenOffAndTheMinimum()
    {
        Console c;
        c.open();
        c.flag("passwordRequired")->click();
        auto* lock = c.number("screenLockSeconds");
        QVERIFY(lock->isEnabled());
        QSignalSpy values(lock, &QSpinBox::valueChanged);

        // Stepping: off → the minimum and back, never through 1–29.
        QCOMPARE(lock->value(), 0);
        lock->stepUp();
        QCOMPARE(lock->value(), 30);
        QCOMPARE(lock->text(), QStringLiteral("30 seconds"));
        lock->stepUp();
        QCOMPARE(lock->value(), 31);
        lock->stepDown();
        lock->stepDown();
        QCOMPARE(lock->value(), 0);
        QCOMPARE(lock->text(), QStringLiteral("Off"));
        lock->setValue(35);
        lock->stepBy(-10); // Page Down
        QCOMPARE(lock->value(), 0);
        lock->stepBy(10); // Page Up from off
        QCOMPARE(lock->value(), 39);
        lock->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        lock->setValue(3600);
        QCOMPARE(lock->text(), QStringLiteral("3,600 seconds")); // thousands separated
        lock->stepUp();
        QCOMPARE(lock->value(), 3600);

        // Validation, as the line edit asks it: a number in the gap is not accepted, one in range or
        // "Off" is.
        const QValidator* validator = lock->findChild<QLineEdit*>()->validator();
        QVERIFY(validator);
        int pos = 0;
        QString text = QStringLiteral("15 seconds");
        QCOMPARE(validator->validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("1");
        QCOMPARE(validator->validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("29 seconds");
        QCOMPARE(validator->validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("45 seconds");
        QCOMPARE(validator->validate(text, pos), QValidator::Acceptable);
        text = QStringLiteral("Off");
        QCOMPARE(validator->validate(text, pos), QValidator::Acceptable);
        text = QStringLiteral("4000 seconds");
        QCOMPARE(validator->validate(text, pos), QValidator::Invalid);
        text = QStringLiteral("15 seconds");
        lock->fixup(text);
        QCOMPARE(text, QStringLiteral("30 seconds"));

        // Typed by a person: the gap is corrected to the minimum when editing ends.
        typeInto(lock, QStringLiteral("15"));
        QCOMPARE(lock->value(), 30);
        typeInto(lock, QStringLiteral("120"));
        QCOMPARE(lock->value(), 120);
        typeInto(lock, QStringLiteral("0"));
        QCOMPARE(lock->value(), 0);
        for (const QList<QVariant>& signal : std::as_const(values)) {
            const int value = signal.at(0).toInt();
            QVERIFY2(value == 0 || value >= 30, qPrintable(QString::number(value)));
        }

        // Expiration: off → 1 day; a plain range has no off value.
        auto* expiry = c.number("passwordExpirationDays");
        expiry->stepUp();
        QCOMPARE(expiry->value(), 1);
        expiry->stepDown();
        QCOMPARE(expiry->text(), QStringLiteral("Never"));
        auto* length = c.number("minPasswordLength");
        QVERIFY(!length->hasOff());
        typeInto(length, QStringLiteral("0"));
        QCOMPARE(length->value(), 4);
        typeInto(length, QStringLiteral("16"));
        QCOMPARE(length->value(), 16);
        QCOMPARE(length->maximum(), 16);
        look(c.pane.get(), QStringLiteral("mobile-policy-edited"));
    }

    void mob1_itemsThatNeedAPasswordFollowPasswordRequired()
    {
        Console c;
        c.open();
        auto* password = c.flag("passwordRequired");
        QVERIFY(password->isEnabled());
        QVERIFY(!password->isChecked());
        for (const MobilePolicyField& f : mobile::policyFields()) {
            auto* control = c.get<QWidget>(f.name);
            QCOMPARE(control->isEnabled(), !f.needsPassword);
            if (f.needsPassword)
                QVERIFY(control->toolTip().contains(QStringLiteral("Password required")));
        }
        QVERIFY(c.flag("requireDeviceEncryption")->isEnabled());
        password->click();
        for (const MobilePolicyField& f : mobile::policyFields())
            QVERIFY2(c.get<QWidget>(f.name)->isEnabled(), qPrintable(f.name));
        // Values set while on are kept, not cleared, when it goes off again.
        c.number("minPasswordLength")->setValue(8);
        password->click();
        QVERIFY(!c.number("minPasswordLength")->isEnabled());
        QCOMPARE(c.number("minPasswordLength")->value(), 8);
        QCOMPARE(c.pane->edited().minPasswordLength, 8);
    }

    void mob2_saveMovesDevicesToProvisioningRequiredAsTheWarningSaid()
    {
        Console c;
        const User amy = c.engine.user(c.org, QStringLiteral("amy"));
        const User bob = c.engine.user(c.org, QStringLiteral("bob"));
        const MobileDevice a1 = checkIn(c.engine, amy, QStringLiteral("A1"), true);
        const MobileDevice a2 = checkIn(c.engine, amy, QStringLiteral("A2"), false);
        const MobileDevice b1 = checkIn(c.engine, bob, QStringLiteral("B1"), true);
        const MobileDevice b2 = checkIn(c.engine, bob, QStringLiteral("B2"), true);
        QVERIFY(c.engine->mobile().wipe(b2.id).ok());
        QCOMPARE(c.engine->mobile().devicesAffectedByPolicyChange(c.org.id).value(), 3);
        c.open();
        QVERIFY(!c.warning()->isVisible());

        c.flag("passwordRequired")->click();
        c.number("minPasswordLength")->setValue(8);
        QVERIFY(c.pane->isDirty());
        QVERIFY(c.warning()->isVisible());
        QVERIFY2(c.warningText().startsWith(QStringLiteral("Saving asks 3 devices to provision again")),
                 qPrintable(c.warningText()));
        QVERIFY(c.warningText().contains(QStringLiteral("wipe pending or done keep it")));
        look(c.pane.get(), QStringLiteral("mobile-policy-warning"));

        // A device that syncs meanwhile counts at once.
        checkIn(c.engine, amy, QStringLiteral("A3"), false);
        QVERIFY2(c.warningText().startsWith(QStringLiteral("Saving asks 4 devices")),
                 qPrintable(c.warningText()));

        QVERIFY(c.saveButton()->isEnabled());
        c.saveButton()->click();
        const MobilePolicy stored = c.engine->mobile().policy(c.org.id).value();
        QVERIFY(stored.passwordRequired);
        QCOMPARE(stored.minPasswordLength, 8);
        QCOMPARE(stored, c.pane->edited());
        QVERIFY(!c.pane->isDirty());
        QVERIFY(!c.warning()->isVisible());
        QVERIFY(!c.saveButton()->isEnabled());
        QVERIFY2(c.status().contains(QStringLiteral("4 devices must provision again")),
                 qPrintable(c.status()));
        for (const MobileDevice& d : {a1, a2, b1})
            QCOMPARE(c.engine->mobile().get(d.id).value().status, DeviceStatus::ProvisioningRequired);
        QCOMPARE(c.engine->mobile().get(b2.id).value().status, DeviceStatus::WipeRequired);
        look(c.pane.get(), QStringLiteral("mobile-policy-saved"));

        // Edited again: the same devices are asked again.
        c.number("minPasswordLength")->setValue(9);
        QVERIFY(c.warningText().startsWith(QStringLiteral("Saving asks 4 devices")));
    }

    void mob2_oneDeviceIsSaidInTheSingular()
    {
        Console c;
        const User amy = c.engine.user(c.org, QStringLiteral("amy"));
        const MobileDevice only = checkIn(c.engine, amy, QStringLiteral("ONLY"), true);
        c.open();
        c.flag("passwordRequired")->click();
        QVERIFY2(
            c.warningText().startsWith(QStringLiteral("Saving asks 1 device to provision again: it moves")),
            qPrintable(c.warningText()));
        c.saveButton()->click();
        QCOMPARE(c.status(), QStringLiteral("Saved. 1 device must provision again at its next sync."));
        QCOMPARE(c.engine->mobile().get(only.id).value().status, DeviceStatus::ProvisioningRequired);
    }

    void mob2_noDeviceToProvisionSaysSo()
    {
        Console c;
        c.open();
        c.flag("requireDeviceEncryption")->click();
        QVERIFY(c.warning()->isVisible());
        QVERIFY(c.warningText().startsWith(QStringLiteral("Saving asks no device")));
        c.saveButton()->click();
        QVERIFY(c.engine->mobile().policy(c.org.id).value().requireDeviceEncryption);
        QCOMPARE(c.status(), QStringLiteral("Saved. No device had to provision again."));
        // Editing again drops the note for the warning.
        c.flag("requireStorageCardEncryption")->click();
        QVERIFY(!c.status().startsWith(QStringLiteral("Saved.")));
        QVERIFY(c.warning()->isVisible());
    }

    void mob1_revertRestoresTheStoredPolicy()
    {
        Console c;
        MobilePolicy stored;
        stored.passwordRequired = true;
        stored.screenLockSeconds = 300;
        QVERIFY(c.engine->mobile().setPolicy(c.org.id, stored).ok());
        c.open();
        QCOMPARE(c.number("screenLockSeconds")->value(), 300);
        QVERIFY(c.number("screenLockSeconds")->isEnabled());
        QVERIFY(!c.revertButton()->isEnabled());
        c.number("screenLockSeconds")->setValue(0);
        c.flag("requireAlphanumeric")->click();
        c.flag("passwordRequired")->click();
        QVERIFY(c.pane->isDirty());
        QVERIFY(c.revertButton()->isEnabled());
        c.revertButton()->click();
        QVERIFY(!c.pane->isDirty());
        QCOMPARE(c.pane->edited(), stored);
        QCOMPARE(c.number("screenLockSeconds")->value(), 300);
        QVERIFY(c.flag("passwordRequired")->isChecked());
        QVERIFY(!c.flag("requireAlphanumeric")->isChecked());
        QVERIFY(!c.warning()->isVisible());
        QCOMPARE(c.engine->mobile().policy(c.org.id).value(), stored);
    }

    void mob1_theEnginesErrorShowsUnderItsField()
    {
        Console c;
        c.open();
        c.flag("passwordRequired")->click();
        auto* error = c.get<QLabel>(QStringLiteral("screenLockSecondsError"));
        QVERIFY(!error->isVisible());
        // A value that got past the control (set by code, not typed) meets the engine's check.
        c.number("screenLockSeconds")->setValue(15);
        MobilePolicy bad = c.pane->edited();
        const Status engineSays = mobile::checkPolicy(bad);
        QVERIFY(!engineSays.ok());
        QCOMPARE(engineSays.error().field, QStringLiteral("screenLockSeconds"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), engineSays.error().message);
        QVERIFY(error->text().contains(QStringLiteral("30")));
        QVERIFY(!c.get<QLabel>(QStringLiteral("minPasswordLengthError"))->isVisible());
        QVERIFY(!c.saveButton()->isEnabled());
        QCOMPARE(c.saveButton()->toolTip(), engineSays.error().message);
        QVERIFY(!c.pane->save());
        QVERIFY(!c.engine->mobile().policy(c.org.id).value().passwordRequired);
        look(c.pane.get(), QStringLiteral("mobile-policy-field-error"));
        c.number("screenLockSeconds")->setValue(60);
        QVERIFY(!error->isVisible());
        QVERIFY(c.saveButton()->isEnabled());
    }

    void mob1_aFailedSaveShowsTheEnginesMessage()
    {
        Console c;
        // The pane believes the organization Active; the engine knows better.
        auto requested = c.engine->organizations().requestQuickSetup(QStringLiteral("notyet"),
                                                                     QStringLiteral("us-east-1"));
        QVERIFY(requested.ok());
        Organization stale = requested.value();
        stale.state = OrgState::Active;
        c.open(stale);
        c.flag("requireDeviceEncryption")->click();
        QVERIFY(c.saveButton()->isEnabled());
        c.saveButton()->click();
        auto* general = c.get<QLabel>(QStringLiteral("generalError"));
        QVERIFY(general->isVisible());
        QVERIFY2(general->text().contains(QStringLiteral("notyet")), qPrintable(general->text()));
        QVERIFY(c.pane->isDirty()); // the edits stay
    }

    void mob1_readOnlyAndInactiveDisableTheForm()
    {
        {
            Console c(AccessLevel::ReadOnly);
            c.open();
            for (const MobilePolicyField& f : mobile::policyFields())
                QVERIFY2(!c.get<QWidget>(f.name)->isEnabled(), qPrintable(f.name));
            QVERIFY(!c.saveButton()->isEnabled());
            QVERIFY(c.status().contains(QStringLiteral("read-only")));
            QVERIFY(c.flag("passwordRequired")->toolTip().contains(QStringLiteral("read-only")));
            look(c.pane.get(), QStringLiteral("mobile-policy-read-only"));
        }
        {
            Console c;
            Organization impaired = c.org;
            impaired.state = OrgState::Impaired;
            c.open(impaired);
            QVERIFY(!c.flag("passwordRequired")->isEnabled());
            QVERIFY(!c.flag("requireDeviceEncryption")->isEnabled());
            QVERIFY2(c.status().contains(labelOf(OrgState::Impaired)), qPrintable(c.status()));
        }
    }

    void mob1_leavingWithUnsavedEditsAsks()
    {
        Console c;
        c.open();
        c.flag("requireDeviceEncryption")->click();
        bool asked = false;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = true;
            box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(c.pane->mayLeave());
        QVERIFY(asked);
        QVERIFY(!c.pane->isDirty());
        QVERIFY(!c.flag("requireDeviceEncryption")->isChecked());
    }

    void mob1_savedElsewhereShowsFresh()
    {
        Console c;
        c.open();
        MobilePolicy policy;
        policy.passwordRequired = true;
        policy.passwordHistory = 5;
        QVERIFY(c.engine->mobile().setPolicy(c.org.id, policy).ok());
        QVERIFY(c.flag("passwordRequired")->isChecked());
        QCOMPARE(c.number("passwordHistory")->value(), 5);
        QVERIFY(!c.pane->isDirty());
    }

    void mob1_entryAfterDomains()
    {
        TestEngine engine;
        const Organization org = engine.quickOrg(QStringLiteral("acme"));
        OrganizationView view(*engine);
        view.resize(1100, 700);
        view.show();
        view.showOrganization(org.id);
        const QStringList titles = view.entryTitles();
        const int mobile = titles.indexOf(QStringLiteral("Mobile policies"));
        QVERIFY(mobile > 0);
        QCOMPARE(titles.value(mobile - 1), QStringLiteral("Domains"));
        QCOMPARE(titles.value(mobile + 1), QStringLiteral("Email flow rules")); // the first under the heading
        QVERIFY(view.selectEntryTitled(QStringLiteral("Mobile policies")));
        QVERIFY(child<MobilePolicyPane>(&view, QStringLiteral("mobilePolicyPane"))->isVisible());
        look(&view, QStringLiteral("organization-mobile-policies"));
    }
};

QTEST_MAIN(TestMobilePolicyPane)
#include "tst_MobilePolicyPane.moc"
