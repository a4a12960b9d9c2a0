#pragma once
// DOM-1, DOM-2, DOM-6 in three steps: the domain name (checked as it is typed; leaving the page
// adds the domain), the records to publish, and a check of them. Closing after the first step
// keeps the domain, Pending: the Domains pane shows its records and checks it later.

#include "domains/Domain.h"
#include "organizations/Organization.h"

#include <QWizard>

class QHostAddress;

namespace mailroom {

class DomainCheckPage;
class DomainNamePage;
class DomainRecordsPage;
class Engine;

class AddDomainWizard : public QWizard
{
    Q_OBJECT
public:
    AddDomainWizard(Engine& engine, const Organization& organization, QWidget* parent = nullptr);
    // Where the DNS check starts asking (tests); the system's resolver when null.
    void setNameServer(const QHostAddress& server);
    // The A-label name of the added domain; empty until the first step is done.
    QString addedDomainName() const { return m_added.name; }

    DomainNamePage* namePage() const { return m_name; }
    DomainRecordsPage* recordsPage() const { return m_records; }
    DomainCheckPage* checkPage() const { return m_check; }

protected:
    bool validateCurrentPage() override;

private:
    Engine& m_engine;
    Organization m_organization;
    Domain m_added;
    DomainNamePage* m_name;
    DomainRecordsPage* m_records;
    DomainCheckPage* m_check;
};

} // namespace mailroom
