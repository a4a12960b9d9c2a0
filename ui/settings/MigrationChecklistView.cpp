#include "MigrationChecklistView.h"

#include "ModelRoles.h"
#include "core/Change.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "domains/DomainsDnsCheck.h"
#include "organizations/Organizations.h"
#include "widgets/DnsRunPanel.h"
#include "widgets/FieldErrors.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace mailroom {

namespace {

using State = interop::MigrationDomain::State;

enum Column
{
    DomainColumn,
    StateColumn,
    CheckedColumn,
    DetailsColumn,
    ColumnCount
};

Badge badgeOf(State state)
{
    switch (state) {
    case State::Complete:
        return Badge::Good;
    case State::NotChecked:
        return Badge::Pending;
    case State::Incomplete:
        return Badge::Bad;
    }
    return Badge::None;
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QLabel* heading(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

MigrationChecklistView::MigrationChecklistView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_rule(new QLabel(this)), m_dns(new DnsRunPanel(this)),
      m_failure(nullptr), m_results(new QTableWidget(0, ColumnCount, this)), m_clientSteps(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationChecklist"));
    auto* errors = new FieldErrors(this);
    m_failure = errors->generalLabel();
    m_failure->setObjectName(QStringLiteral("migrationCheckFailure"));

    m_rule->setObjectName(QStringLiteral("migrationRule"));
    m_rule->setWordWrap(true);
    m_dns->setRunButton(tr("Check &DNS"),
                        tr("Ask each domain's name servers for its records, one domain after the other"),
                        tr("Check DNS of every domain"));

    m_results->setObjectName(QStringLiteral("migrationDomains"));
    m_results->setAccessibleName(tr("DNS records of each domain"));
    m_results->setHorizontalHeaderLabels({tr("Domain"), tr("Result"), tr("Last checked"), tr("Details")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(true);
    m_results->verticalHeader()->hide();
    m_results->setItemDelegateForColumn(StateColumn, new StatusBadgeDelegate(m_results));
    // The badge and the date fit their columns whatever the language and locale.
    const QFontMetrics metrics = fontMetrics();
    const int unit = metrics.averageCharWidth();
    int badge = metrics.horizontalAdvance(tr("Checking…"));
    for (State state : {State::Complete, State::Incomplete, State::NotChecked})
        badge = std::max(badge, metrics.horizontalAdvance(interop::migrationStateLabel(state)));
    const QString latest =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_results->setColumnWidth(DomainColumn, 24 * unit);
    m_results->setColumnWidth(StateColumn, badge + 6 * unit);
    m_results->setColumnWidth(CheckedColumn, metrics.horizontalAdvance(latest) + 3 * unit);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Details wrap: rows grow or shrink with the width they get.
    // Queued: the rows are measured once the header has settled on its new widths.
    connect(m_results->horizontalHeader(), &QHeaderView::sectionResized, this,
            &MigrationChecklistView::fitRows, Qt::QueuedConnection);

    m_clientSteps->setObjectName(QStringLiteral("clientSteps"));
    m_clientSteps->setAccessibleName(tr("Client configuration steps"));
    m_clientSteps->setWordWrap(true);
    m_clientSteps->setTextFormat(Qt::RichText);
    m_clientSteps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("DNS records"), QStringLiteral("dnsHeading"), this));
    layout->addWidget(m_rule);
    layout->addWidget(m_dns);
    layout->addWidget(m_failure);
    layout->addWidget(m_results);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Client configuration"), QStringLiteral("clientHeading"), this));
    layout->addWidget(m_clientSteps);

    connect(m_dns, &DnsRunPanel::runRequested, this, &MigrationChecklistView::start);
    connect(m_dns, &DnsRunPanel::cancelRequested, this, &MigrationChecklistView::cancel);
    // A domain added, removed or checked elsewhere, or the mode turned off, changes the checklist.
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if ((change.subject == Change::Subject::Domain || change.subject == Change::Subject::Organization) &&
            !m_organization.id.isEmpty() &&
            (change.organizationId == m_organization.id || change.organizationId.isEmpty()))
            refresh();
    });
    updateControls();
}

MigrationChecklistView::~MigrationChecklistView()
{
    // Quietly: whoever listens may be half destroyed already.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

void MigrationChecklistView::setOrganizationId(const QString& orgId)
{
    if (orgId != m_organization.id) {
        stop();
        m_unrecorded.clear();
        m_notRecorded.clear();
        m_failure->hide();
    }
    m_organization = {};
    m_organization.id = orgId;
    refresh();
}

void MigrationChecklistView::refresh()
{
    m_domains.clear();
    if (!m_organization.id.isEmpty()) {
        if (auto org = m_engine.organizations().get(m_organization.id))
            m_organization = org.value();
        if (auto domains = m_engine.domains().list(m_organization.id))
            m_domains = domains.value();
    }
    m_checklist = interop::migrationChecklist(m_organization, m_domains, m_unrecorded);
    showChecklist();
    showClientSteps();
    updateControls();
    Q_EMIT checklistChanged();
}

void MigrationChecklistView::start()
{
    if (isRunning() || m_checklist.domains.isEmpty())
        return;
    QVector<Domain> domains;
    for (const interop::MigrationDomain& d : m_checklist.domains) {
        const auto known = std::find_if(m_domains.cbegin(), m_domains.cend(),
                                        [&d](const Domain& domain) { return domain.name == d.domain; });
        Domain domain;
        if (known != m_domains.cend())
            domain = *known;
        domain.name = d.domain;
        domains.append(domain);
    }
    m_notRecorded.clear();
    m_failure->hide();
    m_dns->showDomainsStarted(int(domains.size()));
    m_check =
        new DomainsDnsCheck(m_engine, m_organization.id, m_organization.region, domains, m_server, this);
    connect(m_check, &DomainsDnsCheck::checking, this, [this](const Domain& domain) {
        m_checking = domain.name;
        showChecklist();
    });
    connect(m_check, &DomainsDnsCheck::progress, m_dns, &DnsRunPanel::showDomainProgress);
    connect(m_check, &DomainsDnsCheck::checked, this, &MigrationChecklistView::onChecked);
    connect(m_check, &DomainsDnsCheck::finished, this, &MigrationChecklistView::onRunFinished);
    m_check->start();
    showChecklist();
    updateControls();
    Q_EMIT runningChanged(true);
}

void MigrationChecklistView::onChecked(const Domain&, int index, const DnsReport& report,
                                       const std::optional<Error>& recordError)
{
    m_checking.clear();
    m_dns->showDomainDone(index);
    if (recordError) {
        m_unrecorded.insert(report.domain, report);
        m_notRecorded.append(recordError->message);
    } else {
        m_unrecorded.remove(report.domain);
    }
    // Recording sent a change that refreshed the checklist; an unrecorded report needs it here.
    refresh();
}

void MigrationChecklistView::onRunFinished(bool cancelled)
{
    if (!m_check)
        return;
    m_check->deleteLater();
    m_check = nullptr;
    m_checking.clear();
    if (!cancelled && !m_notRecorded.isEmpty()) {
        m_failure->setText(tr("Not every result was recorded: %1").arg(m_notRecorded.join(u' ')));
        m_failure->show();
    }
    showChecklist();
    updateControls();
    Q_EMIT runningChanged(false);
}

void MigrationChecklistView::stop()
{
    // The current domain's check is dropped, neither judged nor recorded; onRunFinished() ends the run.
    if (m_check)
        m_check->cancel();
}

void MigrationChecklistView::cancel()
{
    if (!isRunning())
        return;
    stop();
    showChecklist();
    m_dns->prefixSummary(tr("The check was cancelled; the domains checked before it are recorded."));
    updateControls();
}

void MigrationChecklistView::showChecklist()
{
    m_rule->setText(m_checklist.rule);
    const QVector<interop::MigrationDomain>& domains = m_checklist.domains;
    if (m_organization.id.isEmpty()) {
        m_dns->setSummary({});
    } else if (domains.isEmpty()) {
        m_dns->setSummary(
            tr("The organization has no domain but its test domain, whose DNS the service runs: "
               "there is nothing to check. Add your corporate domains in the Domains pane."));
    } else {
        const int complete = int(m_checklist.domainsIn(State::Complete).size());
        m_dns->setSummary(tr("Domains with every record they need: %1 of %2.")
                              .arg(QLocale().toString(complete), QLocale().toString(int(domains.size()))));
    }
    m_results->setRowCount(int(domains.size()));
    for (int row = 0; row < domains.size(); ++row) {
        const interop::MigrationDomain& d = domains.at(row);
        m_results->setItem(row, DomainColumn, cell(d.displayName, d.domain));
        const bool checking = d.domain == m_checking;
        auto* state = cell(checking ? tr("Checking…") : interop::migrationStateLabel(d.state));
        state->setData(BadgeRole, int(checking ? Badge::Pending : badgeOf(d.state)));
        m_results->setItem(row, StateColumn, state);
        m_results->setItem(row, CheckedColumn,
                           cell(d.checkedAt.isValid()
                                    ? QLocale().toString(d.checkedAt.toLocalTime(), QLocale::ShortFormat)
                                    : tr("Never")));
        QStringList records;
        for (const interop::MigrationRecord& r : d.records) {
            QString outcome = r.checked ? outcomeLabel(r.check.outcome) : tr("not checked");
            if (r.checked && !r.check.satisfied() && !r.check.seen.isEmpty())
                outcome = tr("%1, seen: %2").arg(outcome, r.check.seen.join(QStringLiteral(", ")));
            const QString line = tr("%1: %2 %3 = %4 — %5")
                                     .arg(dnsRecordPurposeLabel(r.check.expected.purpose),
                                          dnsRecordTypeName(r.check.expected.type), r.check.expected.name,
                                          r.check.expected.value, outcome);
            records.append(
                r.required ? line : tr("%1 (does not count until interoperability is disabled)").arg(line));
        }
        m_results->setItem(row, DetailsColumn, cell(d.text, records.join(u'\n')));
    }
    fitRows();
    m_results->setVisible(!domains.isEmpty());
}

void MigrationChecklistView::fitRows()
{
    m_results->resizeRowsToContents();
    // As tall as its rows, up to about six of them (the wizard's page has room for no more);
    // more scroll.
    int rows = 0;
    for (int row = 0; row < m_results->rowCount(); ++row)
        rows += m_results->rowHeight(row);
    const int most = 6 * (2 * fontMetrics().height() + 2);
    const int frame = 2 * m_results->frameWidth();
    m_results->setFixedHeight(m_results->horizontalHeader()->sizeHint().height() + std::min(rows, most) +
                              frame);
}

void MigrationChecklistView::showClientSteps()
{
    QString html =
        QStringLiteral("<p>%1</p><ul style=\"margin-left: 12px; -qt-list-indent: 0;\">")
            .arg(tr("Some mail clients do not move to the service by themselves. Pass these steps on "
                    "to the users whose mailboxes moved:")
                     .toHtmlEscaped());
    for (const interop::ClientStep& step : interop::clientSteps(m_organization))
        html += QStringLiteral("<li><b>%1:</b> %2</li>")
                    .arg(step.client.toHtmlEscaped(), step.action.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_clientSteps->setText(html);
}

void MigrationChecklistView::updateControls()
{
    m_dns->setRunning(isRunning(), !m_checklist.domains.isEmpty(),
                      tr("There is no domain to check but the test domain."));
}

} // namespace mailroom
