#pragma once
// Directory synchronisation in interoperability mode (IOP-2). Addresses of users enabled here are
// managed in Microsoft Exchange; the directory registry holds what Exchange has for each directory
// user (its addresses, primary first), and the synchronisation copies that to the enabled users'
// addresses: every four hours (syncDue, from the engine's timer) and on demand (syncNow). An
// address that the address book refuses (a domain not verified here, taken by someone else) is
// skipped and reported with the reason; nothing else of the user changes. The users are synchronised
// in batches, one short transaction each, so that another program's write never waits long; the
// console runs it off its thread (DirectorySyncJob).

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace mailroom {

class DirectorySyncJob;
class Engine;
struct Organization;
struct UserRow;

struct DirectorySyncReport
{
    struct Skipped
    {
        QString username;
        QString address;
        QString reason; // translated when the sync ran; kept as it was then
    };

    QDateTime at;
    QString by;           // Engine::actor(), or "schedule" for the four-hourly run
    int usersChecked = 0; // enabled users (not system users)
    int usersUpdated = 0; // whose addresses changed
    int addressesAdded = 0;
    int addressesRemoved = 0;
    int usersWithoutExchangeAddresses = 0; // Exchange holds nothing for them: left as they are
    QVector<Skipped> skipped;

    QJsonObject toJson() const;
    static DirectorySyncReport fromJson(const QJsonObject& json);
    // Adds a batch's figures and skipped addresses to these.
    void add(const DirectorySyncReport& batch);
};

class DirectorySync
{
public:
    static constexpr int IntervalHours = 4;
    static constexpr auto ScheduleActor = "schedule";
    // Users synchronised in one transaction: a few milliseconds of writing, far below any other
    // program's busy timeout.
    static constexpr int BatchSize = 100;
    // Told after each batch is committed: users done so far, users in all; false stops there.
    using Progress = std::function<bool(int done, int total)>;

    explicit DirectorySync(Engine& engine);
    ~DirectorySync();

    // What Exchange holds for a directory user, primary first (empty when nothing is recorded).
    // Errors: NotFound (user).
    Result<QStringList> exchangeAddresses(const QString& userId);
    // Records what Exchange holds for a directory user (the on-premises side; it reaches the
    // user's addresses here with the next synchronisation). Addresses are lower-cased and must
    // have the form of an address, without duplicates. Errors: NotFound (user), InvalidValue
    // ("addresses"), AccessDenied.
    Status setExchangeAddresses(const QString& userId, const QStringList& addresses);

    // The organization, when it can be synchronised now. Errors: NotFound, WrongState (organization
    // not Active; "interoperability": not in interoperability mode), AccessDenied.
    Result<Organization> syncable(const QString& orgId);
    // Synchronises now, BatchSize users per transaction, then records the report. A user disabled
    // meanwhile is left alone; when the organization leaves the mode or stops being Active between
    // two batches, the synchronisation stops with that error and what was committed stays, with
    // its audit records. Errors: those of syncable; Cancelled when progress said stop (what was
    // committed stays; no report is recorded, so the schedule runs it again).
    Result<DirectorySyncReport> syncNow(const QString& orgId, const QString& by = {},
                                        const Progress& progress = {});
    // The last synchronisation, if any. Errors: NotFound.
    Result<std::optional<DirectorySyncReport>> last(const QString& orgId);
    // When the next scheduled synchronisation is due: four hours after the last one, or now when
    // there was none; invalid when the organization is not in interoperability mode.
    Result<QDateTime> nextDue(const QString& orgId);
    // Synchronises every Active organization in interoperability mode whose next sync is due;
    // how many were synchronised. progress is told of each organization's batches.
    Result<int> syncDue(const Progress& progress = {});

    // The synchronisation off the caller's thread, one at a time per engine.
    DirectorySyncJob& job() { return *m_job; }

private:
    // One transaction: the users of rows, their figures added to report, with its audit record.
    Status syncBatch(const QString& orgId, const QVector<UserRow>& rows, DirectorySyncReport& report);
    // One user, inside the batch's transaction.
    Status syncUser(const Organization& org, const UserRow& row, DirectorySyncReport& report, bool& updated);

    Engine& m_engine;
    std::unique_ptr<DirectorySyncJob> m_job;
};

} // namespace mailroom
