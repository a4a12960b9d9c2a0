#pragma once
// A mail domain of an organization (DOM-1..DOM-7) and the DNS records it asks the administrator
// to publish (DOM-2).

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace mailroom {

enum class DomainStatus
{
    Pending,
    Verified,
    Failed
};

constexpr auto describe(DomainStatus)
{
    return enumTable<DomainStatus>(
        "Domain", {{DomainStatus::Pending, "Pending", QT_TRANSLATE_NOOP("Domain", "Pending")},
                   {DomainStatus::Verified, "Verified", QT_TRANSLATE_NOOP("Domain", "Verified")},
                   {DomainStatus::Failed, "Failed", QT_TRANSLATE_NOOP("Domain", "Failed")}});
}

struct Domain
{
    QString organizationId;
    QString name; // A-label form, lower case: xn--bcher-kva.example
    DomainStatus status = DomainStatus::Pending;
    bool isTest = false;
    bool isDefault = false;
    QString token;          // the 44-character verification token (empty for the test domain)
    QStringList dkimTokens; // three DKIM selectors
    QString policy;         // the identity policy, JSON text
    QDateTime createdAt;
    QDateTime checkedAt;      // last DNS check, invalid when never checked
    QString checkReport;      // the last check's report, JSON text (DnsReport), empty when never checked
    qint64 version = 0;       // the domain's version, raised by every change of it (Versions)
    qint64 policyVersion = 0; // the identity policy's version (versionKind::IdentityPolicy)

    // The name as people read it (U-label form): bücher.example
    QString displayName() const;
};

// One record to publish (DOM-2).
struct DnsRecord
{
    enum class Type
    {
        TXT,
        MX,
        CNAME
    };
    enum class Purpose
    {
        Verification,
        MailExchange,
        AutoDiscover,
        Dkim
    };

    Purpose purpose = Purpose::Verification;
    Type type = Type::TXT;
    QString name;  // fully qualified, without the trailing dot
    QString value; // what the record must hold; for MX "10 host"
    int ttl = 1800;
};

QString dnsRecordTypeName(DnsRecord::Type type);           // "TXT"
QString dnsRecordPurposeLabel(DnsRecord::Purpose purpose); // translated

namespace domains {

constexpr int MaxPerOrganization = 100;
constexpr int MinNameLength = 3;
constexpr int MaxNameLength = 255;
constexpr int VerificationGraceHours = 72; // a domain unverified after this fails its check
constexpr int RecommendedTtl = 3600;

// The records the domain's organization asks for, in the order the guide lists them:
// the TXT record, the MX record, the AutoDiscover CNAME, then the three DKIM CNAMEs.
QVector<DnsRecord> expectedRecords(const Domain& domain, const QString& region);
QString mailExchangeHost(const QString& region);   // inbound-smtp.<region>.amazonaws.com
QString autoDiscoverTarget(const QString& region); // autodiscover.mail.<region>.awsapps.com

} // namespace domains

} // namespace mailroom
