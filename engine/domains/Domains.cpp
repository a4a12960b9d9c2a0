#include "Domains.h"

#include "IdentityPolicy.h"
#include "core/Engine.h"
#include "io/JsonFormat.h"
#include "organizations/Organizations.h"
#include "store/tables/OrganizationTable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace mailroom {

namespace {

const QString Field = QStringLiteral("domain");

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Domains", text);
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64()); // 44 characters
}

QString randomSelector()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < 32; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]));
    return s;
}

// The identity policy's versioned id: domains are named within their organization.
QString policyId(const QString& orgId, const QString& name)
{
    return orgId + u'/' + name;
}

Change changeOf(const QString& orgId, const QString& name, Change::Kind kind, const QString& action)
{
    return {Change::Subject::Domain, kind, orgId, {name}, action};
}

} // namespace

Domains::Domains(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Result<QString> Domains::normalizedName(const QString& typed)
{
    QString name = typed.trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return makeError(ErrorCode::Required, Field, tr("Domain: enter a domain name, such as example.com."));
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    static const QRegularExpression topLevel(QStringLiteral("^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"));
    const QStringList labels = ace.split(u'.');
    bool wellFormed = !ace.isEmpty() && labels.size() >= 2 && topLevel.match(labels.last()).hasMatch();
    for (const QString& l : labels)
        wellFormed = wellFormed && label.match(l).hasMatch();
    if (!wellFormed)
        return makeError(ErrorCode::InvalidValue, Field,
                         tr("Domain: %1 is not a fully qualified domain name (labels of letters, digits and "
                            "hyphens separated by dots, such as mail.example.com).")
                             .arg(name));
    if (ace.size() < domains::MinNameLength || ace.size() > domains::MaxNameLength)
        return makeError(ErrorCode::InvalidValue, Field,
                         tr("Domain: must be %1 to %2 characters long.")
                             .arg(domains::MinNameLength)
                             .arg(domains::MaxNameLength));
    return ace;
}

Status Domains::checkNew(const QString& orgId, const QString& typed)
{
    auto name = normalizedName(typed);
    if (!name)
        return name.error();
    auto existing = m_table.get(orgId, name.value());
    if (existing)
        return makeError(ErrorCode::NameTaken, Field,
                         tr("Domain: %1 is already a domain of this organization.").arg(typed.trimmed()));
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    auto count = m_table.count(orgId, false);
    if (!count)
        return count.error();
    if (count.value() >= domains::MaxPerOrganization)
        return makeError(ErrorCode::LimitReached, Field,
                         tr("Domain: an organization can have at most %1 domains; remove one first.")
                             .arg(domains::MaxPerOrganization));
    return Done{};
}

Result<Domain> Domains::add(const QString& orgId, const QString& typed)
{
    return m_engine.mutate([&](Change& change) -> Result<Domain> {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (auto ok = checkNew(orgId, typed); !ok)
            return ok.error();
        Domain d;
        d.organizationId = orgId;
        d.name = normalizedName(typed).value();
        d.status = DomainStatus::Pending;
        d.token = randomToken();
        d.dkimTokens = {randomSelector(), randomSelector(), randomSelector()};
        d.createdAt = m_engine.now();
        d.policy = identitypolicy::initial(d.name, org.value().region, d.createdAt.toUTC().date());
        if (auto ok = m_table.insert(d); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("domain.add"), d.name, {}, json::of(d)); !ok)
            return ok.error();
        change = changeOf(orgId, d.name, Change::Kind::Added, QStringLiteral("domain.add"));
        return d;
    });
}

Result<QVector<Domain>> Domains::list(const QString& orgId)
{
    // The versions first: see Versions::read.
    auto versions = m_engine.versions().allOf(Versions::kindOf(Change::Subject::Domain));
    if (!versions)
        return versions.error();
    auto policyVersions = m_engine.versions().allOf(versionKind::IdentityPolicy);
    if (!policyVersions)
        return policyVersions.error();
    auto domains = m_table.list(orgId);
    if (domains)
        for (Domain& d : domains.value()) {
            d.version = versions.value().value(d.name, 1);
            d.policyVersion = policyVersions.value().value(policyId(orgId, d.name), 1);
        }
    return domains;
}

Result<Domain> Domains::get(const QString& orgId, const QString& typed)
{
    auto name = normalizedName(typed);
    if (!name)
        return name.error();
    auto version = m_engine.versions().of(Versions::kindOf(Change::Subject::Domain), name.value());
    if (!version)
        return version.error();
    auto policyVersion = m_engine.versions().of(versionKind::IdentityPolicy, policyId(orgId, name.value()));
    if (!policyVersion)
        return policyVersion.error();
    auto domain = m_table.get(orgId, name.value());
    if (domain) {
        domain.value().version = version.value();
        domain.value().policyVersion = policyVersion.value();
    }
    return domain;
}

