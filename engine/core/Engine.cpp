#include "Engine.h"

#include "AuditLog.h"
#include "Ids.h"
#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "groups/Groups.h"
#include "interop/AvailabilitySettings.h"
#include "interop/DirectorySync.h"
#include "interop/DirectorySyncJob.h"
#include "interop/InteropProgress.h"
#include "mobile/MobileDevices.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "settings/OrgSettings.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace mailroom {

namespace {
QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("administrator") : name;
}
} // namespace

Result<std::unique_ptr<Engine>> Engine::open(const QString& path, EngineOptions options)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    if (!options.clock)
        options.clock = std::make_shared<SystemClock>();
    if (options.actor.isEmpty())
        options.actor = systemUserName();
    std::unique_ptr<Engine> engine(new Engine(std::move(store).value(), std::move(options)));
    if (engine->m_options.changeFeed) {
        if (auto started = engine->m_feed->start(); !started)
            return started.error();
    }

    // Creations that an earlier run left unfinished go on now, and expired mailboxes go.
    // Neither changes anything in a read-only session, and neither takes the write lock unless
    // something is due; while another program writes, they wait for the next hourly round
    // instead of holding up the opening.
    if (engine->accessLevel() == AccessLevel::Full) {
        if (auto pending = engine->organizations().resumePendingCreations(); !pending)
            return pending.error();
        if (auto purged = engine->mailboxes().purgeExpired();
            !purged && purged.error().code != ErrorCode::DatabaseBusy)
            return purged.error();
    }
    return engine;
}

QString Engine::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("mailroom.sqlite"));
}

Engine::Engine(std::unique_ptr<Store> store, EngineOptions options)
    : m_store(std::move(store)), m_feed(m_store->createFeed()), m_options(std::move(options)),
      m_versions(*this), m_hasher(m_options.hashCost), m_directories(std::make_unique<Directories>(*this)),
      m_organizations(std::make_unique<Organizations>(*this)), m_users(std::make_unique<Users>(*this)),
      m_userAddresses(std::make_unique<UserAddresses>(*this)),
      m_mailboxes(std::make_unique<Mailboxes>(*this)), m_audit(std::make_unique<AuditLog>(*this)),
      m_domains(std::make_unique<Domains>(*this)), m_groups(std::make_unique<Groups>(*this)),
      m_flowRules(std::make_unique<FlowRules>(*this)), m_settings(std::make_unique<OrgSettings>(*this)),
      m_mobile(std::make_unique<MobileDevices>(*this)), m_resources(std::make_unique<Resources>(*this)),
      m_availability(std::make_unique<AvailabilitySettings>(*this)),
      m_interopProgress(std::make_unique<InteropProgress>(*this)),
      m_directorySync(std::make_unique<DirectorySync>(*this))
{
    qRegisterMetaType<Change>();
    connect(m_feed.get(), &ChangeFeed::arrived, this, &Engine::onArrived);
    if (m_options.purgeTimer && m_options.access == AccessLevel::Full) {
        m_purgeTimer = new QTimer(this);
        m_purgeTimer->setInterval(std::chrono::hours(1));
        connect(m_purgeTimer, &QTimer::timeout, this, [this] { (void)m_mailboxes->purgeExpired(); });
        m_purgeTimer->start();
        // The four-hourly directory synchronisation of organizations in interoperability mode:
        // checked every ten minutes, so a sync is at most ten minutes late; it runs off this thread.
        m_syncTimer = new QTimer(this);
        m_syncTimer->setInterval(std::chrono::minutes(10));
        connect(m_syncTimer, &QTimer::timeout, this, [this] { m_directorySync->job().startDue(); });
        m_syncTimer->start();
    }
}

Engine::~Engine() = default;

Status Engine::requireFullAccess() const
{
    if (m_options.access == AccessLevel::Full)
        return Done{};
    return makeError(ErrorCode::AccessDenied, QString(),
                     QCoreApplication::translate("Engine",
                                                 "Your access is read-only: you can look but not change "
                                                 "anything. Ask for full access to make this change."));
}

Status Engine::note(Change& change)
{
    change.actor = actor();
    change.at = now();
    if (change.kind == Change::Kind::Updated) {
        for (const QString& id : std::as_const(change.ids))
            if (auto ok = m_versions.bump(Versions::kindOf(change.subject), id); !ok)
                return ok;
    } else if (change.kind == Change::Kind::Removed) {
        for (const QString& id : std::as_const(change.ids))
            if (auto ok = m_versions.forget(Versions::kindOf(change.subject), id); !ok)
                return ok;
    }
    return m_feed->record(change);
}

void Engine::onArrived(const Change& change)
{
    // The caches of the services follow other processes' changes as they follow this one's.
    if (change.subject == Change::Subject::FlowRule)
        m_flowRules->dropIndex(change.organizationId);
    Q_EMIT changed(change);
}

Status Engine::recordAudit(const QString& orgId, const QString& action, const QString& target,
                           const QJsonObject& before, const QJsonObject& after)
{
    return m_audit->record(orgId, action, target, before, after);
}

} // namespace mailroom
