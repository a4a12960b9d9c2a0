#include "InteropPrerequisitesPage.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "widgets/DnsRunPanel.h"
#include "widgets/FieldErrors.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace mailroom {

namespace {

using interop::Prerequisite;
using Item = Prerequisite::Item;
using State = Prerequisite::State;

enum Column
{
    ItemColumn,
    StateColumn,
    DetailsColumn,
    ColumnCount
};

Badge badgeOf(State state)
{
    switch (state) {
    case State::Done:
        return Badge::Good;
    case State::Missing:
    case State::Finding:
        return Badge::Bad;
    case State::NotChecked:
        return Badge::Pending;
    }
    return Badge::None;
}

QString displayName(const QString& domainName)
{
    Domain d;
    d.name = domainName;
    return d.displayName();
}

// A per-domain DNS item (an empty subject means there was no verified domain to check).
bool isDomainDnsItem(const Prerequisite& p)
{
    return p.item == Item::DnsAtExchange && !p.subject.isEmpty();
}

} // namespace

InteropPrerequisitesPage::InteropPrerequisitesPage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::Prerequisites, parent), m_refreshSoon(new QTimer(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_dns(new DnsRunPanel(this)),
      m_migrated(new QCheckBox(tr("The &mailboxes of the users to move have been migrated"), this))
{
    setObjectName(QStringLiteral("interopPrerequisitesPage"));
    auto* intro = new QLabel(tr("Interoperability needs these in place before availability and email routing "
                                "are set up. The list follows changes made elsewhere in the console; the MX "
                                "records are asked of the DNS."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("prerequisites"));
    m_table->setAccessibleName(tr("Prerequisites"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("State"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(StateColumn, new StatusBadgeDelegate(m_table));
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ItemColumn, 30 * unit);
    int stateWidth = 0;
    for (State s : {State::Done, State::Missing, State::Finding, State::NotChecked})
        stateWidth =
            std::max(stateWidth, fontMetrics().horizontalAdvance(interop::prerequisiteStateLabel(s)));
    m_table->setColumnWidth(StateColumn, stateWidth + 6 * unit); // the badge's padding

    m_dns->setRunButton(tr("Check &DNS"),
                        tr("Ask the DNS where the MX records of the verified domains point"));
    m_migrated->setObjectName(QStringLiteral("mailboxesMigrated"));
    m_migrated->setAccessibleName(tr("The mailboxes of the users to move have been migrated"));
    m_migrated->setToolTip(tr("The console cannot see into Exchange: confirm it once the migration is done"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_dns);
    layout->addWidget(m_migrated);
    layout->addWidget(errors()->generalLabel());

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &InteropPrerequisitesPage::refresh);
    connect(&engine, &Engine::changed, this, &InteropPrerequisitesPage::onEngineChanged);
    connect(m_dns, &DnsRunPanel::runRequested, this, &InteropPrerequisitesPage::startDnsCheck);
    connect(m_dns, &DnsRunPanel::cancelRequested, this, &InteropPrerequisitesPage::cancelDnsCheck);
    connect(m_migrated, &QCheckBox::toggled, this, &InteropPrerequisitesPage::refresh);
    m_dns->setSummary(tr("The DNS has not been checked yet."));
    updateDnsControls();
}

InteropPrerequisitesPage::~InteropPrerequisitesPage()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

void InteropPrerequisitesPage::initializePage()
{
    {
        const QSignalBlocker quiet(m_migrated);
        m_migrated->setChecked(isDone());
    }
    refresh();
    if (!m_autoChecked) {
        m_autoChecked = true;
        // Later, so that a name server set right after the page is shown is the one asked.
        QTimer::singleShot(0, this, &InteropPrerequisitesPage::startDnsCheck);
    }
}

void InteropPrerequisitesPage::onEngineChanged(const Change& change)
{
    if (organizationId().isEmpty())
        return;
    if (!change.organizationId.isEmpty() && change.organizationId != organizationId())
        return;
    // A bulk operation sends many changes in a row: read the engine once after them.
    m_refreshSoon->start();
}

void InteropPrerequisitesPage::refresh()
{
    m_refreshSoon->stop();
    m_items.clear();
    if (!m_loadError.isEmpty())
        errors()->clear();
    m_loadError.clear();
    auto list = interop::prerequisites(engine(), organizationId());
    auto domains = engine().domains().list(organizationId());
    if (!list || !domains) {
        m_loadError = (!list ? list.error() : domains.error()).message;
        errors()->show(!list ? list.error() : domains.error());
        showItems();
        updateLeft();
        return;
    }
    // The engine's single DNS item becomes one item per verified domain: the last check's result
    // where there is one, else not checked (a domain verified since is not checked yet).
    const interop::InteropDnsCheck unchecked(domains.value(), organization().region);
    QVector<Prerequisite> dnsItems = unchecked.results();
    for (Prerequisite& p : dnsItems)
        for (const Prerequisite& r : std::as_const(m_dnsResults))
            if (isDomainDnsItem(p) && r.subject == p.subject)
                p = r;
    for (Prerequisite p : list.value()) {
        if (p.item == Item::DnsAtExchange)
            continue;
        if (p.item == Item::MigratedMailboxes && p.state == State::NotChecked && m_migrated->isChecked())
            p.state = State::Done;
        m_items.append(p);
    }
    m_items += dnsItems;
    showItems();
    updateLeft();
}

void InteropPrerequisitesPage::showItems()
{
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const Prerequisite& p = m_items.at(row);
        const QString label = p.manual ? tr("%1 (you confirm)").arg(interop::prerequisiteItemLabel(p.item))
                                       : interop::prerequisiteItemLabel(p.item);
        auto* item = new QTableWidgetItem(label);
        item->setData(Qt::UserRole, interop::prerequisiteItemName(p.item));
        m_table->setItem(row, ItemColumn, item);
        auto* state = new QTableWidgetItem(interop::prerequisiteStateLabel(p.state));
        state->setData(BadgeRole, int(badgeOf(p.state)));
        state->setData(Qt::UserRole, interop::prerequisiteStateName(p.state));
        m_table->setItem(row, StateColumn, state);
        auto* details = new QTableWidgetItem(p.text);
        details->setToolTip(p.text);
        m_table->setItem(row, DetailsColumn, details);
    }
}

QString InteropPrerequisitesPage::left() const
{
    if (!m_loadError.isEmpty())
        return tr("The prerequisites could not be read: %1").arg(m_loadError);
    QStringList missing;
    QStringList findings;
    QStringList unchecked;
    for (const Prerequisite& p : m_items) {
        const QString subject = displayName(p.subject);
        if (p.state == State::Finding) {
            findings << tr("the MX record of %1 points at this service").arg(subject);
            continue;
        }
        if (p.state == State::NotChecked && isDomainDnsItem(p)) {
            unchecked << subject;
            continue;
        }
        if (p.state != State::Missing)
            continue;
        switch (p.item) {
        case Item::Interoperability:
            missing << tr("interoperability mode");
            break;
        case Item::AdConnector:
            missing << tr("an AD Connector");
            break;
        case Item::EnabledUser:
            missing << tr("an enabled user");
            break;
        case Item::VerifiedDomain:
            missing << (p.subject.isEmpty() ? tr("a verified corporate domain")
                                            : tr("verification of %1").arg(subject));
            break;
        case Item::MigratedMailboxes:
            break; // the box below says it, and the enabled user above
        case Item::DnsAtExchange:
            missing << tr("an MX record for %1").arg(subject);
            break;
        }
    }
    QStringList parts;
    if (!missing.isEmpty())
        parts << tr("Missing: %1.").arg(missing.join(tr(", ")));
    if (!findings.isEmpty())
        parts << tr("To fix: %1.").arg(findings.join(tr(", ")));
    if (m_check)
        parts << tr("The DNS check is running.");
    else if (!unchecked.isEmpty())
        parts << tr("The DNS check has no result for %1.").arg(unchecked.join(tr(", ")));
    if (!m_migrated->isChecked())
        parts << tr("Confirm that the mailboxes have been migrated.");
    return parts.join(u' ');
}

void InteropPrerequisitesPage::startDnsCheck()
{
    if (m_check || organizationId().isEmpty())
        return;
    auto domains = engine().domains().list(organizationId());
    if (!domains) {
        errors()->show(domains.error());
        return;
    }
    m_check = new interop::InteropDnsCheck(domains.value(), organization().region, nameServer(), this);
    connect(m_check, &interop::InteropDnsCheck::progress, this, &InteropPrerequisitesPage::onDnsProgress);
    connect(m_check, &interop::InteropDnsCheck::finished, this, &InteropPrerequisitesPage::onDnsFinished);
    m_dns->showStarted(tr("Starting the DNS check…"));
    m_check->start();
    updateDnsControls();
    updateLeft();
}

void InteropPrerequisitesPage::cancelDnsCheck()
{
    if (!m_check)
        return;
    // Keep what the check found before the cancel; the rest keeps its earlier result.
    interop::InteropDnsCheck* check = m_check;
    check->disconnect(this);
    check->cancel();
    mergeDnsResults(check->results(), true);
    check->deleteLater();
    m_check = nullptr;
    m_dns->setSummary(tr("The DNS check was cancelled; the domains it had not reached keep their earlier "
                         "result."));
    updateDnsControls();
    refresh();
}

void InteropPrerequisitesPage::mergeDnsResults(const QVector<Prerequisite>& results,
                                               bool keepEarlierWhenUnchecked)
{
    for (const Prerequisite& r : results) {
        if (!isDomainDnsItem(r) || (keepEarlierWhenUnchecked && r.state == State::NotChecked))
            continue;
        auto kept = std::find_if(m_dnsResults.begin(), m_dnsResults.end(),
                                 [&](const Prerequisite& p) { return p.subject == r.subject; });
        if (kept != m_dnsResults.end())
            *kept = r;
        else
            m_dnsResults.append(r);
    }
}

void InteropPrerequisitesPage::onDnsProgress(int done, int total, const QString& domain)
{
    m_dns->showProgress(done, total,
                        domain.isEmpty() ? QString()
                                         : tr("Checking the MX record of %1 (%2 of %3)…")
                                               .arg(displayName(domain), QLocale().toString(done + 1),
                                                    QLocale().toString(total)));
}

void InteropPrerequisitesPage::onDnsFinished()
{
    const QVector<Prerequisite> results = m_check->results();
    mergeDnsResults(results, false);
    m_check->deleteLater();
    m_check = nullptr;
    const bool anyDomain = std::any_of(results.begin(), results.end(), isDomainDnsItem);
    m_dns->setSummary(
        anyDomain
            ? tr("DNS checked at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
            : tr("There is no verified domain whose MX record could be checked yet."));
    updateDnsControls();
    refresh();
}

void InteropPrerequisitesPage::updateDnsControls()
{
    const bool running = m_check != nullptr;
    m_dns->setRunning(running);
}

} // namespace mailroom