Result<QVector<DnsRecord>> Domains::records(const QString& orgId, const QString& typed)
{
    auto d = get(orgId, typed);
    if (!d)
        return d.error();
    if (d.value().isTest)
        return QVector<DnsRecord>{};
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    return domains::expectedRecords(d.value(), org.value().region);
}

Result<Domain> Domains::changeable(const QString& orgId, const QString& typed)
{
    if (auto org = m_engine.organizations().requireActive(orgId); !org)
        return org.error();
    return get(orgId, typed);
}

Result<Domain> Domains::setDefault(const QString& orgId, const QString& typed)
{
    return m_engine.mutate([&](Change& change) -> Result<Domain> {
        auto d = changeable(orgId, typed);
        if (!d)
            return d.error();
        if (d.value().status != DomainStatus::Verified && !d.value().isTest)
            return makeError(
                ErrorCode::DomainNotVerified, Field,
                tr("Set as default: %1 is not verified yet; only a verified domain can be the default.")
                    .arg(d.value().displayName()));
        auto org = m_engine.organizations().get(orgId);
        if (!org)
            return org.error();
        Organization o = org.value();
        const QString before = o.defaultDomain;
        o.defaultDomain = d.value().name;
        if (auto ok = OrganizationTable(m_engine.store()).update(o); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("domain.default"), d.value().name,
                                           {{QStringLiteral("defaultDomain"), before}},
                                           {{QStringLiteral("defaultDomain"), o.defaultDomain}});
            !ok)
            return ok.error();
        change = changeOf(orgId, d.value().name, Change::Kind::Updated, QStringLiteral("domain.default"));
        if (!before.isEmpty())
            change.ids.append(before);
        Domain after = d.value();
        after.isDefault = true;
        return after;
    });
}

Result<QVector<DomainAddressUse>> Domains::addressesOn(const QString& orgId, const QString& typed, int limit)
{
    auto name = normalizedName(typed);
    if (!name)
        return name.error();
    return m_table.addressesOn(orgId, name.value(), limit);
}

Status Domains::remove(const QString& orgId, const QString& typed, const QString& confirmation)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto d = changeable(orgId, typed);
        if (!d)
            return d.error();
        const Domain& domain = d.value();
        if (domain.isTest)
            return makeError(ErrorCode::WrongState, Field,
                             tr("Remove domain: %1 is the organization's test domain and cannot be removed.")
                                 .arg(domain.name));
        const QString typedName = confirmation.trimmed().toLower();
        if (typedName != domain.name && typedName != domain.displayName().toLower())
            return makeError(
                ErrorCode::ConfirmationMismatch, QStringLiteral("confirmation"),
                tr("Confirmation: type the domain name %1 exactly to remove it.").arg(domain.displayName()));
        constexpr int shown = 10;
        auto uses = m_table.addressesOn(orgId, domain.name, shown + 1);
        if (!uses)
            return uses.error();
        if (!uses.value().isEmpty()) {
            QStringList lines;
            for (const auto& u : uses.value().mid(0, shown))
                lines.append(QStringLiteral("%1 (%2)").arg(u.address, u.entityName));
            if (uses.value().size() > shown)
                lines.append(tr("and more"));
            return makeError(
                ErrorCode::DomainInUse, Field,
                tr("Remove domain: %1 is still used by these addresses; change or remove them first: %2")
                    .arg(domain.displayName(), lines.join(QStringLiteral(", "))));
        }
        auto org = m_engine.organizations().get(orgId);
        if (!org)
            return org.error();
        if (domain.isDefault) {
            Organization o = org.value();
            o.defaultDomain = o.testDomain();
            if (auto ok = OrganizationTable(m_engine.store()).update(o); !ok)
                return ok;
        }
        if (auto ok = m_table.remove(orgId, domain.name); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("domain.remove"), domain.name,
                                           json::of(domain), {});
            !ok)
            return ok;
        change = changeOf(orgId, domain.name, Change::Kind::Removed, QStringLiteral("domain.remove"));
        return Done{};
    });
}

bool Domains::policyNeedsFix(const Domain& domain) const
{
    return !domain.isTest && identitypolicy::needsFix(domain.policy, domain.createdAt);
}

