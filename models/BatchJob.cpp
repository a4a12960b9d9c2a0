#include "BatchJob.h"

#include <QElapsedTimer>
#include <QTimer>

namespace mailroom {

BatchJob::BatchJob(QStringList labels, Operation operation, QObject* parent)
    : QObject(parent), m_labels(std::move(labels)), m_operation(std::move(operation))
{
}

void BatchJob::start()
{
    QTimer::singleShot(0, this, &BatchJob::runSlice);
}

void BatchJob::cancel()
{
    m_cancelled = true;
}

void BatchJob::runSlice()
{
    // Work for at most ~30 ms, then let the event loop paint and take clicks.
    QElapsedTimer slice;
    slice.start();
    while (!m_cancelled && m_next < m_labels.size() && slice.elapsed() < 30) {
        const Status status = m_operation(m_next);
        m_outcomes.append(
            {m_labels.at(m_next), status.ok(), status.ok() ? QString() : status.error().message});
        ++m_next;
    }
    Q_EMIT progressed(m_next, int(m_labels.size()));
    if (m_cancelled || m_next >= m_labels.size())
        Q_EMIT finished();
    else
        QTimer::singleShot(0, this, &BatchJob::runSlice);
}

int BatchJob::succeeded() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome& o) { return o.ok; }));
}

int BatchJob::failed() const
{
    return int(m_outcomes.size()) - succeeded();
}

QString BatchJob::summaryText() const
{
    QStringList lines;
    lines << tr("%n succeeded", nullptr, succeeded()) + QStringLiteral(", ") +
                 tr("%n failed", nullptr, failed());
    if (m_cancelled)
        lines << tr("Cancelled: %n not attempted.", nullptr, int(m_labels.size() - m_outcomes.size()));
    for (const Outcome& o : m_outcomes) {
        if (!o.ok)
            lines << o.item + QStringLiteral(": ") + o.message;
    }
    return lines.join(u'\n');
}

} // namespace mailroom
