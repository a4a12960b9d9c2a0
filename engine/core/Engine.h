#pragma once
// The embedded engine: one object per open database. Every operation of the service is reached
// through its services (directories(), organizations(), users(), domains(), audit() …). Each mutating
// operation checks the access level (ADM-1), runs in one transaction with its audit record
// (ADM-2), and after commit emits changed() once.

#include "AccessLevel.h"
#include "Change.h"
#include "Clock.h"
#include "Result.h"
#include "Versions.h"
#include "store/ChangeFeed.h"
#include "store/Store.h"
#include "users/PasswordHasher.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

class QTimer;

namespace mailroom {

class AuditLog;
class AvailabilitySettings;
class Directories;
class DirectorySync;
class Domains;
class FlowRules;
class Groups;
class InteropProgress;
class MobileDevices;
class OrgSettings;
class Resources;
class Mailboxes;
class Organizations;
class UserAddresses;
class Users;

struct EngineOptions
{
    std::shared_ptr<Clock> clock; // default: the system clock
    AccessLevel access = AccessLevel::Full;
    QString actor; // default: the operating system's user name
    PasswordHasher::Cost hashCost = PasswordHasher::interactive();
    bool purgeTimer = true; // purge expired mailboxes every hour and
                            // synchronise directories when due (IOP-2)
    bool changeFeed = true; // follow other processes' changes (needs the
                            // event loop turning)
};

class Engine : public QObject
{
    Q_OBJECT
public:
    // Opens or creates the database, resumes unfinished organization creations and purges
    // expired mailboxes. Errors: those of Store::open.
    static Result<std::unique_ptr<Engine>> open(const QString& path, EngineOptions options = {});
    // QStandardPaths::AppDataLocation/mailroom.sqlite
    static QString defaultDatabasePath();
    ~Engine() override;

    Directories& directories() { return *m_directories; }
    Organizations& organizations() { return *m_organizations; }
    Users& users() { return *m_users; }
    UserAddresses& userAddresses() { return *m_userAddresses; }
    Mailboxes& mailboxes() { return *m_mailboxes; }
    AuditLog& audit() { return *m_audit; }
    AvailabilitySettings& availability() { return *m_availability; } // IOP-4
    Domains& domains() { return *m_domains; }
    Groups& groups() { return *m_groups; }
    FlowRules& flowRules() { return *m_flowRules; }
    OrgSettings& settings() { return *m_settings; }
    MobileDevices& mobile() { return *m_mobile; }
    Resources& resources() { return *m_resources; }
    InteropProgress& interopProgress() { return *m_interopProgress; } // IOP-7, IOP-8
    DirectorySync& directorySync() { return *m_directorySync; }       // IOP-2
    Versions& versions() { return m_versions; }
    // Delivers other processes' committed changes now instead of at the feed's next probe.
    void pollChanges() { m_feed->poll(); }

    // What the engine was opened with (the clock and actor filled in): a second engine on the same
    // database, such as the directory synchronisation's thread, opens with these.
    const EngineOptions& options() const { return m_options; }
    AccessLevel accessLevel() const { return m_options.access; }
    QString actor() const { return m_options.actor; }
    QString databasePath() const { return m_store->path(); }
    QDateTime now() const { return m_options.clock->now(); }

    // For the services: the store, the hasher, access checks and the transaction wrapper.
    Store& store() { return *m_store; }
    const PasswordHasher& hasher() const { return m_hasher; }
    Status requireFullAccess() const;
    Status recordAudit(const QString& orgId, const QString& action, const QString& target,
                       const QJsonObject& before, const QJsonObject& after);

    // Runs body(Change&) as one mutating operation: access check, one transaction, commit,
    // then changed(change) when change names anything. body returns a Result; an error rolls everything back.
    // A change that names objects raises their versions and goes to the change log in the same
    // transaction, so that every other engine on the database hears of it.
    template <typename F> auto mutate(F&& body) -> decltype(body(std::declval<Change&>()))
    {
        if (auto allowed = requireFullAccess(); !allowed)
            return allowed.error();
        Transaction tx(*m_store);
        if (auto started = tx.start(); !started)
            return started.error();
        Change change;
        auto result = body(change);
        if (!result)
            return result;
        if (!change.ids.isEmpty()) {
            if (auto noted = note(change); !noted)
                return noted.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        if (!change.ids.isEmpty())
            Q_EMIT changed(change);
        return result;
    }

Q_SIGNALS:
    void changed(const mailroom::Change& change);

private:
    Engine(std::unique_ptr<Store> store, EngineOptions options);
    // Inside the transaction: who and when, the versions of the objects named, the change log.
    Status note(Change& change);
    void onArrived(const Change& change);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChangeFeed> m_feed;
    EngineOptions m_options;
    Versions m_versions;
    PasswordHasher m_hasher;
    std::unique_ptr<Directories> m_directories;
    std::unique_ptr<Organizations> m_organizations;
    std::unique_ptr<Users> m_users;
    std::unique_ptr<UserAddresses> m_userAddresses;
    std::unique_ptr<Mailboxes> m_mailboxes;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Domains> m_domains;
    std::unique_ptr<Groups> m_groups;
    std::unique_ptr<FlowRules> m_flowRules;
    std::unique_ptr<OrgSettings> m_settings;
    std::unique_ptr<MobileDevices> m_mobile;
    std::unique_ptr<Resources> m_resources;
    std::unique_ptr<AvailabilitySettings> m_availability;
    std::unique_ptr<InteropProgress> m_interopProgress;
    std::unique_ptr<DirectorySync> m_directorySync;
    QTimer* m_purgeTimer = nullptr;
    QTimer* m_syncTimer = nullptr;
};

} // namespace mailroom
