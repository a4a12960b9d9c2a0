#include "DnsServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDnsLookup>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <unistd.h>

namespace mailroom::test {

namespace {

// A domain name in DNS wire format, as hex (for dnsmasq's --dns-rr).
QString wireName(const QString& name)
{
    QByteArray wire;
    for (const QString& label : name.split(u'.', Qt::SkipEmptyParts)) {
        wire.append(char(label.size()));
        wire.append(label.toLatin1());
    }
    wire.append('\0');
    return QString::fromLatin1(wire.toHex());
}

} // namespace

DnsServer::DnsServer(QString address) : m_address(address) {}

DnsServer::~DnsServer()
{
    stop();
}

void DnsServer::addZone(const QString& zone)
{
    m_options.append(QStringLiteral("--local=/%1/").arg(zone));
}

void DnsServer::addNameServer(const QString& zone, const QString& serverName)
{
    m_options.append(QStringLiteral("--dns-rr=%1,2,%2").arg(zone, wireName(serverName)));
    m_options.append(QStringLiteral("--host-record=%1,%2").arg(serverName, m_address.toString()));
}

void DnsServer::addTxt(const QString& name, const QString& value)
{
    m_options.append(QStringLiteral("--txt-record=%1,%2").arg(name, value));
}

void DnsServer::addMx(const QString& name, const QString& host, int preference)
{
    m_options.append(QStringLiteral("--mx-host=%1,%2,%3").arg(name, host).arg(preference));
}

void DnsServer::addCname(const QString& name, const QString& target)
{
    m_options.append(QStringLiteral("--cname=%1,%2").arg(name, target));
}

void DnsServer::publish(const QString& domain, const QVector<DnsRecord>& records,
                        const QSet<DnsRecord::Purpose>& leaveOut, const QString& exchangeMx)
{
    addZone(domain);
    addNameServer(domain, QStringLiteral("ns1.") + domain);
    for (const DnsRecord& r : records) {
        if (leaveOut.contains(r.purpose)) {
            if (r.purpose == DnsRecord::Purpose::MailExchange && !exchangeMx.isEmpty())
                addMx(r.name, exchangeMx, 10);
            continue;
        }
        switch (r.type) {
        case DnsRecord::Type::TXT:
            addTxt(r.name, r.value);
            break;
        case DnsRecord::Type::MX:
            addMx(r.name, r.value.section(u' ', 1), 10);
            break;
        case DnsRecord::Type::CNAME:
            addCname(r.name, r.value);
            break;
        }
    }
}

bool DnsServer::start(QString* why)
{
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    // Only a server that cannot listen may skip a test (issue 3); a missing one is a broken set-up.
    if (program.isEmpty())
        qFatal("dnsmasq is not installed (Debian package dnsmasq-base); scripts/dev.sh installs it");
    stop();
    // The address is this test's until stop(): another test program that wants it waits here
    // instead of failing to bind. A lock whose holder died is taken over (QLockFile's stale check).
    m_lock = std::make_unique<QLockFile>(
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("mailroom-test-dns-%1.lock").arg(m_address.toString())));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(LockWaitMs)) {
        *why = QStringLiteral("%1:53 stayed taken by another test for %2 s")
                   .arg(m_address.toString())
                   .arg(LockWaitMs / 1000);
        m_lock.reset();
        return false;
    }
    QStringList args{QStringLiteral("--no-resolv"),
                     QStringLiteral("--no-hosts"),
                     QStringLiteral("--conf-file=/dev/null"),
                     QStringLiteral("--bind-interfaces"),
                     QStringLiteral("--listen-address=") + m_address.toString(),
                     QStringLiteral("--port=53"),
                     QStringLiteral("--keep-in-foreground"),
                     QStringLiteral("--log-facility=-")};
    if (geteuid() == 0)
        args.append(QStringLiteral("--user=root"));
    args += m_options;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // dnsmasq ends with this test program, even when the program aborts: a shell runs it and
    // stops it as soon as its standard input, a pipe from this program, closes (at stop(), or when
    // the kernel closes the program's files). A parent-death signal would not do: dnsmasq clears it.
    static const QString watch = QStringLiteral("exec 3<&0\n"
                                                "\"$0\" \"$@\" &\n"
                                                "d=$!\n"
                                                "(read -r _ <&3; kill \"$d\" 2>/dev/null) >/dev/null 2>&1 &\n"
                                                "wait \"$d\"\n");
    m_process->start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), watch, program} + args);
    if (!m_process->waitForStarted(10000)) {
        *why = QStringLiteral("dnsmasq did not start: ") + m_process->errorString();
        stop();
        return false;
    }
    // It says "started" once it listens, or exits when it cannot.
    QByteArray said;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        said += m_process->readAll();
        if (said.contains("started, version"))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    said += m_process->readAll();
    *why = QStringLiteral("dnsmasq cannot listen on %1:53 (%2)")
               .arg(m_address.toString(), QString::fromLocal8Bit(said).trimmed());
    stop();
    return false;
}

bool DnsServer::roundTrip()
{
    QDnsLookup probe(QDnsLookup::TXT, QStringLiteral("round-trip.invalid"), m_address);
    QSignalSpy answered(&probe, &QDnsLookup::finished);
    probe.lookup();
    if (!answered.wait(10000))
        return false;
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // what the answers above posted in turn
    return true;
}

void DnsServer::stop()
{
    if (m_process) {
        m_process->closeWriteChannel(); // the shell stops dnsmasq, waits for it and ends
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
    m_lock.reset(); // unlocks
}

} // namespace mailroom::test
