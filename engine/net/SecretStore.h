#pragma once
// Secrets in the system keychain (IOP-4): the Secret Service (GNOME Keyring, KWallet) on Linux,
// the Keychain on macOS, the Credential Manager on Windows, through QtKeychain. Never in the
// database, never in QSettings: the insecure fallback of QtKeychain is off.
//
// Every operation is asynchronous: it returns at once and calls `done` exactly once, later, on
// the thread of the store — unless the store is destroyed first, in which case it never calls.
// A keychain that does not answer within timeout() fails with KeychainUnavailable.
// Errors: KeychainUnavailable (no keychain service runs, it is locked, or it did not answer),
// NotFound (read: no secret under the key), KeychainFailure (the keychain refused otherwise).

#include "core/Result.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace mailroom {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using StatusCallback = std::function<void(Status)>;
    using SecretCallback = std::function<void(Result<QString>)>;

    // service: the name the keychain files the secrets under.
    explicit SecretStore(QString service = defaultService(), QObject* parent = nullptr);
    ~SecretStore() override;

    static QString defaultService(); // "org.mailroom.Mailroom"
    QString service() const { return m_service; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Stores secret under key, replacing what was there.
    virtual void write(const QString& key, const QString& secret, StatusCallback done);
    // The secret under key. NotFound when there is none.
    virtual void read(const QString& key, SecretCallback done);
    // Deletes the secret under key; a key that holds nothing is done, not an error.
    virtual void remove(const QString& key, StatusCallback done);

    // The same, waiting in a local event loop (for the command line; never on the GUI thread).
    Status writeNow(const QString& key, const QString& secret);
    Result<QString> readNow(const QString& key);
    Status removeNow(const QString& key);

    // The error for a QtKeychain error code (QKeychain::Error as int) and its text.
    static Error errorFor(int keychainError, const QString& detail);
    static Error timedOut();

private:
    enum class Operation
    {
        Write,
        Read,
        Remove
    };
    void start(Operation operation, const QString& key, const QString& secret,
               std::function<void(Result<QString>)> done);

    QString m_service;
    // Long enough for someone to answer the keyring's unlock prompt on a desktop.
    std::chrono::milliseconds m_timeout{std::chrono::minutes(2)};
};

} // namespace mailroom
