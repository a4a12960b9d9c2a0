#include "GroupsPane.h"

#include "BatchJob.h"
#include "CreateGroupWizard.h"
#include "GroupDetailsPanel.h"
#include "GroupTableModel.h"
#include "core/Engine.h"
#include "groups/Groups.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "users/EnableReviewDialog.h"
#include "widgets/BatchProgressDialog.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/ListTable.h"
#include "widgets/PaneActions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace mailroom {

GroupsPane::GroupsPane(Engine& engine, QWidget* parent)
    : ListPane(QStringLiteral("groupsPane"),
               tr("This organization has no groups yet. A group has an address whose mail reaches all its "
                  "members, and can share mailboxes and calendars with a team."),
               tr("Create group"), parent),
      m_engine(engine), m_model(new GroupTableModel(engine, this)), m_state(new QComboBox(this)),
      m_details(new GroupDetailsPanel(engine, this))
{
    m_create = m_actions->add(QStringLiteral("list-add"), tr("&Create group"), QStringLiteral("createGroup"),
                              [this] { createGroup(); });
    m_create->setShortcut(QKeySequence::New);
    m_members = m_actions->add(QStringLiteral("system-users"), tr("&Members"), QStringLiteral("editMembers"),
                               [this] { editMembers(); });
    m_enable = m_actions->add(QStringLiteral("user-available"), tr("E&nable"), QStringLiteral("enableGroups"),
                              [this] { enableSelected(); });
    m_disable = m_actions->add(QStringLiteral("user-offline"), tr("&Disable"),
                               QStringLiteral("disableGroups"), [this] { disableSelected(); });
    m_delete = m_actions->add(QStringLiteral("edit-delete"), tr("De&lete"), QStringLiteral("deleteGroups"),
                              [this] { deleteSelected(); });

    listtable::setUpFilter(m_state, QStringLiteral("stateFilter"), tr("State filter"), tr("All states"),
                           {{labelOf(GroupState::Enabled), int(GroupState::Enabled)},
                            {labelOf(GroupState::Disabled), int(GroupState::Disabled)}});
    assemble({.model = m_model,
              .table = {.name = QStringLiteral("groups"),
                        .accessibleName = tr("Groups"),
                        .sortColumn = GroupTableModel::Name,
                        .badgeColumn = GroupTableModel::State,
                        .roomyRows = false,
                        .firstWidths = {{GroupTableModel::Name, 28},
                                        {GroupTableModel::Email, 42},
                                        {GroupTableModel::State, 14}}},
              .searchPlaceholder = tr("Search by group name or address (start of)"),
              .searchName = tr("Search groups"),
              .filters = {m_state},
              .below = m_details,
              .deleteAction = m_delete});

    connect(m_search, &QLineEdit::textChanged, m_model, &GroupTableModel::setSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_state->currentData();
        m_model->setStateFilter(state.isValid() ? std::optional(GroupState(state.toInt())) : std::nullopt);
    });
    connect(m_model, &GroupTableModel::countsChanged, this, &GroupsPane::updateCount);
    connect(m_empty, &EmptyState::actionTriggered, this, &GroupsPane::createGroup);
    connect(m_table, &QTableView::activated, this, &GroupsPane::editMembers);
    followSelection(
        {[this] { return m_details->groupId(); }, [this](const QString& id) { m_details->showGroup(id); }},
        [this] { updateActions(); });
    // A requery keeps the selection by id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // One selection for every kept group still shown, applied at once (one signal, not one
        // per group), then the details follow it (none when the groups went).
        QItemSelection kept;
        for (const QString& id : std::as_const(m_keptSelection)) {
            const int row = m_model->rowOfGroup(id);
            if (row >= 0)
                kept.select(m_model->index(row, 0), m_model->index(row, GroupTableModel::ColumnCount - 1));
        }
        if (!kept.isEmpty())
            m_table->selectionModel()->select(kept, QItemSelectionModel::ClearAndSelect);
        else
            m_details->showGroup(QString());
        updateActions();
    });
    connect(m_model, &GroupTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Groups"), message); });
    followOrganization(m_engine, m_organization, [this] {
        m_details->setOrganization(m_organization);
        updateActions();
    });
}

void GroupsPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_details->setOrganization(organization);
    m_details->showGroup(QString());
    m_model->setOrganization(organization.id);
    updateCount();
    updateActions();
}

bool GroupsPane::mayLeave()
{
    return m_details->mayLeave();
}

GroupsPane::Selection GroupsPane::selection() const
{
    Selection s;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const Group* g = m_model->groupAt(index.row());
        if (!g)
            continue;
        s.ids << g->id;
        s.names << g->name;
        s.allEnabled = s.allEnabled && g->state == GroupState::Enabled;
        s.allDisabled = s.allDisabled && g->state == GroupState::Disabled;
    }
    return s;
}

