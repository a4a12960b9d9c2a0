// change_feed: the store's change feed (ARCHITECTURE.md, "A change feed across processes").
//   - Latency: a second process (this program with --write) commits user edits; this process's
//     engine reports each as a remote Change. Measured from the change's commit time (Change::at,
//     set in the committing transaction) to the signal here, median and 99th percentile. Baseline:
//     the floor of any polling probe, a loop that reads PRAGMA data_version every millisecond
//     on its own connection, over the same writes.
//   - Idle cost: the CPU time this process spends per minute with an open engine and nothing
//     happening, with the feed running against the same engine without it.
// Usage: change_feed [--changes N] [--idle-seconds S] [--db-dir DIR]

#include "BenchSupport.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <ctime>

using namespace mailroom;
using namespace mailroom::bench;

namespace {

std::unique_ptr<Engine> openEngine(const QString& path, bool feed)
{
    EngineOptions options;
    options.purgeTimer = false;
    options.changeFeed = feed;
    options.actor = QStringLiteral("bench");
    options.hashCost = PasswordHasher::minimal();
    auto opened = Engine::open(path, options);
    if (!opened)
        qFatal("open: %s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// --write: N edits of the user's phone, one transaction each, a few milliseconds apart.
int write(const QString& path, const QString& userId, int changes)
{
    auto engine = openEngine(path, false);
    for (int i = 0; i < changes; ++i) {
        auto user = engine->users().get(userId);
        if (!user)
            return 1;
        UserDetails edited = user.value().details;
        edited.phone = QString::number(i);
        if (!engine->users().updateDetails(userId, user.value().details, edited))
            return 1;
        QThread::msleep(3 + i % 7);
    }
    return 0;
}

QProcess* startWriter(const QString& path, const QString& userId, int changes)
{
    auto* writer = new QProcess;
    writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer->start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--write"), path, QStringLiteral("--user"), userId,
                   QStringLiteral("--changes"), QString::number(changes)});
    if (!writer->waitForStarted())
        qFatal("the writer did not start");
    return writer;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("changes"), QStringLiteral("Changes to measure."), QStringLiteral("N"),
          QStringLiteral("1000")},
         {QStringLiteral("idle-seconds"), QStringLiteral("Idle time per run."), QStringLiteral("S"),
          QStringLiteral("20")},
         {QStringLiteral("db-dir"), QStringLiteral("Where the database goes."), QStringLiteral("DIR")},
         {QStringLiteral("write"), QStringLiteral("Writer mode (internal)."), QStringLiteral("DB")},
         {QStringLiteral("user"), QStringLiteral("Writer mode: the user id."), QStringLiteral("ID")}});
    parser.process(app);
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    if (parser.isSet(QStringLiteral("write")))
        return write(parser.value(QStringLiteral("write")), parser.value(QStringLiteral("user")), changes);

    QTemporaryDir dir(parser.isSet(QStringLiteral("db-dir"))
                          ? parser.value(QStringLiteral("db-dir")) + QStringLiteral("/feed-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/feed-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("feed.sqlite"));
    auto engine = openEngine(path, true);
    auto org = engine->organizations().requestQuickSetup(QStringLiteral("feed"), QStringLiteral("us-east-1"));
    if (!org || !engine->organizations().completeCreation(org.value().id))
        qFatal("organization");
    NewUser newUser;
    newUser.username = QStringLiteral("ada");
    newUser.displayName = QStringLiteral("Ada");
    newUser.email = QStringLiteral("ada@feed.awsapps.com");
    newUser.password = QStringLiteral("Correct-Horse9");
    auto user = engine->users().create(org.value().id, newUser);
    if (!user)
        qFatal("user: %s", qPrintable(user.error().message));

    // Latency through the feed.
    std::vector<double> latencies;
    QObject::connect(engine.get(), &Engine::changed, [&](const Change& change) {
        if (change.remote && change.subject == Change::Subject::User)
            latencies.push_back(double(change.at.msecsTo(QDateTime::currentDateTimeUtc())));
    });
    QProcess* writer = startWriter(path, user.value().id, changes);
    {
        // The event loop turns as the console's does, until every change arrived (or ten minutes).
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (writer->state() == QProcess::NotRunning && int(latencies.size()) >= changes)
                loop.quit();
        });
        check.start(50);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    delete writer;
    QElapsedTimer deadline;
    const size_t delivered = latencies.size();

    // The floor: data_version read every millisecond on a connection of its own. Each write is
    // seen when data_version moves; its commit time is read back from the change log.
    std::vector<double> floor;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery version(db), latest(db);
        version.prepare(QStringLiteral("PRAGMA data_version"));
        latest.prepare(QStringLiteral("SELECT at FROM change_log ORDER BY seq DESC LIMIT 1"));
        version.exec();
        version.next();
        qint64 seen = version.value(0).toLongLong();
        QProcess* second = startWriter(path, user.value().id, changes);
        deadline.restart();
        while (second->state() != QProcess::NotRunning && deadline.elapsed() < 600000) {
            second->waitForFinished(1);
            version.exec();
            version.next();
            if (version.value(0).toLongLong() == seen)
                continue;
            seen = version.value(0).toLongLong();
            latest.exec();
            if (latest.next())
                floor.push_back(double(QDateTime::fromString(latest.value(0).toString(), Qt::ISODateWithMs)
                                           .msecsTo(QDateTime::currentDateTimeUtc())));
        }
        delete second;
        version.finish();
        latest.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));

    std::printf(
        "change_feed: %d changes written by a second process, %zu delivered as remote Change signals\n",
        changes, delivered);
    report("commit to signal, median", percentile(latencies, 0.5), "data_version every 1 ms, median",
           percentile(floor, 0.5));
    report("commit to signal, 99th percentile", percentile(latencies, 0.99), "data_version every 1 ms, p99",
           percentile(floor, 0.99));

    // Idle CPU, per minute of wall time.
    const int idleSeconds = parser.value(QStringLiteral("idle-seconds")).toInt();
    const auto idleCpuPerMinute = [&](bool feed) {
        engine.reset();
        engine = openEngine(path, feed);
        const double before = cpuSeconds();
        QElapsedTimer idle;
        idle.start();
        QEventLoop loop;
        QTimer::singleShot(idleSeconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        return (cpuSeconds() - before) * 60.0 / (double(idle.elapsed()) / 1000.0) * 1000.0;
    };
    const double withFeed = idleCpuPerMinute(true);
    const double without = idleCpuPerMinute(false);
    report("idle CPU per minute, feed running", withFeed, "the same engine, no feed",
           std::max(without, 0.001), "ms");
    return delivered == size_t(changes) ? 0 : 1;
}
