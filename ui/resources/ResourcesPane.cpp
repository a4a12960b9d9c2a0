#include "ResourcesPane.h"

#include "CreateResourceDialog.h"
#include "ModelRoles.h"
#include "ResourceDetailsPanel.h"
#include "ResourceTableModel.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/PaneActions.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace mailroom {

ResourcesPane::ResourcesPane(Engine& engine, QWidget* parent)
    : ListPane(
          QStringLiteral("resourcesPane"),
          tr("This organization has no resources yet.\nResources are meeting rooms and equipment, such as a "
             "projector, that people book by inviting the resource's address to a meeting."),
          tr("Create resource"), parent),
      m_engine(engine), m_model(new ResourceTableModel(engine, this)),
      m_sorted(new QSortFilterProxyModel(this)), m_details(new ResourceDetailsPanel(engine, this))
{
    m_create = m_actions->add(QStringLiteral("list-add"), tr("&Create resource"),
                              QStringLiteral("createResource"), [this] { createResource(); });
    m_create->setShortcut(QKeySequence::New);
    m_open = m_actions->add(QStringLiteral("document-edit"), tr("&Open"), QStringLiteral("openResource"),
                            [this] { openSelected(); });
    m_remove = m_actions->add(QStringLiteral("edit-delete"), tr("&Remove"), QStringLiteral("removeResources"),
                              [this] { removeSelected(); });
    m_empty->setObjectName(QStringLiteral("resourcesEmpty"));
    m_empty->button()->setIcon(icons::themed(QStringLiteral("list-add")));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    assemble({.model = m_sorted,
              .table = {.name = QStringLiteral("resources"),
                        .accessibleName = tr("Resources"),
                        .sortColumn = ResourceTableModel::Name,
                        .firstWidths = {{ResourceTableModel::Name, 22},
                                        {ResourceTableModel::Type, 15},
                                        {ResourceTableModel::Email, 36},
                                        {ResourceTableModel::Description, 36}}},
              .searchPlaceholder = tr("Search by name or address (start of)"),
              .searchName = tr("Search resources"),
              .below = m_details,
              .tableStretch = 2,
              .belowStretch = 3,
              .splitterKey = QStringLiteral("resourcesPane/splitter"),
              .deleteAction = m_remove});

    connect(m_search, &QLineEdit::textChanged, m_model, &ResourceTableModel::setSearch);
    connect(m_model, &ResourceTableModel::countsChanged, this, &ResourcesPane::updateCount);
    connect(m_empty, &EmptyState::actionTriggered, this, &ResourcesPane::createResource);
    connect(m_table, &QTableView::activated, this, &ResourcesPane::openSelected);
    followSelection({[this] { return m_details->resourceId(); },
                     [this](const QString& id) { m_details->showResource(id); }},
                    [this] { updateActions(); });
    connect(m_model, &ResourceTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Resources"), message); });
    followOrganization(m_engine, m_organization, [this] {
        m_details->setOrganization(m_organization);
        updateActions();
    });
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
    const bool none = m_model->totalCount() == 0;
    showCount(
        tr("%1 of %2 resources")
            .arg(QLocale().toString(m_model->filteredCount()), QLocale().toString(m_model->totalCount())),
        none);
    m_details->setVisible(!none); // nothing to select: the empty state has the room
    m_search->setEnabled(!none || !m_search->text().isEmpty());
    updateActions();
}

QModelIndex ResourcesPane::indexOf(const QString& id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : m_sorted->mapFromSource(m_model->index(row, 0));
}

void ResourcesPane::updateActions()
{
    const int selected = int(selectedIds().size());
    const QString blocked = changesBlockedReason(m_engine, m_organization);
    QString createWhy = blocked;
    if (createWhy.isEmpty() && m_organization.interoperability)
        createWhy =
            tr("The organization is in interoperability mode: resources are created in Microsoft Exchange "
               "and show in the users list.");
    PaneActions::allow(m_create, createWhy);
    m_empty->button()->setEnabled(m_create->isEnabled());
    m_empty->button()->setToolTip(m_create->toolTip());
    PaneActions::allow(m_open, selected == 1 ? QString() : tr("Select one resource."));
    PaneActions::allow(m_remove, !blocked.isEmpty() ? blocked
                                 : selected == 0    ? tr("Select one or more resources.")
                                                    : QString());
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
    select(dialog.createdResourceId());
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
    const QStringList ids = selectedIds();
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
