#pragma once
// Availability settings per domain for interoperability mode (IOP-4): the EWS URL, the service
// account, and its password — which goes only to the system keychain (SecretStore); the database
// keeps the keychain key (secretRef), never the password, and neither does the audit log.
//
// Operations that touch the keychain are asynchronous: they return at once and call `done`
// exactly once, later, on the engine's thread (never from inside the call), unless the engine is
// destroyed first. The ...Now variants wait in a local event loop (the command line's way).
//
// Errors common to the changing operations: AccessDenied (read-only access), NotFound
// (organization), WrongState (the organization is not Active, or not in interoperability mode),
// NotFound on field "domain" (not a domain of the organization), and the keychain's:
// KeychainUnavailable (no keychain service runs, it is locked, or it did not answer) and
// KeychainFailure.

#include "AvailabilitySetting.h"
#include "core/Result.h"

#include <QVector>
#include <functional>
#include <memory>

namespace mailroom {

class Engine;
class SecretStore;

struct AvailabilityInput
{
    QString domain; // as typed: Unicode or A-label
    QString ewsUrl;
    QString serviceAccount;
    QString password;   // empty keeps the saved password; required on the first save
    qint64 basedOn = 0; // the version the settings were read at (0: over whatever is there)
};

class AvailabilitySettings
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    explicit AvailabilitySettings(Engine& engine);
    ~AvailabilitySettings();

    // The keychain the passwords go to (QtKeychain, service SecretStore::defaultService()).
    SecretStore& secrets() { return *m_secrets; }
    // Another keychain (a test's, or one with a shorter timeout); operations under way on the
    // old one never report.
    void setSecretStore(std::unique_ptr<SecretStore> store);

    // By domain. Errors: NotFound (organization).
    Result<QVector<AvailabilitySetting>> list(const QString& orgId);
    // Errors: NotFound (organization; field "domain" when the domain has no settings).
    Result<AvailabilitySetting> get(const QString& orgId, const QString& domain);

    // Validation as the administrator types, without touching the keychain: the organization, the
    // domain, then the fields "ewsUrl", "serviceAccount" and "password" (Required on the first
    // save only). Errors: those above, Required, InvalidValue.
    Status check(const QString& orgId, const AvailabilityInput& input);

    // Saves a domain's settings. A password is written to the keychain first; only once the
    // keychain has it is the row saved (one transaction, audited without the password). When the
    // keychain fails nothing is written to the database. Errors: those of check and the keychain's.
    void save(const QString& orgId, const AvailabilityInput& input, Callback<AvailabilitySetting> done);
    Result<AvailabilitySetting> saveNow(const QString& orgId, const AvailabilityInput& input);

    // Replaces the password in the keychain; the row keeps its secretRef (the audit log records
    // that the password changed). Errors: as save, NotFound (field "domain") without settings.
    void changePassword(const QString& orgId, const QString& domain, const QString& password,
                        Callback<Done> done);
    Status changePasswordNow(const QString& orgId, const QString& domain, const QString& password);

    // Deletes the keychain entry, then the row. When the keychain fails the row stays, so that the
    // removal can be tried again. Needs an Active organization (not interoperability mode, so that
    // settings left after IOP-7 can go). Errors: NotFound (field "domain"), the keychain's.
    void remove(const QString& orgId, const QString& domain, Callback<Done> done);
    Status removeNow(const QString& orgId, const QString& domain);

    // The saved password, read back from the keychain (for the EWS test). Allowed with read-only
    // access. Errors: NotFound (field "domain": no settings; field "password": the keychain holds
    // none), the keychain's.
    void password(const QString& orgId, const QString& domain, Callback<QString> done);
    Result<QString> passwordNow(const QString& orgId, const QString& domain);

    // The keychain entries of an organization's settings, and forgetting them: when an organization
    // is removed its settings go with it, and Organizations::remove hands their entries to
    // forgetSecrets, which deletes them in the background (a failure is logged: the organization
    // is already gone). pendingForgets() counts the deletions still under way, so that a program
    // about to exit can let them finish.
    Result<QStringList> secretRefs(const QString& orgId);
    void forgetSecrets(const QStringList& refs);
    int pendingForgets() const { return m_pendingForgets; }

    // Keeps the outcome of an EWS test (testedAt = now). Errors: NotFound (field "domain"),
    // AccessDenied.
    Result<AvailabilitySetting> recordTest(const QString& orgId, const QString& domain,
                                           const QString& result);

private:
    struct Target;
    // The organization (Active, in interoperability mode when asked), the domain and its settings.
    Result<Target> target(const QString& orgId, const QString& typedDomain, bool needsInteroperability);
    Result<AvailabilitySetting> commitSave(const QString& orgId, const AvailabilityInput& input,
                                           bool passwordWritten);
    Status commitPasswordChange(const QString& orgId, const QString& domain);
    Status commitRemove(const QString& orgId, const QString& domain);
    template <typename T> void later(Callback<T> done, Result<T> result);
    template <typename T> Result<T> wait(const std::function<void(Callback<T>)>& start);

    Engine& m_engine;
    std::unique_ptr<SecretStore> m_secrets;
    int m_pendingForgets = 0;
};

} // namespace mailroom
