#include "Domain.h"

#include <QCoreApplication>
#include <QUrl>

namespace mailroom {

QString Domain::displayName() const
{
    const QString unicode = QUrl::fromAce(name.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? name : unicode;
}

QString dnsRecordTypeName(DnsRecord::Type type)
{
    switch (type) {
    case DnsRecord::Type::TXT:
        return QStringLiteral("TXT");
    case DnsRecord::Type::MX:
        return QStringLiteral("MX");
    case DnsRecord::Type::CNAME:
        return QStringLiteral("CNAME");
    }
    return {};
}

QString dnsRecordPurposeLabel(DnsRecord::Purpose purpose)
{
    switch (purpose) {
    case DnsRecord::Purpose::Verification:
        return QCoreApplication::translate("Domain", "Domain ownership");
    case DnsRecord::Purpose::MailExchange:
        return QCoreApplication::translate("Domain", "Incoming mail");
    case DnsRecord::Purpose::AutoDiscover:
        return QCoreApplication::translate("Domain", "Client set-up (AutoDiscover)");
    case DnsRecord::Purpose::Dkim:
        return QCoreApplication::translate("Domain", "DKIM signing");
    }
    return {};
}

namespace domains {

QString mailExchangeHost(const QString& region)
{
    return QStringLiteral("inbound-smtp.%1.amazonaws.com").arg(region);
}

QString autoDiscoverTarget(const QString& region)
{
    return QStringLiteral("autodiscover.mail.%1.awsapps.com").arg(region);
}

QVector<DnsRecord> expectedRecords(const Domain& domain, const QString& region)
{
    using T = DnsRecord::Type;
    using P = DnsRecord::Purpose;
    QVector<DnsRecord> records{
        {P::Verification, T::TXT, QStringLiteral("_amazonses.") + domain.name, domain.token, 1800},
        {P::MailExchange, T::MX, domain.name, QStringLiteral("10 ") + mailExchangeHost(region),
         RecommendedTtl},
        {P::AutoDiscover, T::CNAME, QStringLiteral("autodiscover.") + domain.name, autoDiscoverTarget(region),
         RecommendedTtl},
    };
    for (const QString& t : domain.dkimTokens)
        records.append({P::Dkim, T::CNAME, t + QStringLiteral("._domainkey.") + domain.name,
                        t + QStringLiteral(".dkim.amazonses.com"), 1800});
    return records;
}

} // namespace domains

} // namespace mailroom
