#include "UsersPane.h"

#include "BatchJob.h"
#include "CreateUserWizard.h"
#include "EnableReviewDialog.h"
#include "ResetPasswordDialog.h"
#include "UserDetailsPanel.h"
#include "UserTableModel.h"
#include "core/Engine.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/Users.h"
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

namespace {

// Whether the selection holds an Exchange resource (RES-4), which nothing here may change.
bool anyExchangeResource(const QTableView* table, const UserTableModel* model)
{
    for (const QModelIndex& index : table->selectionModel()->selectedRows()) {
        const UserRow* row = model->rowAt(index.row());
        if (row && row->role == UserRole::ExchangeResource)
            return true;
    }
    return false;
}

} // namespace

UsersPane::UsersPane(Engine& engine, QWidget* parent)
    : ListPane(QStringLiteral("usersPane"),
               tr("This organization has no users yet. Users get a mailbox and sign in to read their mail."),
               tr("Create user"), parent),
      m_engine(engine), m_model(new UserTableModel(engine, this)), m_state(new QComboBox(this)),
      m_role(new QComboBox(this)), m_details(new UserDetailsPanel(engine, this))
{
    m_create = m_actions->add(QStringLiteral("list-add"), tr("&Create user"), QStringLiteral("createUser"),
                              [this] { createUser(); });
    m_create->setShortcut(QKeySequence::New);
    m_edit = m_actions->add(QStringLiteral("document-edit"), tr("&Edit details"),
                            QStringLiteral("editDetails"), [this] { editDetails(); });
    m_addresses = m_actions->add(QStringLiteral("mail-message-new"), tr("&Addresses"),
                                 QStringLiteral("editAddresses"), [this] { editAddresses(); });
    m_enable = m_actions->add(QStringLiteral("user-available"), tr("E&nable"), QStringLiteral("enableUsers"),
                              [this] { enableSelected(); });
    m_reset = m_actions->add(QStringLiteral("dialog-password"), tr("&Reset password"),
                             QStringLiteral("resetPassword"), [this] { resetPassword(); });
    m_disable = m_actions->add(QStringLiteral("user-offline"), tr("&Disable"), QStringLiteral("disableUsers"),
                               [this] { disableSelected(); });
    m_delete = m_actions->add(QStringLiteral("edit-delete"), tr("De&lete"), QStringLiteral("deleteUsers"),
                              [this] { deleteSelected(); });

    listtable::setUpFilter(m_state, QStringLiteral("stateFilter"), tr("State filter"), tr("All states"),
                           {{labelOf(UserState::Enabled), int(UserState::Enabled)},
                            {labelOf(UserState::Disabled), int(UserState::Disabled)}});
    listtable::setUpFilter(m_role, QStringLiteral("roleFilter"), tr("Role filter"), tr("All roles"),
                           {{labelOf(UserRole::User), int(UserRole::User)},
                            {labelOf(UserRole::SystemUser), int(UserRole::SystemUser)},
                            {labelOf(UserRole::ExchangeResource), int(UserRole::ExchangeResource)}});
    assemble({.model = m_model,
              .table = {.name = QStringLiteral("users"),
                        .accessibleName = tr("Users"),
                        .sortColumn = UserTableModel::Username,
                        .badgeColumn = UserTableModel::State,
                        .firstWidths = {{UserTableModel::Username, 24},
                                        {UserTableModel::DisplayName, 24},
                                        {UserTableModel::Email, 42},
                                        {UserTableModel::State, 18},
                                        {UserTableModel::Role, 22}}},
              .searchPlaceholder = tr("Search by username, display name or address (start of)"),
              .searchName = tr("Search users"),
              .filters = {m_state, m_role},
              .below = m_details,
              .deleteAction = m_delete});

    connect(m_search, &QLineEdit::textChanged, m_model, &UserTableModel::setSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this, &UsersPane::applyFilters);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPane::applyFilters);
    connect(m_model, &UserTableModel::countsChanged, this, &UsersPane::updateCount);
    connect(m_empty, &EmptyState::actionTriggered, this, &UsersPane::createUser);
    connect(m_table, &QTableView::activated, this, &UsersPane::editDetails);
    followSelection(
        {[this] { return m_details->userId(); }, [this](const QString& id) { m_details->showUser(id); }},
        [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_details->showUser(QString()); });
    connect(m_model, &UserTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Users"), message); });
    followOrganization(m_engine, m_organization, [this] {
        m_details->setOrganization(m_organization);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateActions);
}

void UsersPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_role->setCurrentIndex(0);
    m_model->setOrganization(organization.id);
    m_details->setOrganization(organization);
    m_details->showUser(QString());
    updateCount();
    updateActions();
}

void UsersPane::applyFilters()
{
    const QVariant state = m_state->currentData();
    const QVariant role = m_role->currentData();
    m_model->setFilters(state.isValid() ? std::optional(UserState(state.toInt())) : std::nullopt,
                        role.isValid() ? std::optional(UserRole(role.toInt())) : std::nullopt);
}

void UsersPane::updateCount()
{
    showCount(
        tr("%1 of %2 users")
            .arg(QLocale().toString(m_model->filteredCount()), QLocale().toString(m_model->totalCount())),
        m_model->totalCount() == 0);
}

QModelIndex UsersPane::indexOf(const QString& id) const
{
    const int row = m_model->rowOfUser(id);
    return row < 0 ? QModelIndex() : m_model->index(row, 0);
}

UsersPane::Selection UsersPane::selection() const
{
    Selection s;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const UserRow* row = m_model->rowAt(index.row());
        if (!row)
            continue;
        s.ids << row->id;
        s.usernames << row->username;
        s.anySystem = s.anySystem || row->role == UserRole::SystemUser;
        s.allEnabled = s.allEnabled && row->state == UserState::Enabled;
        s.allDisabled = s.allDisabled && row->state == UserState::Disabled;
    }
    return s;
}

