#include "DomainsDnsCheck.h"

#include "DnsCheck.h"
#include "Domains.h"
#include "core/Engine.h"

#include <QTimer>

namespace mailroom {

DomainsDnsCheck::DomainsDnsCheck(Engine& engine, QString orgId, QString region, QVector<Domain> domains,
                                 QHostAddress nameserver, QObject* parent)
    : QObject(parent), m_engine(engine), m_orgId(std::move(orgId)), m_region(std::move(region)),
      m_domains(std::move(domains)), m_nameserver(std::move(nameserver))
{
}

DomainsDnsCheck::~DomainsDnsCheck()
{
    m_running = false;
    dropCheck();
}

void DomainsDnsCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_starting = true;
    next();
    m_starting = false;
}

void DomainsDnsCheck::cancel()
{
    if (!m_running)
        return;
    dropCheck();
    end(true);
}

void DomainsDnsCheck::next()
{
    if (!m_running)
        return; // cancelled meanwhile
    while (m_index < m_domains.size()) {
        const Domain& listed = m_domains.at(m_index);
        auto fresh = m_engine.domains().get(m_orgId, listed.name);
        if (!fresh || fresh.value().isTest) {
            const int index = m_index++;
            Q_EMIT skipped(listed, index, fresh ? std::nullopt : std::optional<Error>(fresh.error()));
            if (!m_running)
                return; // cancelled by a receiver
            continue;
        }
        const Domain domain = fresh.value();
        m_domains[m_index] = domain;
        auto* check = new DnsCheck(domain, m_region, m_nameserver, this);
        if (m_timeoutMs > 0)
            check->setLookupTimeout(m_timeoutMs);
        m_check = check;
        connect(check, &DnsCheck::progress, this, [this, domain](int done, int total, const QString& step) {
            const double fraction = total > 0 ? qBound(0.0, double(done) / total, 1.0) : 0.0;
            Q_EMIT progress(domain, m_index, count(), step, fraction);
        });
        connect(check, &DnsCheck::finished, this, &DomainsDnsCheck::onFinished);
        Q_EMIT checking(domain, m_index, count());
        if (!m_running || m_check != check)
            return; // cancelled by a receiver
        check->start();
        return;
    }
    if (m_starting) // nothing to check: still never from inside start()
        QTimer::singleShot(0, this, [this] {
            if (m_running)
                end(false);
        });
    else
        end(false);
}

void DomainsDnsCheck::onFinished(const DnsReport& report)
{
    dropCheck();
    const Domain domain = m_domains.at(m_index);
    const int index = m_index++;
    // Recorded like the Domains pane's check: whoever shows the domain follows Engine::changed.
    auto recorded = m_engine.domains().recordCheck(m_orgId, report);
    Q_EMIT checked(domain, index, report, recorded ? std::nullopt : std::optional<Error>(recorded.error()));
    // The next check starts from the event loop, never from inside the one that just finished.
    QTimer::singleShot(0, this, &DomainsDnsCheck::next);
}

void DomainsDnsCheck::end(bool cancelled)
{
    m_running = false;
    Q_EMIT finished(cancelled);
}

void DomainsDnsCheck::dropCheck()
{
    if (!m_check)
        return;
    DnsCheck* check = m_check;
    m_check.clear();
    check->disconnect(this);
    check->cancel();
    check->deleteLater();
}

} // namespace mailroom
