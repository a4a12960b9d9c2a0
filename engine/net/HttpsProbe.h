#pragma once
// One HTTPS request of a network check (IOP-4, ADS-1), asynchronous, with a time limit and
// cancellable. It trusts the system's CAs plus the given ones, follows no redirect, and sorts
// what happened so that each check can explain it (failedResult() words the failures the checks
// share). The password only builds the Authorization header of this one request.

#include "NetworkCheckResult.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mailroom {

struct HttpsRequest
{
    QUrl url;
    QByteArray body; // POSTed with contentType; a GET when both are empty
    QByteArray contentType;
    QString account; // Basic credentials when not empty
    QString password;
    QList<QSslCertificate> caCertificates; // trusted besides the system's
    // Connect here instead of resolving the URL's host (tests); the certificate and the Host
    // header still name the URL's host.
    QHostAddress serverAddress;
    quint16 serverPort = 0;
    int timeoutMs = 15000;
};

struct HttpsAnswer
{
    enum class Transport
    {
        Answered,
        InvalidUrl,
        HostNotFound,
        ConnectionFailed,
        TimedOut,
        Untrusted,
        Cancelled
    };
    Transport transport = Transport::Cancelled;
    int status = 0;
    QByteArray body;
    QByteArray location;      // of a redirect
    bool offersBasic = false; // a WWW-Authenticate header names Basic
    QVector<CertificateProblem> certificateProblems;
    QStringList certificateErrors; // Qt's words for each TLS error
    QString detail;                // Qt's words for a transport failure
};

class HttpsProbe : public QObject
{
    Q_OBJECT
public:
    explicit HttpsProbe(QObject* parent = nullptr);
    ~HttpsProbe() override;

    // Sends the request; finished() follows once, from the event loop (also for a bad URL).
    void start(HttpsRequest request);
    // Ends the request; finished() follows at once with Transport::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // True for an https URL with a host.
    static bool isHttpsUrl(const QUrl& url);
    // The result for an answer that never reached HTTP (InvalidUrl, Unreachable,
    // ConnectionFailed, UntrustedCertificate, Cancelled), worded for the given URL.
    static NetworkCheckResult failedResult(const HttpsAnswer& answer, const QUrl& url, int timeoutMs);

Q_SIGNALS:
    void finished(const mailroom::HttpsAnswer& answer);

private:
    void onFinished();
    void finish(HttpsAnswer answer);

    QNetworkAccessManager* m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    int m_timeoutMs = 0;
    bool m_running = false;
    bool m_timedOut = false;
};

} // namespace mailroom
Q_DECLARE_METATYPE(mailroom::HttpsAnswer)
