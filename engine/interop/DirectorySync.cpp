#include "DirectorySync.h"

#include "AddressBook.h"
#include "Engine.h"
#include "Organizations.h"
#include "Rules.h"
#include "store/DirectorySyncTable.h"
#include "store/UserTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailroom {

namespace {

const QString SyncAction = QStringLiteral("interop.sync");
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
        r.skipped.append({s.value(QStringLiteral("username")).toString(), s.value(QStringLiteral("address")).toString(),
                          s.value(QStringLiteral("reason")).toString()});
    }
    return r;
}

DirectorySync::DirectorySync(Engine& engine) : m_engine(engine) {}

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
        if (auto ok = m_engine.recordAudit(user.value().organizationId, AddressesAction, userId,
                                           {{QStringLiteral("addresses"), QJsonArray::fromStringList(before.value())}},
                                           {{QStringLiteral("addresses"), QJsonArray::fromStringList(clean)}});
            !ok)
            return ok;
        change = {Change::Subject::Directory, Change::Kind::Updated, user.value().organizationId,
                  {user.value().directoryId}, AddressesAction};
        return Done{};
    });
}

Result<DirectorySyncReport> DirectorySync::syncNow(const QString& orgId, const QString& by)
{
    QStringList updatedIds;
    auto result = m_engine.mutate([&](Change& change) -> Result<DirectorySyncReport> {
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
        DirectorySyncReport report;
        report.at = m_engine.now();
        report.by = by.isEmpty() ? m_engine.actor() : by;

        UserTable users(m_engine.store());
        UserQuery query;
        query.organizationId = orgId;
        query.state = UserState::Enabled;
        query.role = UserRole::User;
        auto count = users.count(query);
        if (!count)
            return count.error();
        auto rows = users.page(query, 0, count.value());
        if (!rows)
            return rows.error();
        AddressBook book(m_engine);
        DirectorySyncTable table(m_engine.store());
        for (const UserRow& row : rows.value()) {
            ++report.usersChecked;
            auto wanted = table.exchangeAddresses(row.id);
            if (!wanted)
                return wanted.error();
            if (wanted.value().isEmpty()) {
                ++report.usersWithoutExchangeAddresses;
                continue;
            }
            auto current = book.addresses().of(row.id);
            if (!current)
                return current.error();
            bool updated = false;
            QVector<EmailAddress> kept = current.value();
            // The test-domain address that email routing needs (IOP-5) is the service's, not
            // Exchange's: the sync adds it when it is missing and never removes it.
            const QString routing = row.username.toLower() + u'@' + org.value().testDomain();
            QStringList addresses = wanted.value();
            if (!addresses.contains(routing, Qt::CaseInsensitive))
                addresses.append(routing);
            for (const QString& address : std::as_const(addresses)) {
                if (containsAddress(current.value(), address))
                    continue;
                if (auto ok = book.check(orgId, address, row.id, QStringLiteral("address")); !ok) {
                    report.skipped.append({row.username, address, ok.error().message});
                    continue;
                }
                if (auto ok = book.addresses().add(orgId, address, row.id, false); !ok)
                    return ok.error();
                kept.append({address, false});
                ++report.addressesAdded;
                updated = true;
            }
            // The primary is Exchange's first address when it could be added; otherwise it stays.
            const QString primary = containsAddress(kept, wanted.value().constFirst()) ? wanted.value().constFirst()
                                                                                      : row.email;
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
                if (addresses.contains(a.address, Qt::CaseInsensitive)
                    || a.address.compare(primary, Qt::CaseInsensitive) == 0)
                    continue;
                if (auto ok = book.addresses().remove(orgId, a.address); !ok)
                    return ok.error();
                ++report.addressesRemoved;
                updated = true;
            }
            if (updated) {
                ++report.usersUpdated;
                updatedIds.append(row.id);
            }
        }
        if (auto ok = table.putLast(orgId, {report.at, report.by, report.toJson()}); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, SyncAction, orgId, {}, report.toJson()); !ok)
            return ok.error();
        change = {Change::Subject::Interop, Change::Kind::Updated, orgId, {orgId}, SyncAction};
        return report;
    });
    if (result && !updatedIds.isEmpty())
        Q_EMIT m_engine.changed({Change::Subject::User, Change::Kind::Updated, orgId, updatedIds, SyncAction});
    return result;
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

Result<int> DirectorySync::syncDue()
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
        if (auto ok = syncNow(org.id, QString::fromLatin1(ScheduleActor)); !ok)
            return ok.error();
        ++synced;
    }
    return synced;
}

} // namespace mailroom
