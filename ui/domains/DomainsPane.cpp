#include "DomainsPane.h"

#include "AddDomainWizard.h"
#include "DnsCheckView.h"
#include "DomainDetailsPanel.h"
#include "DomainTableModel.h"
#include "ModelRoles.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "organizations/Organizations.h"
#include "widgets/EmptyState.h"
#include "widgets/PaneActions.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace mailroom {

namespace {
constexpr int ShownAddresses = 20; // addresses listed when a domain cannot be removed
}

DomainsPane::DomainsPane(Engine& engine, QWidget* parent)
    : ListPane(QStringLiteral("domainsPane"), QString(), tr("Clear search"), parent), m_engine(engine),
      m_model(new DomainTableModel(engine, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_details(new DomainDetailsPanel(engine, this))
{
    // See the header: an optional name server for DNS checks.
    if (const QString server = qEnvironmentVariable("MAILROOM_DNS_SERVER"); !server.isEmpty())
        m_nameServer = QHostAddress(server);
    m_details->setNameServer(m_nameServer);

    m_add = m_actions->add(QStringLiteral("list-add"), tr("&Add domain"), QStringLiteral("addDomain"),
                           [this] { addDomain(); });
    m_add->setShortcut(QKeySequence::New);
    m_check = m_actions->add(QStringLiteral("view-refresh"), tr("&Check DNS"), QStringLiteral("checkDns"),
                             [this] { checkDns(); });
    // No bundled fallback for this one: the theme's star, or text alone.
    m_default = m_actions->add(QIcon::fromTheme(QStringLiteral("starred")), tr("&Set as default"),
                               QStringLiteral("setDefaultDomain"), [this] { setAsDefault(); });
    m_remove = m_actions->add(QStringLiteral("edit-delete"), tr("&Remove"), QStringLiteral("removeDomain"),
                              [this] { removeDomain(); });

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(DomainTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    // At most 100 domains: the records and checks below need the room more than the table.
    assemble({.model = m_proxy,
              .table = {.name = QStringLiteral("domains"),
                        .accessibleName = tr("Domains"),
                        .sortColumn = DomainTableModel::Name,
                        .selectionMode = QAbstractItemView::SingleSelection,
                        .badgeColumn = DomainTableModel::Status,
                        .firstWidths = {{DomainTableModel::Name, 36},
                                        {DomainTableModel::Status, 14},
                                        {DomainTableModel::Default, 12},
                                        {DomainTableModel::Records, 18}}},
              .searchPlaceholder = tr("Search by domain name"),
              .searchName = tr("Search domains"),
              .below = m_details,
              .tableStretch = 2,
              .belowStretch = 3,
              .deleteAction = m_remove});
    m_splitter->setObjectName(QStringLiteral("domainsSplitter"));
    m_splitter->setSizes({260, 540});

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &DomainsPane::updateCount);
    // The source's signals come after the proxy has followed them, so both counts are current.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DomainsPane::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DomainsPane::updateCount);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_search->text().isEmpty())
            addDomain();
        else
            m_search->clear();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        m_details->showRecords();
        m_details->tabs()->setFocus();
    });
    auto syncDetails = [this] {
        const QString shown = m_details->domainName();
        if (!m_details->showDomain(selectedDomain()) && !shown.isEmpty())
            select(shown); // the administrator stayed with unsaved edits
        updateActions();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, syncDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, syncDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, syncDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DomainsPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DomainsPane::updateActions);
    connect(m_details->checkView(), &DnsCheckView::runningChanged, this, &DomainsPane::updateActions);
    connect(m_model, &DomainTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Domains"), message); });
    followOrganization(m_engine, m_organization, [this] {
        m_details->setOrganization(m_organization);
        updateActions();
    });
}

void DomainsPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_search->clear();
    m_details->setOrganization(organization);
    m_model->setOrganization(organization.id);
    updateCount();
    updateActions();
}

void DomainsPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // The empty state also says when the search hides every domain.
    showCount(tr("%1 of %2 domains").arg(QLocale().toString(shown), QLocale().toString(total)), shown == 0);
    if (shown > 0)
        return;
    if (!m_search->text().isEmpty()) {
        m_empty->setText(tr("No domain of this organization contains “%1”.").arg(m_search->text()));
        m_empty->button()->setText(tr("Clear search"));
        m_empty->button()->setEnabled(true);
        m_empty->button()->setToolTip(QString());
    } else {
        m_empty->setText(
            tr("This organization has no domains yet. Add the domains whose addresses it sends and "
               "receives mail for."));
        m_empty->button()->setText(tr("Add domain"));
        m_empty->button()->setEnabled(m_add->isEnabled());
        m_empty->button()->setToolTip(m_add->toolTip());
    }
}

