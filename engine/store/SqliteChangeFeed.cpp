#include "SqliteChangeFeed.h"

#include "Store.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

namespace mailroom {

namespace {

QString idsText(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList idsFrom(const QString& text)
{
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids << v.toString();
    return ids;
}

} // namespace

SqliteChangeFeed::SqliteChangeFeed(Store& store, QObject* parent)
    : ChangeFeed(parent), m_store(store), m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(ProbeIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SqliteChangeFeed::poll);
}

Status SqliteChangeFeed::record(const Change& change)
{
    auto last = m_store.scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
    if (!last)
        return last.error();
    const qint64 seq = last.value().toLongLong() + 1;
    if (auto ok = m_store.run(
            QStringLiteral("INSERT INTO change_log (seq, origin, at, actor, subject, kind, org_id, ids,"
                           " action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {seq, m_origin, timestamps::toDb(change.at), change.actor, nameOf(change.subject),
             nameOf(change.kind), change.organizationId, idsText(change.ids), change.action});
        !ok)
        return ok.error();
    if (seq % 1000 == 0)
        return statusOf(m_store.run(QStringLiteral("DELETE FROM change_log WHERE seq <= ?"), {seq - Kept}));
    return Done{};
}

Result<qint64> SqliteChangeFeed::dataVersion()
{
    auto v = m_store.scalar(QStringLiteral("PRAGMA data_version"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Status SqliteChangeFeed::start()
{
    auto version = dataVersion();
    if (!version)
        return version.error();
    auto last = m_store.scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
    if (!last)
        return last.error();
    m_dataVersion = version.value();
    m_lastSeq = last.value().toLongLong();
    m_timer->start();
    return Done{};
}

void SqliteChangeFeed::stop()
{
    m_timer->stop();
}

void SqliteChangeFeed::poll()
{
    // Never inside an operation: its own uncommitted rows are not news, and the read would
    // hold up nothing but would see half an operation's view of its own connection.
    if (m_store.inTransaction())
        return;
    // Not following (an engine opened without the feed, or stopped): nothing to deliver, and
    // never the whole log from its start.
    if (!m_timer->isActive())
        return;
    m_store.releaseReads();
    auto version = dataVersion();
    if (!version || version.value() == m_dataVersion)
        return; // an unreadable probe is tried again at the next tick
    auto rows = m_store.run(QStringLiteral("SELECT seq, origin, at, actor, subject, kind, org_id, ids, action"
                                           " FROM change_log WHERE seq > ? ORDER BY seq"),
                            {m_lastSeq});
    if (!rows)
        return;
    QVector<Change> arrivals;
    qint64 lastSeq = m_lastSeq;
    QSqlQuery& q = *rows.value();
    while (q.next()) {
        lastSeq = q.value(0).toLongLong();
        if (q.value(1).toString() == m_origin)
            continue;
        const auto subject = fromName<Change::Subject>(q.value(4).toString());
        const auto kind = fromName<Change::Kind>(q.value(5).toString());
        if (!subject || !kind)
            continue; // written by a newer Mailroom: nothing this one follows
        Change c;
        c.subject = *subject;
        c.kind = *kind;
        c.at = timestamps::fromDb(q.value(2));
        c.actor = q.value(3).toString();
        c.organizationId = q.value(6).toString();
        c.ids = idsFrom(q.value(7).toString());
        c.action = q.value(8).toString();
        c.remote = true;
        arrivals.append(c);
    }
    q.finish();
    m_dataVersion = version.value();
    m_lastSeq = lastSeq;
    // Delivered after the read is done: a receiver may read the store again.
    for (const Change& c : std::as_const(arrivals))
        Q_EMIT arrived(c);
}

} // namespace mailroom
