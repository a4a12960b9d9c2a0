#pragma once
// The Domains pane (DOM-1..DOM-7, UI.md): actions (Add domain, Check DNS, Set as default,
// Remove), a search box that filters as you type, the count, the table over DomainTableModel,
// and the selected domain's records, DNS check and identity policy below.
//
// The environment variable MAILROOM_DNS_SERVER (an IP address) makes DNS checks start at that
// name server instead of the system's resolver: for tests against a local DNS server, and for
// checking through a chosen server.

#include "shell/ListPane.h"

#include <QHostAddress>

class QAction;
class QSortFilterProxyModel;

namespace mailroom {

class DomainDetailsPanel;
class DomainTableModel;
class Engine;
struct Domain;

class DomainsPane : public ListPane
{
    Q_OBJECT
public:
    explicit DomainsPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;

    DomainTableModel* model() const { return m_model; }
    DomainDetailsPanel* details() const { return m_details; }
    // The A-label name of the selected domain, empty when none.
    QString selectedDomain() const;

    // The pane's actions (also in the context menu and on shortcuts).
    void addDomain();
    void checkDns();
    void setAsDefault();
    void removeDomain();

private:
    const Domain* selected() const;
    QModelIndex indexOf(const QString& name) const override;
    void updateActions();
    void updateCount();
    void showError(const QString& title, const QString& message);

    Engine& m_engine;
    Organization m_organization;
    QHostAddress m_nameServer;
    DomainTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QAction* m_add;
    QAction* m_check;
    QAction* m_default;
    QAction* m_remove;
    DomainDetailsPanel* m_details;
};

} // namespace mailroom
