#include "DirectorySyncJob.h"

#include "DirectorySync.h"
#include "core/Engine.h"
#include "organizations/Organization.h"

#include <QCoreApplication>
#include <QThread>

namespace mailroom {

DirectorySyncJob::DirectorySyncJob(Engine& engine) : m_engine(engine) {}

DirectorySyncJob::~DirectorySyncJob()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

Status DirectorySyncJob::start(const QString& orgId)
{
    if (isRunning())
        return makeError(
            ErrorCode::WrongState, QStringLiteral("synchronisation"),
            QCoreApplication::translate("mailroom::DirectorySync",
                                        "Synchronise the directory: a synchronisation is already "
                                        "running; wait for it to finish."));
    if (auto org = m_engine.directorySync().syncable(orgId); !org)
        return org.error();
    run(orgId);
    return Done{};
}

void DirectorySyncJob::startDue()
{
    if (!isRunning())
        run({});
}

void DirectorySyncJob::run(const QString& orgId)
{
    // Everything the thread needs is copied now: it never touches the caller's engine.
    EngineOptions options = m_engine.options();
    options.purgeTimer = false;
    options.changeFeed = false;
    const QString path = m_engine.databasePath();
    m_orgId = orgId;
    m_lastError.reset();
    m_stop = false;
    m_thread = QThread::create([this, path, options, orgId] {
        std::optional<Error> error;
        {
            auto progress = [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
                return !m_stop;
            };
            auto opened = Engine::open(path, options);
            if (!opened) {
                error = opened.error();
            } else if (orgId.isEmpty()) {
                if (auto synced = opened.value()->directorySync().syncDue(progress); !synced)
                    error = synced.error();
            } else {
                if (auto synced = opened.value()->directorySync().syncNow(orgId, {}, progress); !synced)
                    error = synced.error();
            }
        } // the thread's engine closes here, in its own thread
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("directory-sync"));
    m_thread->start();
    Q_EMIT started();
}

void DirectorySyncJob::finish(const std::optional<Error>& error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_orgId.clear();
    m_lastError = error;
    // The caller's views hear of the batches now rather than at the feed's next probe.
    m_engine.pollChanges();
    Q_EMIT finished();
}

} // namespace mailroom
