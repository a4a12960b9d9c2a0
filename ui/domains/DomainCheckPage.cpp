#include "DomainCheckPage.h"

#include "DnsCheckView.h"

#include <QVBoxLayout>

namespace mailroom {

DomainCheckPage::DomainCheckPage(Engine& engine, QWidget* parent)
    : QWizardPage(parent), m_check(new DnsCheckView(engine, this))
{
    setTitle(tr("Check now"));
    m_check->setCheckButtonText(tr("Check &now"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    connect(m_check, &DnsCheckView::runningChanged, this, [this] {
        updateLeft();
        Q_EMIT completeChanged();
    });
    connect(m_check, &DnsCheckView::checked, this, &DomainCheckPage::updateLeft);
    updateLeft();
}

void DomainCheckPage::setDomain(const Organization& organization, const Domain& domain)
{
    m_check->setDomain(organization, domain);
    updateLeft();
}

void DomainCheckPage::setNameServer(const QHostAddress& server)
{
    m_check->setNameServer(server);
}

void DomainCheckPage::updateLeft()
{
    QString left;
    if (m_check->isRunning())
        left = tr("Left: wait for the check to end, or cancel it.");
    else if (m_check->domain().status == DomainStatus::Verified)
        left = tr("Left: nothing; the domain is verified. Choose Finish.");
    else if (m_check->domain().checkReport.isEmpty())
        left = tr("Left: choose Check now once the records are published, or Finish and check later from the "
                  "Domains pane.");
    else
        left =
            tr("Left: publish the records the check did not find and check again (DNS changes can take up to "
               "72 hours), or Finish and check later from the Domains pane.");
    setSubTitle(tr("Step 3 of 3. %1").arg(left));
}

bool DomainCheckPage::isComplete() const
{
    return !m_check->isRunning();
}

} // namespace mailroom
