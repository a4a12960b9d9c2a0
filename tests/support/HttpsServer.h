#pragma once
// A real HTTPS peer for the EWS test and the AutoDiscover check (IOP-4, ADS-1), on 127.0.0.1
// only. At start it makes a test CA and server certificates with the openssl command line in a
// temporary folder (a good one for 127.0.0.1, localhost and autodiscover.{example,open,nourl}.test,
// an expired one, one for another host), then listens with QSslServer: one port per certificate,
// a port that accepts and never answers, and a port where nothing listens. It answers like
// Exchange and an AutoDiscover endpoint would:
//   POST /EWS/Exchange.asmx       200 SOAP with a known account's Basic credentials, else 401
//                                 with WWW-Authenticate: Basic
//   POST /EWS/NoBasic.asmx        401 offering only Negotiate
//   POST /EWS/Error.asmx          500;   GET|POST /EWS/Portal   200 HTML (not EWS)
//   POST /autodiscover/autodiscover.xml, by Host:
//     autodiscover.open.test      200 to anyone (wrong: it must ask for credentials)
//     autodiscover.nourl.test     401, then with credentials a response naming no MobileSync URL
//     any other host             401, then with credentials the MobileSync response with the URL
//                                 (400 when the body is not a MobileSync request)
// The server runs in the test's thread: the test must run the event loop while a check waits.

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QSslServer;
class QTcpServer;
class QTcpSocket;

namespace mailroom::test {

class HttpsServer : public QObject
{
    Q_OBJECT
public:
    enum class Certificate
    {
        Good,
        Expired,
        WrongHost
    };
    static inline const QString MobileSyncUrl =
        QStringLiteral("https://mobile.mail.us-east-1.awsapps.com/Microsoft-Server-ActiveSync");

    HttpsServer();
    ~HttpsServer() override;

    // Basic credentials the server accepts.
    void addAccount(const QString& user, const QString& password);

    // Makes the certificates (a missing or failing openssl ends the run with a fatal error: the
    // project's scripts install it), then listens. False, with the reason in why, only when it
    // cannot listen on loopback.
    bool start(QString* why);
    void stop();

    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port(Certificate certificate = Certificate::Good) const;
    quint16 silentPort() const { return m_silentPort; }
    quint16 closedPort() const { return m_closedPort; }
    // https://127.0.0.1:<port of the certificate><path>
    QUrl url(const QString& path, Certificate certificate = Certificate::Good) const;
    QString caBundlePath() const; // the test CA, PEM
    QList<QSslCertificate> caCertificates() const;

    int requestCount() const { return m_requests; }
    QByteArray lastAuthorization() const { return m_lastAuthorization; }
    QByteArray lastBody() const { return m_lastBody; }

private:
    void makeCertificates();
    QSslServer* listen(const QString& certificateName, QString* why);
    void serve(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& method, const QByteArray& path,
                const QHash<QByteArray, QByteArray>& headers, const QByteArray& body);
    bool knownAccount(const QByteArray& authorization) const;

    QTemporaryDir m_dir;
    QHash<QString, QString> m_accounts;
    QSslServer* m_servers[3] = {}; // by Certificate
    QTcpServer* m_silent = nullptr;
    quint16 m_silentPort = 0;
    quint16 m_closedPort = 0;
    int m_requests = 0;
    QByteArray m_lastAuthorization;
    QByteArray m_lastBody;
};

} // namespace mailroom::test
