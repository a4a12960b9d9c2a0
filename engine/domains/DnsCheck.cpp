#include "DnsCheck.h"

#include "DnsDiagnosis.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QTimer>

namespace mailroom {

namespace {

QDnsLookup::Type lookupType(DnsRecord::Type type)
{
    switch (type) {
    case DnsRecord::Type::TXT:
        return QDnsLookup::TXT;
    case DnsRecord::Type::MX:
        return QDnsLookup::MX;
    case DnsRecord::Type::CNAME:
        return QDnsLookup::CNAME;
    }
    return QDnsLookup::TXT;
}

QString withoutDot(QString host)
{
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// A TXT record may split its text into several strings; they form one value.
QString textOf(const QDnsTextRecord& record)
{
    QByteArray all;
    for (const QByteArray& part : record.values())
        all += part;
    return QString::fromUtf8(all);
}

DnsAnswer answerOf(const QDnsLookup& lookup, DnsRecord::Type type)
{
    if (lookup.error() == QDnsLookup::NotFoundError)
        return {true, {}};
    // Qt 6.4 reports an existing name without records of the type (NODATA) and an unreachable
    // server alike as InvalidReplyError; finish() tells them apart by whether the server gave
    // any clear answer at all.
    if (lookup.error() == QDnsLookup::InvalidReplyError)
        return {true, {}};
    if (lookup.error() != QDnsLookup::NoError)
        return {false, {}};
    DnsAnswer answer;
    switch (type) {
    case DnsRecord::Type::TXT:
        for (const auto& r : lookup.textRecords())
            answer.values.append(textOf(r));
        break;
    case DnsRecord::Type::MX:
        for (const auto& r : lookup.mailExchangeRecords())
            answer.values.append(QStringLiteral("%1 %2").arg(r.preference()).arg(withoutDot(r.exchange())));
        break;
    case DnsRecord::Type::CNAME:
        for (const auto& r : lookup.canonicalNameRecords())
            answer.values.append(withoutDot(r.value()));
        break;
    }
    return answer;
}

} // namespace

struct DnsCheck::Answers
{
    DnsAnswers answers;
};

DnsCheck::DnsCheck(Domain domain, QString region, QHostAddress nameserver, QObject* parent)
    : QObject(parent), m_domain(std::move(domain)), m_region(std::move(region)),
      m_start(std::move(nameserver)), m_answers(std::make_unique<Answers>())
{
    m_expected = domains::expectedRecords(m_domain, m_region);
}

DnsCheck::~DnsCheck() = default;

void DnsCheck::start()
{
    if (m_started)
        return; // one check per object: answers of an earlier run must not count in a later one
    m_started = true;
    m_running = true;
    m_report = {};
    m_report.domain = m_domain.name;
    m_answers = std::make_unique<Answers>();
    m_done = 0;
    m_clearAnswers = 0;
    m_total = 2 + int(dnsQuestions(m_domain, m_expected).size());
    Q_EMIT progress(m_done, m_total, tr("Finding the name servers of %1").arg(m_domain.name));
    QDnsLookup* ns = lookup(QDnsLookup::NS, m_domain.name, m_start);
    connect(ns, &QDnsLookup::finished, this, [this, ns] { onNameServers(ns); });
}

QDnsLookup* DnsCheck::lookup(int type, const QString& name, const QHostAddress& server)
{
    auto* l = new QDnsLookup(QDnsLookup::Type(type), name, server, this);
    m_pending.append(l);
    QTimer::singleShot(m_timeoutMs, l, [l] {
        if (!l->isFinished())
            l->abort();
    });
    // Started from the event loop, so that finished() always arrives after the connect.
    QMetaObject::invokeMethod(l, &QDnsLookup::lookup, Qt::QueuedConnection);
    return l;
}

void DnsCheck::onNameServers(QDnsLookup* ns)
{
    ns->deleteLater();
    if (!m_running)
        return;
    ++m_done;
    for (const auto& r : ns->nameServerRecords())
        m_report.nameServers.append(withoutDot(r.value()));
    std::sort(m_report.nameServers.begin(), m_report.nameServers.end());
    if (m_report.nameServers.isEmpty()) {
        ++m_done;
        askRecords(m_start, {});
        return;
    }
    Q_EMIT progress(m_done, m_total, tr("Finding the address of %1").arg(m_report.nameServers.first()));
    QDnsLookup* address = lookup(QDnsLookup::A, m_report.nameServers.first(), m_start);
    connect(address, &QDnsLookup::finished, this, [this, address] { onServerAddress(address); });
}

void DnsCheck::onServerAddress(QDnsLookup* address)
{
    address->deleteLater();
    if (!m_running)
        return;
    ++m_done;
    const auto records = address->hostAddressRecords();
    if (records.isEmpty()) {
        askRecords(m_start, {});
        return;
    }
    askRecords(records.first().value(), m_report.nameServers.first());
}

void DnsCheck::askRecords(const QHostAddress& server, const QString& label)
{
    if (server.isNull())
        m_report.askedServer = tr("the system's resolver");
    else if (label.isEmpty())
        m_report.askedServer = server.toString();
    else
        m_report.askedServer = QStringLiteral("%1 (%2)").arg(label, server.toString());
    Q_EMIT progress(m_done, m_total, tr("Asking %1 for the records").arg(m_report.askedServer));
    m_server = server;
    m_queue = dnsQuestions(m_domain, m_expected);
    // A few questions at a time: each one's time limit then runs while it is really asked, not
    // while it waits for one of Qt's few resolver threads.
    for (int i = 0; i < MaxInFlight; ++i)
        askNext();
}

void DnsCheck::askNext()
{
    if (m_queue.isEmpty() || !m_running)
        return;
    const auto [name, type] = m_queue.takeFirst();
    QDnsLookup* l = lookup(lookupType(type), name, m_server);
    connect(l, &QDnsLookup::finished, this,
            [this, l, name = name, type = type] { onRecordAnswer(l, name, int(type)); });
}

void DnsCheck::onRecordAnswer(QDnsLookup* answer, const QString& name, int type)
{
    answer->deleteLater();
    if (!m_running)
        return;
    m_answers->answers.set(name, DnsRecord::Type(type), answerOf(*answer, DnsRecord::Type(type)));
    if (answer->error() == QDnsLookup::NoError || answer->error() == QDnsLookup::NotFoundError)
        ++m_clearAnswers;
    ++m_done;
    Q_EMIT progress(m_done, m_total, tr("Checked %1 %2").arg(dnsRecordTypeName(DnsRecord::Type(type)), name));
    if (m_done == m_total)
        finish();
    else
        askNext();
}

void DnsCheck::finish()
{
    m_running = false;
    if (m_clearAnswers == 0)
        m_answers->answers = {};
    m_report.records = diagnose(m_domain, m_expected, m_answers->answers);
    if (m_clearAnswers == 0)
        m_report.failure =
            tr("No name server answered for %1; check the network or the name server.").arg(m_domain.name);
    Q_EMIT finished(m_report);
}

void DnsCheck::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (const auto& l : std::as_const(m_pending))
        if (l && !l->isFinished())
            l->abort();
    m_report.failure = tr("The check was cancelled.");
    Q_EMIT finished(m_report);
}

} // namespace mailroom
