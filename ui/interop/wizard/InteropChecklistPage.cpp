#include "InteropChecklistPage.h"

#include "core/Change.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "domains/DomainsDnsCheck.h"
#include "widgets/DnsRunPanel.h"
#include "widgets/FieldErrors.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailroom {

using interop::ChecklistItem;

namespace {

Badge badgeOf(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Done:
        return Badge::Good;
    case ChecklistItem::State::Left:
        return Badge::Pending;
    case ChecklistItem::State::Wrong:
        return Badge::Bad;
    case ChecklistItem::State::NotChecked:
        return Badge::Neutral;
    }
    return Badge::None;
}

QString number(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

QString rowName(const QString& prefix, InteropStep step)
{
    return prefix + u'-' + interopStepName(step);
}

} // namespace

InteropChecklistPage::InteropChecklistPage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::CreateResources, parent), m_intro(new QLabel(this)),
      m_dns(new DnsRunPanel(this))
{
    m_intro->setObjectName(QStringLiteral("checklistIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);

    auto* list = new QWidget;
    list->setObjectName(QStringLiteral("checklist"));
    auto* grid = new QGridLayout(list);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(14);
    grid->setHorizontalSpacing(12);
    const QVector<InteropStep> steps = interopChecklist();
    for (int i = 0; i < steps.size(); ++i) {
        const InteropStep step = steps.at(i);
        Row row;
        row.state = new QLabel(list);
        row.state->setObjectName(rowName(QStringLiteral("state"), step));
        row.state->setAccessibleName(tr("State of %1").arg(InteropProgress::stepLabel(step)));
        row.state->setAlignment(Qt::AlignCenter);
        row.state->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Not checked")) + 24);
        row.text = new QLabel(list);
        row.text->setObjectName(rowName(QStringLiteral("text"), step));
        row.text->setAccessibleName(InteropProgress::stepLabel(step));
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::RichText);
        row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.mark = new QPushButton(list);
        row.mark->setObjectName(rowName(QStringLiteral("mark"), step));
        connect(row.mark, &QPushButton::clicked, this, [this, step] { toggle(step); });
        auto* text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(row.text);
        QLabel* error = errors()->errorLabel(interopStepName(step));
        error->setParent(list);
        text->addWidget(error);
        grid->addWidget(row.state, i, 0, Qt::AlignTop);
        grid->addLayout(text, i, 1, Qt::AlignTop);
        grid->addWidget(row.mark, i, 2, Qt::AlignTop);
        m_rows.append(row);
    }
    grid->setRowStretch(int(steps.size()), 1); // rows keep their height; the space goes below them
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("checklistScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(list);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_dns->setRunButton(tr("Check &DNS"),
                        tr("Ask the name servers of every mail domain for its AutoDiscover and MX records"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(errors()->errorLabel(QStringLiteral("interoperability")));
    layout->addWidget(m_dns);
    layout->addWidget(errors()->generalLabel());

    connect(m_dns, &DnsRunPanel::runRequested, this, &InteropChecklistPage::startDnsCheck);
    connect(m_dns, &DnsRunPanel::cancelRequested, this, &InteropChecklistPage::cancelDnsCheck);
    connect(&engine, &Engine::changed, this, &InteropChecklistPage::onEngineChanged);
    updateDnsControls();
}

InteropChecklistPage::~InteropChecklistPage()
{
    // Quietly: nothing is recorded or shown any more.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

void InteropChecklistPage::initializePage()
{
    errors()->clear();
    m_dns->setSummary({});
    refresh();
}

void InteropChecklistPage::cleanupPage()
{
    stopDnsCheck();
    updateDnsControls();
    InteropWizardPage::cleanupPage();
}

QString InteropChecklistPage::left() const
{
    QStringList notDone;
    for (const ChecklistItem& item : m_items)
        if (!item.marked)
            notDone.append(InteropProgress::stepLabel(item.step));
    if (m_items.isEmpty())
        return tr("the decommission checklist could not be read.");
    return notDone.isEmpty() ? QString()
                             : tr("%1 (not marked done yet).").arg(notDone.join(QStringLiteral(", ")));
}

void InteropChecklistPage::onEngineChanged(const Change& change)
{
    if (!change.organizationId.isEmpty() && change.organizationId != organizationId())
        return;
    switch (change.subject) {
    case Change::Subject::Organization:
    case Change::Subject::Interop:
    case Change::Subject::Domain:
    case Change::Subject::Resource:
        refresh();
        break;
    default:
        break;
    }
}

void InteropChecklistPage::refresh()
{
    auto items = interop::DecommissionChecklist(engine()).items(organizationId());
    if (items) {
        m_items = items.value();
    } else {
        m_items.clear();
        errors()->show(items.error());
    }
    const Organization org = organization();
    if (org.interoperability)
        m_intro->setText(tr("<b>%1 is still in interoperability mode.</b> The checklist starts once "
                            "interoperability is disabled: go Back to the previous page.")
                             .arg(org.alias.toHtmlEscaped()));
    else
        m_intro->setText(
            tr("Interoperability is off. Work through these items — retire the old server last — "
               "and mark each one done. Check DNS looks up the AutoDiscover and MX records of every "
               "mail domain. You can close the wizard and come back later; it resumes here."));
    showItems();
    updateDnsControls();
    updateLeft();
}

void InteropChecklistPage::showItems()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        if (i >= m_items.size()) {
            row.state->clear();
            row.text->clear();
            row.mark->setEnabled(false);
            continue;
        }
        const ChecklistItem& item = m_items.at(i);
        const QString state = interop::checklistStateLabel(item.state);
        row.state->setText(state);
        row.state->setToolTip(state);
        if (const auto tone = badgeTone(badgeOf(item.state)))
            row.state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                                                    "padding: 2px 8px; font-weight: bold; }")
                                         .arg(tone->fill.name(), tone->text.name()));

        QString html = QStringLiteral("<b>") + InteropProgress::stepLabel(item.step).toHtmlEscaped() +
                       QStringLiteral("</b><br>");
        html += item.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        if (item.marked)
            html += QStringLiteral("<br><i>") +
                    tr("Marked done on %1 by %2.")
                        .arg(QLocale().toString(item.doneAt.toLocalTime(), QLocale::ShortFormat), item.doneBy)
                        .toHtmlEscaped() +
                    QStringLiteral("</i>");
        else if (!item.refusal.isEmpty())
            html += QStringLiteral("<br><i>") + item.refusal.toHtmlEscaped() + QStringLiteral("</i>");
        row.text->setText(html);

        const QString label = InteropProgress::stepLabel(item.step);
        row.mark->setText(item.marked ? tr("Mark not done") : tr("Mark done"));
        row.mark->setAccessibleName(item.marked ? tr("Mark %1 not done").arg(label)
                                                : tr("Mark %1 done").arg(label));
        row.mark->setEnabled(item.marked || item.refusal.isEmpty());
        row.mark->setToolTip(item.marked || item.refusal.isEmpty() ? QString() : item.refusal);
    }
}

