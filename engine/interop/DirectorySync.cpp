#include "DirectorySync.h"

#include "DirectorySyncJob.h"
#include "core/AddressBook.h"
#include "core/Engine.h"
#include "core/Rules.h"
#include "organizations/Organizations.h"
#include "store/tables/DirectorySyncTable.h"
#include "store/tables/UserTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailroom {

namespace {

const QString SyncAction = QStringLiteral("interop.sync");
const QString BatchAction = QStringLiteral("interop.sync.batch");
const QString AddressesAction = QStringLiteral("directory.exchange-addresses");

QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::DirectorySync", text);
}

bool containsAddress(const QVector<EmailAddress>& list, const QString& address)
{
    for (const EmailAddress& a : list)
        if (a.address.compare(address, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QJsonObject DirectorySyncReport::toJson() const
{
    QJsonArray skips;
    for (const Skipped& s : skipped)
        skips.append(QJsonObject{{QStringLiteral("username"), s.username},
                                 {QStringLiteral("address"), s.address},
                                 {QStringLiteral("reason"), s.reason}});
    return {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("by"), by},
            {QStringLiteral("usersChecked"), usersChecked},
            {QStringLiteral("usersUpdated"), usersUpdated},
            {QStringLiteral("addressesAdded"), addressesAdded},
            {QStringLiteral("addressesRemoved"), addressesRemoved},
            {QStringLiteral("usersWithoutExchangeAddresses"), usersWithoutExchangeAddresses},
            {QStringLiteral("skipped"), skips}};
}

DirectorySyncReport DirectorySyncReport::fromJson(const QJsonObject& json)
{
    DirectorySyncReport r;
    r.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r.by = json.value(QStringLiteral("by")).toString();
    r.usersChecked = json.value(QStringLiteral("usersChecked")).toInt();
    r.usersUpdated = json.value(QStringLiteral("usersUpdated")).toInt();
    r.addressesAdded = json.value(QStringLiteral("addressesAdded")).toInt();
    r.addressesRemoved = json.value(QStringLiteral("addressesRemoved")).toInt();
    r.usersWithoutExchangeAddresses = json.value(QStringLiteral("usersWithoutExchangeAddresses")).toInt();
    for (const QJsonValue& v : json.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject s = v.toObject();
        r.skipped.append({s.value(QStringLiteral("username")).toString(),
                          s.value(QStringLiteral("address")).toString(),
                          s.value(QStringLiteral("reason")).toString()});
    }
    return r;
}

void DirectorySyncReport::add(const DirectorySyncReport& batch)
{
    usersChecked += batch.usersChecked;
    usersUpdated += batch.usersUpdated;
    addressesAdded += batch.addressesAdded;
    addressesRemoved += batch.addressesRemoved;
    usersWithoutExchangeAddresses += batch.usersWithoutExchangeAddresses;
    skipped += batch.skipped;
}

DirectorySync::DirectorySync(Engine& engine)
    : m_engine(engine), m_job(std::make_unique<DirectorySyncJob>(engine))
{
}

DirectorySync::~DirectorySync() = default;

Result<QStringList> DirectorySync::exchangeAddresses(const QString& userId)
{
    if (auto user = UserTable(m_engine.store()).get(userId); !user)
        return user.error();
    return DirectorySyncTable(m_engine.store()).exchangeAddresses(userId);
}

Status DirectorySync::setExchangeAddresses(const QString& userId, const QStringList& addresses)
{
    QStringList clean;
    for (const QString& typed : addresses) {
        const QString address = typed.trimmed().toLower();
        if (auto ok = rules::addressFormat(address, QStringLiteral("addresses")); !ok)
            return ok;
        if (clean.contains(address))
            return makeError(ErrorCode::InvalidValue, QStringLiteral("addresses"),
                             tr("Exchange addresses: %1 is listed twice.").arg(address));
        clean.append(address);
    }
    return m_engine.mutate([&](Change& change) -> Status {
        UserTable users(m_engine.store());
        auto user = users.get(userId);
        if (!user)
            return user.error();
        DirectorySyncTable table(m_engine.store());
        auto before = table.exchangeAddresses(userId);
        if (!before)
            return before.error();
        if (auto ok = table.setExchangeAddresses(userId, clean); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(
                user.value().organizationId, AddressesAction, userId,
                {{QStringLiteral("addresses"), QJsonArray::fromStringList(before.value())}},
                {{QStringLiteral("addresses"), QJsonArray::fromStringList(clean)}});
            !ok)
            return ok;
        change = {Change::Subject::Directory,
                  Change::Kind::Updated,
                  user.value().organizationId,
                  {user.value().directoryId},
                  AddressesAction};
        return Done{};
    });
}

Result<Organization> DirectorySync::syncable(const QString& orgId)
{
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return allowed.error();
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    if (org.value().state != OrgState::Active)
        return makeError(ErrorCode::WrongState, QStringLiteral("organization"),
                         tr("Synchronise the directory: %1 is not Active.").arg(org.value().alias));
    if (!org.value().interoperability)
        return makeError(ErrorCode::WrongState, QStringLiteral("interoperability"),
                         tr("Synchronise the directory: %1 is not in interoperability mode; its users' "
                            "addresses are managed here.")
                             .arg(org.value().alias));
    return org;
}

Result<DirectorySyncReport> DirectorySync::syncNow(const QString& orgId, const QString& by,
                                                   const Progress& progress)
{
    if (auto org = syncable(orgId); !org)
        return org.error();
    DirectorySyncReport report;
    report.at = m_engine.now();
    report.by = by.isEmpty() ? m_engine.actor() : by;

    // The users to synchronise, read once; each batch reads each of them again inside its own
    // transaction, so a user changed meanwhile is synchronised as he is then.
    UserQuery query;
    query.organizationId = orgId;
    query.state = UserState::Enabled;
    query.role = UserRole::User;
    UserTable users(m_engine.store());
    auto count = users.count(query);
    if (!count)
        return count.error();
    auto rows = users.page(query, 0, count.value());
    if (!rows)
        return rows.error();
    m_engine.store().releaseReads();
    const QVector<UserRow>& all = rows.value();
    for (qsizetype first = 0; first < all.size(); first += BatchSize) {
        if (auto ok = syncBatch(orgId, all.mid(first, BatchSize), report); !ok)
            return ok.error();
        const int done = int(std::min<qsizetype>(first + BatchSize, all.size()));
        if (progress && !progress(done, int(all.size())) && done < all.size())
            return makeError(
                ErrorCode::Cancelled, QStringLiteral("synchronisation"),
                tr("Synchronise the directory: stopped after %1 of %2 users; their addresses are "
                   "synchronised, the others' at the next synchronisation.")
                    .arg(done)
                    .arg(all.size()));
    }

    auto recorded = m_engine.mutate([&](Change& change) -> Status {
        if (auto org = syncable(orgId); !org)
            return org.error();
        if (auto ok =
                DirectorySyncTable(m_engine.store()).putLast(orgId, {report.at, report.by, report.toJson()});
            !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, SyncAction, orgId, {}, report.toJson()); !ok)
            return ok.error();
        change = {Change::Subject::Interop, Change::Kind::Updated, orgId, {orgId}, SyncAction};
        return Done{};
    });
    if (!recorded)
        return recorded.error();
    return report;
}

Status DirectorySync::syncBatch(const QString& orgId, const QVector<UserRow>& rows,
                                DirectorySyncReport& report)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto org = syncable(orgId);
        if (!org)
            return org.error();
        UserTable users(m_engine.store());
        DirectorySyncReport batch;
        QStringList updatedIds;
        for (const UserRow& listed : rows) {
            auto now = users.get(listed.id);
            if (!now && now.error().code == ErrorCode::NotFound)
                continue; // removed meanwhile
            if (!now)
                return now.error();
            if (now.value().state != UserState::Enabled || now.value().role != UserRole::User)
                continue; // disabled meanwhile: no longer the sync's
            UserRow row = listed;
            row.username = now.value().username;
            row.email = now.value().email;
            bool updated = false;
            if (auto ok = syncUser(org.value(), row, batch, updated); !ok)
                return ok;
            if (updated)
                updatedIds.append(row.id);
        }
        if (!updatedIds.isEmpty() || !batch.skipped.isEmpty()) {
            // Each batch that changed anything is audited on its own, so that a synchronisation
            // stopped half way leaves a record of every address it changed.
            QJsonObject after = batch.toJson();
            after.insert(QStringLiteral("users"), QJsonArray::fromStringList(updatedIds));
            if (auto ok = m_engine.recordAudit(orgId, BatchAction, orgId, {}, after); !ok)
                return ok;
        }
        report.add(batch);
        change = {Change::Subject::User, Change::Kind::Updated, orgId, updatedIds, SyncAction};
        return Done{};
    });
}

