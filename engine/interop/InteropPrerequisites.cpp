#include "InteropPrerequisites.h"

#include "core/Engine.h"
#include "domains/DnsCheck.h"
#include "domains/Domains.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QTimer>

namespace mailroom::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::interop", text);
}

using Item = Prerequisite::Item;
using State = Prerequisite::State;

Prerequisite item(Item what, State state, const QString& subject, const QString& text, bool manual = false)
{
    return {what, state, subject, text, manual};
}

Prerequisite notChecked(const Domain& domain)
{
    return item(Item::DnsAtExchange, State::NotChecked, domain.name,
                tr("%1: where its MX record points has not been checked; run the DNS check.")
                    .arg(domain.displayName()));
}

Prerequisite nothingToCheck()
{
    return item(
        Item::DnsAtExchange, State::NotChecked, {},
        tr("No domain is verified yet, so there is no MX record to check; verify your corporate domains "
           "first."));
}

bool checkable(const Domain& d)
{
    return !d.isTest && d.status == DomainStatus::Verified;
}

} // namespace

QString prerequisiteItemName(Prerequisite::Item what)
{
    switch (what) {
    case Item::Interoperability:
        return QStringLiteral("Interoperability");
    case Item::AdConnector:
        return QStringLiteral("AdConnector");
    case Item::EnabledUser:
        return QStringLiteral("EnabledUser");
    case Item::VerifiedDomain:
        return QStringLiteral("VerifiedDomain");
    case Item::MigratedMailboxes:
        return QStringLiteral("MigratedMailboxes");
    case Item::DnsAtExchange:
        return QStringLiteral("DnsAtExchange");
    }
    return {};
}

QString prerequisiteItemLabel(Prerequisite::Item what)
{
    switch (what) {
    case Item::Interoperability:
        return tr("Interoperability mode");
    case Item::AdConnector:
        return tr("AD Connector");
    case Item::EnabledUser:
        return tr("An enabled user");
    case Item::VerifiedDomain:
        return tr("Verified domain");
    case Item::MigratedMailboxes:
        return tr("Migrated mailboxes");
    case Item::DnsAtExchange:
        return tr("MX still at Exchange");
    }
    return {};
}

QString prerequisiteStateName(Prerequisite::State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("Done");
    case State::Missing:
        return QStringLiteral("Missing");
    case State::Finding:
        return QStringLiteral("Finding");
    case State::NotChecked:
        return QStringLiteral("NotChecked");
    }
    return {};
}

QString prerequisiteStateLabel(Prerequisite::State state)
{
    switch (state) {
    case State::Done:
        return tr("Done");
    case State::Missing:
        return tr("Missing");
    case State::Finding:
        return tr("Finding");
    case State::NotChecked:
        return tr("Not checked");
    }
    return {};
}

Result<QVector<Prerequisite>> prerequisites(Engine& engine, const QString& orgId)
{
    auto found = engine.organizations().get(orgId);
    if (!found)
        return found.error();
    const Organization& org = found.value();
    QVector<Prerequisite> list;

    if (org.interoperability)
        list.append(item(Item::Interoperability, State::Done, org.alias,
                         tr("%1 is in interoperability mode with Microsoft Exchange.").arg(org.alias)));
    else
        list.append(
            item(Item::Interoperability, State::Missing, org.alias,
                 tr("%1 is not in interoperability mode. The mode is chosen only when an organization is "
                    "created with Standard setup on an AD Connector; create the organization that way, or "
                    "ask support to turn it on for an existing one.")
                     .arg(org.alias)));

    const QString connector = nameOf(DirectoryType::ADConnector);
    if (org.directoryType == connector)
        list.append(item(Item::AdConnector, State::Done, org.directoryName,
                         tr("%1 uses the AD Connector %2 to your on-premises directory.")
                             .arg(org.alias, org.directoryName)));
    else
        list.append(item(Item::AdConnector, State::Missing, org.directoryName,
                         tr("%1 does not use an AD Connector: set one up to the on-premises directory that "
                            "runs Exchange and create the organization on it with Standard setup.")
                             .arg(org.alias)));

    UserQuery enabled;
    enabled.organizationId = org.id;
    enabled.state = UserState::Enabled;
    enabled.role = UserRole::User;
    auto count = engine.users().count(enabled);
    if (!count)
        return count.error();
    const int users = count.value();
    if (users > 0)
        list.append(item(Item::EnabledUser, State::Done, org.alias,
                         tr("Enabled users in %1: %2.").arg(org.alias).arg(users)));
    else
        list.append(
            item(Item::EnabledUser, State::Missing, org.alias,
                 tr("No user of %1 is enabled: enable at least one user (Users, Enable) before setting up "
                    "availability.")
                     .arg(org.alias)));

    auto domains = engine.domains().list(org.id);
    if (!domains)
        return domains.error();
    bool anyDomain = false;
    bool anyVerified = false;
    for (const Domain& d : domains.value()) {
        if (d.isTest)
            continue;
        anyDomain = true;
        if (d.status == DomainStatus::Verified) {
            anyVerified = true;
            list.append(
                item(Item::VerifiedDomain, State::Done, d.name, tr("%1 is verified.").arg(d.displayName())));
        } else {
            list.append(
                item(Item::VerifiedDomain, State::Missing, d.name,
                     tr("%1 is not verified (%2), so mail to its addresses would bounce: publish its TXT "
                        "record and run its DNS check.")
                         .arg(d.displayName(), labelOf(d.status))));
        }
    }
    if (!anyDomain)
        list.append(
            item(Item::VerifiedDomain, State::Missing, {},
                 tr("%1 has only its test domain: add the corporate domains that Exchange uses and verify "
                    "them.")
                     .arg(org.alias)));

    // Whether a mailbox's data has left Exchange is not something the database can see.
    if (users > 0)
        list.append(
            item(Item::MigratedMailboxes, State::NotChecked, org.alias,
                 tr("Users with a mailbox here: %1. Whether their Exchange mailboxes have been migrated "
                    "cannot be seen from here: confirm it for each user before routing that user's mail.")
                     .arg(users),
                 true));
    else
        list.append(item(Item::MigratedMailboxes, State::Missing, org.alias,
                         tr("No user has a mailbox here yet: enable the users, then migrate their Exchange "
                            "mailboxes."),
                         true));

    if (anyVerified)
        list.append(
            item(Item::DnsAtExchange, State::NotChecked, {},
                 tr("Where the MX records of the verified domains point has not been checked; run the DNS "
                    "check. They must keep pointing at Exchange.")));
    else
        list.append(nothingToCheck());
    return list;
}