void InteropChecklistPage::toggle(InteropStep step)
{
    const int index = interopChecklist().indexOf(step);
    if (index < 0 || index >= m_items.size())
        return;
    errors()->clear();
    const bool marked = m_items.at(index).marked;
    Status status = marked
                        ? engine().interopProgress().markUndone(organizationId(), step)
                        : statusOf(interop::DecommissionChecklist(engine()).markDone(organizationId(), step));
    if (!status)
        errors()->show(status.error());
    refresh();
}

void InteropChecklistPage::startDnsCheck()
{
    if (isDnsCheckRunning())
        return;
    errors()->clear();
    auto domains = engine().domains().list(organizationId());
    if (!domains) {
        errors()->show(domains.error());
        return;
    }
    QVector<Domain> mail;
    for (const Domain& d : domains.value())
        if (!d.isTest)
            mail.append(d);
    m_notRecorded.clear();
    if (mail.isEmpty()) {
        m_dns->setSummary(tr("The organization has no mail domain of its own; there is nothing to check."));
        return;
    }
    m_dns->showDomainsStarted(int(mail.size()));
    m_dns->setSummary({});
    // Each finished check is recorded like the Domains pane's: the items follow through Engine::changed.
    m_check =
        new DomainsDnsCheck(engine(), organizationId(), organization().region, mail, nameServer(), this);
    connect(m_check, &DomainsDnsCheck::checking, m_dns, &DnsRunPanel::showDomainStarting);
    connect(m_check, &DomainsDnsCheck::progress, m_dns, &DnsRunPanel::showDomainProgress);
    connect(m_check, &DomainsDnsCheck::checked, this,
            [this](const Domain& domain, int index, const DnsReport&,
                   const std::optional<Error>& recordError) { onDnsChecked(domain, index, recordError); });
    // Removed meanwhile: not recorded either.
    connect(m_check, &DomainsDnsCheck::skipped, this, &InteropChecklistPage::onDnsChecked);
    connect(m_check, &DomainsDnsCheck::finished, this, &InteropChecklistPage::onDnsFinished);
    updateDnsControls();
    m_check->start();
}

void InteropChecklistPage::onDnsChecked(const Domain& domain, int index,
                                        const std::optional<Error>& recordError)
{
    m_dns->showDomainDone(index);
    if (recordError)
        m_notRecorded.append(tr("%1: %2").arg(domain.displayName(), recordError->message));
}

void InteropChecklistPage::onDnsFinished(bool cancelled)
{
    if (!m_check)
        return;
    const int count = m_check->count();
    m_check->deleteLater();
    m_check = nullptr;
    if (!cancelled) {
        QString summary =
            tr("Mail domains checked: %1, at %2.")
                .arg(number(count), QLocale().toString(engine().now().toLocalTime(), QLocale::ShortFormat));
        if (!m_notRecorded.isEmpty())
            summary += u' ' + tr("Not recorded: %1").arg(m_notRecorded.join(QStringLiteral("; ")));
        m_dns->setSummary(summary);
    }
    updateDnsControls();
}

void InteropChecklistPage::cancelDnsCheck()
{
    if (!isDnsCheckRunning())
        return;
    const int recorded = m_check->doneCount();
    const int total = m_check->count();
    stopDnsCheck();
    m_dns->setSummary(tr("The DNS check was cancelled; %1 of %2 mail domains were checked and recorded.")
                          .arg(number(recorded), number(total)));
    updateDnsControls();
}

void InteropChecklistPage::stopDnsCheck()
{
    // The current domain's check is dropped unrecorded; onDnsFinished() ends the run.
    if (m_check)
        m_check->cancel();
}

void InteropChecklistPage::updateDnsControls()
{
    m_dns->setRunning(isDnsCheckRunning());
}

} // namespace mailroom