Status DirectorySync::syncUser(const Organization& org, const UserRow& row, DirectorySyncReport& report,
                               bool& updated)
{
    AddressBook book(m_engine);
    DirectorySyncTable table(m_engine.store());
    UserTable users(m_engine.store());
    ++report.usersChecked;
    auto wanted = table.exchangeAddresses(row.id);
    if (!wanted)
        return wanted.error();
    if (wanted.value().isEmpty()) {
        ++report.usersWithoutExchangeAddresses;
        return Done{};
    }
    auto current = book.addresses().of(row.id);
    if (!current)
        return current.error();
    QVector<EmailAddress> kept = current.value();
    // The test-domain address that email routing needs (IOP-5) is the service's, not
    // Exchange's: the sync adds it when it is missing and never removes it.
    const QString routing = row.username.toLower() + u'@' + org.testDomain();
    QStringList addresses = wanted.value();
    if (!addresses.contains(routing, Qt::CaseInsensitive))
        addresses.append(routing);
    for (const QString& address : std::as_const(addresses)) {
        if (containsAddress(current.value(), address))
            continue;
        if (auto ok = book.check(org.id, address, row.id, QStringLiteral("address")); !ok) {
            report.skipped.append({row.username, address, ok.error().message});
            continue;
        }
        if (auto ok = book.addresses().add(org.id, address, row.id, false); !ok)
            return ok.error();
        kept.append({address, false});
        ++report.addressesAdded;
        updated = true;
    }
    // The primary is Exchange's first address when it could be added; otherwise it stays.
    const QString primary =
        containsAddress(kept, wanted.value().constFirst()) ? wanted.value().constFirst() : row.email;
    if (!primary.isEmpty() && primary.compare(row.email, Qt::CaseInsensitive) != 0) {
        if (auto ok = book.addresses().setPrimary(row.id, primary); !ok)
            return ok.error();
        auto user = users.get(row.id);
        if (!user)
            return user.error();
        User after = user.value();
        after.email = primary.toLower();
        if (auto ok = users.updateMailState(after); !ok)
            return ok.error();
        updated = true;
    }
    for (const EmailAddress& a : current.value()) {
        if (addresses.contains(a.address, Qt::CaseInsensitive) ||
            a.address.compare(primary, Qt::CaseInsensitive) == 0)
            continue;
        if (auto ok = book.addresses().remove(org.id, a.address); !ok)
            return ok.error();
        ++report.addressesRemoved;
        updated = true;
    }
    if (updated)
        ++report.usersUpdated;
    return Done{};
}

