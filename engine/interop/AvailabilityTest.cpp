#include "AvailabilityTest.h"

#include "AvailabilitySetting.h"
#include "AvailabilitySettings.h"
#include "core/Engine.h"
#include "net/EwsCheck.h"

#include <QJsonDocument>
#include <QTimer>

namespace mailroom {

AvailabilityTest::AvailabilityTest(Engine& engine, QString orgId, QString domain, QObject* parent)
    : QObject(parent), m_engine(engine), m_orgId(std::move(orgId)), m_domain(std::move(domain))
{
}

AvailabilityTest::~AvailabilityTest() = default;

void AvailabilityTest::start()
{
    if (m_started)
        return;
    m_started = true;
    auto settings = m_engine.availability().get(m_orgId, m_domain);
    if (!settings) {
        const Error error = settings.error();
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    m_domain = settings.value().domain;
    m_ewsUrl = settings.value().ewsUrl;
    m_account = settings.value().serviceAccount;
    QPointer<AvailabilityTest> self(this);
    m_engine.availability().password(m_orgId, m_domain, [self](Result<QString> password) {
        if (!self || self->m_done)
            return;
        if (!password)
            self->finish(password.error());
        else
            self->run(password.value());
    });
}

void AvailabilityTest::run(const QString& password)
{
    m_check = new EwsCheck(QUrl(m_ewsUrl), m_account, password, this);
    if (!m_cas.isEmpty())
        m_check->setCaCertificates(m_cas);
    if (m_timeoutMs > 0)
        m_check->setTimeout(m_timeoutMs);
    connect(m_check, &EwsCheck::finished, this, [this](const NetworkCheckResult& result) {
        if (result.outcome != NetworkOutcome::Cancelled && m_engine.accessLevel() == AccessLevel::Full) {
            const QString kept =
                QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
            if (auto recorded = m_engine.availability().recordTest(m_orgId, m_domain, kept); !recorded) {
                finish(recorded.error());
                return;
            }
        }
        finish(result);
    });
    m_check->start();
}

void AvailabilityTest::cancel()
{
    if (m_check)
        m_check->cancel();
    else if (m_started && !m_done) {
        NetworkCheckResult cancelled;
        cancelled.outcome = NetworkOutcome::Cancelled;
        finish(cancelled);
    }
}

void AvailabilityTest::finish(const Result<NetworkCheckResult>& result)
{
    if (m_done)
        return;
    m_done = true;
    if (result)
        Q_EMIT finished(result.value());
    else
        Q_EMIT failed(result.error());
}

} // namespace mailroom
