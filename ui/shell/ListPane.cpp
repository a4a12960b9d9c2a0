#include "ListPane.h"

#include "widgets/EmptyState.h"
#include "widgets/PaneActions.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mailroom {

ListPane::ListPane(const QString& objectName, const QString& emptyText, const QString& emptyAction,
                   QWidget* parent)
    : OrganizationPane(parent), m_actions(new PaneActions(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(new EmptyState(emptyText, emptyAction, this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(objectName);
}

void ListPane::assemble(const Parts& parts)
{
    listtable::setUpSearch(m_search, m_count, parts.searchPlaceholder, parts.searchName);
    listtable::setUp(m_table, parts.model, parts.table);
    m_actions->setContextMenu(m_table);
    if (parts.deleteAction)
        m_actions->removeKeyInViewOnly(parts.deleteAction, m_table);
    listtable::stack(m_stack, m_table, m_empty);

    m_splitter->addWidget(m_stack);
    if (parts.below) {
        m_splitter->addWidget(parts.below);
        m_splitter->setStretchFactor(0, parts.tableStretch);
        m_splitter->setStretchFactor(1, parts.belowStretch);
    }
    if (!parts.splitterKey.isEmpty()) {
        m_splitter->restoreState(QSettings().value(parts.splitterKey).toByteArray());
        connect(m_splitter, &QSplitter::splitterMoved, this,
                [this, key = parts.splitterKey] { QSettings().setValue(key, m_splitter->saveState()); });
    }

    QHBoxLayout* filters = listtable::filterRow(m_search, parts.filters, m_count);
    if (parts.afterCount) {
        filters->addSpacing(12);
        filters->addWidget(parts.afterCount);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_actions->buttonRow());
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
}

void ListPane::followSelection(Details details, std::function<void()> changed)
{
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, details = std::move(details), changed = std::move(changed)] {
                const QStringList ids = selectedIds();
                const QString shown = details.shown();
                details.show(ids.size() == 1 ? ids.first() : QString());
                if (!shown.isEmpty() && details.shown() == shown && ids != QStringList{shown})
                    select(shown); // the administrator stayed with unsaved edits
                changed();
            });
}

void ListPane::showCount(const QString& text, bool none)
{
    m_count->setText(text);
    m_stack->setCurrentWidget(none ? static_cast<QWidget*>(m_empty) : m_table);
}

QStringList ListPane::selectedIds() const
{
    return listtable::selectedIds(m_table);
}

void ListPane::select(const QString& id)
{
    QModelIndex index = indexOf(id);
    if (!index.isValid() && !m_search->text().isEmpty()) {
        m_search->clear(); // the search hides it
        index = indexOf(id);
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ListPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace mailroom
