#include "DomainDetailsPanel.h"

#include "DnsCheckView.h"
#include "DnsRecordsView.h"
#include "IdentityPolicyTab.h"
#include "core/Engine.h"
#include "domains/Domains.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailroom {

DomainDetailsPanel::DomainDetailsPanel(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_stack(new QStackedWidget(this)),
      m_none(new QLabel(
          tr("Select a domain to see the records to publish, its DNS check and its identity policy."), this)),
      m_tabs(new QTabWidget(this)), m_records(new DnsRecordsView(this)),
      m_check(new DnsCheckView(engine, this)), m_policy(new IdentityPolicyTab(engine, this))
{
    setObjectName(QStringLiteral("domainDetails"));
    m_none->setObjectName(QStringLiteral("noDomainSelected"));
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("domainTabs"));
    m_tabs->setAccessibleName(tr("Domain details"));
    m_tabs->addTab(m_records, tr("Records"));
    m_tabs->addTab(m_check, tr("DNS check"));
    m_tabs->addTab(m_policy, tr("Identity policy"));
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(&m_engine, &Engine::changed, this, &DomainDetailsPanel::onChanged);
}

void DomainDetailsPanel::setOrganization(const Organization& organization)
{
    const bool other = organization.id != m_organization.id;
    m_organization = organization;
    if (other) {
        m_domain = {};
        load({});
    } else if (!m_domain.name.isEmpty() && !m_policy->isDirty()) {
        m_policy->setDomain(m_organization, m_domain); // the organization's state decides what may change
    }
}

void DomainDetailsPanel::setNameServer(const QHostAddress& server)
{
    m_check->setNameServer(server);
}

bool DomainDetailsPanel::showDomain(const QString& name)
{
    if (name == m_domain.name)
        return true;
    if (!mayLeave())
        return false;
    if (name.isEmpty()) {
        load({});
        return true;
    }
    auto domain = m_engine.domains().get(m_organization.id, name);
    load(domain ? domain.value() : Domain{});
    return true;
}

void DomainDetailsPanel::load(const Domain& domain)
{
    m_domain = domain;
    m_stack->setCurrentWidget(domain.name.isEmpty() ? static_cast<QWidget*>(m_none) : m_tabs);
    auto records = domain.name.isEmpty() ? Result<QVector<DnsRecord>>(QVector<DnsRecord>{})
                                         : m_engine.domains().records(m_organization.id, domain.name);
    m_records->setRecords(domain, records ? records.value() : QVector<DnsRecord>{});
    m_check->setDomain(m_organization, domain);
    m_policy->setDomain(m_organization, domain);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_policy), !domain.isTest);
}

void DomainDetailsPanel::onChanged(const Change& change)
{
    if (change.subject != Change::Subject::Domain || change.organizationId != m_organization.id ||
        m_domain.name.isEmpty() || !change.ids.contains(m_domain.name))
        return;
    auto fresh = m_engine.domains().get(m_organization.id, m_domain.name);
    if (!fresh) {
        load({}); // removed
        return;
    }
    m_domain = fresh.value();
    m_check->setDomain(m_organization, m_domain);
    if (!m_policy->isDirty())
        m_policy->setDomain(m_organization, m_domain);
}

void DomainDetailsPanel::checkNow()
{
    if (m_domain.name.isEmpty() || m_domain.isTest)
        return;
    m_tabs->setCurrentWidget(m_check);
    m_check->start();
}

void DomainDetailsPanel::showRecords()
{
    m_tabs->setCurrentWidget(m_records);
}

bool DomainDetailsPanel::mayLeave()
{
    return m_policy->mayLeave();
}

} // namespace mailroom
