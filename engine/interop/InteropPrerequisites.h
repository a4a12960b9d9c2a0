#pragma once
// IOP-3: the prerequisites of interoperability with Microsoft Exchange, each with its state and a
// sentence that names the object and the fix. What the database knows is checked at once
// (prerequisites()); where the MX records of the verified domains point is asked of the DNS by
// InteropDnsCheck, through the DNS check of DOM-6.

#include "core/Result.h"
#include "domains/DnsReport.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace mailroom {

class DnsCheck;
class Engine;

namespace interop {

struct Prerequisite
{
    enum class Item
    {
        Interoperability,  // the mode is on
        AdConnector,       // the organization's directory is an AD Connector
        EnabledUser,       // at least one user is enabled
        VerifiedDomain,    // one item per domain other than the test domain
        MigratedMailboxes, // the administrator confirms it: the engine cannot see into Exchange
        DnsAtExchange,     // the MX records still point at Exchange
    };
    enum class State
    {
        Done,
        Missing,
        Finding,
        NotChecked
    };

    Item item = Item::Interoperability;
    State state = State::NotChecked;
    QString subject;     // what the item is about: the alias, the directory, a domain
    QString text;        // translated: names the object and, unless Done, the fix
    bool manual = false; // only the administrator can say whether it is done
};

QString prerequisiteItemName(Prerequisite::Item item);     // stable: "EnabledUser"
QString prerequisiteItemLabel(Prerequisite::Item item);    // translated
QString prerequisiteStateName(Prerequisite::State state);  // stable: "Done"
QString prerequisiteStateLabel(Prerequisite::State state); // translated

// Everything but the DNS, in checklist order; the DNS item is NotChecked and says what to run.
// Errors: NotFound (organization), StoreFailure.
Result<QVector<Prerequisite>> prerequisites(Engine& engine, const QString& orgId);

// The DNS item of one domain from its DNS check (DOM-6) in region: an MX that points at the
// service (this region's inbound endpoint, or another region's) is a Finding; any other MX is
// Done (Exchange still receives the mail); no MX is Missing; no answer is NotChecked.
Prerequisite dnsPrerequisite(const DnsReport& report, const QString& region);

// Runs the DNS check of each verified domain, one after the other, and keeps one DNS item per
// domain (a single NotChecked item when there is no verified domain to check).
class InteropDnsCheck : public QObject
{
    Q_OBJECT
public:
    // domains: the organization's; the test domain and unverified ones are skipped.
    // nameserver: where each check starts; the system's resolver when null.
    InteropDnsCheck(QVector<Domain> domains, QString region, QHostAddress nameserver = {},
                    QObject* parent = nullptr);
    ~InteropDnsCheck() override;

    // Runs once; a second start() does nothing. finished() comes later, never from inside start().
    void start();
    void setLookupTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Stops; the domains not checked yet stay NotChecked. finished() is still emitted once.
    void cancel();
    bool isRunning() const { return m_running; }
    QVector<Prerequisite> results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total, const QString& domain);
    void finished();

private:
    void next();
    void finish();

    QVector<Domain> m_domains;
    QString m_region;
    QHostAddress m_nameserver;
    QVector<Prerequisite> m_results;
    QPointer<DnsCheck> m_check;
    int m_timeoutMs = 0;
    int m_index = 0;
    bool m_started = false;
    bool m_running = false;
};

} // namespace interop

} // namespace mailroom
