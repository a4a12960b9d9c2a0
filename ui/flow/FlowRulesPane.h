#pragma once
// The Email flow rules pane (FLOW-1..FLOW-6, UI.md): Create rule, Edit and Remove; a search box
// that filters by rule name or pattern as you type; the count of rules and of the patterns the
// organization uses out of its 1,000; the table over FlowRuleTableModel with each rule's warnings
// beside it; an empty state; and below the table the warnings of the selected rules (of every
// rule when none is selected).

#include "shell/ListPane.h"

#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;

namespace mailroom {

class Engine;
class FlowRuleTableModel;
class FlowRuleTestDialog;

class FlowRulesPane : public ListPane
{
    Q_OBJECT
public:
    explicit FlowRulesPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;

    FlowRuleTableModel* model() const { return m_model; }
    QListWidget* findings() const { return m_findings; }

    // The pane's actions (also in the context menu and on shortcuts).
    void createRule();
    void editSelected();
    void removeSelected();
    // Opens the rule test (FLOW-5) beside the pane.
    void openTest();

private:
    void updateActions();
    void updateCount();
    void updateFindings();
    QModelIndex indexOf(const QString& id) const override;

    Engine& m_engine;
    Organization m_organization;
    FlowRuleTableModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QAction* m_create;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_test;
    QPointer<FlowRuleTestDialog> m_testDialog;
    QLabel* m_patternsUsed;
    QWidget* m_findingsBox;
    QLabel* m_findingsHeading;
    QListWidget* m_findings;
};

} // namespace mailroom
