#pragma once
// The DNS check of one domain (DOM-6) as people see it: the last stored report, a Check DNS
// button that runs a new check asynchronously (progress bar, Cancel; the window never freezes),
// and the per-record result: the record, Found / Missing / Wrong / No answer in colour and text,
// what was seen and what the problem means. A finished check is recorded with
// Domains::recordCheck, which may verify or fail the domain (DOM-3); a cancelled one is not.
// Used by the "DNS check" tab of the Domains pane and by the last page of AddDomainWizard.

#include "domains/DnsReport.h"
#include "organizations/Organization.h"

#include <QHostAddress>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace mailroom {

class DnsCheck;
class DnsRunPanel;
class Engine;

class DnsCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit DnsCheckView(Engine& engine, QWidget* parent = nullptr);
    ~DnsCheckView() override;

    // Where checks start asking (the domain's NS records are asked of it); the system's
    // resolver when null. Tests point it at their own DNS server.
    void setNameServer(const QHostAddress& server) { m_server = server; }
    QHostAddress nameServer() const { return m_server; }

    // Shows the domain and its last stored report. A running check of another domain is
    // cancelled; one of the same domain goes on.
    void setDomain(const Organization& organization, const Domain& domain);
    const Domain& domain() const { return m_domain; }

    // The label of the button that starts a check ("Check DNS").
    void setCheckButtonText(const QString& text);
    void start();
    void cancel();
    bool isRunning() const { return m_check != nullptr; }
    QTableWidget* results() const { return m_results; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A finished check was recorded; the domain as the engine now has it.
    void checked(const mailroom::Domain& domain);

private:
    void onFinished(const DnsReport& report);
    void showStored();
    void showReport(const DnsReport& report);
    void showStatus();
    void stopCheck();
    void updateButtons();

    Engine& m_engine;
    Organization m_organization;
    Domain m_domain;
    QHostAddress m_server;
    DnsCheck* m_check = nullptr;
    QLabel* m_status;
    DnsRunPanel* m_dns;
    QLabel* m_failure;
    QTableWidget* m_results;
};

} // namespace mailroom
