#pragma once
// The Users pane (USR-1..USR-7, UI.md): actions, a search box that filters as you type, state and
// role filters, the count, the table over UserTableModel, and the selected user's details below.

#include "shell/ListPane.h"
#include "users/User.h"

class QAction;
class QComboBox;

namespace mailroom {

class Engine;
class UserDetailsPanel;
class UserTableModel;

class UsersPane : public ListPane
{
    Q_OBJECT
public:
    explicit UsersPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    UserTableModel* model() const { return m_model; }
    bool mayLeave() override;

    // The pane's actions (also in the context menu and on shortcuts).
    void createUser();
    void editDetails();
    void editAddresses();
    void enableSelected();
    void resetPassword();
    void disableSelected();
    void deleteSelected();

private:
    struct Selection
    {
        QStringList ids;
        QStringList usernames;
        bool anySystem = false;
        bool allEnabled = true;
        bool allDisabled = true;
    };
    Selection selection() const;
    void updateActions();
    void updateCount();
    void applyFilters();
    QModelIndex indexOf(const QString& id) const override;

    Engine& m_engine;
    Organization m_organization;
    UserTableModel* m_model;
    QAction* m_create;
    QAction* m_edit;
    QAction* m_addresses;
    QAction* m_enable;
    QAction* m_reset;
    QAction* m_disable;
    QAction* m_delete;
    QComboBox* m_state;
    QComboBox* m_role;
    UserDetailsPanel* m_details;
};

} // namespace mailroom
