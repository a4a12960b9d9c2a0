#include "EwsCheck.h"

#include "HttpsProbe.h"

#include <QFile>
#include <QXmlStreamReader>

namespace mailroom {

namespace {

// True when the body is a SOAP envelope, as every EWS answer is.
bool isSoapEnvelope(const QByteArray& body)
{
    QXmlStreamReader xml(body);
    while (xml.readNextStartElement())
        return xml.name() == QLatin1String("Envelope");
    return false;
}

} // namespace

EwsCheck::EwsCheck(QUrl url, QString account, QString password, QObject* parent)
    : QObject(parent), m_url(std::move(url)), m_account(std::move(account)), m_password(std::move(password)),
      m_probe(new HttpsProbe(this))
{
    connect(m_probe, &HttpsProbe::finished, this, &EwsCheck::onAnswer);
}

EwsCheck::~EwsCheck() = default;

bool EwsCheck::isRunning() const
{
    return m_probe->isRunning();
}

QByteArray EwsCheck::requestBody()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"\n"
        "               xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"\n"
        "               xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n"
        "  <soap:Header><t:RequestServerVersion Version=\"Exchange2010\"/></soap:Header>\n"
        "  <soap:Body><m:GetServerTimeZones ReturnFullTimeZoneData=\"false\"/></soap:Body>\n"
        "</soap:Envelope>\n");
}

void EwsCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    HttpsRequest request;
    request.url = m_url;
    request.body = requestBody();
    request.contentType = "text/xml; charset=utf-8";
    request.account = m_account;
    request.password = m_password;
    request.caCertificates = m_cas;
    request.timeoutMs = m_timeoutMs;
    m_probe->start(std::move(request));
}

void EwsCheck::cancel()
{
    m_probe->cancel();
}

void EwsCheck::onAnswer(const HttpsAnswer& answer)
{
    Q_EMIT finished(resultOf(answer));
}

NetworkCheckResult EwsCheck::resultOf(const HttpsAnswer& answer) const
{
    if (answer.transport != HttpsAnswer::Transport::Answered) {
        NetworkCheckResult result = HttpsProbe::failedResult(answer, m_url, m_timeoutMs);
        if (result.outcome == NetworkOutcome::InvalidUrl)
            result.fix = tr("Enter the server's EWS address, which usually looks like "
                            "https://mail.example.com/EWS/Exchange.asmx; only https is accepted.");
        else if (result.outcome == NetworkOutcome::Unreachable)
            result.fix = tr("Check the EWS URL: the Exchange Management Shell shows it as the external URL "
                            "of the EWS virtual directory. Its server name must be published in DNS.");
        return result;
    }

    NetworkCheckResult result;
    result.httpStatus = answer.status;
    const QString host = m_url.host();
    if (answer.status == 200 && isSoapEnvelope(answer.body)) {
        result.outcome = NetworkOutcome::Ok;
        result.explanation =
            tr("%1 accepted the service account %2 and answered the EWS request.").arg(host, m_account);
        return result;
    }
    if (answer.status == 401) {
        result.outcome = NetworkOutcome::InvalidCredentials;
        result.explanation =
            answer.offersBasic
                ? tr("%1 refused the user name or password of %2.").arg(host, m_account)
                : tr("%1 refused the credentials of %2 and does not offer Basic authentication.")
                      .arg(host, m_account);
        result.fix =
            tr("Enter the service account as DOMAIN\\username (or in FQDN form) with its current password, "
               "and check that Basic authentication is enabled on the EWS virtual directory of Exchange.");
        return result;
    }
    result.outcome = NetworkOutcome::UnexpectedResponse;
    if (answer.status == 200)
        result.explanation = tr("%1 answered, but not with an EWS response.").arg(host);
    else if (answer.status >= 300 && answer.status < 400)
        result.explanation = tr("%1 redirected the request to %2 (HTTP status %3).")
                                 .arg(host, QString::fromUtf8(answer.location))
                                 .arg(answer.status);
    else
        result.explanation = tr("%1 answered with HTTP status %2.").arg(host).arg(answer.status);
    result.fix = tr("Check that the URL is the EWS address of Exchange itself, usually ending in "
                    "/EWS/Exchange.asmx, and not a web page or proxy in front of it.");
    return result;
}

Result<QList<QSslCertificate>> EwsCheck::loadCaBundle(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileError, QStringLiteral("caBundle"),
                         tr("The CA bundle %1 cannot be read: %2.").arg(path, file.errorString()));
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("caBundle"),
                         tr("The file %1 holds no PEM certificate.").arg(path));
    return certificates;
}

} // namespace mailroom
