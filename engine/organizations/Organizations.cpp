#include "Organizations.h"

#include "Directories.h"
#include "core/Engine.h"
#include "core/Ids.h"
#include "core/Rules.h"
#include "interop/AvailabilitySettings.h"
#include "io/JsonFormat.h"
#include "store/tables/DirectoryTable.h"
#include "store/tables/DomainTable.h"
#include "store/tables/GroupTable.h"
#include "store/tables/UserTable.h"

#include <QCoreApplication>
#include <QLocale>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Organizations", text);
}

bool isDefaultKey(const QString& key)
{
    return key.isEmpty() || key == QLatin1String("default");
}

// The test mail domain every organization gets at creation: verified, never removable.
Domain testDomain(const Organization& org)
{
    Domain d;
    d.organizationId = org.id;
    d.name = org.testDomain();
    d.status = DomainStatus::Verified;
    d.isTest = true;
    d.createdAt = org.createdAt;
    return d;
}

} // namespace

Organizations::Organizations(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Status Organizations::checkAlias(const QString& alias)
{
    if (auto ok = rules::alias(alias); !ok)
        return ok;
    auto existing = m_table.findByAlias(alias.toLower());
    if (existing)
        return makeError(ErrorCode::AliasTaken, QStringLiteral("alias"),
                         tr("Alias: %1 is already used by an organization of this account; choose another.")
                             .arg(alias.toLower()));
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    return Done{};
}

Status Organizations::checkKmsKey(const QString& key, const QString& region)
{
    if (isDefaultKey(key))
        return Done{};
    return rules::kmsKeyArn(key, region);
}

Result<Organization> Organizations::requestQuickSetup(const QString& alias, const QString& region)
{
    Organization org;
    org.alias = alias.toLower();
    org.region = region;
    org.setup = SetupKind::Quick;
    org.kmsKey = QStringLiteral("default");
    return request(org, [&]() -> Status {
        if (auto ok = rules::region(region); !ok)
            return ok;
        auto count = m_table.quickSetupCount(region);
        if (!count)
            return count.error();
        if (count.value() >= limits::QuickSetupOrgsPerRegion)
            return makeError(
                ErrorCode::LimitReached, QStringLiteral("region"),
                tr("You have reached the most organizations you can create with Quick setup in %1 "
                   "(%2). Remove one, use another region, or use Standard setup.")
                    .arg(region)
                    .arg(limits::QuickSetupOrgsPerRegion));
        return Done{};
    });
}

Result<Organization> Organizations::requestStandardSetup(const StandardSetupRequest& r)
{
    Organization org;
    org.alias = r.alias.toLower();
    org.region = r.region;
    org.setup = SetupKind::Standard;
    org.kmsKey = isDefaultKey(r.kmsKey) ? QStringLiteral("default") : r.kmsKey;
    org.interoperability = r.interoperability;
    org.directoryId = r.directoryId;
    return request(org, [&]() -> Status {
        if (auto ok = rules::region(r.region); !ok)
            return ok;
        if (r.directoryId.isEmpty())
            return makeError(ErrorCode::Required, QStringLiteral("directory"),
                             tr("Directory: choose one of the account's directories."));
        auto directory = DirectoryTable(m_engine.store()).get(r.directoryId);
        if (!directory)
            return directory.error();
        const Directory& d = directory.value();
        if (d.type == DirectoryType::WorkMail)
            return makeError(ErrorCode::InvalidValue, QStringLiteral("directory"),
                             tr("Directory: %1 belongs to a Quick-setup organization.").arg(d.name));
        if (d.region != r.region)
            return makeError(ErrorCode::InvalidValue, QStringLiteral("directory"),
                             tr("Directory: %1 is in %2, not in %3.").arg(d.name, d.region, r.region));
        if (!d.organizationId.isEmpty())
            return makeError(
                ErrorCode::DirectoryInUse, QStringLiteral("directory"),
                tr("Directory: %1 already serves the organization %2.").arg(d.name, d.organizationAlias));
        if (auto ok = checkKmsKey(r.kmsKey, r.region); !ok)
            return ok;
        if (r.interoperability && !(d.type == DirectoryType::ADConnector && d.runsExchange))
            return makeError(
                ErrorCode::InvalidValue, QStringLiteral("interoperability"),
                tr("Interoperability: only an AD Connector directory whose domain runs Microsoft "
                   "Exchange can be set up with interoperability."));
        return Done{};
    });
}

Result<Organization> Organizations::request(Organization org, const std::function<Status()>& check)
{
    return m_engine.mutate([&](Change& change) -> Result<Organization> {
        if (auto ok = checkAlias(org.alias); !ok)
            return ok.error();
        if (auto ok = check(); !ok)
            return ok.error();
        org.id = ids::newOrganizationId();
        org.state = OrgState::Requested;
        org.createdAt = m_engine.now();
        if (auto ok = m_table.insert(org); !ok)
            return ok.error();
        auto stored = m_table.get(org.id);
        if (!stored)
            return stored.error();
        if (auto ok = m_engine.recordAudit(org.id, QStringLiteral("organization.request"), org.id, {},
                                           json::of(stored.value()));
            !ok)
            return ok.error();
        change = {Change::Subject::Organization,
                  Change::Kind::Added,
                  org.id,
                  {org.id},
                  QStringLiteral("organization.request")};
        return stored;
    });
}

QStringList Organizations::creationSteps(SetupKind setup)
{
    return {setup == SetupKind::Quick ? tr("Create the organization's mail directory")
                                      : tr("Connect the directory"),
            tr("Set up the test mail domain"), tr("Attach the master key"), tr("Provision mailbox storage")};
}

Status Organizations::runStep(Organization& org)
{
    switch (org.creationStep) {
    case 0:
        if (org.setup == SetupKind::Quick) {
            auto d = m_engine.directories().createMailDirectory(org.testDomain(), org.region);
            if (!d)
                return d.error();
            org.directoryId = d.value().id;
        } else {
            auto d = DirectoryTable(m_engine.store()).get(org.directoryId);
            if (!d)
                return makeError(ErrorCode::NotFound, QStringLiteral("directory"),
                                 tr("The directory is no longer in the registry."));
            if (auto ok = UserTable(m_engine.store()).attachDirectory(org.directoryId, org.id); !ok)
                return ok;
            if (auto ok = GroupTable(m_engine.store()).attachDirectory(org.directoryId, org.id); !ok)
                return ok;
        }
        break;
    case 1:
        if (auto ok = DomainTable(m_engine.store()).insert(testDomain(org)); !ok)
            return ok;
        org.defaultDomain = org.testDomain();
        break;
    case 2:
        // The default key needs nothing; a custom key was checked at request time.
        break;
    default:
        break;
    }
    ++org.creationStep;
    org.state = org.creationStep >= creationSteps(org.setup).size() ? OrgState::Active : OrgState::Creating;
    return m_table.update(org);
}

Result<Organization> Organizations::advanceCreation(const QString& id)
{
    bool stepFailed = false;
    auto result = m_engine.mutate([&](Change& change) -> Result<Organization> {
        auto current = m_table.get(id);
        if (!current)
            return current.error();
        Organization org = current.value();
        if (org.state != OrgState::Requested && org.state != OrgState::Creating)
            return makeError(ErrorCode::WrongState, QStringLiteral("organization"),
                             tr("Organization: %1 is %2; only an organization being created has steps left.")
                                 .arg(org.alias, labelOf(org.state)));
        const Organization before = org;
        if (auto ok = runStep(org); !ok) {
            stepFailed = true;
            return ok.error();
        }
        auto stored = m_table.get(id);
        if (!stored)
            return stored.error();
        if (auto ok = m_engine.recordAudit(id, QStringLiteral("organization.create.step"), id,
                                           json::of(before), json::of(stored.value()));
            !ok)
            return ok.error();
        change = {Change::Subject::Organization,
                  Change::Kind::Updated,
                  id,
                  {id},
                  QStringLiteral("organization.create.step")};
        return stored;
    });
    if (stepFailed)
        markFailed(id, result.error().message);
    return result;
}

void Organizations::markFailed(const QString& id, const QString& reason)
{
    // If even this fails the organization stays Requested/Creating and resumes at the next open.
    (void)m_engine.mutate([&](Change& change) -> Status {
        auto current = m_table.get(id);
        if (!current)
            return current.error();
        Organization org = current.value();
        if (org.state != OrgState::Requested && org.state != OrgState::Creating)
            return Done{}; // another process finished or failed it meanwhile
        const Organization before = org;
        org.state = OrgState::Failed;
        org.stateReason = reason;
        if (auto ok = m_table.setState(id, org.state, reason); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(id, QStringLiteral("organization.create.failed"), id,
                                           json::of(before), json::of(org));
            !ok)
            return ok;
        change = {Change::Subject::Organization,
                  Change::Kind::Updated,
                  id,
                  {id},
                  QStringLiteral("organization.create.failed")};
        return Done{};
    });
}

Result<Organization> Organizations::completeCreation(const QString& id)
{
    for (;;) {
        auto org = advanceCreation(id);
        if (!org || org.value().state == OrgState::Active)
            return org;
    }
}

Status Organizations::resumePendingCreations()
{
    auto pending = m_table.pendingCreations();
    if (!pending)
        return pending.error();
    for (const QString& id : pending.value())
        (void)completeCreation(id); // a failure is recorded on the organization itself
    return Done{};
}

Result<QVector<Organization>> Organizations::list(const QString& region)
{
    return m_engine.versions().readAll<Organization>(
        Versions::kindOf(Change::Subject::Organization), [&] { return m_table.list(region); },
        [](const Organization& o) { return o.id; });
}

Result<Organization> Organizations::get(const QString& id)
{
    return m_engine.versions().read<Organization>(Versions::kindOf(Change::Subject::Organization), id,
                                                  [&] { return m_table.get(id); });
}

Result<Organization> Organizations::find(const QString& idOrAlias)
{
    if (idOrAlias.startsWith(QLatin1String("m-")))
        return get(idOrAlias);
    auto org = m_table.findByAlias(idOrAlias.toLower());
    if (!org)
        return org;
    return get(org.value().id);
}

Result<Organization> Organizations::requireActive(const QString& id)
{
    auto org = m_table.get(id);
    if (!org)
        return org;
    if (org.value().state != OrgState::Active)
        return makeError(ErrorCode::WrongState, QStringLiteral("organization"),
                         tr("Organization: %1 is %2; changes need an Active organization.")
                             .arg(org.value().alias, labelOf(org.value().state)));
    return org;
}

QDateTime Organizations::trialEnds(const Organization& org) const
{
    return org.createdAt.addDays(limits::TrialDays);
}

Status Organizations::checkTrialRoom(const Organization& org)
{
    const QDateTime ends = trialEnds(org);
    if (m_engine.now() >= ends)
        return Done{};
    auto enabled = UserTable(m_engine.store()).enabledCount(org.id);
    if (!enabled)
        return enabled.error();
    if (enabled.value() < limits::TrialUsers)
        return Done{};
    return makeError(ErrorCode::LimitReached, QStringLiteral("user"),
                     tr("During the free trial (until %1) at most %2 users can be enabled.")
                         .arg(QLocale().toString(ends.toLocalTime(), QLocale::ShortFormat))
                         .arg(limits::TrialUsers));
}

Status Organizations::remove(const QString& id, const QString& typedAlias)
{
    QStringList secrets; // the keychain entries of its availability settings (IOP-4)
    auto removed = m_engine.mutate([&](Change& change) -> Status {
        auto current = m_table.get(id);
        if (!current)
            return current.error();
        const Organization& org = current.value();
        if (typedAlias.trimmed().toLower() != org.alias)
            return makeError(
                ErrorCode::ConfirmationMismatch, QStringLiteral("confirmation"),
                tr("Confirmation: type the alias %1 exactly to remove the organization.").arg(org.alias));
        auto refs = m_engine.availability().secretRefs(id);
        if (!refs)
            return refs.error();
        secrets = refs.value();
        if (auto ok = UserTable(m_engine.store()).detachOrganization(id); !ok)
            return ok;
        if (auto ok = GroupTable(m_engine.store()).detachOrganization(id); !ok)
            return ok;
        if (auto ok = m_table.remove(id); !ok)
            return ok;
        if (org.setup == SetupKind::Quick && !org.directoryId.isEmpty()) {
            if (auto ok = DirectoryTable(m_engine.store()).remove(org.directoryId); !ok)
                return ok;
        }
        if (auto ok = m_engine.recordAudit(id, QStringLiteral("organization.remove"), id, json::of(org), {});
            !ok)
            return ok;
        change = {Change::Subject::Organization,
                  Change::Kind::Removed,
                  id,
                  {id},
                  QStringLiteral("organization.remove")};
        return Done{};
    });
    if (removed)
        m_engine.availability().forgetSecrets(secrets);
    return removed;
}

} // namespace mailroom
