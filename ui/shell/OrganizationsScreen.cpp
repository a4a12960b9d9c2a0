#include "OrganizationsScreen.h"

#include "CreationProgressDialog.h"
#include "ModelRoles.h"
#include "OrganizationFilterModel.h"
#include "OrganizationTableModel.h"
#include "QuickSetupDialog.h"
#include "RegionComboBox.h"
#include "StandardSetupDialog.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/TableSettings.h"
#include "widgets/TypedConfirmDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mailroom {

OrganizationsScreen::OrganizationsScreen(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_model(new OrganizationTableModel(engine, this)),
      m_filter(new OrganizationFilterModel(this)),
      m_quick(new QPushButton(icons::themed(QStringLiteral("list-add")), tr("&Quick setup"), this)),
      m_standard(new QPushButton(tr("&Standard setup"), this)),
      m_remove(new QPushButton(icons::themed(QStringLiteral("edit-delete")), tr("&Remove"), this)),
      m_refresh(new QPushButton(icons::themed(QStringLiteral("view-refresh")), tr("Re&fresh"), this)),
      m_region(new RegionComboBox(this, true)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(
          new EmptyState(tr("The account has no organizations yet. An organization holds your users, groups "
                            "and domains; Quick setup makes one in a moment."),
                         tr("Quick setup"), this))
{
    setObjectName(QStringLiteral("organizationsScreen"));
    m_quick->setObjectName(QStringLiteral("quickSetup"));
    m_standard->setObjectName(QStringLiteral("standardSetup"));
    m_remove->setObjectName(QStringLiteral("removeOrganization"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search aliases"));
    m_search->setAccessibleName(tr("Search organizations"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("count"));
    QPushButton* sample = m_empty->addSecondaryButton(tr("Open the sample account"));
    sample->setObjectName(QStringLiteral("openSample"));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("organizations"));
    m_table->setAccessibleName(tr("Organizations"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->sortByColumn(OrganizationTableModel::Alias, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(OrganizationTableModel::State, new StatusBadgeDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, this, &OrganizationsScreen::removeSelected);
    remove->setContext(Qt::WidgetShortcut);
    if (!TableSettings::restore(m_table, QStringLiteral("organizations"))) {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(OrganizationTableModel::Alias, std::max(m_table->columnWidth(0), 220));
    }

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_quick, m_standard, m_remove, m_refresh})
        actions->addWidget(b);
    actions->addStretch();
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_region);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_quick, &QPushButton::clicked, this, &OrganizationsScreen::quickSetup);
    connect(m_standard, &QPushButton::clicked, this, &OrganizationsScreen::standardSetup);
    connect(m_remove, &QPushButton::clicked, this, &OrganizationsScreen::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &OrganizationsScreen::refresh);
    connect(m_empty, &EmptyState::actionTriggered, this, &OrganizationsScreen::quickSetup);
    connect(sample, &QPushButton::clicked, this, &OrganizationsScreen::sampleAccountRequested);
    connect(m_search, &QLineEdit::textChanged, m_filter, &OrganizationFilterModel::setSearch);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRegion(m_region->region()); });
    connect(m_table, &QTableView::activated, this, &OrganizationsScreen::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsScreen::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(tr("Open"), this, &OrganizationsScreen::openCurrent)
            ->setEnabled(!currentOrganizationId().isEmpty());
        menu.addAction(m_remove->icon(), tr("Remove…"), this, &OrganizationsScreen::removeSelected)
            ->setEnabled(m_remove->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &OrganizationsScreen::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OrganizationsScreen::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &OrganizationsScreen::updateActions);
    connect(m_model, &OrganizationTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Organizations"), message); });
    updateEmptyState();
}

QString OrganizationsScreen::currentOrganizationId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

void OrganizationsScreen::selectOrganization(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

void OrganizationsScreen::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void OrganizationsScreen::refresh()
{
    m_model->reload();
}

void OrganizationsScreen::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(none ? static_cast<QWidget*>(m_empty) : m_table);
    m_count->setText(
        tr("%1 of %2 organizations")
            .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_model->rowCount())));
    updateActions();
}

void OrganizationsScreen::updateActions()
{
    const bool readOnly = m_engine.accessLevel() == AccessLevel::ReadOnly;
    const QString readOnlyWhy = tr("Your access is read-only.");
    for (QPushButton* b : {m_quick, m_standard, m_empty->button()}) {
        b->setEnabled(!readOnly);
        b->setToolTip(readOnly ? readOnlyWhy : QString());
    }
    const bool selected = !currentOrganizationId().isEmpty();
    m_remove->setEnabled(selected && !readOnly);
    m_remove->setToolTip(readOnly ? readOnlyWhy : selected ? QString() : tr("Select an organization first."));
}

void OrganizationsScreen::quickSetup()
{
    QuickSetupDialog dialog(
        m_engine, m_region->region().isEmpty() ? QStringLiteral("us-east-1") : m_region->region(), this);
    if (dialog.exec() == QDialog::Accepted)
        runCreation(dialog.organizationId());
}

void OrganizationsScreen::standardSetup()
{
    StandardSetupDialog dialog(
        m_engine, m_region->region().isEmpty() ? QStringLiteral("us-east-1") : m_region->region(), this);
    if (dialog.exec() == QDialog::Accepted)
        runCreation(dialog.organizationId());
}

void OrganizationsScreen::runCreation(const QString& organizationId)
{
    selectOrganization(organizationId);
    CreationProgressDialog progress(m_engine, organizationId, this);
    connect(&progress, &CreationProgressDialog::openOrganizationRequested, this,
            &OrganizationsScreen::openOrganization);
    progress.exec();
}

void OrganizationsScreen::removeSelected()
{
    const QString id = currentOrganizationId();
    auto org = m_engine.organizations().get(id);
    if (!org)
        return;
    const QString alias = org.value().alias;
    QString consequences =
        tr("Removing %1 cannot be undone. Every mailbox of the organization and all its mail "
           "are deleted, and its users and domains leave it.")
            .arg(alias);
    if (org.value().setup == SetupKind::Standard)
        consequences +=
            u' ' + tr("The directory %1 stays in the account's registry; a directory no other "
                      "application uses is still billed, so remove it too if you no longer need it.")
                       .arg(org.value().directoryName);
    TypedConfirmDialog dialog(tr("Remove organization"), consequences, alias, tr("Remove"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status removed = m_engine.organizations().remove(id, dialog.typedText());
    if (!removed)
        QMessageBox::warning(this, tr("Remove organization"), removed.error().message);
}

void OrganizationsScreen::openCurrent()
{
    const QString id = currentOrganizationId();
    if (!id.isEmpty())
        Q_EMIT openOrganization(id);
}

} // namespace mailroom
