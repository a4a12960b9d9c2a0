#pragma once
// The availability settings' Test (IOP-4): one real HTTPS request with Basic authentication to an
// EWS URL, asynchronous, with a time limit and cancellable, and its outcome mapped to the
// guide's troubleshooting with what to do. It knows nothing of where the settings are kept:
// URL, account, password and extra CAs in, a NetworkCheckResult out. The password is used for
// this request only; it is never logged, kept or put in a result.

#include "NetworkCheckResult.h"
#include "core/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace mailroom {

class HttpsProbe;
struct HttpsAnswer;

class EwsCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    EwsCheck(QUrl url, QString account, QString password, QObject* parent = nullptr);
    ~EwsCheck() override;

    // Certificates trusted for this request besides the system's (an enterprise CA bundle).
    void setCaCertificates(QList<QSslCertificate> certificates) { m_cas = std::move(certificates); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Runs the test once; a second start() does nothing. finished() follows from the event loop.
    void start();
    // Ends the test; finished() follows at once with NetworkOutcome::Cancelled.
    void cancel();
    bool isRunning() const;

    // The certificates of a PEM file (a CA bundle). Errors: FileError (cannot be read),
    // InvalidValue (no certificate in it).
    static Result<QList<QSslCertificate>> loadCaBundle(const QString& path);

    // The SOAP request the test sends: GetServerTimeZones, which any account may call and which
    // Exchange answers with 200 once the credentials are accepted.
    static QByteArray requestBody();

Q_SIGNALS:
    void finished(const mailroom::NetworkCheckResult& result);

private:
    void onAnswer(const HttpsAnswer& answer);
    NetworkCheckResult resultOf(const HttpsAnswer& answer) const;

    QUrl m_url;
    QString m_account;
    QString m_password;
    QList<QSslCertificate> m_cas;
    int m_timeoutMs = DefaultTimeoutMs;
    HttpsProbe* m_probe = nullptr;
    bool m_started = false;
};

} // namespace mailroom
