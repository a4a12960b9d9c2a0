#include "AddDomainWizard.h"

#include "DomainCheckPage.h"
#include "DomainNamePage.h"
#include "DomainRecordsPage.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "widgets/FieldErrors.h"

namespace mailroom {

AddDomainWizard::AddDomainWizard(Engine& engine, const Organization& organization, QWidget* parent)
    : QWizard(parent), m_engine(engine), m_organization(organization),
      m_name(new DomainNamePage(engine, organization.id, this)), m_records(new DomainRecordsPage(this)),
      m_check(new DomainCheckPage(engine, this))
{
    setObjectName(QStringLiteral("addDomainWizard"));
    setWindowTitle(tr("Add domain to %1").arg(organization.alias));
    addPage(m_name);
    addPage(m_records);
    addPage(m_check);
    setButtonText(QWizard::CommitButton, tr("&Add domain"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(860, 680);
}

void AddDomainWizard::setNameServer(const QHostAddress& server)
{
    m_check->setNameServer(server);
}

bool AddDomainWizard::validateCurrentPage()
{
    if (currentPage() != m_name || !m_added.name.isEmpty())
        return QWizard::validateCurrentPage();
    auto added = m_engine.domains().add(m_organization.id, m_name->typedName());
    if (!added) {
        m_name->errors()->show(added.error());
        return false;
    }
    m_added = added.value();
    auto records = m_engine.domains().records(m_organization.id, m_added.name);
    m_records->setRecords(m_added, records ? records.value() : QVector<DnsRecord>{});
    m_check->setDomain(m_organization, m_added);
    // The domain now exists whatever happens next: closing keeps it.
    setButtonText(QWizard::CancelButton, tr("&Close"));
    return true;
}

} // namespace mailroom
