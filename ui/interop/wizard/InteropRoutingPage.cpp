#include "InteropRoutingPage.h"

#include "BatchJob.h"
#include "ModelRoles.h"
#include "UserTableModel.h"
#include "core/Change.h"
#include "core/Engine.h"
#include "interop/ExchangeCommands.h"
#include "interop/RoutingDetailsView.h"
#include "interop/UserRoutingProxy.h"
#include "shell/OrganizationPane.h"
#include "users/EnableReviewDialog.h"
#include "users/Mailboxes.h"
#include "users/Users.h"
#include "widgets/BatchProgressDialog.h"
#include "widgets/EmptyState.h"
#include "widgets/FieldErrors.h"
#include "widgets/Icons.h"
#include "widgets/ListTable.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace mailroom {

namespace {

constexpr int NamedInLeft = 3;
constexpr int ScanPage = 500;

UserQuery enabledUsers(const QString& orgId)
{
    UserQuery query;
    query.organizationId = orgId;
    query.state = UserState::Enabled;
    query.role = UserRole::User;
    return query;
}

} // namespace

InteropRoutingPage::InteropRoutingPage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::EmailRouting, parent), m_model(new UserTableModel(engine, this)),
      m_proxy(new UserRoutingProxy(this)), m_search(new QLineEdit(this)), m_show(new QComboBox(this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(new EmptyState(QString(), QString(), this)),
      m_markDone(new QPushButton(QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton),
                                 tr("&Mark routing done"), this)),
      m_markUndone(new QPushButton(tr("Mark not &done"), this)),
      m_enable(new QPushButton(icons::themed(QStringLiteral("user-available")), tr("&Enable…"), this)),
      m_actionError(errors()->errorLabel(QStringLiteral("user"))), m_details(new RoutingDetailsView(this))
{
    setObjectName(QStringLiteral("interopRoutingPage"));
    m_proxy->setSourceModel(m_model);

    m_markDone->setObjectName(QStringLiteral("markRoutingDone"));
    m_markDone->setAccessibleName(tr("Mark the routing of the selected users done"));
    m_markUndone->setObjectName(QStringLiteral("markRoutingNotDone"));
    m_markUndone->setAccessibleName(tr("Mark the routing of the selected users not done"));
    m_enable->setObjectName(QStringLiteral("enableUsers"));
    m_enable->setAccessibleName(tr("Enable the selected users"));
    connect(m_markDone, &QPushButton::clicked, this, [this] { mark(true); });
    connect(m_markUndone, &QPushButton::clicked, this, [this] { mark(false); });
    connect(m_enable, &QPushButton::clicked, this, &InteropRoutingPage::enableSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_markUndone);
    buttons->addWidget(m_enable);
    buttons->addStretch(1);

    listtable::setUpSearch(m_search, m_count, tr("Search by username, display name or address (start of)"),
                           tr("Search users"));
    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->setAccessibleName(tr("Which users to show"));
    m_show->addItem(tr("Enabled users"), int(Show::Enabled));
    m_show->addItem(tr("Users not enabled"), int(Show::NotEnabled));

    listtable::setUp(m_table, m_proxy,
                     {.name = QStringLiteral("routingUsers"),
                      .accessibleName = tr("Users and their email routing"),
                      .sortColumn = UserTableModel::Username,
                      .firstWidths = {{UserTableModel::Username, 20},
                                      {UserTableModel::DisplayName, 22},
                                      {UserTableModel::Email, 34},
                                      {UserRoutingProxy::routingColumn(), 16}}});
    m_table->hideColumn(UserTableModel::Role);
    m_table->hideColumn(UserTableModel::Created);
    listtable::stack(m_stack, m_table, m_empty);

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_actionError);
    listLayout->addLayout(listtable::filterRow(m_search, {m_show}, m_count));
    listLayout->addWidget(m_stack, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("routingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 300});
    // The reading order: the buttons above the search box were made after it.
    setTabOrder(m_markDone, m_markUndone);
    setTabOrder(m_markUndone, m_enable);
    setTabOrder(m_enable, m_search);
    setTabOrder(m_search, m_show);
    setTabOrder(m_show, m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(errors()->generalLabel());

    connect(m_search, &QLineEdit::textChanged, m_model, &UserTableModel::setSearch);
    connect(m_show, &QComboBox::currentIndexChanged, this, &InteropRoutingPage::applyFilter);
    connect(m_model, &UserTableModel::countsChanged, this, &InteropRoutingPage::updateCount);
    connect(m_model, &UserTableModel::loadFailed, this, [this](const QString& message) {
        errors()->show(makeError(ErrorCode::StoreFailure, {}, message));
    });
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (!m_search->text().isEmpty())
            m_search->clear();
        else
            m_show->setCurrentIndex(m_show->currentIndex() == 0 ? 1 : 0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InteropRoutingPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->setCurrentIndex(m_proxy->index(0, UserTableModel::Username));
        updateActions();
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InteropRoutingPage::updateActions);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &InteropRoutingPage::refresh);
    connect(&engine, &Engine::changed, this, &InteropRoutingPage::onChanged);
}

void InteropRoutingPage::initializePage()
{
    errors()->clear();
    m_search->clear();
    m_show->setCurrentIndex(0);
    m_model->setOrganization(organizationId());
    applyFilter();
    refresh();
}

void InteropRoutingPage::onChanged(const Change& change)
{
    // Users enabled elsewhere, addresses synchronised, domains verified, marks made elsewhere.
    if (!organizationId().isEmpty() &&
        (change.organizationId.isEmpty() || change.organizationId == organizationId()))
        m_refresh.start();
}

void InteropRoutingPage::refresh()
{
    m_refresh.stop();
    if (organizationId().isEmpty())
        return;
    auto done = engine().interopProgress().done(organizationId());
    if (!done) {
        m_failure = done.error().message;
        errors()->show(done.error());
        updateLeft();
        return;
    }
    QHash<QString, InteropStepDone> routed;
    for (const InteropStepDone& d : done.value())
        if (d.step == InteropStep::EmailRouting && !d.subject.isEmpty())
            routed.insert(d.subject, d);
    m_proxy->setRouted(routed);
    m_failure.clear();
    countLeft();
    updateActions();
    showCurrent();
    updateLeft();
}

// Every enabled user is read once, a page at a time: left() must be exact, and which users are
// marked done is known only by id.
void InteropRoutingPage::countLeft()
{
    m_enabled = 0;
    m_unrouted = 0;
    m_firstUnrouted.clear();
    const UserQuery query = enabledUsers(organizationId());
    for (int offset = 0;; offset += ScanPage) {
        auto page = engine().users().page(query, offset, ScanPage);
        if (!page) {
            m_failure = page.error().message;
            errors()->show(page.error());
            return;
        }
        for (const UserRow& row : page.value()) {
            ++m_enabled;
            if (m_proxy->isRouted(row.id))
                continue;
            ++m_unrouted;
            if (m_firstUnrouted.size() < NamedInLeft)
                m_firstUnrouted << row.username;
        }
        if (page.value().size() < ScanPage)
            break;
    }
}

QString InteropRoutingPage::left() const
{
    if (!m_failure.isEmpty())
        return tr("The users cannot be read (see below).");
    if (m_enabled == 0)
        return tr("No user is enabled here yet: enable the users whose mail moves here (show the users not "
                  "enabled), then route their mail.");
    if (m_unrouted == 0)
        return {};
    QStringList names = m_firstUnrouted;
    if (m_unrouted > names.size())
        names << tr("%1 more").arg(QLocale().toString(m_unrouted - names.size()));
    const QString list = QLocale().createSeparatedList(names);
    if (m_unrouted == 1)
        return tr("1 enabled user still needs its routing marked done: %1.").arg(list);
    return tr("%1 enabled users still need their routing marked done: %2.")
        .arg(QLocale().toString(m_unrouted), list);
}

void InteropRoutingPage::applyFilter()
{
    const auto show = Show(m_show->currentData().toInt());
    m_model->setFilters(show == Show::Enabled ? UserState::Enabled : UserState::Disabled, UserRole::User);
    updateCount();
}

void InteropRoutingPage::updateCount()
{
    const bool enabledShown = Show(m_show->currentData().toInt()) == Show::Enabled;
    // Out of the users the filter shows, not of all users (system users never show here).
    UserQuery all = m_model->query();
    all.search.clear();
    auto total = engine().users().count(all);
    const QString shown = QLocale().toString(m_model->filteredCount());
    const QString of = QLocale().toString(total ? total.value() : m_model->totalCount());
    m_count->setText(enabledShown ? tr("%1 of %2 enabled users").arg(shown, of)
                                  : tr("%1 of %2 users not enabled").arg(shown, of));
    if (!m_search->text().isEmpty()) {
        m_empty->setText(
            tr("No user's username, display name or address starts with \"%1\".").arg(m_search->text()));
        m_empty->button()->setText(tr("Clear the search"));
    } else if (enabledShown) {
        m_empty->setText(
            tr("No user of the directory is enabled here yet. Enable the users whose mailboxes move "
               "here; they keep the address Exchange gave them."));
        m_empty->button()->setText(tr("Show users not enabled"));
    } else {
        m_empty->setText(tr("Every user of the directory is enabled here."));
        m_empty->button()->setText(tr("Show enabled users"));
    }
    m_stack->setCurrentWidget(m_model->filteredCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
}

QStringList InteropRoutingPage::selectedIds() const
{
    return listtable::selectedIds(m_table);
}

void InteropRoutingPage::updateActions()
{
    int routed = 0;
    int unrouted = 0;
    int notEnabled = 0;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const UserRow* row = m_model->rowAt(index.row());
        if (!row)
            continue;
        if (row->state != UserState::Enabled)
            ++notEnabled;
        else if (m_proxy->isRouted(row->id))
            ++routed;
        else
            ++unrouted;
    }
    const QString blocked = OrganizationPane::changesBlockedReason(engine(), organization());
    const auto allow = [&blocked](QPushButton* button, const QString& whyNot) {
        const QString reason = blocked.isEmpty() ? whyNot : blocked;
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason);
    };
    allow(m_markDone, unrouted + notEnabled > 0
                          ? QString()
                          : tr("Choose enabled users whose routing is not marked done."));
    allow(m_markUndone, routed > 0 ? QString() : tr("Choose users whose routing is marked done."));
    allow(m_enable, notEnabled > 0
                        ? QString()
                        : tr("Choose users that are not enabled yet: show the users not enabled first."));
}

void InteropRoutingPage::showCurrent()
{
    QItemSelectionModel* selection = m_table->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row()))
        current = rows.isEmpty() ? QModelIndex() : rows.first();
    const QString id = current.isValid() ? current.data(IdRole).toString() : QString();
    if (id.isEmpty()) {
        m_details->showMessage(m_model->filteredCount() == 0
                                   ? QString()
                                   : tr("Choose a user to see the addresses it needs here and the Exchange "
                                        "commands that route its mail here."));
        return;
    }
    auto user = engine().users().get(id);
    auto routing = interop::routingCommands(engine(), id);
    if (!user || !routing) {
        m_details->showMessage(!user ? user.error().message : routing.error().message);
        return;
    }
    m_details->showRouting(user.value(), routing.value(), int(rows.size()));
}

