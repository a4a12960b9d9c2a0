#pragma once
// Directory synchronisation in interoperability mode (IOP-2). Addresses of users enabled here are
// managed in Microsoft Exchange; the directory registry holds what Exchange has for each directory
// user (its addresses, primary first), and the synchronisation copies that to the enabled users'
// addresses: every four hours (syncDue, from the engine's timer) and on demand (syncNow). An
// address that the address book refuses (a domain not verified here, taken by someone else) is
// skipped and reported with the reason; nothing else of the user changes.

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <optional>

namespace mailroom {

class Engine;

struct DirectorySyncReport
{
    struct Skipped
    {
        QString username;
        QString address;
        QString reason; // translated when the sync ran; kept as it was then
    };

    QDateTime at;
    QString by;            // Engine::actor(), or "schedule" for the four-hourly run
    int usersChecked = 0;  // enabled users (not system users)
    int usersUpdated = 0;  // whose addresses changed
    int addressesAdded = 0;
    int addressesRemoved = 0;
    int usersWithoutExchangeAddresses = 0; // Exchange holds nothing for them: left as they are
    QVector<Skipped> skipped;

    QJsonObject toJson() const;
    static DirectorySyncReport fromJson(const QJsonObject& json);
};

class DirectorySync
{
public:
    static constexpr int IntervalHours = 4;
    static constexpr auto ScheduleActor = "schedule";

    explicit DirectorySync(Engine& engine);

    // What Exchange holds for a directory user, primary first (empty when nothing is recorded).
    // Errors: NotFound (user).
    Result<QStringList> exchangeAddresses(const QString& userId);
    // Records what Exchange holds for a directory user (the on-premises side; it reaches the
    // user's addresses here with the next synchronisation). Addresses are lower-cased and must
    // have the form of an address, without duplicates. Errors: NotFound (user), InvalidValue
    // ("addresses"), AccessDenied.
    Status setExchangeAddresses(const QString& userId, const QStringList& addresses);

    // Synchronises now. Errors: NotFound, WrongState (organization not Active; "interoperability":
    // not in interoperability mode), AccessDenied.
    Result<DirectorySyncReport> syncNow(const QString& orgId, const QString& by = {});
    // The last synchronisation, if any. Errors: NotFound.
    Result<std::optional<DirectorySyncReport>> last(const QString& orgId);
    // When the next scheduled synchronisation is due: four hours after the last one, or now when
    // there was none; invalid when the organization is not in interoperability mode.
    Result<QDateTime> nextDue(const QString& orgId);
    // Synchronises every Active organization in interoperability mode whose next sync is due;
    // how many were synchronised.
    Result<int> syncDue();

private:
    Engine& m_engine;
};

} // namespace mailroom
