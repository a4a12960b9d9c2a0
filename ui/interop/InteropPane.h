#pragma once
// Interoperability with Microsoft Exchange under Organization settings: the mode (IOP-1), the
// directory synchronisation (IOP-2), the availability settings of each domain (IOP-4; the
// password is never shown, "Change password" writes the system keychain) and the migration
// wizard's progress (IOP-8) with the button that opens the wizard where it stopped. The entry
// shows for organizations in the mode, and after it was disabled while its checklist remains.

#include "shell/OrganizationPane.h"

#include <QHostAddress>
#include <QPointer>

class QGroupBox;
class QLabel;
class QPushButton;

namespace mailroom {

class AvailabilitySettingsView;
class DirectorySyncView;
class InteropProgressView;
class InteropWizard;

class InteropPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit InteropPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool isShownFor(const Organization& organization) const override;

    // Opens the wizard (window-modal) where it stopped; the open one when it already is.
    InteropWizard* openWizard();
    // Where the wizard's DNS checks start asking (tests); the system's resolver when null.
    void setNameServer(const QHostAddress& server) { m_nameServer = server; }

    AvailabilitySettingsView* availability() const { return m_availability; }
    DirectorySyncView* directorySync() const { return m_sync; }

private:
    void refresh();

    Engine& m_engine;
    Organization m_organization;
    QHostAddress m_nameServer;
    QLabel* m_mode;
    QGroupBox* m_syncBox;
    DirectorySyncView* m_sync;
    QGroupBox* m_availabilityBox;
    AvailabilitySettingsView* m_availability;
    InteropProgressView* m_progress;
    QLabel* m_resume;
    QPushButton* m_open;
    QPointer<InteropWizard> m_wizard;
};

} // namespace mailroom
