#pragma once
// The table of a list pane (UI.md), set up alike in every pane: sortable columns, whole rows
// selected, no editing in place, no row numbers, column widths and sort order kept per pane
// (TableSettings) with first widths until the administrator changes them; above it the search
// box, the filters and the count, and the empty state in its place when the list holds nothing.
// The context menu comes with the pane's actions (PaneActions::setContextMenu).

#include <QAbstractItemView>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QWidget;

namespace mailroom::listtable {

// A column's first width in average character widths: measuring the contents would page
// through the rows.
struct Width
{
    int column;
    int chars;
};

struct Setup
{
    QString name; // the table's object name, also the key its header state is kept under
    QString accessibleName;
    int sortColumn = 0; // sorted ascending by this until the administrator sorts otherwise
    QAbstractItemView::SelectionMode selectionMode = QAbstractItemView::ExtendedSelection;
    int badgeColumn = -1;  // painted as status badges, or none
    bool roomyRows = true; // rows a little taller than the text
    QList<Width> firstWidths;
};

void setUp(QTableView* table, QAbstractItemModel* model, const Setup& setup);

// The table as the stack's first page, the empty state as its second.
void stack(QStackedWidget* stack, QTableView* table, QWidget* empty);

// The search box (which filters as the administrator types) and the count beside it.
void setUpSearch(QLineEdit* search, QLabel* count, const QString& placeholder, const QString& accessibleName);

// A filter (state, role): "all" first, then each choice with its value as item data.
struct Choice
{
    QString text;
    int value;
};
void setUpFilter(QComboBox* filter, const QString& name, const QString& accessibleName, const QString& all,
                 std::initializer_list<Choice> choices);

// The row under the pane's buttons: the search box taking the room, the filters, the count.
QHBoxLayout* filterRow(QLineEdit* search, const QList<QWidget*>& filters, QLabel* count);

// The ids (IdRole) of the selected rows.
QStringList selectedIds(const QTableView* table);

} // namespace mailroom::listtable
