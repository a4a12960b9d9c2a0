#include "UsersPane.h"

#include "BatchJob.h"
#include "BatchProgressDialog.h"
#include "Confirm.h"
#include "CreateUserWizard.h"
#include "Directory.h"
#include "EmptyState.h"
#include "EnableReviewDialog.h"
#include "Engine.h"
#include "Icons.h"
#include "Mailboxes.h"
#include "Organizations.h"
#include "ModelRoles.h"
#include "ResetPasswordDialog.h"
#include "StatusBadgeDelegate.h"
#include "TableSettings.h"
#include "UserDetailsPanel.h"
#include "UserTableModel.h"
#include "Users.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailroom {

UsersPane::UsersPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_model(new UserTableModel(engine, this)), m_search(new QLineEdit(this)),
      m_state(new QComboBox(this)), m_role(new QComboBox(this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(new EmptyState(tr("This organization has no users yet. Users get a mailbox and sign in to read "
                                "their mail."),
                             tr("Create user"), this)),
      m_details(new UserDetailsPanel(engine, this))
{
    setObjectName(QStringLiteral("usersPane"));
    m_create = addAction(QStringLiteral("list-add"), tr("&Create user"), QStringLiteral("createUser"), &UsersPane::createUser);
    m_create->setShortcut(QKeySequence::New);
    m_edit = addAction(QStringLiteral("document-edit"), tr("&Edit details"), QStringLiteral("editDetails"), &UsersPane::editDetails);
    m_addresses = addAction(QStringLiteral("mail-message-new"), tr("&Addresses"), QStringLiteral("editAddresses"), &UsersPane::editAddresses);
    m_enable = addAction(QStringLiteral("user-available"), tr("E&nable"), QStringLiteral("enableUsers"), &UsersPane::enableSelected);
    m_reset = addAction(QStringLiteral("dialog-password"), tr("&Reset password"), QStringLiteral("resetPassword"), &UsersPane::resetPassword);
    m_disable = addAction(QStringLiteral("user-offline"), tr("&Disable"), QStringLiteral("disableUsers"), &UsersPane::disableSelected);
    m_delete = addAction(QStringLiteral("edit-delete"), tr("De&lete"), QStringLiteral("deleteUsers"), &UsersPane::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by username, display name or address (start of)"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("All states"));
    m_state->addItem(userStateLabel(UserState::Enabled), int(UserState::Enabled));
    m_state->addItem(userStateLabel(UserState::Disabled), int(UserState::Disabled));
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->setAccessibleName(tr("Role filter"));
    m_role->addItem(tr("All roles"));
    m_role->addItem(userRoleLabel(UserRole::User), int(UserRole::User));
    m_role->addItem(userRoleLabel(UserRole::SystemUser), int(UserRole::SystemUser));
    m_count->setObjectName(QStringLiteral("count"));

    m_table->setObjectName(QStringLiteral("users"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(UserTableModel::Username, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(UserTableModel::State, new StatusBadgeDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    if (!TableSettings::restore(m_table, QStringLiteral("users"))) {
        // Fixed first widths: measuring contents would page through the rows.
        const int unit = m_table->fontMetrics().averageCharWidth();
        for (const auto& [column, chars] : {std::pair{UserTableModel::Username, 24}, std::pair{UserTableModel::DisplayName, 24},
                                            std::pair{UserTableModel::Email, 42}, std::pair{UserTableModel::State, 12},
                                            std::pair{UserTableModel::Role, 14}})
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
    filters->addWidget(m_state);
    filters->addWidget(m_role);
    filters->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &UserTableModel::setSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this, &UsersPane::applyFilters);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPane::applyFilters);
    connect(m_model, &UserTableModel::countsChanged, this, &UsersPane::updateCount);
    connect(m_empty, &EmptyState::actionTriggered, this, &UsersPane::createUser);
    connect(m_table, &QWidget::customContextMenuRequested, this, &UsersPane::showContextMenu);
    connect(m_table, &QTableView::activated, this, &UsersPane::editDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QStringList ids = selectedUserIds();
        const QString shown = m_details->userId();
        m_details->showUser(ids.size() == 1 ? ids.first() : QString());
        if (m_details->userId() == shown && ids != QStringList{shown} && !shown.isEmpty())
            selectUser(shown); // the administrator stayed with unsaved edits
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_details->showUser(QString()); });
    // The organization's state decides what may change (it may leave Active while shown).
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject != Change::Subject::Organization || !change.ids.contains(m_organization.id)
            || change.kind == Change::Kind::Removed)
            return;
        if (auto org = m_engine.organizations().get(m_organization.id)) {
            m_organization = org.value();
            m_details->setOrganization(m_organization);
            updateActions();
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateActions);
}

QAction* UsersPane::addAction(const QString& icon, const QString& text, const QString& name, void (UsersPane::*slot)())
{
    auto* action = new QAction(icons::themed(icon), text, this);
    action->setObjectName(name);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions << action;
    return action;
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
    m_count->setText(tr("%1 of %2 users")
                         .arg(QLocale().toString(m_model->filteredCount()), QLocale().toString(m_model->totalCount())));
    m_stack->setCurrentWidget(m_model->totalCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
}

QStringList UsersPane::selectedUserIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(IdRole).toString();
    return ids;
}

void UsersPane::selectUser(const QString& id)
{
    const int row = m_model->rowOfUser(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
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

void UsersPane::setAllowed(QAction* action, bool allowed, const QString& why)
{
    action->setEnabled(allowed);
    action->setToolTip(allowed ? action->text().remove(u'&') : why);
}

void UsersPane::updateActions()
{
    const Selection s = selection();
    const bool connector = m_organization.directoryType == directoryTypeName(DirectoryType::ADConnector);
    const bool active = m_organization.state == OrgState::Active;
    QString blocked;
    if (m_engine.accessLevel() == AccessLevel::ReadOnly)
        blocked = tr("Your access is read-only.");
    else if (!active)
        blocked = tr("The organization is %1; changes need it Active.").arg(orgStateLabel(m_organization.state));
    const QString pickOne = tr("Select one user.");
    const QString pickSome = tr("Select one or more users.");
    const QString system = tr("System users of the directory cannot be changed.");

    auto why = [&](bool needOne, const QString& stateWhy, bool stateOk, const QString& directoryWhy = {}) -> QString {
        if (!blocked.isEmpty())
            return blocked;
        if (s.ids.isEmpty() || (needOne && s.ids.size() != 1))
            return needOne ? pickOne : pickSome;
        if (s.anySystem)
            return system;
        if (!directoryWhy.isEmpty())
            return directoryWhy;
        return stateOk ? QString() : stateWhy;
    };
    auto set = [this](QAction* action, const QString& reason) { setAllowed(action, reason.isEmpty(), reason); };

    const QString connectorCreate = connector ? tr("Users of an AD Connector directory are created in Active "
                                                   "Directory; enable them here.")
                                              : QString();
    set(m_create, !blocked.isEmpty() ? blocked : connectorCreate);
    m_empty->button()->setEnabled(m_create->isEnabled());
    m_empty->button()->setToolTip(m_create->toolTip());
    set(m_edit, why(true, {}, true));
    set(m_addresses, why(true, tr("Enable the user to change its addresses."), s.allEnabled));
    set(m_enable, why(false, tr("Only disabled users can be enabled."), s.allDisabled));
    set(m_reset, why(true, {}, true,
                     connector ? tr("Users of an AD Connector directory change their password in Active Directory.")
                               : QString()));
    set(m_disable, why(false, tr("Only enabled users can be disabled."), s.allEnabled));
    set(m_delete, why(false, tr("Disable the users first; only disabled users can be deleted."), s.allDisabled));
}

void UsersPane::showContextMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addActions(m_actions);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void UsersPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
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
        selectUser(wizard.createdUserId());
}

void UsersPane::editDetails()
{
    if (selectedUserIds().size() == 1)
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
        candidates.append({id, user ? user.value().username : id, user ? user.value().details.displayName : QString(),
                           address ? address.value() : QString()});
    }
    EnableReviewDialog dialog({tr("Enable users"),
                               tr("Each user gets a mailbox with the primary address below; edit an address to "
                                  "change it. A user disabled less than 30 days ago gets its old mailbox back."),
                               tr("Username"), tr("Display name"), tr("Enabling users")},
                              candidates,
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
    const QString text = tr("Disable %n user(s)? They can no longer sign in or receive mail. Each mailbox is kept for "
                            "30 days: enabling the user again within that time restores it; after that it is "
                            "removed for good.",
                            nullptr, int(s.ids.size()));
    if (!Confirm::ask(this, tr("Disable users"), text, tr("Disable")))
        return;
    BatchJob job(s.usernames, [this, ids = s.ids](int i) { return statusOf(m_engine.mailboxes().disable(ids.at(i))); });
    BatchProgressDialog::run(this, tr("Disabling users"), job);
}

void UsersPane::deleteSelected()
{
    if (!m_delete->isEnabled())
        return;
    const Selection s = selection();
    const QString text = tr("Delete %n user(s) for good? Their mailboxes and all their mail are removed now and "
                            "cannot be restored.",
                            nullptr, int(s.ids.size()));
    if (!Confirm::ask(this, tr("Delete users"), text, tr("Delete")))
        return;
    BatchJob job(s.usernames, [this, ids = s.ids](int i) { return m_engine.mailboxes().remove(ids.at(i)); });
    BatchProgressDialog::run(this, tr("Deleting users"), job);
}

} // namespace mailroom
