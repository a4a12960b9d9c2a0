#include "HttpsProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace mailroom {

namespace {

CertificateProblem problemOf(const QSslError& error)
{
    switch (error.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return CertificateProblem::UnknownIssuer;
    case QSslError::CertificateExpired:
        return CertificateProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return CertificateProblem::NotYetValid;
    case QSslError::HostNameMismatch:
        return CertificateProblem::HostNameMismatch;
    default:
        return CertificateProblem::Other;
    }
}

HttpsAnswer::Transport transportOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return HttpsAnswer::Transport::HostNotFound;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return HttpsAnswer::Transport::InvalidUrl;
    default:
        return HttpsAnswer::Transport::ConnectionFailed;
    }
}

} // namespace

HttpsProbe::HttpsProbe(QObject* parent) : QObject(parent), m_manager(new QNetworkAccessManager(this)) {}

HttpsProbe::~HttpsProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool HttpsProbe::isHttpsUrl(const QUrl& url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

void HttpsProbe::start(HttpsRequest request)
{
    if (m_running)
        return;
    m_running = true;
    m_timedOut = false;
    m_sslErrors.clear();
    m_timeoutMs = request.timeoutMs;
    if (!isHttpsUrl(request.url)) {
        QTimer::singleShot(0, this, [this] {
            if (!m_running)
                return; // cancelled meanwhile
            HttpsAnswer answer;
            answer.transport = HttpsAnswer::Transport::InvalidUrl;
            finish(answer);
        });
        return;
    }

    QUrl target = request.url;
    QNetworkRequest r;
    if (!request.serverAddress.isNull()) {
        const QString host = request.url.host();
        target.setHost(request.serverAddress.toString());
        if (request.serverPort != 0)
            target.setPort(request.serverPort);
        r.setPeerVerifyName(host);
        const int port = request.url.port(443);
        r.setRawHeader("Host", (port == 443 ? host : QStringLiteral("%1:%2").arg(host).arg(port)).toUtf8());
    }
    r.setUrl(target);
    // A redirect is the server's answer to report, not one to follow with the credentials.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Mailroom"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!request.caCertificates.isEmpty())
        tls.addCaCertificates(request.caCertificates);
    r.setSslConfiguration(tls);
    if (!request.account.isEmpty())
        r.setRawHeader("Authorization",
                       "Basic " + (request.account + u':' + request.password).toUtf8().toBase64());

    if (request.body.isEmpty() && request.contentType.isEmpty()) {
        m_reply = m_manager->get(r);
    } else {
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        m_reply = m_manager->post(r, request.body);
    }
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, &HttpsProbe::onFinished);
    QTimer::singleShot(request.timeoutMs, reply, [this, reply] {
        if (reply->isRunning()) {
            m_timedOut = true;
            reply->abort();
        }
    });
}

void HttpsProbe::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || !m_running)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    HttpsAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const QSslError& e : std::as_const(m_sslErrors)) {
        const CertificateProblem p = problemOf(e);
        if (!answer.certificateProblems.contains(p))
            answer.certificateProblems.append(p);
        answer.certificateErrors.append(e.errorString());
    }
    if (answer.status > 0) {
        answer.transport = HttpsAnswer::Transport::Answered;
        answer.body = reply->readAll();
        answer.location = reply->rawHeader("Location");
        for (const auto& [name, value] : reply->rawHeaderPairs())
            if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0 &&
                value.trimmed().toLower().startsWith("basic"))
                answer.offersBasic = true;
    } else if (m_timedOut) {
        answer.transport = HttpsAnswer::Transport::TimedOut;
    } else if (!m_sslErrors.isEmpty()) {
        answer.transport = HttpsAnswer::Transport::Untrusted;
    } else {
        answer.transport = transportOf(reply->error());
    }
    answer.detail = reply->errorString();
    finish(answer);
}

void HttpsProbe::finish(HttpsAnswer answer)
{
    m_running = false;
    Q_EMIT finished(answer);
}