Status InteropRoutingPage::markOne(const QString& userId, bool done)
{
    if (!done)
        return engine().interopProgress().markUndone(organizationId(), InteropStep::EmailRouting, userId);
    return statusOf(engine().interopProgress().markDone(organizationId(), InteropStep::EmailRouting, userId));
}

void InteropRoutingPage::mark(bool done)
{
    QStringList ids;
    QStringList names;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const UserRow* row = m_model->rowAt(index.row());
        if (!row || m_proxy->isRouted(row->id) == done)
            continue;
        ids << row->id;
        names << row->username;
    }
    errors()->clear(QStringLiteral("user"));
    if (ids.size() == 1) {
        // Under the buttons, whatever field the engine named: it answers the click.
        if (auto ok = markOne(ids.first(), done); !ok)
            errors()->show(makeError(ok.error().code, QStringLiteral("user"), ok.error().message));
    } else if (!ids.isEmpty()) {
        BatchJob job(names, [this, ids, done](int i) { return markOne(ids.at(i), done); });
        BatchProgressDialog::run(this, done ? tr("Marking routing done") : tr("Marking routing not done"),
                                 job);
    }
    refresh();
}

void InteropRoutingPage::enableSelected()
{
    QVector<EnableCandidate> candidates;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const UserRow* row = m_model->rowAt(index.row());
        if (!row || row->state == UserState::Enabled)
            continue;
        auto address = engine().mailboxes().proposedAddress(row->id);
        candidates.append({row->id, row->username, row->displayName, address ? address.value() : QString()});
    }
    if (candidates.isEmpty())
        return;
    EnableReviewDialog dialog(
        EnableReviewDialog::userTexts(true), candidates,
        [this](const QString& id, const QString& address) {
            return statusOf(engine().mailboxes().enable(id, address));
        },
        this);
    dialog.exec();
    refresh();
}

} // namespace mailroom
