#pragma once
// The DNS check (DOM-6) of several domains of an organization, one after the other, each
// finished report recorded with Domains::recordCheck: what the Check DNS buttons of the
// migration and decommission checklists run. Asynchronous like DnsCheck; signals which domain
// it is at and how far, each domain's result, and the end.

#include "DnsReport.h"
#include "core/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <optional>

namespace mailroom {

class DnsCheck;
class Engine;

class DomainsDnsCheck : public QObject
{
    Q_OBJECT
public:
    // domains: checked in this order; each is read again from the engine just before its check
    // (its token may have changed), and one removed meanwhile, or the test domain, is skipped.
    // nameserver: where each check starts; the system's resolver when null.
    DomainsDnsCheck(Engine& engine, QString orgId, QString region, QVector<Domain> domains,
                    QHostAddress nameserver = {}, QObject* parent = nullptr);
    // Destroying a running check stops it without finished().
    ~DomainsDnsCheck() override;

    // Runs once; a second start() does nothing. finished() comes later, never from inside start().
    void start();
    // Stops at once: the current domain's check is dropped unrecorded, the domains after it are
    // not reached, and finished(true) is emitted (before cancel() returns). Nothing when not running.
    void cancel();
    bool isRunning() const { return m_running; }
    // The time limit of each DNS question (tests shorten it).
    void setLookupTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    int count() const { return int(m_domains.size()); }
    // The domains whose turn has ended: checked (recorded or not) or skipped.
    int doneCount() const { return m_index; }

Q_SIGNALS:
    // The check of the domain (index of count, from 0) begins; the first from inside start().
    void checking(const mailroom::Domain& domain, int index, int count);
    // The domain's check is at step (translated); fraction: how much of this domain is done, 0..1.
    void progress(const mailroom::Domain& domain, int index, int count, const QString& step, double fraction);
    // The domain's check finished. recordError: why Domains::recordCheck refused the report
    // (read-only access, say), none when it was recorded; the report is valid either way.
    void checked(const mailroom::Domain& domain, int index, const mailroom::DnsReport& report,
                 const std::optional<mailroom::Error>& recordError);
    // The domain could not be checked: it was removed meanwhile (error: why it could not be read)
    // or is the test domain (no error).
    void skipped(const mailroom::Domain& domain, int index, const std::optional<mailroom::Error>& error);
    // Exactly once after start(): after the last domain, or at cancel().
    void finished(bool cancelled);

private:
    void next();
    void onFinished(const DnsReport& report);
    void end(bool cancelled);
    void dropCheck();

    Engine& m_engine;
    QString m_orgId;
    QString m_region;
    QVector<Domain> m_domains;
    QHostAddress m_nameserver;
    QPointer<DnsCheck> m_check;
    int m_timeoutMs = 0; // 0: DnsCheck's own
    int m_index = 0;     // the domain being checked, or the next one
    bool m_started = false;
    bool m_starting = false; // inside start(): finished() must wait for the event loop
    bool m_running = false;
};

} // namespace mailroom
