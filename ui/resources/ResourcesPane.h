#pragma once
// The Resources pane (RES-1..RES-4, UI.md): Create, Open and Remove, a search box that filters
// as you type, the count, the table over ResourceTableModel, an empty state, and the selected
// resource's details below.

#include "shell/OrganizationPane.h"

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace mailroom {

class EmptyState;
class Engine;
class PaneActions;
class ResourceDetailsPanel;
class ResourceTableModel;

class ResourcesPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit ResourcesPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;
    void focusSearch() override;

    ResourceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ResourceDetailsPanel* details() const { return m_details; }
    EmptyState* emptyState() const { return m_empty; }
    QStringList selectedResourceIds() const;
    void selectResource(const QString& id);

    // The pane's actions (also in the context menu and on shortcuts).
    void createResource();
    void openSelected();
    void removeSelected();

private:
    void updateActions();
    void updateCount();

    Engine& m_engine;
    Organization m_organization;
    ResourceTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    PaneActions* m_actions;
    QAction* m_create;
    QAction* m_open;
    QAction* m_remove;
    QLineEdit* m_search;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QSplitter* m_splitter;
    ResourceDetailsPanel* m_details;
};

} // namespace mailroom
