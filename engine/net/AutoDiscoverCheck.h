#pragma once
// The AutoDiscover phase-2 check of a domain (ADS-1), for real and asynchronous: first a POST
// without credentials to https://autodiscover.<domain>/autodiscover/autodiscover.xml, which must
// be refused with 401; then, when credentials are given, the MobileSync request a mobile device
// sends, whose answer must name the MobileSync URL. Each phase's outcome is mapped like the EWS
// test's. The password is used for the request only.

#include "NetworkCheckResult.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace mailroom {

class HttpsProbe;
struct HttpsAnswer;

struct AutoDiscoverReport
{
    QString domain;
    QUrl endpoint;
    NetworkCheckResult unauthenticated; // phase 1: 401 expected
    bool authenticatedAsked = false;    // phase 2 runs with credentials and after phase 1 passed
    NetworkCheckResult authenticated;   // phase 2: the MobileSync answer
    QString mobileSyncUrl;              // what phase 2 found
    QString failure;                    // translated, when the check could not run at all

    bool ok() const; // phase 1 passed and, when asked, phase 2 too
    QJsonObject toJson() const;
};

class AutoDiscoverCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    explicit AutoDiscoverCheck(QString domain, QObject* parent = nullptr);
    ~AutoDiscoverCheck() override;

    // The address and password of a user for phase 2; without them only phase 1 runs.
    void setCredentials(QString emailAddress, QString password);
    void setCaCertificates(QList<QSslCertificate> certificates) { m_cas = std::move(certificates); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Connect to this address and port instead of resolving autodiscover.<domain> (tests, or a
    // server not in DNS yet); the certificate must still name autodiscover.<domain>.
    void setServerAddress(QHostAddress address, quint16 port);

    // Runs the check once; a second start() does nothing. finished() follows from the event loop.
    void start();
    // Ends the check; finished() follows at once with the running phase Cancelled.
    void cancel();
    bool isRunning() const;

    QUrl endpoint() const;
    // The MobileSync request of phase 2 for the address.
    static QByteArray mobileSyncRequest(const QString& emailAddress);
    // The MobileSync URL that a response names; empty when it names none.
    static QString mobileSyncUrlOf(const QByteArray& response);

Q_SIGNALS:
    void progress(const QString& step);
    void finished(const mailroom::AutoDiscoverReport& report);

private:
    void onAnswer(const HttpsAnswer& answer);
    NetworkCheckResult unauthenticatedResult(const HttpsAnswer& answer) const;
    NetworkCheckResult authenticatedResult(const HttpsAnswer& answer);
    void send(bool withCredentials);

    QString m_domain;
    QString m_email;
    QString m_password;
    QList<QSslCertificate> m_cas;
    QHostAddress m_serverAddress;
    quint16 m_serverPort = 0;
    int m_timeoutMs = DefaultTimeoutMs;
    HttpsProbe* m_probe = nullptr;
    AutoDiscoverReport m_report;
    int m_phase = 0;
    bool m_started = false;
};

} // namespace mailroom
Q_DECLARE_METATYPE(mailroom::AutoDiscoverReport)