QString DomainsPane::selectedDomain() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(IdRole).toString() : QString();
}

const Domain* DomainsPane::selected() const
{
    const QString name = selectedDomain();
    return name.isEmpty() ? nullptr : m_model->domainAt(m_model->rowOf(name));
}

QModelIndex DomainsPane::indexOf(const QString& name) const
{
    const int row = m_model->rowOf(name);
    return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
}

void DomainsPane::updateActions()
{
    const Domain* d = selected();
    const QString blocked = changesBlockedReason(m_engine, m_organization);
    const QString pick = tr("Select a domain.");

    QString addWhy = blocked;
    if (addWhy.isEmpty() && m_model->addedCount() >= domains::MaxPerOrganization)
        addWhy = tr("The organization has %1 domains, the most it may have; remove one first.")
                     .arg(domains::MaxPerOrganization);
    PaneActions::allow(m_add, addWhy);

    QString checkWhy;
    if (!d)
        checkWhy = pick;
    else if (d->isTest)
        checkWhy = tr("The service runs the DNS of the test domain; it needs no check.");
    else if (m_details->checkView()->isRunning())
        checkWhy = tr("A check of %1 is running.").arg(d->displayName());
    PaneActions::allow(m_check, checkWhy);

    QString defaultWhy = !d ? pick : blocked;
    if (d && defaultWhy.isEmpty() && d->isDefault)
        defaultWhy = tr("%1 is already the default domain.").arg(d->displayName());
    else if (d && defaultWhy.isEmpty() && d->status != DomainStatus::Verified && !d->isTest)
        defaultWhy = tr("Only a verified domain can be the default; %1 is %2.")
                         .arg(d->displayName(), labelOf(d->status));
    PaneActions::allow(m_default, defaultWhy);

    QString removeWhy = !d ? pick : blocked;
    if (d && removeWhy.isEmpty() && d->isTest)
        removeWhy = tr("The test domain cannot be removed.");
    PaneActions::allow(m_remove, removeWhy);
}

bool DomainsPane::mayLeave()
{
    return m_details->mayLeave();
}

void DomainsPane::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void DomainsPane::addDomain()
{
    if (!m_add->isEnabled() || !m_details->mayLeave())
        return;
    AddDomainWizard wizard(m_engine, m_organization, this);
    wizard.setNameServer(m_nameServer);
    wizard.exec();
    // Closed early or finished: a domain added in the first step stays.
    if (!wizard.addedDomainName().isEmpty())
        select(wizard.addedDomainName());
}

void DomainsPane::checkDns()
{
    if (m_check->isEnabled())
        m_details->checkNow();
}

void DomainsPane::setAsDefault()
{
    const QString name = selectedDomain(); // a copy: the change rewrites the model's rows
    if (!m_default->isEnabled() || name.isEmpty())
        return;
    auto done = m_engine.domains().setDefault(m_organization.id, name);
    if (!done)
        showError(tr("Set as default"), done.error().message);
}

void DomainsPane::removeDomain()
{
    const Domain* current = selected();
    if (!m_remove->isEnabled() || !current)
        return;
    const Domain d = *current;
    auto uses = m_engine.domains().addressesOn(m_organization.id, d.name, ShownAddresses + 1);
    if (!uses) {
        showError(tr("Remove domain"), uses.error().message);
        return;
    }
    if (!uses.value().isEmpty()) {
        QStringList lines;
        for (const DomainAddressUse& use : uses.value().mid(0, ShownAddresses))
            lines << tr("%1 (used by %2)").arg(use.address, use.entityName);
        if (uses.value().size() > ShownAddresses)
            lines << tr("… and more");
        QMessageBox box(
            QMessageBox::Information, tr("Remove domain"),
            tr("%1 cannot be removed while addresses use it. Change or remove these addresses first, "
               "then remove the domain:")
                .arg(d.displayName()),
            QMessageBox::Close, this);
        box.setObjectName(QStringLiteral("domainInUse"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(lines.join(u'\n'));
        box.exec();
        return;
    }
    TypedConfirmDialog dialog(
        tr("Remove domain"),
        tr("Remove %1 from the organization %2? No address can use it any more, and adding "
           "it again later gives it new records to publish. This cannot be undone.")
            .arg(d.displayName(), m_organization.alias),
        d.displayName(), tr("Remove domain"), this);
    dialog.setObjectName(QStringLiteral("removeDomainDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status removed = m_engine.domains().remove(m_organization.id, d.name, dialog.typedText());
    if (!removed)
        showError(tr("Remove domain"), removed.error().message);
}

} // namespace mailroom