void GroupsPane::updateCount()
{
    showCount(
        tr("%1 of %2 groups")
            .arg(QLocale().toString(m_model->filteredCount()), QLocale().toString(m_model->totalCount())),
        m_model->totalCount() == 0);
}

QModelIndex GroupsPane::indexOf(const QString& id) const
{
    const int row = m_model->rowOfGroup(id);
    return row < 0 ? QModelIndex() : m_model->index(row, 0);
}

void GroupsPane::updateActions()
{
    const Selection s = selection();
    const bool connector = m_organization.directoryType == nameOf(DirectoryType::ADConnector);
    const QString blocked = changesBlockedReason(m_engine, m_organization);
    // IOP-2: in interoperability mode groups are managed in Exchange and may only be enabled here.
    const QString exchange =
        m_organization.interoperability
            ? tr("In interoperability mode groups are managed in Microsoft Exchange; here they "
                 "can only be enabled. Use the Exchange admin center.")
            : QString();
    auto why = [&](bool needOne, bool stateOk, const QString& stateWhy,
                   bool onlyOutsideExchange = false) -> QString {
        if (!blocked.isEmpty())
            return blocked;
        if (s.ids.isEmpty() || (needOne && s.ids.size() != 1))
            return needOne ? tr("Select one group.") : tr("Select one or more groups.");
        if (onlyOutsideExchange && !exchange.isEmpty())
            return exchange;
        return stateOk ? QString() : stateWhy;
    };
    PaneActions::allow(m_create, !blocked.isEmpty() ? blocked
                                 : connector ? tr("Groups of an AD Connector directory are created in Active "
                                                  "Directory; enable them here.")
                                             : QString());
    m_empty->button()->setEnabled(m_create->isEnabled());
    m_empty->button()->setToolTip(m_create->toolTip());
    PaneActions::allow(m_members, why(true, true, {}, true));
    PaneActions::allow(m_enable, why(false, s.allDisabled, tr("Only disabled groups can be enabled.")));
    PaneActions::allow(m_disable, why(false, s.allEnabled, tr("Only enabled groups can be disabled."), true));
    const bool ownDirectory = m_organization.directoryType == nameOf(DirectoryType::WorkMail);
    PaneActions::allow(m_delete,
                       !ownDirectory && blocked.isEmpty()
                           ? tr("Groups of the organization's directory stay there; disabling one is "
                                "all it needs.")
                           : why(false, s.allDisabled,
                                 tr("Disable the groups first; only disabled groups can be "
                                    "deleted.")));
}

void GroupsPane::createGroup()
{
    if (!m_create->isEnabled())
        return;
    CreateGroupWizard wizard(m_engine, m_organization, this);
    if (wizard.exec() == QDialog::Accepted) {
        select(wizard.createdGroupId());
    }
}

void GroupsPane::editMembers()
{
    if (!m_members->isEnabled())
        return;
    m_details->showMembers();
}

void GroupsPane::enableSelected()
{
    if (!m_enable->isEnabled())
        return;
    QVector<EnableCandidate> candidates;
    const Selection s = selection();
    for (int i = 0; i < s.ids.size(); ++i) {
        auto address = m_engine.groups().proposedAddress(s.ids.at(i));
        candidates.append({s.ids.at(i), s.names.at(i), {}, address ? address.value() : QString()});
    }
    EnableReviewDialog dialog(
        EnableReviewDialog::groupTexts(m_organization.interoperability), candidates,
        [this](const QString& id, const QString& address) {
            return statusOf(m_engine.groups().enable(id, address));
        },
        this);
    dialog.exec();
}

void GroupsPane::runBatch(const QString& title, const QStringList& ids, const QStringList& names,
                          const std::function<Status(const QString&)>& step)
{
    BatchJob job(names, [&](int i) { return step(ids.at(i)); });
    BatchProgressDialog::run(this, title, job);
}

void GroupsPane::disableSelected()
{
    if (!m_disable->isEnabled())
        return;
    const Selection s = selection();
    if (!Confirm::ask(
            this, tr("Disable groups"),
            tr("Disable %n group(s)? Their addresses stop receiving mail and become free for others; "
               "the members stay.",
               nullptr, int(s.ids.size())),
            tr("Disable")))
        return;
    runBatch(tr("Disabling groups"), s.ids, s.names,
             [this](const QString& id) { return statusOf(m_engine.groups().disable(id)); });
}

void GroupsPane::deleteSelected()
{
    if (!m_delete->isEnabled())
        return;
    const Selection s = selection();
    if (!Confirm::ask(
            this, tr("Delete groups"),
            tr("Delete %n group(s) for good? Their memberships, including in other groups, are lost.",
               nullptr, int(s.ids.size())),
            tr("Delete")))
        return;
    runBatch(tr("Deleting groups"), s.ids, s.names,
             [this](const QString& id) { return m_engine.groups().remove(id); });
}

} // namespace mailroom
