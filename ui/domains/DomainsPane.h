#pragma once
// The Domains pane (DOM-1..DOM-7, UI.md): actions (Add domain, Check DNS, Set as default,
// Remove), a search box that filters as you type, the count, the table over DomainTableModel,
// and the selected domain's records, DNS check and identity policy below.
//
// The environment variable MAILROOM_DNS_SERVER (an IP address) makes DNS checks start at that
// name server instead of the system's resolver: for tests against a local DNS server, and for
// checking through a chosen server.

#include "shell/OrganizationPane.h"

#include <QHostAddress>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mailroom {

class DomainDetailsPanel;
class DomainTableModel;
class EmptyState;
class Engine;
class PaneActions;
struct Domain;

class DomainsPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit DomainsPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;
    void focusSearch() override;

    DomainTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DomainDetailsPanel* details() const { return m_details; }
    // The A-label name of the selected domain, empty when none.
    QString selectedDomain() const;
    void selectDomain(const QString& name);

    // The pane's actions (also in the context menu and on shortcuts).
    void addDomain();
    void checkDns();
    void setAsDefault();
    void removeDomain();

private:
    const Domain* selected() const;
    void updateActions();
    void updateCount();
    void showError(const QString& title, const QString& message);

    Engine& m_engine;
    Organization m_organization;
    QHostAddress m_nameServer;
    DomainTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PaneActions* m_actions;
    QAction* m_add;
    QAction* m_check;
    QAction* m_default;
    QAction* m_remove;
    QLineEdit* m_search;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    DomainDetailsPanel* m_details;
};

} // namespace mailroom
