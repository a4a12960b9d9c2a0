#include "AutoDiscoverCheck.h"

#include "HttpsProbe.h"

#include <QXmlStreamReader>

namespace mailroom {

namespace {

const QLatin1String
    ResponseSchema("http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006");

} // namespace

bool AutoDiscoverReport::ok() const
{
    return failure.isEmpty() && unauthenticated.ok() && (!authenticatedAsked || authenticated.ok());
}

QJsonObject AutoDiscoverReport::toJson() const
{
    QJsonObject json{{QStringLiteral("domain"), domain},
                     {QStringLiteral("endpoint"), endpoint.toString()},
                     {QStringLiteral("ok"), ok()},
                     {QStringLiteral("unauthenticated"), unauthenticated.toJson()}};
    if (authenticatedAsked)
        json.insert(QStringLiteral("authenticated"), authenticated.toJson());
    if (!mobileSyncUrl.isEmpty())
        json.insert(QStringLiteral("mobileSyncUrl"), mobileSyncUrl);
    if (!failure.isEmpty())
        json.insert(QStringLiteral("failure"), failure);
    return json;
}

AutoDiscoverCheck::AutoDiscoverCheck(QString domain, QObject* parent)
    : QObject(parent), m_domain(domain.trimmed().toLower()), m_probe(new HttpsProbe(this))
{
    connect(m_probe, &HttpsProbe::finished, this, &AutoDiscoverCheck::onAnswer);
}

AutoDiscoverCheck::~AutoDiscoverCheck() = default;

void AutoDiscoverCheck::setCredentials(QString emailAddress, QString password)
{
    m_email = std::move(emailAddress);
    m_password = std::move(password);
}

void AutoDiscoverCheck::setServerAddress(QHostAddress address, quint16 port)
{
    m_serverAddress = std::move(address);
    m_serverPort = port;
}

bool AutoDiscoverCheck::isRunning() const
{
    return m_phase != 0;
}

QUrl AutoDiscoverCheck::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("autodiscover.") + m_domain);
    url.setPath(QStringLiteral("/autodiscover/autodiscover.xml"));
    return url;
}

QByteArray AutoDiscoverCheck::mobileSyncRequest(const QString& emailAddress)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/mobilesync/"
               "requestschema/2006\">\n"
               " <Request>\n"
               "  <EmailAddress>%1</EmailAddress>\n"
               "  <AcceptableResponseSchema>%2</AcceptableResponseSchema>\n"
               " </Request>\n"
               "</Autodiscover>\n")
        .arg(emailAddress.toHtmlEscaped(), ResponseSchema)
        .toUtf8();
}

QString AutoDiscoverCheck::mobileSyncUrlOf(const QByteArray& response)
{
    // Each <Server> of the answer names a Type and a Url; the MobileSync one is wanted.
    QXmlStreamReader xml(response);
    QString type;
    QString url;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("Server")) {
                type.clear();
                url.clear();
            } else if (xml.name() == QLatin1String("Type")) {
                type = xml.readElementText().trimmed();
            } else if (xml.name() == QLatin1String("Url")) {
                url = xml.readElementText().trimmed();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Server")) {
            if (type == QLatin1String("MobileSync") && !url.isEmpty())
                return url;
        }
    }
    return {};
}

void AutoDiscoverCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_report = {};
    m_report.domain = m_domain;
    m_report.endpoint = endpoint();
    m_report.authenticatedAsked = !m_email.isEmpty();
    m_report.unauthenticated.outcome = NetworkOutcome::Cancelled;
    m_phase = 1;
    Q_EMIT progress(tr("Sending a request without credentials to %1").arg(m_report.endpoint.toString()));
    send(false);
}

void AutoDiscoverCheck::send(bool withCredentials)
{
    HttpsRequest request;
    request.url = m_report.endpoint;
    request.contentType = "text/xml; charset=utf-8";
    if (withCredentials) {
        request.body = mobileSyncRequest(m_email);
        request.account = m_email;
        request.password = m_password;
    }
    request.caCertificates = m_cas;
    request.serverAddress = m_serverAddress;
    request.serverPort = m_serverPort;
    request.timeoutMs = m_timeoutMs;
    m_probe->start(std::move(request));
}

