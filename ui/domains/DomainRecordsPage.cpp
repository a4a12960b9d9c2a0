#include "DomainRecordsPage.h"

#include "DnsRecordsView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailroom {

DomainRecordsPage::DomainRecordsPage(QWidget* parent)
    : QWizardPage(parent), m_records(new DnsRecordsView(this))
{
    setTitle(tr("Records to publish"));
    setSubTitle(tr("Step 2 of 3. Left: publish these records at your DNS provider, then choose Next to check "
                   "them (or Close and check later from the Domains pane)."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_records);
}

void DomainRecordsPage::setRecords(const Domain& domain, const QVector<DnsRecord>& records)
{
    m_records->setRecords(domain, records);
}

} // namespace mailroom
