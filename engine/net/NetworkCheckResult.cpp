#include "NetworkCheckResult.h"

#include <QJsonArray>

namespace mailroom {

QString networkOutcomeName(NetworkOutcome outcome)
{
    switch (outcome) {
    case NetworkOutcome::Ok:
        return QStringLiteral("Ok");
    case NetworkOutcome::InvalidUrl:
        return QStringLiteral("InvalidUrl");
    case NetworkOutcome::Unreachable:
        return QStringLiteral("Unreachable");
    case NetworkOutcome::ConnectionFailed:
        return QStringLiteral("ConnectionFailed");
    case NetworkOutcome::InvalidCredentials:
        return QStringLiteral("InvalidCredentials");
    case NetworkOutcome::UntrustedCertificate:
        return QStringLiteral("UntrustedCertificate");
    case NetworkOutcome::UnexpectedResponse:
        return QStringLiteral("UnexpectedResponse");
    case NetworkOutcome::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QString certificateProblemName(CertificateProblem problem)
{
    switch (problem) {
    case CertificateProblem::UnknownIssuer:
        return QStringLiteral("UnknownIssuer");
    case CertificateProblem::Expired:
        return QStringLiteral("Expired");
    case CertificateProblem::NotYetValid:
        return QStringLiteral("NotYetValid");
    case CertificateProblem::HostNameMismatch:
        return QStringLiteral("HostNameMismatch");
    case CertificateProblem::Other:
        return QStringLiteral("Other");
    }
    return {};
}

QJsonObject NetworkCheckResult::toJson() const
{
    QJsonObject json{{QStringLiteral("outcome"), networkOutcomeName(outcome)},
                     {QStringLiteral("explanation"), explanation}};
    if (!fix.isEmpty())
        json.insert(QStringLiteral("fix"), fix);
    if (httpStatus != 0)
        json.insert(QStringLiteral("httpStatus"), httpStatus);
    if (!certificateProblems.isEmpty()) {
        QJsonArray problems;
        for (CertificateProblem p : certificateProblems)
            problems.append(certificateProblemName(p));
        json.insert(QStringLiteral("certificateProblems"), problems);
    }
    return json;
}

} // namespace mailroom
