#include "ListTable.h"

#include "ModelRoles.h"
#include "StatusBadgeDelegate.h"
#include "TableSettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>

namespace mailroom::listtable {

void setUp(QTableView* table, QAbstractItemModel* model, const Setup& setup)
{
    table->setObjectName(setup.name);
    table->setAccessibleName(setup.accessibleName);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSortIndicator(setup.sortColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(setup.selectionMode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    if (setup.roomyRows)
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    if (setup.badgeColumn >= 0)
        table->setItemDelegateForColumn(setup.badgeColumn, new StatusBadgeDelegate(table));
    if (!TableSettings::restore(table, setup.name)) {
        const int unit = table->fontMetrics().averageCharWidth();
        for (const Width& width : setup.firstWidths)
            table->setColumnWidth(width.column, width.chars * unit);
    }
}

void stack(QStackedWidget* stack, QTableView* table, QWidget* empty)
{
    stack->addWidget(table);
    stack->addWidget(empty);
}

void setUpSearch(QLineEdit* search, QLabel* count, const QString& placeholder, const QString& accessibleName)
{
    search->setObjectName(QStringLiteral("search"));
    search->setPlaceholderText(placeholder);
    search->setAccessibleName(accessibleName);
    search->setClearButtonEnabled(true);
    count->setObjectName(QStringLiteral("count"));
}

void setUpFilter(QComboBox* filter, const QString& name, const QString& accessibleName, const QString& all,
                 std::initializer_list<Choice> choices)
{
    filter->setObjectName(name);
    filter->setAccessibleName(accessibleName);
    filter->addItem(all);
    for (const Choice& choice : choices)
        filter->addItem(choice.text, choice.value);
}

QHBoxLayout* filterRow(QLineEdit* search, const QList<QWidget*>& filters, QLabel* count)
{
    auto* row = new QHBoxLayout;
    row->addWidget(search, 1);
    for (QWidget* filter : filters)
        row->addWidget(filter);
    row->addWidget(count);
    return row;
}

QStringList selectedIds(const QTableView* table)
{
    QStringList ids;
    for (const QModelIndex& index : table->selectionModel()->selectedRows())
        ids << index.data(IdRole).toString();
    return ids;
}

} // namespace mailroom::listtable
