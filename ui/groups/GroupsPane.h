#pragma once
// The Groups pane (GRP-1..GRP-3, UI.md): actions, a search box that filters as you type, a
// state filter, the count, the table over GroupTableModel (multi-select), and the selected
// group's details (General, Members) below.

#include "core/Result.h"
#include "shell/ListPane.h"

#include <functional>

class QAction;
class QComboBox;

namespace mailroom {

class Engine;
class GroupDetailsPanel;
class GroupTableModel;

class GroupsPane : public ListPane
{
    Q_OBJECT
public:
    explicit GroupsPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;

    GroupTableModel* model() const { return m_model; }
    GroupDetailsPanel* details() const { return m_details; }

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
    QModelIndex indexOf(const QString& id) const override;
    void runBatch(const QString& title, const QStringList& ids, const QStringList& names,
                  const std::function<Status(const QString&)>& step);

    Engine& m_engine;
    Organization m_organization;
    GroupTableModel* m_model;
    QAction* m_create;
    QAction* m_members;
    QAction* m_enable;
    QAction* m_disable;
    QAction* m_delete;
    QComboBox* m_state;
    GroupDetailsPanel* m_details;
    QStringList m_keptSelection;
};

} // namespace mailroom