void AutoDiscoverCheck::cancel()
{
    if (m_phase == 0)
        return;
    if (m_probe->isRunning()) {
        m_probe->cancel(); // its answer ends the check
        return;
    }
    // Between the phases: nothing is on the wire.
    HttpsAnswer cancelled;
    cancelled.transport = HttpsAnswer::Transport::Cancelled;
    onAnswer(cancelled);
}

void AutoDiscoverCheck::onAnswer(const HttpsAnswer& answer)
{
    if (m_phase == 1) {
        m_report.unauthenticated = unauthenticatedResult(answer);
        if (m_report.unauthenticated.ok() && m_report.authenticatedAsked) {
            m_phase = 2;
            Q_EMIT progress(tr("Sending the MobileSync request of %1").arg(m_email));
            // From the event loop: the probe is still finishing its first request.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_phase == 2)
                        send(true);
                },
                Qt::QueuedConnection);
            return;
        }
        if (m_report.authenticatedAsked) {
            m_report.authenticated.outcome = NetworkOutcome::Cancelled;
            m_report.authenticated.explanation =
                tr("Not sent: the request without credentials did not get the expected answer.");
        }
    } else if (m_phase == 2) {
        m_report.authenticated = authenticatedResult(answer);
    }
    m_phase = 0;
    Q_EMIT finished(m_report);
}

NetworkCheckResult AutoDiscoverCheck::unauthenticatedResult(const HttpsAnswer& answer) const
{
    const QUrl url = m_report.endpoint;
    if (answer.transport != HttpsAnswer::Transport::Answered) {
        NetworkCheckResult result = HttpsProbe::failedResult(answer, url, m_timeoutMs);
        if (result.outcome == NetworkOutcome::InvalidUrl) {
            result.explanation = tr("\"%1\" is not a domain name.").arg(m_domain);
            result.fix = tr("Enter a domain name such as example.com.");
        } else if (result.outcome == NetworkOutcome::Unreachable)
            result.fix = tr("Publish %1 in DNS, pointing at the server or proxy that serves AutoDiscover.")
                             .arg(url.host());
        return result;
    }
    NetworkCheckResult result;
    result.httpStatus = answer.status;
    if (answer.status == 401) {
        result.outcome = NetworkOutcome::Ok;
        result.explanation = tr("%1 asks for credentials (401), as it should.").arg(url.host());
        return result;
    }
    result.outcome = NetworkOutcome::UnexpectedResponse;
    result.explanation = tr("%1 answered a request without credentials with HTTP status %2 instead of 401.")
                             .arg(url.host())
                             .arg(answer.status);
    result.fix =
        tr("Make /autodiscover/autodiscover.xml on %1 pass requests on to the service's AutoDiscover "
           "endpoint of your region (for example through a reverse proxy), so that it asks for "
           "credentials.")
            .arg(url.host());
    return result;
}

NetworkCheckResult AutoDiscoverCheck::authenticatedResult(const HttpsAnswer& answer)
{
    const QUrl url = m_report.endpoint;
    if (answer.transport != HttpsAnswer::Transport::Answered)
        return HttpsProbe::failedResult(answer, url, m_timeoutMs);
    NetworkCheckResult result;
    result.httpStatus = answer.status;
    if (answer.status == 401) {
        result.outcome = NetworkOutcome::InvalidCredentials;
        result.explanation = tr("%1 refused the address or password of %2.").arg(url.host(), m_email);
        result.fix =
            tr("Use the email address of an enabled user of the organization and that user's password.");
        return result;
    }
    if (answer.status == 200) {
        m_report.mobileSyncUrl = mobileSyncUrlOf(answer.body);
        if (!m_report.mobileSyncUrl.isEmpty()) {
            result.outcome = NetworkOutcome::Ok;
            result.explanation =
                tr("%1 named the MobileSync URL %2.").arg(url.host(), m_report.mobileSyncUrl);
            return result;
        }
        result.outcome = NetworkOutcome::UnexpectedResponse;
        result.explanation =
            tr("%1 answered the MobileSync request without naming a MobileSync URL.").arg(url.host());
    } else {
        result.outcome = NetworkOutcome::UnexpectedResponse;
        result.explanation =
            tr("%1 answered the MobileSync request with HTTP status %2.").arg(url.host()).arg(answer.status);
    }
    result.fix =
        tr("Check that requests to %1 reach the service's AutoDiscover endpoint of your region unchanged, "
           "with their body and credentials.")
            .arg(url.host());
    return result;
}

} // namespace mailroom
