#include "SecretStore.h"

#include "core/WaitFor.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

namespace mailroom {

namespace {

// Free functions: the context is spelled out, so that it is the one lupdate gives and the German
// is found at run time.
QString withDetail(QString message, const QString& detail)
{
    if (detail.trimmed().isEmpty())
        return message;
    return QCoreApplication::translate("mailroom::SecretStore", "%1 (The keychain said: %2)")
        .arg(message, detail.trimmed());
}

Error noService(const QString& detail)
{
    return makeError(
        ErrorCode::KeychainUnavailable, QString(),
        withDetail(QCoreApplication::translate(
                       "mailroom::SecretStore",
                       "No keychain service is running, so the password cannot be kept. Mailroom keeps "
                       "passwords only in the system keychain, never in its database or settings. Start "
                       "your desktop's keyring (GNOME Keyring or KWallet) or log in to a desktop session "
                       "that runs one, then try again."),
                   detail));
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent) : QObject(parent), m_service(std::move(service)) {}

SecretStore::~SecretStore() = default;

QString SecretStore::defaultService()
{
    return QStringLiteral("org.mailroom.Mailroom");
}

Error SecretStore::errorFor(int keychainError, const QString& detail)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, QString(),
                         tr("The keychain holds no password for this; save the password again."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(
            ErrorCode::KeychainUnavailable, QString(),
            withDetail(tr("The system keychain is locked or refused access. Unlock your keyring "
                          "(GNOME Keyring or KWallet), allow Mailroom to use it, then try again."),
                       detail));
    case QKeychain::NoBackendAvailable:
        return noService(detail);
    case QKeychain::OtherError:
        // On Linux this is what libsecret reports when no Secret Service answers on the session
        // bus (no bus, nothing owning org.freedesktop.secrets, no login collection).
        return noService(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return makeError(ErrorCode::KeychainFailure, QString(),
                     withDetail(tr("The system keychain could not complete the operation."), detail));
}

Error SecretStore::timedOut()
{
    return makeError(
        ErrorCode::KeychainUnavailable, QString(),
        tr("The system keychain did not answer. Check that your desktop's keyring (GNOME Keyring or "
           "KWallet) is running and unlocked, and that no unlock prompt is waiting, then try again."));
}

void SecretStore::start(Operation operation, const QString& key, const QString& secret,
                        std::function<void(Result<QString>)> done)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);        // the job deletes itself once finished, even after a timeout
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(key);

    // One small object per operation: it owns the callback, and deleting it (on the first of
    // finished and timeout, or with the store) cuts every connection that could call it again.
    auto* pending = new QObject(this);
    auto callback = std::make_shared<std::function<void(Result<QString>)>>(std::move(done));
    auto finish = [pending, callback](Result<QString> result) {
        if (!*callback)
            return;
        auto call = std::exchange(*callback, nullptr);
        pending->deleteLater();
        call(std::move(result));
    };
    connect(job, &QKeychain::Job::finished, pending, [finish, operation](QKeychain::Job* finished) {
        const auto error = finished->error();
        if (error == QKeychain::NoError) {
            if (operation == Operation::Read)
                finish(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
            else
                finish(QString());
            return;
        }
        if (operation == Operation::Remove && error == QKeychain::EntryNotFound) {
            finish(QString());
            return;
        }
        finish(errorFor(int(error), finished->errorString()));
    });
    QTimer::singleShot(m_timeout, pending, [finish] { finish(timedOut()); });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret, StatusCallback done)
{
    start(Operation::Write, key, secret,
          [done = std::move(done)](Result<QString> result) { done(statusOf(result)); });
}

void SecretStore::read(const QString& key, SecretCallback done)
{
    start(Operation::Read, key, QString(), std::move(done));
}

void SecretStore::remove(const QString& key, StatusCallback done)
{
    start(Operation::Remove, key, QString(),
          [done = std::move(done)](Result<QString> result) { done(statusOf(result)); });
}

Status SecretStore::writeNow(const QString& key, const QString& secret)
{
    // A margin over the store's own timeout, which reports first.
    return waitFor<Done>([&](std::function<void(Status)> done) { write(key, secret, std::move(done)); },
                         m_timeout + std::chrono::seconds(1), timedOut());
}

Result<QString> SecretStore::readNow(const QString& key)
{
    return waitFor<QString>([&](std::function<void(Result<QString>)> done) { read(key, std::move(done)); },
                            m_timeout + std::chrono::seconds(1), timedOut());
}

Status SecretStore::removeNow(const QString& key)
{
    return waitFor<Done>([&](std::function<void(Status)> done) { remove(key, std::move(done)); },
                         m_timeout + std::chrono::seconds(1), timedOut());
}

} // namespace mailroom
