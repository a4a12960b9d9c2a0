#pragma once
// The Groups pane (GRP-1..GRP-3, UI.md): actions, a search box that filters as you type, a
// state filter, the count, the table over GroupTableModel (multi-select), and the selected
// group's details (General, Members) below.

#include "core/Result.h"
#include "shell/OrganizationPane.h"

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace mailroom {

class EmptyState;
class Engine;
class GroupDetailsPanel;
class GroupTableModel;
class PaneActions;

class GroupsPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit GroupsPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;
    void focusSearch() override;

    GroupTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    GroupDetailsPanel* details() const { return m_details; }
    QStringList selectedGroupIds() const;
    void selectGroup(const QString& id);

    void createGroup();
    void editMembers();
    void enableSelected();
    void disableSelected();
    void deleteSelected();

private:
    struct Selection
    {
        QStringList ids;
        QStringList names;
        bool allEnabled = true;
        bool allDisabled = true;
    };
    Selection selection() const;
    void updateActions();
    void updateCount();
    void runBatch(const QString& title, const QStringList& ids, const QStringList& names,
                  const std::function<Status(const QString&)>& step);

    Engine& m_engine;
    Organization m_organization;
    GroupTableModel* m_model;
    PaneActions* m_actions;
    QAction* m_create;
    QAction* m_members;
    QAction* m_enable;
    QAction* m_disable;
    QAction* m_delete;
    QLineEdit* m_search;
    QComboBox* m_state;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    GroupDetailsPanel* m_details;
    QStringList m_keptSelection;
};

} // namespace mailroom
