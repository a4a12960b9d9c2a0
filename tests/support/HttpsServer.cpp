#include "HttpsServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>

namespace mailroom::test {

namespace {

const char* const CertificateNames[] = {"good", "expired", "wronghost"};

QByteArray ewsAnswer()
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
           "<m:GetServerTimeZonesResponse "
           "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
           "<m:ResponseMessages><m:GetServerTimeZonesResponseMessage ResponseClass=\"Success\">"
           "<m:ResponseCode>NoError</m:ResponseCode></m:GetServerTimeZonesResponseMessage></"
           "m:ResponseMessages>"
           "</m:GetServerTimeZonesResponse></s:Body></s:Envelope>\n";
}

QByteArray mobileSyncAnswer(const QString& email, bool withUrl)
{
    const QString server =
        withUrl ? QStringLiteral("<Server><Type>MobileSync</Type><Url>%1</Url><Name>%1</Name></Server>")
                      .arg(HttpsServer::MobileSyncUrl)
                : QString();
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<Autodiscover "
               "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
               "<Response "
               "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006\">"
               "<Culture>en:us</Culture><User><DisplayName>Test</DisplayName><EmailAddress>%1</"
               "EmailAddress></User>"
               "<Action><Settings>%2</Settings></Action></Response></Autodiscover>\n")
        .arg(email.toHtmlEscaped(), server)
        .toUtf8();
}

void reply(QTcpSocket* socket, int status, const char* reason, const QByteArray& contentType,
           const QByteArray& body, const QByteArray& extraHeaders = {})
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n" + extraHeaders + "\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace

HttpsServer::HttpsServer() = default;

HttpsServer::~HttpsServer()
{
    stop();
}

void HttpsServer::addAccount(const QString& user, const QString& password)
{
    m_accounts.insert(user, password);
}

void HttpsServer::makeCertificates()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    // Only a server that cannot listen may skip a test; a missing openssl is a broken set-up.
    if (openssl.isEmpty())
        qFatal("openssl is not installed (Debian package openssl); scripts/dev.sh installs it");
    auto run = [&](const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(openssl, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("openssl %s failed: %s", qPrintable(args.join(u' ')),
                   p.readAllStandardError().constData());
    };
    auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
    };
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
        QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Mailroom Test CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    run(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec +
        QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                    QStringLiteral("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Mailroom test server")});
    const QByteArray common =
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n";
    const QByteArray goodNames = "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:autodiscover.example.test,"
                                 "DNS:autodiscover.open.test,DNS:autodiscover.nourl.test\n";
    struct Made
    {
        const char* name;
        QByteArray ext;
        const char* days;
    };
    // -days -1: valid from now until yesterday, i.e. expired.
    const Made made[] = {{"good", common + goodNames, "30"},
                         {"expired", common + goodNames, "-1"},
                         {"wronghost", common + "subjectAltName=DNS:other.example.test\n", "30"}};
    int serial = 1;
    for (const Made& m : made) {
        const QString name = QString::fromLatin1(m.name);
        write(name + QStringLiteral(".ext"), m.ext);
        run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
             QString::number(++serial), QStringLiteral("-days"), QString::fromLatin1(m.days),
             QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-out"),
             name + QStringLiteral(".pem")});
    }
}

QSslServer* HttpsServer::listen(const QString& certificateName, QString* why)
{
    QFile certFile(m_dir.filePath(certificateName + QStringLiteral(".pem")));
    QFile keyFile(m_dir.filePath(QStringLiteral("server.key")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        qFatal("the test certificates are missing");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (tls.localCertificate().isNull() || tls.privateKey().isNull())
        qFatal("the test certificate %s cannot be loaded", qPrintable(certificateName));
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        *why = QStringLiteral("cannot listen on 127.0.0.1: %1").arg(server->errorString());
        delete server;
        return nullptr;
    }
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
        while (server->hasPendingConnections())
            serve(server->nextPendingConnection());
    });
    return server;
}

