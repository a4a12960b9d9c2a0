#include "DnsCheckView.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "domains/DnsCheck.h"
#include "domains/Domains.h"
#include "widgets/DnsRunPanel.h"
#include "widgets/FieldErrors.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailroom {

namespace {

enum ResultColumn
{
    RecordColumn,
    OutcomeColumn,
    SeenColumn,
    NoteColumn,
    ResultColumnCount
};

Badge badgeOf(RecordCheck::Outcome outcome)
{
    switch (outcome) {
    case RecordCheck::Outcome::Found:
        return Badge::Good;
    case RecordCheck::Outcome::NoAnswer:
        return Badge::Pending;
    case RecordCheck::Outcome::Missing:
    case RecordCheck::Outcome::Wrong:
        return Badge::Bad;
    }
    return Badge::None;
}

// Long names and tokens have no spaces: let them wrap after dots and slashes, and within long
// runs, instead of being cut short. The tooltip keeps the text as it is.
QString breakable(const QString& text)
{
    constexpr QChar ZeroWidthSpace(0x200B);
    QString out;
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c.isSpace() ? 0 : run + 1;
        if (c == u'.' || c == u'/' || run >= 24) {
            out.append(ZeroWidthSpace);
            run = 0;
        }
    }
    return out;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(breakable(text));
    i->setToolTip(text);
    return i;
}

} // namespace

