#pragma once
// The directory synchronisation (IOP-2) off the caller's thread. The job opens an engine of its own on
// the same database, in a thread of its own, and runs DirectorySync::syncNow there batch by batch: the
// console's event loop keeps turning while thousands of users are synchronised, and other programs'
// writes wait at most one short batch. The caller's engine hears of every committed batch through its
// change feed, as it hears of any other program's change. One synchronisation at a time per engine.

#include "core/Result.h"

#include <QObject>
#include <atomic>
#include <optional>

class QThread;

namespace mailroom {

class Engine;

class DirectorySyncJob : public QObject
{
    Q_OBJECT
public:
    explicit DirectorySyncJob(Engine& engine);
    ~DirectorySyncJob() override; // stops the synchronisation that runs after its batch, and waits

    // Starts synchronising the organization. Errors, checked here before anything starts: those of
    // DirectorySync::syncable; WrongState ("synchronisation") while a synchronisation runs.
    Status start(const QString& orgId);
    // Starts the scheduled synchronisation of every organization that is due; nothing while one runs.
    void startDue();
    // Stops the running synchronisation once its current batch is committed; finished() follows,
    // with lastError() Cancelled.
    void cancel() { m_stop = true; }

    bool isRunning() const { return m_thread != nullptr; }
    // The organization being synchronised; empty for the scheduled run or when none runs.
    QString organizationId() const { return m_orgId; }
    // Why the last run failed; empty when it succeeded.
    std::optional<Error> lastError() const { return m_lastError; }

Q_SIGNALS:
    void started();
    // After each committed batch: users done so far, users in all.
    void progressed(int done, int total);
    // The run ended, the caller's engine has already announced its changes, and lastError() says
    // whether it succeeded.
    void finished();

private:
    void run(const QString& orgId);
    void finish(const std::optional<Error>& error);

    Engine& m_engine;
    QThread* m_thread = nullptr;
    QString m_orgId;
    std::optional<Error> m_lastError;
    std::atomic_bool m_stop = false;
};

} // namespace mailroom
