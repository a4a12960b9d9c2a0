#pragma once
// USR-8, MOB-3..MOB-5: the mobile devices of the selected user, in the Mobile tab of the user's
// details. The table (type, model, operating system, last sync, status badge) follows the engine,
// so a check-in shows at once; beside it the selected device's details. Wipe device warns what a
// remote wipe does and asks for the device ID to be typed; the engine refuses a device that has not
// synced in the last five minutes, and says so. Remove device takes it off the list, after saying
// that it comes back if it syncs again. Read-only access and an organization that is not Active
// disable both, with the reason.

#include "organizations/Organization.h"

#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mailroom {

class DeviceTableModel;
class EmptyState;
class Engine;
class FieldErrors;
class PaneActions;
struct MobileDevice;

class UserMobileTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserMobileTab(Engine& engine, QWidget* parent = nullptr);

    void showUser(const QString& userId);
    DeviceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString selectedDeviceId() const;
    void selectDevice(const QString& id);

    void wipeSelected();
    void removeSelected();

private:
    const MobileDevice* selectedDevice() const;
    void onDevicesChanged();
    void updateDetails();
    void updateActions();
    QString blockedReason() const;
    void loadOrganization();

    Engine& m_engine;
    QString m_userId;
    QString m_userName;
    Organization m_organization;
    DeviceTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    PaneActions* m_actions;
    QAction* m_wipe;
    QAction* m_remove;
    QWidget* m_buttonBar = nullptr;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QScrollArea* m_details;
    QStackedWidget* m_detailsStack;
    QLabel* m_noSelection;
    QLabel* m_deviceId;
    QLabel* m_type;
    QLabel* m_deviceModel;
    QLabel* m_os;
    QLabel* m_userAgent;
    QLabel* m_firstSync;
    QLabel* m_lastSync;
    QLabel* m_status;
    QLabel* m_statusDescription;
    QLabel* m_note;
    FieldErrors* m_errors;
};

} // namespace mailroom
