#pragma once
// The availability settings of an organization's domains (IOP-4), as the interoperability wizard
// and the Organization settings' Interoperability section show them: per domain (the test domain
// aside) the EWS URL, the service account, whether a password is in the system keychain (the
// password itself is never shown nor read back into a field) and the last test's outcome. It edits
// and saves the settings, changes the password, removes them, and runs the real EWS test —
// asynchronously, with Cancel — optionally trusting an enterprise CA bundle (a PEM file whose path
// is kept in QSettings under "interop/caBundle"). Read-only access or an organization that is not
// Active disables the changes, with the reason.

#include "domains/Domain.h"
#include "interop/AvailabilitySetting.h"
#include "net/NetworkCheckResult.h"
#include "organizations/Organization.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace mailroom {

class AvailabilitySettingsForm;
class AvailabilityTableModel;
class CaBundleChooser;
class AvailabilityTest;
class Engine;
class FieldErrors;
struct Change;
struct Error;

class AvailabilitySettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit AvailabilitySettingsView(Engine& engine, QWidget* parent = nullptr);
    ~AvailabilitySettingsView() override;

    // Shows the organization's domains and follows the engine's changes to them.
    void setOrganizationId(const QString& orgId);
    QString organizationId() const { return m_orgId; }

    // The domain of the selected row (A-label form), empty when none.
    QString selectedDomain() const;
    bool selectDomain(const QString& domain);
    void editSelected();
    void changePasswordOfSelected();
    void removeSelected();
    void testSelected();
    void cancelTest();
    bool isTesting() const { return m_test != nullptr; }
    // The enterprise CA bundle trusted by the test besides the system's certificates; a file that
    // holds no certificate is refused, naming the file.
    bool setCaBundle(const QString& path);

Q_SIGNALS:
    // What the view shows changed: settings saved, removed or tested, here or elsewhere, or the
    // organization's domains.
    void changed();

private:
    void onEngineChanged(const Change& change);
    void refresh();
    void showRows(const QVector<AvailabilitySetting>& settings);
    void updateActions();
    void showSelectedResult();
    void showResult(const QString& domain, const QString& outcome, const QString& explanation,
                    const QString& fix, const QDateTime& when);
    void onTestFinished(const NetworkCheckResult& result);
    void onTestFailed(const Error& error);
    void endTest();
    std::optional<AvailabilitySetting> settingOf(const QString& domain) const;
    QString changesBlocked() const;

    Engine& m_engine;
    QString m_orgId;
    Organization m_org;
    QVector<Domain> m_domains;
    AvailabilityTest* m_test = nullptr;
    QString m_testDomain;
    // The last test run here, shown until the engine keeps a newer one (a read-only session or a
    // cancelled test keeps nothing).
    QString m_freshDomain;
    NetworkCheckResult m_fresh;
    QDateTime m_freshAt;
    bool m_busy = false; // a remove is waiting for the keychain
    bool m_loadFailed = false;
    QTimer* m_refreshSoon;
    QLabel* m_blocked;
    QLabel* m_empty;
    AvailabilityTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_edit;
    QPushButton* m_password;
    QPushButton* m_remove;
    QPushButton* m_runTest;
    QPushButton* m_cancelTest;
    QProgressBar* m_progress;
    QLabel* m_activity;
    QLabel* m_result;
    CaBundleChooser* m_caBundle;
    AvailabilitySettingsForm* m_form;
    FieldErrors* m_errors;
};

} // namespace mailroom