Result<Domain> Domains::writePolicy(Change& change, const Domain& domain, const QString& policy,
                                    qint64 basedOn)
{
    if (domain.isTest)
        return makeError(ErrorCode::WrongState, Field,
                         tr("Identity policy: the test domain has no identity policy to edit."));
    if (auto ok = identitypolicy::check(policy); !ok)
        return ok.error();
    if (auto ok = m_engine.versions().advance(versionKind::IdentityPolicy,
                                              policyId(domain.organizationId, domain.name), basedOn,
                                              tr("The identity policy of %1").arg(domain.displayName()));
        !ok)
        return ok.error();
    if (auto ok = m_table.setPolicy(domain.organizationId, domain.name, policy); !ok)
        return ok.error();
    Domain after = domain;
    after.policy = policy;
    after.policyVersion = std::max<qint64>(domain.policyVersion, 1) + 1;
    if (auto ok = m_engine.recordAudit(domain.organizationId, QStringLiteral("domain.policy"), after.name,
                                       {{QStringLiteral("policy"), domain.policy}},
                                       {{QStringLiteral("policy"), policy}});
        !ok)
        return ok.error();
    change =
        changeOf(domain.organizationId, after.name, Change::Kind::Updated, QStringLiteral("domain.policy"));
    return after;
}

Result<Domain> Domains::setPolicy(const QString& orgId, const QString& typed, const QString& policy,
                                  qint64 basedOn)
{
    return m_engine.mutate([&](Change& change) -> Result<Domain> {
        auto d = changeable(orgId, typed);
        if (!d)
            return d.error();
        return writePolicy(change, d.value(), policy, basedOn);
    });
}

Result<Domain> Domains::fixPolicy(const QString& orgId, const QString& typed)
{
    return m_engine.mutate([&](Change& change) -> Result<Domain> {
        auto d = changeable(orgId, typed);
        if (!d)
            return d.error();
        return writePolicy(change, d.value(), identitypolicy::withAllActions(d.value().policy), 0);
    });
}

Status Domains::checkable(const Domain& domain) const
{
    if (domain.isTest)
        return makeError(
            ErrorCode::WrongState, Field,
            tr("Check DNS: %1 is the test domain; it needs no records and no check.").arg(domain.name));
    return Done{};
}

Result<Domain> Domains::recordCheck(const QString& orgId, const DnsReport& input)
{
    return m_engine.mutate([&](Change& change) -> Result<Domain> {
        auto d = changeable(orgId, input.domain);
        if (!d)
            return d.error();
        Domain after = d.value();
        if (after.isTest)
            return after;
        const RecordCheck* txt = nullptr;
        for (const RecordCheck& r : input.records)
            if (r.expected.purpose == DnsRecord::Purpose::Verification)
                txt = &r;
        // A report made for an earlier token (the domain removed and added again meanwhile) says
        // nothing about this one.
        if (txt && txt->expected.value != after.token)
            return makeError(ErrorCode::WrongState, Field,
                             tr("Check DNS: this check was made for an earlier token of %1; check again.")
                                 .arg(after.displayName()));
        DnsReport report = input;
        report.checkedAt = m_engine.now();
        after.checkedAt = report.checkedAt;
        after.checkReport = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
        const bool graceOver =
            after.createdAt.addSecs(qint64(domains::VerificationGraceHours) * 3600) <= report.checkedAt;
        // Only an answer decides: a record missing or wrong after the grace period fails a pending
        // domain; a question left unanswered changes nothing; a verified domain stays verified.
        const bool txtAbsent = txt && (txt->outcome == RecordCheck::Outcome::Missing ||
                                       txt->outcome == RecordCheck::Outcome::Wrong);
        if (report.failure.isEmpty()) {
            if (report.verificationFound())
                after.status = DomainStatus::Verified;
            else if (after.status == DomainStatus::Pending && graceOver && txtAbsent)
                after.status = DomainStatus::Failed;
        }
        if (auto ok = m_table.recordCheck(orgId, after.name, after.checkedAt, after.checkReport); !ok)
            return ok.error();
        if (after.status != d.value().status) {
            if (auto ok = m_table.setStatus(orgId, after.name, after.status); !ok)
                return ok.error();
        }
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("domain.check"), after.name,
                                           {{QStringLiteral("status"), nameOf(d.value().status)}},
                                           {{QStringLiteral("status"), nameOf(after.status)},
                                            {QStringLiteral("found"), report.foundCount()},
                                            {QStringLiteral("records"), int(report.records.size())}});
            !ok)
            return ok.error();
        change = changeOf(orgId, after.name, Change::Kind::Updated, QStringLiteral("domain.check"));
        return after;
    });
}

} // namespace mailroom
