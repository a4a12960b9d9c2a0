#pragma once
// A real DNS server for tests (DOM-6): dnsmasq from Debian on its own loopback address, port 53
// (Qt 6.4's QDnsLookup cannot change the port), serving only the zones a test describes.
// Started and stopped by the test; start() says why when it cannot run (missing, cannot bind).
// dnsmasq ends with the test program, even when the program aborts. While
// it runs, a lock file owns its address, so that two test programs wanting one address take turns.

#include "domains/Domain.h"

#include <QHostAddress>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QLockFile;
class QProcess;

namespace mailroom::test {

class DnsServer
{
public:
    explicit DnsServer(QString address = QStringLiteral("127.0.0.153"));
    ~DnsServer();
    DnsServer(const DnsServer&) = delete;
    DnsServer& operator=(const DnsServer&) = delete;

    // The server answers for the zone (NXDOMAIN for unknown names in it).
    void addZone(const QString& zone);
    // An NS record for the zone naming a server at this server's own address.
    void addNameServer(const QString& zone, const QString& serverName);
    void addTxt(const QString& name, const QString& value);
    void addMx(const QString& name, const QString& host, int preference = 10);
    void addCname(const QString& name, const QString& target);
    // The zone of the domain with an NS record of its own and each record as the engine asks for
    // it (Domains::records), except the purposes in leaveOut; a left-out MX points at
    // exchangeMx instead when one is given (the Exchange server of interoperability mode).
    void publish(const QString& domain, const QVector<DnsRecord>& records,
                 const QSet<DnsRecord::Purpose>& leaveOut = {}, const QString& exchangeMx = {});

    // False, with the reason in why, when dnsmasq cannot listen. A missing dnsmasq ends the test
    // run with a fatal error: the project's scripts install it.
    bool start(QString* why);
    void stop();
    QHostAddress address() const { return m_address; }
    // Asks the running server once more and waits for its answer (at most 10 s), then lets the
    // events that came meanwhile run: dnsmasq answers in turn, so whatever was asked before has its
    // answer by then. A test that checks that nothing more happened after a cancel waits on this,
    // never on a fixed time. False when no answer came.
    bool roundTrip();

private:
    // Long enough for any one test program that holds the address to end.
    static constexpr int LockWaitMs = 180000;

    QHostAddress m_address;
    QStringList m_options;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QProcess> m_process;
};

} // namespace mailroom::test
