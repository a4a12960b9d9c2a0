#include "DnsServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
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
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    // Only a server that cannot listen may skip a test (issue 3); a missing one is a broken set-up.
    if (program.isEmpty())
        qFatal("dnsmasq is not installed (Debian package dnsmasq-base); scripts/dev.sh installs it");
    const QString pidFile = m_dir.filePath(QStringLiteral("dnsmasq.pid"));
    QStringList args{QStringLiteral("--no-resolv"),     QStringLiteral("--no-hosts"),
                     QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--bind-interfaces"),
                     QStringLiteral("--listen-address=") + m_address.toString(),
                     QStringLiteral("--port=53"),       QStringLiteral("--pid-file=") + pidFile};
    if (geteuid() == 0)
        args.append(QStringLiteral("--user=root"));
    args += m_options;
    QProcess process;
    process.start(program, args);
    // In daemon mode the first process exits once the server listens (or failed to).
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        *why = QStringLiteral("dnsmasq cannot listen on %1:53 (%2)")
                   .arg(m_address.toString(), QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        QFile f(pidFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_pid = f.readAll().trimmed().toLongLong();
            if (m_pid > 0)
                return true;
        }
        QThread::msleep(20);
    }
    *why = QStringLiteral("dnsmasq started but wrote no pid file");
    return false;
}

void DnsServer::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(m_pid), SIGTERM);
    // Wait until it has gone, so that its pid file and folder can be removed.
    QDeadlineTimer deadline(5000);
    while (::kill(pid_t(m_pid), 0) == 0 && !deadline.hasExpired()) {
        // A container without an init that reaps leaves it a zombie: gone all the same.
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
        if (stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z "))
            break;
        QThread::msleep(10);
    }
    m_pid = 0;
}

} // namespace mailroom::test
