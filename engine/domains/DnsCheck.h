#pragma once
// The DNS check of one domain (DOM-6), for real and asynchronous: finds the domain's name
// servers, then asks one of them every question of dnsQuestions(), a few at a time, and
// diagnoses the answers. Each lookup has its own time limit. The engine records the report
// (Domains::recordCheck).

#include "DnsReport.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QDnsLookup;

namespace mailroom {

class DnsCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int LookupTimeoutMs = 6000;
    static constexpr int MaxInFlight = 4;

    // nameserver: where to start (the domain's NS records are asked of it); the system's
    // resolver when null.
    DnsCheck(Domain domain, QString region, QHostAddress nameserver = {}, QObject* parent = nullptr);
    ~DnsCheck() override;

    // Runs the check once; a second start() does nothing.
    void start();
    // The time limit of each question (tests shorten it).
    void setLookupTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString& step);
    // Always emitted once after start(), also after cancel() (with a failure saying so).
    void finished(const mailroom::DnsReport& report);

private:
    QDnsLookup* lookup(int type, const QString& name, const QHostAddress& server);
    void onNameServers(QDnsLookup* ns);
    void onServerAddress(QDnsLookup* address);
    void askRecords(const QHostAddress& server, const QString& label);
    void askNext();
    void onRecordAnswer(QDnsLookup* answer, const QString& name, int type);
    void finish();

    Domain m_domain;
    QString m_region;
    QHostAddress m_start;
    DnsReport m_report;
    QVector<DnsRecord> m_expected;
    QList<QPointer<QDnsLookup>> m_pending;
    struct Answers;
    std::unique_ptr<Answers> m_answers;
    QVector<QPair<QString, DnsRecord::Type>> m_queue; // questions not asked yet
    QHostAddress m_server;
    int m_timeoutMs = LookupTimeoutMs;
    bool m_started = false;
    int m_total = 0;
    int m_done = 0;
    int m_clearAnswers = 0; // answers that were records or NXDOMAIN: the server is alive
    bool m_running = false;
};

} // namespace mailroom