Result<std::optional<DirectorySyncReport>> DirectorySync::last(const QString& orgId)
{
    if (auto org = m_engine.organizations().get(orgId); !org)
        return org.error();
    auto row = DirectorySyncTable(m_engine.store()).last(orgId);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<DirectorySyncReport>{};
    DirectorySyncReport report = DirectorySyncReport::fromJson(row.value()->report);
    report.at = row.value()->syncedAt;
    report.by = row.value()->syncedBy;
    return std::optional<DirectorySyncReport>{report};
}

Result<QDateTime> DirectorySync::nextDue(const QString& orgId)
{
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    if (!org.value().interoperability)
        return QDateTime{};
    auto previous = last(orgId);
    if (!previous)
        return previous.error();
    if (!previous.value())
        return m_engine.now();
    return previous.value()->at.addSecs(qint64(IntervalHours) * 3600);
}

Result<int> DirectorySync::syncDue(const Progress& progress)
{
    auto orgs = m_engine.organizations().list();
    if (!orgs)
        return orgs.error();
    int synced = 0;
    for (const Organization& org : orgs.value()) {
        if (!org.interoperability || org.state != OrgState::Active)
            continue;
        auto due = nextDue(org.id);
        if (!due)
            return due.error();
        if (due.value() > m_engine.now())
            continue;
        if (auto ok = syncNow(org.id, QString::fromLatin1(ScheduleActor), progress); !ok)
            return ok.error();
        ++synced;
    }
    return synced;
}

} // namespace mailroom