DnsCheckView::DnsCheckView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_status(new QLabel(this)), m_dns(new DnsRunPanel(this)),
      m_failure(nullptr), m_results(new QTableWidget(0, ResultColumnCount, this))
{
    setObjectName(QStringLiteral("dnsCheck"));
    auto* errors = new FieldErrors(this);
    m_failure = errors->generalLabel();
    m_failure->setObjectName(QStringLiteral("checkFailure"));
    m_status->setObjectName(QStringLiteral("domainStatus"));
    m_status->setWordWrap(true);

    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setAccessibleName(tr("DNS check results"));
    m_results->setHorizontalHeaderLabels({tr("Record"), tr("Result"), tr("Seen"), tr("Note")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(true);
    m_results->verticalHeader()->hide();
    m_results->setItemDelegateForColumn(OutcomeColumn, new StatusBadgeDelegate(m_results));
    const int unit = fontMetrics().averageCharWidth();
    m_results->setColumnWidth(RecordColumn, 40 * unit);
    m_results->setColumnWidth(OutcomeColumn, 13 * unit);
    m_results->setColumnWidth(SeenColumn, 34 * unit);
    m_results->hide(); // until there are results
    m_results->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_dns);
    layout->addWidget(m_failure);
    layout->addWidget(m_results, 100);
    layout->addStretch(1); // holds the space while there are no results

    connect(m_dns, &DnsRunPanel::runRequested, this, &DnsCheckView::start);
    connect(m_dns, &DnsRunPanel::cancelRequested, this, &DnsCheckView::cancel);
    updateButtons();
}

DnsCheckView::~DnsCheckView()
{
    // Quietly: whoever listens may be half destroyed already.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

void DnsCheckView::setDomain(const Organization& organization, const Domain& domain)
{
    const bool same = organization.id == m_organization.id && domain.name == m_domain.name;
    if (!same)
        stopCheck();
    m_organization = organization;
    m_domain = domain;
    if (!isRunning())
        showStored();
    showStatus();
    updateButtons();
}

void DnsCheckView::stopCheck()
{
    if (!m_check)
        return;
    // No report of this check is wanted any more: it is neither shown nor recorded.
    m_check->disconnect(this);
    m_check->cancel();
    m_check->deleteLater();
    m_check = nullptr;
    Q_EMIT runningChanged(false);
}

void DnsCheckView::setCheckButtonText(const QString& text)
{
    m_dns->setRunButton(text, tr("Ask the domain's name servers for its records"));
    updateButtons();
}

void DnsCheckView::start()
{
    if (isRunning() || m_domain.name.isEmpty() || m_domain.isTest)
        return;
    m_failure->hide();
    m_check = new DnsCheck(m_domain, m_organization.region, m_server, this);
    connect(m_check, &DnsCheck::progress, m_dns, &DnsRunPanel::showProgress);
    connect(m_check, &DnsCheck::finished, this, &DnsCheckView::onFinished);
    m_dns->showStarted(tr("Starting…"));
    updateButtons();
    Q_EMIT runningChanged(true);
    m_check->start();
}

void DnsCheckView::cancel()
{
    if (!m_check)
        return;
    stopCheck();
    showStored();
    m_dns->prefixSummary(tr("The check was cancelled; nothing was recorded."));
    updateButtons();
}

void DnsCheckView::onFinished(const DnsReport& report)
{
    m_check->deleteLater();
    m_check = nullptr;
    auto recorded = m_engine.domains().recordCheck(m_organization.id, report);
    if (recorded) {
        m_domain = recorded.value();
        DnsReport kept = report;
        kept.checkedAt = m_domain.checkedAt;
        showReport(kept);
    } else {
        showReport(report);
        m_failure->setText(tr("The result was not recorded: %1").arg(recorded.error().message));
        m_failure->show();
    }
    showStatus();
    updateButtons();
    Q_EMIT runningChanged(false);
    if (recorded)
        Q_EMIT checked(m_domain);
}

void DnsCheckView::showStored()
{
    m_failure->hide();
    if (m_domain.isTest) {
        m_results->setRowCount(0);
        m_results->hide();
        m_dns->setSummary(tr("The service runs the DNS of the test domain; it needs no check."));
        return;
    }
    if (m_domain.checkReport.isEmpty()) {
        m_results->setRowCount(0);
        m_results->hide();
        m_dns->setSummary(m_domain.name.isEmpty()
                              ? QString()
                              : tr("Not checked yet. A check asks the domain's name servers for the records "
                                   "to publish and tells which are found, missing or wrong."));
        return;
    }
    showReport(DnsReport::fromJson(QJsonDocument::fromJson(m_domain.checkReport.toUtf8()).object()));
}

void DnsCheckView::showReport(const DnsReport& report)
{
    const QString when = report.checkedAt.isValid()
                             ? QLocale().toString(report.checkedAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("just now");
    QString summary = tr("%1 of %2 records found by the check of %3.")
                          .arg(QLocale().toString(report.foundCount()),
                               QLocale().toString(int(report.records.size())), when);
    if (!report.nameServers.isEmpty())
        summary += u' ' + tr("Name servers: %1.").arg(report.nameServers.join(QStringLiteral(", ")));
    if (!report.askedServer.isEmpty())
        summary += u' ' + tr("Asked: %1.").arg(report.askedServer);
    m_dns->setSummary(summary);
    if (!report.failure.isEmpty()) {
        m_failure->setText(report.failure);
        m_failure->show();
    } else {
        m_failure->hide();
    }
    m_results->setRowCount(int(report.records.size()));
    for (int row = 0; row < report.records.size(); ++row) {
        const RecordCheck& r = report.records.at(row);
        auto* record = item(dnsRecordTypeName(r.expected.type) + u' ' + r.expected.name);
        record->setToolTip(tr("%1: %2 %3 = %4")
                               .arg(dnsRecordPurposeLabel(r.expected.purpose),
                                    dnsRecordTypeName(r.expected.type), r.expected.name, r.expected.value));
        m_results->setItem(row, RecordColumn, record);
        auto* outcome = item(outcomeLabel(r.outcome));
        outcome->setData(BadgeRole, int(badgeOf(r.outcome)));
        m_results->setItem(row, OutcomeColumn, outcome);
        m_results->setItem(row, SeenColumn, item(r.seen.isEmpty() ? tr("nothing") : r.seen.join(u'\n')));
        m_results->setItem(row, NoteColumn, item(r.note));
    }
    m_results->resizeRowsToContents();
    m_results->setVisible(!report.records.isEmpty());
}

void DnsCheckView::showStatus()
{
    if (m_domain.name.isEmpty()) {
        m_status->clear();
        return;
    }
    QString meaning;
    switch (m_domain.status) {
    case DomainStatus::Verified:
        meaning = tr("its ownership is proven; addresses may use it.");
        break;
    case DomainStatus::Pending:
        meaning = tr("waiting for a check to find its TXT (ownership) record.");
        break;
    case DomainStatus::Failed:
        meaning = tr("its TXT record was not found within %1 hours of adding it; publish it and check again.")
                      .arg(domains::VerificationGraceHours);
        break;
    }
    m_status->setText(
        tr("<b>%1</b> is %2: %3")
            .arg(m_domain.displayName().toHtmlEscaped(), labelOf(m_domain.status), meaning.toHtmlEscaped()));
}

void DnsCheckView::updateButtons()
{
    m_dns->setRunning(isRunning(), !m_domain.name.isEmpty() && !m_domain.isTest,
                      m_domain.isTest ? tr("The test domain needs no DNS check.") : QString());
}

} // namespace mailroom
