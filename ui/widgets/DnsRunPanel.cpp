#include "DnsRunPanel.h"

#include "domains/Domain.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

namespace {

constexpr int ProgressPerDomain = 100; // each domain's share of the bar, filled by its own check

QString number(int n)
{
    return QLocale().toString(n);
}

} // namespace

DnsRunPanel::DnsRunPanel(QWidget* parent)
    : QWidget(parent), m_run(new QPushButton(icons::themed(QStringLiteral("view-refresh")), QString(), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_step(new QLabel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("dnsRun"));
    m_run->setObjectName(QStringLiteral("runDnsCheck"));
    m_run->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_cancel->setObjectName(QStringLiteral("cancelDnsCheck"));
    m_cancel->setAccessibleName(tr("Cancel the DNS check"));
    m_cancel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_progress->setObjectName(QStringLiteral("dnsCheckProgress"));
    m_progress->setAccessibleName(tr("DNS check progress"));
    m_progress->setTextVisible(true);
    m_step->setObjectName(QStringLiteral("dnsCheckStep"));
    m_summary->setObjectName(QStringLiteral("dnsCheckSummary"));
    m_summary->setAccessibleName(tr("DNS check summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setRunButton(tr("Check &DNS"), tr("Ask the domain's name servers for its records"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_step, 2);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_summary);

    connect(m_run, &QPushButton::clicked, this, &DnsRunPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &DnsRunPanel::cancelRequested);
    setRunning(false);
}

void DnsRunPanel::setRunButton(const QString& text, const QString& toolTip, const QString& accessibleName)
{
    m_run->setText(text);
    m_run->setAccessibleName(accessibleName.isEmpty() ? QString(text).remove(u'&') : accessibleName);
    m_runToolTip = toolTip;
    m_run->setToolTip(toolTip);
}

void DnsRunPanel::setRunning(bool running, bool canRun, const QString& whyNot)
{
    m_run->setEnabled(!running && canRun);
    m_run->setToolTip(canRun || whyNot.isEmpty() ? m_runToolTip : whyNot);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_step->setVisible(running);
}

void DnsRunPanel::showStarted(const QString& step)
{
    m_progress->setRange(0, 0);
    m_step->setText(step);
}

void DnsRunPanel::showProgress(int done, int total, const QString& step)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!step.isEmpty())
        m_step->setText(step);
}

void DnsRunPanel::showDomainsStarted(int count)
{
    m_progress->setRange(0, count * ProgressPerDomain);
    m_progress->setValue(0);
    m_step->setText(tr("Starting…"));
}

void DnsRunPanel::showDomainStarting(const Domain& domain, int index, int count)
{
    m_step->setText(
        tr("%1 (%2 of %3): starting…").arg(domain.displayName(), number(index + 1), number(count)));
}

void DnsRunPanel::showDomainProgress(const Domain& domain, int index, int count, const QString& step,
                                     double fraction)
{
    m_progress->setValue(index * ProgressPerDomain + int(fraction * ProgressPerDomain));
    m_step->setText(
        tr("%1 (%2 of %3): %4").arg(domain.displayName(), number(index + 1), number(count), step));
}

void DnsRunPanel::showDomainDone(int index)
{
    m_progress->setValue((index + 1) * ProgressPerDomain);
}

void DnsRunPanel::setSummary(const QString& text)
{
    m_summary->setText(text);
}

void DnsRunPanel::prefixSummary(const QString& text)
{
    m_summary->setText(m_summary->text().isEmpty() ? text : text + u' ' + m_summary->text());
}

QString DnsRunPanel::summary() const
{
    return m_summary->text();
}

} // namespace mailroom
