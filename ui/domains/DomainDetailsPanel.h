#pragma once
// The selected domain's details below the domains table (UI.md): the records to publish
// (DOM-2), the DNS check (DOM-6) and the identity policy (DOM-7), each in a tab. Follows engine
// changes of the shown domain, except over unsaved policy edits.

#include "domains/Domain.h"
#include "organizations/Organization.h"

#include <QWidget>

class QHostAddress;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mailroom {

class DnsCheckView;
class DnsRecordsView;
class Engine;
class IdentityPolicyTab;
struct Change;

class DomainDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DomainDetailsPanel(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    void setNameServer(const QHostAddress& server);
    // Shows the domain (A-label name; empty: none). Asks first about unsaved policy edits;
    // false when the administrator stayed with them.
    bool showDomain(const QString& name);
    QString domainName() const { return m_domain.name; }
    // Switches to the DNS check tab and starts a check.
    void checkNow();
    void showRecords();
    bool mayLeave();

    DnsRecordsView* recordsView() const { return m_records; }
    DnsCheckView* checkView() const { return m_check; }
    IdentityPolicyTab* policyTab() const { return m_policy; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void load(const Domain& domain);
    void onChanged(const Change& change);

    Engine& m_engine;
    Organization m_organization;
    Domain m_domain;
    QStackedWidget* m_stack;
    QLabel* m_none;
    QTabWidget* m_tabs;
    DnsRecordsView* m_records;
    DnsCheckView* m_check;
    IdentityPolicyTab* m_policy;
};

} // namespace mailroom
