// groups_at_scale: the Groups pane and the member search at 10,000 groups (ARCHITECTURE.md,
// Scale), each figure against a baseline in the same run, on the same generated data (fixed seed):
//   1. opening the Groups pane model   vs  a bare SELECT of every group into vectors
//   2. one filter keystroke            vs  a plain substring scan over the same group names
//   3. the member search of Create group (users and groups by name prefix)
//                                      vs  loading every user and group and filtering in C++
//   4. expanding a group nested 3 deep vs  reading every membership row of the organization
// Usage: groups_at_scale [--groups N] [--users N] [--db-dir DIR]

#include "BenchSupport.h"
#include "GroupTableModel.h"
#include "core/Engine.h"
#include "groups/Groups.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mailroom;
using namespace mailroom::bench;

namespace {

// A plain connection to the same file (the baselines' raw floor), opened once outside the
// timed runs as the engine's own connection is.
QSqlDatabase plainConnection(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    db.setDatabaseName(path);
    db.open();
    return db;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption groupsOption(QStringLiteral("groups"),
                                          QStringLiteral("Groups in the organization."), QStringLiteral("n"),
                                          QStringLiteral("10000"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Users in the organization."), QStringLiteral("n"),
                                         QStringLiteral("5000"));
    const QCommandLineOption dirOption(QStringLiteral("db-dir"), QStringLiteral("Folder for the database."),
                                       QStringLiteral("dir"));
    parser.addOptions({groupsOption, usersOption, dirOption});
    parser.process(app);
    const int groupCount = std::max(100, parser.value(groupsOption).toInt());
    const int userCount = std::max(100, parser.value(usersOption).toInt());
    QTemporaryDir temp(parser.isSet(dirOption)
                           ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX"))
                           : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    const QString path = temp.filePath(QStringLiteral("groups.sqlite"));

    auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    EngineOptions options;
    options.clock = clock;
    options.purgeTimer = false;
    options.actor = QStringLiteral("bench");
    options.hashCost = PasswordHasher::minimal();
    std::unique_ptr<Engine> engine = std::move(Engine::open(path, options)).value();
    const QString orgId = engine->organizations()
                              .requestQuickSetup(QStringLiteral("groups"), QStringLiteral("us-east-1"))
                              .value()
                              .id;
    const Organization org = engine->organizations().completeCreation(orgId).value();
    clock->advanceDays(31); // past the trial's 25 users

    std::printf("groups_at_scale: generating %d users and %d groups of 5 members (seed 2026)…\n", userCount,
                groupCount);
    QRandomGenerator random(2026);
    QStringList users;
    for (int i = 0; i < userCount; ++i) {
        const QString first = generatedName(random);
        const QString last = generatedName(random);
        const QString username = QStringLiteral("%1.%2%3").arg(first, last).arg(i);
        auto u = engine->users().create(org.id, {first, last, username, first + u' ' + last,
                                                 username + u'@' + org.defaultDomain,
                                                 QStringLiteral("Bench-Passw0rd")});
        if (!u)
            qFatal("user: %s", qPrintable(u.error().message));
        users << u.value().id;
    }
    QStringList groups;
    QStringList names;
    for (int i = 0; i < groupCount; ++i) {
        QStringList members;
        for (int m = 0; m < 5; ++m)
            members << users.at(random.bounded(userCount));
        members.removeDuplicates();
        // Every tenth group also holds the group made just before it: chains of nesting.
        if (i % 10 != 0)
            members << groups.last();
        const QString name = generatedName(random) + QStringLiteral(" team %1").arg(i);
        auto g = engine->groups().create(
            org.id, {name, QStringLiteral("team%1@").arg(i) + org.defaultDomain, members});
        if (!g)
            qFatal("group: %s", qPrintable(g.error().message));
        groups << g.value().id;
        names << name.toLower();
    }

    QSqlDatabase plain = plainConnection(path);
    auto withPlainConnection = [&plain](const QString&, auto&& body) { body(plain); };

    // 1. Open the Groups pane model (counts + 50 rows with member counts) vs a bare SELECT.
    const double openModel = medianMs(5, [&] {
        GroupTableModel model(*engine);
        model.setOrganization(org.id);
        for (int row = 0; row < 50; ++row)
            (void)model.index(row, GroupTableModel::Members).data();
    });
    const double bareSelect = medianMs(5, [&] {
        withPlainConnection(path, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                "SELECT id, name, email, state FROM mail_groups WHERE org_id = ? ORDER BY name_lc"));
            q.addBindValue(org.id);
            q.exec();
            std::vector<QString> ids, groupNames, emails, states;
            while (q.next()) {
                ids.push_back(q.value(0).toString());
                groupNames.push_back(q.value(1).toString());
                emails.push_back(q.value(2).toString());
                states.push_back(q.value(3).toString());
            }
        });
    });
    report("open Groups pane model (counts + 50 rows)", openModel, "bare SELECT of all groups", bareSelect);

    // 2. One filter keystroke: the indexed prefix search vs a scan of the same names.
    GroupTableModel model(*engine);
    model.setOrganization(org.id);
    const QStringList keystrokes{QStringLiteral("k"), QStringLiteral("ka"), QStringLiteral("kal"),
                                 QStringLiteral("kalo")};
    int keystroke = 0;
    const double filter = medianMs(25, [&] {
        model.setSearch(keystrokes.at(keystroke++ % keystrokes.size()));
        for (int row = 0; row < std::min(50, model.rowCount()); ++row)
            (void)model.index(row, GroupTableModel::Name).data();
    });
    keystroke = 0;
    int matches = 0;
    const double scan = medianMs(25, [&] {
        const QString needle = keystrokes.at(keystroke++ % keystrokes.size());
        matches = 0;
        for (const QString& s : std::as_const(names))
            matches += s.contains(needle) ? 1 : 0;
    });
    report("filter keystroke (count + 50 rows)", filter, "substring scan of the names", scan);

    // 3. The member search of Create group vs loading everyone and filtering in C++.
    const double search =
        medianMs(15, [&] { (void)engine->groups().candidates(org.id, QStringLiteral("ka"), 200); });
    const double loadAll = medianMs(15, [&] {
        withPlainConnection(path, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT username, first_name, last_name FROM users WHERE org_id = ? UNION ALL "
                               "SELECT name, '', '' FROM mail_groups WHERE org_id = ?"));
            q.addBindValue(org.id);
            q.addBindValue(org.id);
            q.exec();
            int found = 0;
            while (q.next())
                for (int c = 0; c < 3; ++c)
                    found += q.value(c).toString().toLower().startsWith(QStringLiteral("ka")) ? 1 : 0;
        });
    });
    report("member search \"ka\" (first 200)", search, "load everyone, filter in C++", loadAll);

    // 4. Expanding the last group of a nesting chain vs reading every membership row.
    const double expand = medianMs(15, [&] { (void)engine->groups().expand(groups.last()); });
    const double allRows = medianMs(15, [&] {
        withPlainConnection(path, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT group_id, member_id, member_kind FROM group_members"));
            std::vector<QString> rows;
            while (q.next())
                rows.push_back(q.value(1).toString());
        });
    });
    report("expand a group nested 9 deep", expand, "read every membership row", allRows);
    return 0;
}
