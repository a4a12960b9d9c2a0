#pragma once
// The "Test" of a domain's saved availability settings (IOP-4): reads the service account's
// password from the system keychain, runs the EWS test against the saved URL, and keeps the
// outcome with the settings (when the access level allows writing).

#include "core/Result.h"
#include "net/NetworkCheckResult.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

namespace mailroom {

class Engine;
class EwsCheck;

class AvailabilityTest : public QObject
{
    Q_OBJECT
public:
    AvailabilityTest(Engine& engine, QString orgId, QString domain, QObject* parent = nullptr);
    ~AvailabilityTest() override;

    void setCaCertificates(QList<QSslCertificate> certificates) { m_cas = std::move(certificates); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Runs once; finished() follows from the event loop.
    void start();
    void cancel();

Q_SIGNALS:
    // Exactly one of the two follows start(): the check's result, or why it could not run (no
    // settings, no password in the keychain, no keychain service).
    void finished(const mailroom::NetworkCheckResult& result);
    void failed(const mailroom::Error& error);

private:
    void run(const QString& password);
    void finish(const Result<NetworkCheckResult>& result);

    Engine& m_engine;
    QString m_orgId;
    QString m_domain;
    QString m_ewsUrl;
    QString m_account;
    QList<QSslCertificate> m_cas;
    int m_timeoutMs = 0;
    QPointer<EwsCheck> m_check;
    bool m_started = false;
    bool m_done = false;
};

} // namespace mailroom
