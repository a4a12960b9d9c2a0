#pragma once
// What one network check of the Exchange interoperability found (IOP-4, ADS-1): an outcome
// sorted the way the guide's troubleshooting sorts failures, what happened and what to do about
// it. Passwords never appear in it.

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace mailroom {

enum class NetworkOutcome
{
    Ok,                   // the server answered as expected
    InvalidUrl,           // not an https URL with a host
    Unreachable,          // the host name is not found
    ConnectionFailed,     // refused, reset, or no answer in time (port 443, firewall)
    InvalidCredentials,   // 401 to an authenticated request
    UntrustedCertificate, // the TLS certificate is not trusted (certificateProblems says why)
    UnexpectedResponse,   // the server answered something else than the check expects
    Cancelled,            // the administrator cancelled
};

enum class CertificateProblem
{
    UnknownIssuer,
    Expired,
    NotYetValid,
    HostNameMismatch,
    Other
};

QString networkOutcomeName(NetworkOutcome outcome);         // stable: "InvalidCredentials"
QString certificateProblemName(CertificateProblem problem); // stable: "HostNameMismatch"

struct NetworkCheckResult
{
    NetworkOutcome outcome = NetworkOutcome::Cancelled;
    int httpStatus = 0; // 0 when no HTTP answer came
    QVector<CertificateProblem> certificateProblems;
    QString explanation; // translated: what happened
    QString fix;         // translated: what to do (empty when ok)

    bool ok() const { return outcome == NetworkOutcome::Ok; }
    QJsonObject toJson() const;
};

} // namespace mailroom
Q_DECLARE_METATYPE(mailroom::NetworkCheckResult)