void HttpsProbe::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    HttpsAnswer answer;
    answer.transport = HttpsAnswer::Transport::Cancelled;
    finish(answer);
}

NetworkCheckResult HttpsProbe::failedResult(const HttpsAnswer& answer, const QUrl& url, int timeoutMs)
{
    NetworkCheckResult result;
    result.certificateProblems = answer.certificateProblems;
    const QString host = url.host();
    const QString firewall =
        tr("Check that the server can be reached from the internet and that the firewall "
           "lets HTTPS in on port 443, the default port of HTTPS.");
    switch (answer.transport) {
    case HttpsAnswer::Transport::Answered:
        result.outcome = NetworkOutcome::UnexpectedResponse;
        result.httpStatus = answer.status;
        result.explanation = tr("%1 answered with HTTP status %2.").arg(host).arg(answer.status);
        break;
    case HttpsAnswer::Transport::InvalidUrl:
        result.outcome = NetworkOutcome::InvalidUrl;
        result.explanation =
            tr("\"%1\" is not an HTTPS address with a server name.").arg(url.toString(QUrl::RemoveUserInfo));
        result.fix = tr("Enter the full address, starting with https:// and naming the server.");
        break;
    case HttpsAnswer::Transport::HostNotFound:
        result.outcome = NetworkOutcome::Unreachable;
        result.explanation = tr("The server name %1 could not be found.").arg(host);
        result.fix =
            tr("Check that the address names the right server and that the name is published in DNS.");
        break;
    case HttpsAnswer::Transport::ConnectionFailed:
        result.outcome = NetworkOutcome::ConnectionFailed;
        result.explanation = tr("No connection could be made to %1 on port %2 (%3).")
                                 .arg(host)
                                 .arg(url.port(443))
                                 .arg(answer.detail);
        result.fix = firewall;
        break;
    case HttpsAnswer::Transport::TimedOut:
        result.outcome = NetworkOutcome::ConnectionFailed;
        result.explanation = tr("%1 did not answer on port %2 within %3 seconds.")
                                 .arg(host)
                                 .arg(url.port(443))
                                 .arg(double(timeoutMs) / 1000.0);
        result.fix = firewall;
        break;
    case HttpsAnswer::Transport::Untrusted: {
        result.outcome = NetworkOutcome::UntrustedCertificate;
        QStringList what;
        QStringList fixes;
        for (CertificateProblem p : answer.certificateProblems) {
            switch (p) {
            case CertificateProblem::UnknownIssuer:
                what << tr("it is signed by a certificate authority that is not trusted");
                fixes << tr(
                    "Use a certificate from a public certificate authority on the server, or, when it "
                    "comes from your enterprise certificate authority, add that authority's CA bundle.");
                break;
            case CertificateProblem::Expired:
                what << tr("it has expired");
                fixes << tr("Renew the server's certificate.");
                break;
            case CertificateProblem::NotYetValid:
                what << tr("it is not valid yet");
                fixes << tr("Check the server's clock and the certificate's start date.");
                break;
            case CertificateProblem::HostNameMismatch:
                what << tr("it was issued for another host name than %1").arg(host);
                fixes << tr("Use the host name that the certificate names in the address, or install a "
                            "certificate that names %1.")
                             .arg(host);
                break;
            case CertificateProblem::Other:
                break;
            }
        }
        if (answer.certificateProblems.contains(CertificateProblem::Other) || what.isEmpty())
            what << answer.certificateErrors;
        result.explanation =
            tr("The certificate of %1 is not trusted: %2.").arg(host, what.join(QStringLiteral("; ")));
        result.fix = fixes.isEmpty() ? tr("Install a valid certificate for %1 on the server.").arg(host)
                                     : fixes.join(u' ');
        break;
    }
    case HttpsAnswer::Transport::Cancelled:
        result.outcome = NetworkOutcome::Cancelled;
        result.explanation = tr("The check was cancelled.");
        break;
    }
    return result;
}

} // namespace mailroom