bool HttpsServer::start(QString* why)
{
    if (!QSslSocket::supportsSsl())
        qFatal("Qt has no TLS backend: %s", qPrintable(QSslSocket::activeBackend()));
    makeCertificates();
    for (int i = 0; i < 3; ++i) {
        m_servers[i] = listen(QString::fromLatin1(CertificateNames[i]), why);
        if (!m_servers[i]) {
            stop();
            return false;
        }
    }
    // Accepts and never answers: the client's time limit runs out.
    m_silent = new QTcpServer(this);
    if (!m_silent->listen(QHostAddress::LocalHost, 0)) {
        *why = QStringLiteral("cannot listen on 127.0.0.1: %1").arg(m_silent->errorString());
        stop();
        return false;
    }
    m_silentPort = m_silent->serverPort();
    // A port that was free a moment ago: connections to it are refused.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *why = QStringLiteral("cannot listen on 127.0.0.1: %1").arg(probe.errorString());
        stop();
        return false;
    }
    m_closedPort = probe.serverPort();
    probe.close();
    return true;
}

void HttpsServer::stop()
{
    for (QSslServer*& server : m_servers) {
        delete server; // closes it and the connections it owns
        server = nullptr;
    }
    delete m_silent;
    m_silent = nullptr;
}

quint16 HttpsServer::port(Certificate certificate) const
{
    const QSslServer* server = m_servers[int(certificate)];
    return server ? server->serverPort() : 0;
}

QUrl HttpsServer::url(const QString& path, Certificate certificate) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port(certificate));
    url.setPath(path);
    return url;
}

QString HttpsServer::caBundlePath() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> HttpsServer::caCertificates() const
{
    return QSslCertificate::fromPath(caBundlePath(), QSsl::Pem);
}

void HttpsServer::serve(QTcpSocket* socket)
{
    // A socket's requests so far; one request per connection (the answers close it).
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto read = [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length").toLongLong();
        if (buffer->size() < end + 4 + length)
            return;
        const QByteArray body = buffer->mid(end + 4, length);
        buffer->clear();
        answer(socket, first.value(0), first.value(1), headers, body);
    };
    connect(socket, &QTcpSocket::readyRead, this, read);
    if (socket->bytesAvailable() > 0)
        read();
}

bool HttpsServer::knownAccount(const QByteArray& authorization) const
{
    if (!authorization.startsWith("Basic "))
        return false;
    const QString pair = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
    const qsizetype colon = pair.indexOf(u':');
    return colon > 0 && m_accounts.contains(pair.left(colon)) &&
           m_accounts.value(pair.left(colon)) == pair.mid(colon + 1);
}

void HttpsServer::answer(QTcpSocket* socket, const QByteArray& method, const QByteArray& path,
                         const QHash<QByteArray, QByteArray>& headers, const QByteArray& body)
{
    ++m_requests;
    m_lastAuthorization = headers.value("authorization");
    m_lastBody = body;
    const bool known = knownAccount(m_lastAuthorization);
    const QByteArray host = headers.value("host").split(':').value(0).toLower();
    const QByteArray xml = "text/xml; charset=utf-8";
    const QByteArray askBasic = "WWW-Authenticate: Basic realm=\"mailroom-test\"\r\n";

    if (path == "/EWS/Exchange.asmx" && method == "POST") {
        if (known)
            reply(socket, 200, "OK", xml, ewsAnswer());
        else
            reply(socket, 401, "Unauthorized", "text/plain", "401 Unauthorized\n", askBasic);
    } else if (path == "/EWS/NoBasic.asmx") {
        reply(socket, 401, "Unauthorized", "text/plain", "401 Unauthorized\n",
              "WWW-Authenticate: Negotiate\r\n");
    } else if (path == "/EWS/Error.asmx") {
        reply(socket, 500, "Internal Server Error", "text/plain", "500\n");
    } else if (path == "/EWS/Portal") {
        reply(socket, 200, "OK", "text/html", "<html><body>Sign in</body></html>\n");
    } else if (path == "/autodiscover/autodiscover.xml" && method == "POST") {
        if (host == "autodiscover.open.test") {
            reply(socket, 200, "OK", xml, "<Autodiscover/>\n");
        } else if (!known) {
            reply(socket, 401, "Unauthorized", "text/plain", "401 Unauthorized\n", askBasic);
        } else if (!body.contains("mobilesync/requestschema/2006") || !body.contains("<EmailAddress>")) {
            reply(socket, 400, "Bad Request", "text/plain", "not a MobileSync request\n");
        } else {
            const qsizetype from = body.indexOf("<EmailAddress>") + 14;
            const QString email = QString::fromUtf8(body.mid(from, body.indexOf("</EmailAddress>") - from));
            reply(socket, 200, "OK", xml, mobileSyncAnswer(email, host != "autodiscover.nourl.test"));
        }
    } else {
        reply(socket, 404, "Not Found", "text/plain", "404\n");
    }
}

} // namespace mailroom::test
