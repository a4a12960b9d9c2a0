#pragma once
// Completing a migration (MIG-2) as people see it: per domain of the organization but the test
// domain, whether the records the migration needs are found (interop::migrationChecklist decides
// which count in the organization's mode, and the view says so), judged from the last stored DNS
// check; a Check DNS button that runs the DNS check (DOM-6) of each domain in turn, in the
// background (progress, Cancel), recording each finished check with Domains::recordCheck; and the
// client configuration steps, read-only. Used by the wizard's "Complete the migration" page and by
// the Migration pane under Organization settings.

#include "core/Result.h"
#include "settings/MigrationChecklist.h"

#include <QHash>
#include <QHostAddress>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;

namespace mailroom {

class DnsRunPanel;
class DomainsDnsCheck;
class Engine;

class MigrationChecklistView : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationChecklistView(Engine& engine, QWidget* parent = nullptr);
    ~MigrationChecklistView() override;

    // Shows the organization's checklist from the stored reports; a running check is cancelled.
    void setOrganizationId(const QString& orgId);
    QString organizationId() const { return m_organization.id; }
    // Where the checks start asking (tests); the system's resolver when null.
    void setNameServer(const QHostAddress& server) { m_server = server; }
    QHostAddress nameServer() const { return m_server; }

    // Reads the organization and its domains again and re-judges them.
    void refresh();
    // Checks every domain in turn; nothing when a check runs or there is no domain to check.
    void start();
    // Stops; the domains checked before stay recorded.
    void cancel();
    bool isRunning() const { return m_check != nullptr; }

    const interop::MigrationChecklist& checklist() const { return m_checklist; }
    QTableWidget* results() const { return m_results; }

Q_SIGNALS:
    void runningChanged(bool running);
    // The checklist was judged again (new domains, a check finished, the mode changed).
    void checklistChanged();

private:
    void onChecked(const Domain& domain, int index, const DnsReport& report,
                   const std::optional<Error>& recordError);
    void onRunFinished(bool cancelled);
    void stop();
    void showChecklist();
    void fitRows();
    void showClientSteps();
    void updateControls();

    Engine& m_engine;
    Organization m_organization;
    QVector<Domain> m_domains;
    QHostAddress m_server;
    interop::MigrationChecklist m_checklist;
    // Checks of this session the engine refused to record (read-only access, say): still judged.
    QHash<QString, DnsReport> m_unrecorded;
    QString m_checking; // the domain being checked
    QStringList m_notRecorded;
    DomainsDnsCheck* m_check = nullptr; // the run of Check DNS

    QLabel* m_rule;
    DnsRunPanel* m_dns;
    QLabel* m_failure;
    QTableWidget* m_results;
    QLabel* m_clientSteps;
};

} // namespace mailroom