void UsersPane::updateActions()
{
    const Selection s = selection();
    const bool connector = m_organization.directoryType == nameOf(DirectoryType::ADConnector);
    const QString blocked = changesBlockedReason(m_engine, m_organization);
    const QString pickOne = tr("Select one user.");
    const QString pickSome = tr("Select one or more users.");
    const QString system = tr("System users of the directory cannot be changed.");
    const bool anyResource = anyExchangeResource(m_table, m_model);
    const QString resource =
        tr("Exchange resources cannot be enabled or changed here: in interoperability mode "
           "resources stay in Microsoft Exchange. Once interoperability is disabled, create "
           "the resource in the Resources pane.");

    auto why = [&](bool needOne, const QString& stateWhy, bool stateOk,
                   const QString& directoryWhy = {}) -> QString {
        if (!blocked.isEmpty())
            return blocked;
        if (s.ids.isEmpty() || (needOne && s.ids.size() != 1))
            return needOne ? pickOne : pickSome;
        if (s.anySystem)
            return system;
        if (anyResource)
            return resource;
        if (!directoryWhy.isEmpty())
            return directoryWhy;
        return stateOk ? QString() : stateWhy;
    };

    const QString connectorCreate = connector ? tr("Users of an AD Connector directory are created in Active "
                                                   "Directory; enable them here.")
                                              : QString();
    PaneActions::allow(m_create, !blocked.isEmpty() ? blocked : connectorCreate);
    m_empty->button()->setEnabled(m_create->isEnabled());
    m_empty->button()->setToolTip(m_create->toolTip());
    PaneActions::allow(m_edit, why(true, {}, true));
    // IOP-2: in interoperability mode users are managed in Exchange and may only be enabled here.
    const QString exchange =
        m_organization.interoperability
            ? tr("In interoperability mode users are managed in Microsoft Exchange; here they "
                 "can only be enabled. Use the Exchange admin center.")
            : QString();
    PaneActions::allow(m_addresses,
                       why(true, tr("Enable the user to change its addresses."), s.allEnabled, exchange));
    PaneActions::allow(m_enable, why(false, tr("Only disabled users can be enabled."), s.allDisabled));
    PaneActions::allow(m_reset,
                       why(true, {}, true,
                           connector ? tr("Users of an AD Connector directory change their password in "
                                          "Active Directory.")
                                     : QString()));
    PaneActions::allow(m_disable,
                       why(false, tr("Only enabled users can be disabled."), s.allEnabled, exchange));
    PaneActions::allow(m_delete,
                       why(false, tr("Disable the users first; only disabled users can be deleted."),
                           s.allDisabled, exchange));
}

bool UsersPane::mayLeave()
{
    return m_details->mayLeave();
}

void UsersPane::createUser()
{
    if (!m_create->isEnabled())
        return;
    CreateUserWizard wizard(m_engine, m_organization, this);
    if (wizard.exec() == QDialog::Accepted)
        select(wizard.createdUserId());
}

void UsersPane::editDetails()
{
    if (selectedIds().size() == 1)
        m_details->showGeneral();
}

void UsersPane::editAddresses()
{
    if (m_addresses->isEnabled())
        m_details->showAddresses();
}

void UsersPane::enableSelected()
{
    if (!m_enable->isEnabled())
        return;
    QVector<EnableCandidate> candidates;
    for (const QString& id : selection().ids) {
        auto user = m_engine.users().get(id);
        auto address = m_engine.mailboxes().proposedAddress(id);
        candidates.append({id, user ? user.value().username : id,
                           user ? user.value().details.displayName : QString(),
                           address ? address.value() : QString()});
    }
    EnableReviewDialog dialog(
        EnableReviewDialog::userTexts(m_organization.interoperability), candidates,
        [this](const QString& id, const QString& address) {
            return statusOf(m_engine.mailboxes().enable(id, address));
        },
        this);
    dialog.exec();
}

void UsersPane::resetPassword()
{
    if (!m_reset->isEnabled())
        return;
    const Selection s = selection();
    ResetPasswordDialog dialog(m_engine, s.ids.first(), s.usernames.first(), this);
    dialog.exec();
}

void UsersPane::disableSelected()
{
    if (!m_disable->isEnabled())
        return;
    const Selection s = selection();
    const QString text =
        tr("Disable %n user(s)? They can no longer sign in or receive mail. Each mailbox is kept for "
           "30 days: enabling the user again within that time restores it; after that it is "
           "removed for good.",
           nullptr, int(s.ids.size()));
    if (!Confirm::ask(this, tr("Disable users"), text, tr("Disable")))
        return;
    BatchJob job(s.usernames,
                 [this, ids = s.ids](int i) { return statusOf(m_engine.mailboxes().disable(ids.at(i))); });
    BatchProgressDialog::run(this, tr("Disabling users"), job);
}

void UsersPane::deleteSelected()
{
    if (!m_delete->isEnabled())
        return;
    const Selection s = selection();
    const QString text =
        tr("Delete %n user(s) for good? Their mailboxes and all their mail are removed now and "
           "cannot be restored.",
           nullptr, int(s.ids.size()));
    if (!Confirm::ask(this, tr("Delete users"), text, tr("Delete")))
        return;
    BatchJob job(s.usernames, [this, ids = s.ids](int i) { return m_engine.mailboxes().remove(ids.at(i)); });
    BatchProgressDialog::run(this, tr("Deleting users"), job);
}

} // namespace mailroom
