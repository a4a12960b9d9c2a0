#pragma once
// A list pane (UI.md), built alike for users, groups, resources, domains and flow rules: the
// actions' buttons, the row of search box, filters and count, the table over the pane's model
// (the empty state in its place while there is nothing to list), and what belongs to the
// selection below it in a splitter. The pane adds its actions, then hands its parts to assemble().

#include "OrganizationPane.h"
#include "widgets/ListTable.h"

#include <QList>
#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace mailroom {

class EmptyState;
class PaneActions;

class ListPane : public OrganizationPane
{
    Q_OBJECT
public:
    QTableView* table() const { return m_table; }
    EmptyState* emptyState() const { return m_empty; }
    // The ids (IdRole) of the selected rows.
    QStringList selectedIds() const;
    // Selects the object's row alone, in one selection change (so that unsaved edits below are
    // asked about once), makes it current and scrolls to it. A search that hides it is cleared;
    // nothing happens when it is not listed even then.
    void select(const QString& id);
    void focusSearch() override;

protected:
    // The empty state says what the list holds and offers the action that adds the first.
    ListPane(const QString& objectName, const QString& emptyText, const QString& emptyAction,
             QWidget* parent);

    // Initialized members, so that a pane names only the parts it has.
    struct Parts
    {
        QAbstractItemModel* model = nullptr; // what the table shows: the pane's model or a proxy over it
        listtable::Setup table = {};
        QString searchPlaceholder = {};
        QString searchName = {};
        QList<QWidget*> filters = {};  // beside the search box, before the count
        QWidget* afterCount = nullptr; // a second count after the first
        QWidget* below = nullptr;      // under the table in a splitter: the selection's details
        int tableStretch = 3;
        int belowStretch = 2;
        QString splitterKey = {};        // the splitter's sizes are kept in QSettings under it, when set
        QAction* deleteAction = nullptr; // its Delete key works in the table only
    };
    // Builds the pane from its parts; once, after the actions are added.
    void assemble(const Parts& parts);

    // The details below follow the selection: one selected row is shown, none or several show
    // nothing. When the details keep what they showed (the administrator stayed with unsaved
    // edits), the selection goes back to it. Then changed runs (the pane's actions).
    struct Details
    {
        std::function<QString()> shown;           // the id shown, empty for none
        std::function<void(const QString&)> show; // shows that one, or none for an empty id
    };
    void followSelection(Details details, std::function<void()> changed);

    // The count ("12 of 40 users"); the empty state instead of the table while none exist.
    void showCount(const QString& text, bool none);

    // The index of the object's row in the table's model; invalid when it is not listed.
    virtual QModelIndex indexOf(const QString& id) const = 0;

    PaneActions* m_actions;
    QLineEdit* m_search;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QSplitter* m_splitter;
};

} // namespace mailroom
