#pragma once
// The Resources pane (RES-1..RES-4, UI.md): Create, Open and Remove, a search box that filters
// as you type, the count, the table over ResourceTableModel, an empty state, and the selected
// resource's details below.

#include "shell/ListPane.h"

class QAction;
class QSortFilterProxyModel;

namespace mailroom {

class Engine;
class ResourceDetailsPanel;
class ResourceTableModel;

class ResourcesPane : public ListPane
{
    Q_OBJECT
public:
    explicit ResourcesPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;

    ResourceTableModel* model() const { return m_model; }
    ResourceDetailsPanel* details() const { return m_details; }

    // The pane's actions (also in the context menu and on shortcuts).
    void createResource();
    void openSelected();
    void removeSelected();

private:
    void updateActions();
    void updateCount();
    QModelIndex indexOf(const QString& id) const override;

    Engine& m_engine;
    Organization m_organization;
    ResourceTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QAction* m_create;
    QAction* m_open;
    QAction* m_remove;
    ResourceDetailsPanel* m_details;
};

} // namespace mailroom