Prerequisite dnsPrerequisite(const DnsReport& report, const QString& region)
{
    Prerequisite p = item(Item::DnsAtExchange, State::NotChecked, report.domain, {});
    Domain domain;
    domain.name = report.domain;
    const QString name = domain.displayName();
    const RecordCheck* mx = nullptr;
    for (const RecordCheck& r : report.records)
        if (r.expected.purpose == DnsRecord::Purpose::MailExchange)
            mx = &r;
    if (!report.failure.isEmpty() || !mx) {
        p.text = tr("%1: the MX record could not be checked (%2); check again later.")
                     .arg(name, report.failure.isEmpty() ? tr("no answer") : report.failure);
        return p;
    }
    const QString seen = mx->seen.join(QStringLiteral(", "));
    switch (mx->outcome) {
    case RecordCheck::Outcome::Found:
        p.state = State::Finding;
        p.text =
            tr("%1: the MX record already points at this service (%2). While interoperating, Exchange must "
               "receive the mail: point the MX record back at Exchange.")
                .arg(name, domains::mailExchangeHost(region));
        break;
    case RecordCheck::Outcome::Wrong:
        if (mx->problem == RecordCheck::Problem::OtherRegion) {
            p.state = State::Finding;
            p.text =
                tr("%1: the MX record points at this service in another region (%2). While interoperating, "
                   "Exchange must receive the mail: point the MX record back at Exchange.")
                    .arg(name, seen);
        } else {
            p.state = State::Done;
            p.text = tr("%1: the MX record points at %2, not at this service, so Exchange still receives the "
                        "mail.")
                         .arg(name, seen);
        }
        break;
    case RecordCheck::Outcome::Missing:
        p.state = State::Missing;
        p.text =
            tr("%1 has no MX record, so no mail reaches Exchange: publish an MX record for your Exchange "
               "server.")
                .arg(name);
        break;
    case RecordCheck::Outcome::NoAnswer:
        p.text = tr("%1: the name server did not answer for the MX record; check again later.").arg(name);
        break;
    }
    return p;
}

InteropDnsCheck::InteropDnsCheck(QVector<Domain> domains, QString region, QHostAddress nameserver,
                                 QObject* parent)
    : QObject(parent), m_region(std::move(region)), m_nameserver(std::move(nameserver))
{
    for (const Domain& d : domains)
        if (checkable(d))
            m_domains.append(d);
    for (const Domain& d : std::as_const(m_domains))
        m_results.append(notChecked(d));
    if (m_domains.isEmpty())
        m_results.append(nothingToCheck());
}

InteropDnsCheck::~InteropDnsCheck()
{
    if (m_check) {
        m_check->disconnect(this);
        delete m_check;
    }
}

void InteropDnsCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    QTimer::singleShot(0, this, &InteropDnsCheck::next);
}

void InteropDnsCheck::next()
{
    if (!m_running)
        return;
    if (m_index >= m_domains.size()) {
        finish();
        return;
    }
    const Domain& domain = m_domains.at(m_index);
    Q_EMIT progress(m_index, int(m_domains.size()), domain.name);
    m_check = new DnsCheck(domain, m_region, m_nameserver, this);
    if (m_timeoutMs > 0)
        m_check->setLookupTimeout(m_timeoutMs);
    connect(m_check, &DnsCheck::finished, this, [this](const DnsReport& report) {
        if (!m_running)
            return;
        m_results[m_index] = dnsPrerequisite(report, m_region);
        ++m_index;
        if (m_check)
            m_check->deleteLater();
        QTimer::singleShot(0, this, &InteropDnsCheck::next);
    });
    m_check->start();
}

void InteropDnsCheck::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        m_check->deleteLater();
    }
    Q_EMIT finished();
}

void InteropDnsCheck::finish()
{
    m_running = false;
    Q_EMIT progress(int(m_domains.size()), int(m_domains.size()), QString());
    Q_EMIT finished();
}

} // namespace mailroom::interop
