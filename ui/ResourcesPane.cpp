#include "ResourcesPane.h"

#include "Confirm.h"
#include "CreateResourceDialog.h"
#include "EmptyState.h"
#include "Engine.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "Organizations.h"
#include "ResourceDetailsPanel.h"
#include "ResourceTableModel.h"
#include "TableSettings.h"
#include "resources/Resources.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailroom {

namespace {
const QString SplitterKey = QStringLiteral("resourcesPane/splitter");
}

ResourcesPane::ResourcesPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_model(new ResourceTableModel(engine, this)),
      m_sorted(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(new EmptyState(tr("This organization has no resources yet.\nResources are meeting rooms and "
                                "equipment, such as a projector, that people book by inviting the resource's "
                                "address to a meeting."),
                             tr("Create resource"), this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_details(new ResourceDetailsPanel(engine, this))
{
    setObjectName(QStringLiteral("resourcesPane"));
    m_create = addAction(QStringLiteral("list-add"), tr("&Create resource"), QStringLiteral("createResource"),
                         &ResourcesPane::createResource);
    m_create->setShortcut(QKeySequence::New);
    m_open = addAction(QStringLiteral("document-edit"), tr("&Open"), QStringLiteral("openResource"),
                       &ResourcesPane::openSelected);
    m_remove = addAction(QStringLiteral("edit-delete"), tr("&Remove"), QStringLiteral("removeResources"),
                         &ResourcesPane::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    // Delete belongs to the table alone: in the delegate lists below it must not remove resources.
    QWidget::removeAction(m_remove);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_remove);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name or address (start of)"));
    m_search->setAccessibleName(tr("Search resources"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("count"));
    m_empty->setObjectName(QStringLiteral("resourcesEmpty"));
    m_empty->button()->setIcon(icons::themed(QStringLiteral("list-add")));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("resources"));
    m_table->setAccessibleName(tr("Resources"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(ResourceTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    if (!TableSettings::restore(m_table, QStringLiteral("resources"))) {
        const int unit = m_table->fontMetrics().averageCharWidth();
        for (const auto& [column, chars] :
             {std::pair{ResourceTableModel::Name, 22}, std::pair{ResourceTableModel::Type, 15},
              std::pair{ResourceTableModel::Email, 36}, std::pair{ResourceTableModel::Description, 36}})
            m_table->setColumnWidth(column, chars * unit);
    }
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* actions = new QHBoxLayout;
    for (QAction* action : std::as_const(m_actions)) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        actions->addWidget(button);
    }
    actions->addStretch();
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(SplitterKey, m_splitter->saveState()); });
    connect(m_search, &QLineEdit::textChanged, m_model, &ResourceTableModel::setSearch);
    connect(m_model, &ResourceTableModel::countsChanged, this, &ResourcesPane::updateCount);
    connect(m_empty, &EmptyState::actionTriggered, this, &ResourcesPane::createResource);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ResourcesPane::showContextMenu);
    connect(m_table, &QTableView::activated, this, &ResourcesPane::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QStringList ids = selectedResourceIds();
        const QString shown = m_details->resourceId();
        m_details->showResource(ids.size() == 1 ? ids.first() : QString());
        if (m_details->resourceId() == shown && ids != QStringList{shown} && !shown.isEmpty())
            selectResource(shown); // the administrator stayed with unsaved edits
        updateActions();
    });
    // The organization's state and mode decide what may change (they may change while shown).
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject != Change::Subject::Organization || !change.ids.contains(m_organization.id) ||
            change.kind == Change::Kind::Removed)
            return;
        if (auto org = m_engine.organizations().get(m_organization.id)) {
            m_organization = org.value();
            m_details->setOrganization(m_organization);
            updateActions();
        }
    });
}

QAction* ResourcesPane::addAction(const QString& icon, const QString& text, const QString& name,
                                  void (ResourcesPane::*slot)())
{
    auto* action = new QAction(icons::themed(icon), text, this);
    action->setObjectName(name);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions << action;
    return action;
}

void ResourcesPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_details->setOrganization(organization);
    m_details->showResource(QString());
    m_search->clear();
    m_model->setOrganization(organization.id);
    updateCount();
    updateActions();
}

void ResourcesPane::updateCount()
{
    m_count->setText(
        tr("%1 of %2 resources")
            .arg(QLocale().toString(m_model->filteredCount()), QLocale().toString(m_model->totalCount())));
    const bool none = m_model->totalCount() == 0;
    m_stack->setCurrentWidget(none ? static_cast<QWidget*>(m_empty) : m_table);
    m_details->setVisible(!none); // nothing to select: the empty state has the room
    m_search->setEnabled(m_model->totalCount() > 0 || !m_search->text().isEmpty());
    updateActions();
}

QStringList ResourcesPane::selectedResourceIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(IdRole).toString();
    return ids;
}

void ResourcesPane::selectResource(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    // One selection change, so that unsaved edits are asked about once.
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ResourcesPane::setAllowed(QAction* action, const QString& why)
{
    action->setEnabled(why.isEmpty());
    action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
}

void ResourcesPane::updateActions()
{
    const int selected = int(selectedResourceIds().size());
    QString blocked;
    if (m_engine.accessLevel() == AccessLevel::ReadOnly)
        blocked = tr("Your access is read-only.");
    else if (m_organization.state != OrgState::Active)
        blocked =
            tr("The organization is %1; changes need it Active.").arg(orgStateLabel(m_organization.state));
    QString createWhy = blocked;
    if (createWhy.isEmpty() && m_organization.interoperability)
        createWhy =
            tr("The organization is in interoperability mode: resources are created in Microsoft Exchange "
               "and show in the users list.");
    setAllowed(m_create, createWhy);
    m_empty->button()->setEnabled(m_create->isEnabled());
    m_empty->button()->setToolTip(m_create->toolTip());
    setAllowed(m_open, selected == 1 ? QString() : tr("Select one resource."));
    setAllowed(m_remove, !blocked.isEmpty() ? blocked
                         : selected == 0    ? tr("Select one or more resources.")
                                            : QString());
}

void ResourcesPane::showContextMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addActions(m_actions);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void ResourcesPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool ResourcesPane::mayLeave()
{
    return m_details->mayLeave();
}

void ResourcesPane::createResource()
{
    if (!m_create->isEnabled())
        return;
    CreateResourceDialog dialog(m_engine, m_organization, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_search->text().isEmpty() && m_model->rowOf(dialog.createdResourceId()) < 0)
        m_search->clear(); // show the new resource even when the search would hide it
    selectResource(dialog.createdResourceId());
}

void ResourcesPane::openSelected()
{
    if (!m_open->isEnabled())
        return;
    m_details->showGeneral();
}

void ResourcesPane::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    const QStringList ids = selectedResourceIds();
    QString text;
    if (ids.size() == 1) {
        const auto* row = m_model->rowAt(m_model->rowOf(ids.first()));
        text = tr("Remove the resource %1? Its address %2 stops receiving booking requests and its delegates "
                  "are "
                  "removed. This cannot be undone.")
                   .arg(row ? row->resource.details.name : QString(),
                        row ? row->resource.details.email : QString());
    } else {
        text =
            tr("Remove %1 resources? Their addresses stop receiving booking requests and their delegates are "
               "removed. This cannot be undone.")
                .arg(QLocale().toString(ids.size()));
    }
    if (!Confirm::ask(this, tr("Remove resources"), text, tr("Remove")))
        return;
    QStringList failures;
    for (const QString& id : ids) {
        const auto* row = m_model->rowAt(m_model->rowOf(id));
        const QString name = row ? row->resource.details.name : id;
        if (const Status removed = m_engine.resources().remove(id); !removed)
            failures << tr("%1: %2").arg(name, removed.error().message);
    }
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Remove resources"),
                             tr("Some resources were not removed:\n%1").arg(failures.join(u'\n')));
}

} // namespace mailroom
