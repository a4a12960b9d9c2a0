// users_at_scale: the Users pane's model at 100,000 users (ARCHITECTURE.md, Scale), each figure
// against a baseline in the same run, on the same generated data (fixed seed):
//   1. opening the Users pane model  vs  a bare SELECT of the same rows into vectors
//   2. one filter keystroke          vs  a plain substring scan over the same 100,000 strings
//   3. creating one user at 100,000  vs  creating one at 1,000 (the engine alone)
//   4. the same with the Users pane's model open, following each change
// Usage: users_at_scale [--users N] [--db-dir DIR] [--keep]

#include "BenchSupport.h"
#include "UserTableModel.h"
#include "core/Engine.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mailroom;
using namespace mailroom::bench;

namespace {

struct Fixture
{
    std::unique_ptr<Engine> engine;
    std::shared_ptr<ManualClock> clock;
    Organization org;
};

// An organization on a Managed AD directory with `count` users, all enabled, made with the
// engine's own operations.
Fixture generate(const QString& path, const QString& alias, int count, quint32 seed)
{
    Fixture f;
    f.clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    EngineOptions options;
    options.clock = f.clock;
    options.purgeTimer = false;
    options.actor = QStringLiteral("bench");
    options.hashCost = PasswordHasher::minimal(); // the store is measured here, not Argon2id
    f.engine = std::move(Engine::open(path, options)).value();
    auto dir = f.engine->directories().create(
        DirectoryType::ManagedAD, alias + QStringLiteral(".corp.example.com"), QStringLiteral("us-east-1"));
    f.org = f.engine->organizations()
                .completeCreation(
                    f.engine->organizations()
                        .requestStandardSetup({alias, QStringLiteral("us-east-1"), dir.value().id, {}, false})
                        .value()
                        .id)
                .value();
    f.clock->advanceDays(31); // past the trial's 25 users
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        const QString first = generatedName(random);
        const QString last = generatedName(random);
        const QString username =
            QStringLiteral("%1.%2%3").arg(first.left(5), last.left(5)).arg(i); // ≤ 20 in AD
        auto user = f.engine->directories().addUser(
            dir.value().id, {username, {first, last, first + u' ' + last, {}, {}, {}}});
        if (!user)
            qFatal("generate: %s", qPrintable(user.error().message));
        if (auto ok = f.engine->mailboxes().enable(user.value().id, username + u'@' + f.org.defaultDomain);
            !ok)
            qFatal("enable: %s", qPrintable(ok.error().message));
    }
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Users in the large organization."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption dirOption(QStringLiteral("db-dir"), QStringLiteral("Folder for the databases."),
                                       QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated databases."));
    parser.addOptions({usersOption, dirOption, keepOption});
    parser.process(app);
    const int large = std::max(1000, parser.value(usersOption).toInt());
    QTemporaryDir temp(parser.isSet(dirOption)
                           ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX"))
                           : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));

    temp.setAutoRemove(!parser.isSet(keepOption));
    if (parser.isSet(keepOption))
        std::printf("databases kept in %s\n", qPrintable(temp.path()));
    std::printf("users_at_scale: generating %d users (seed 2026) and 1,000 users (seed 1000)…\n", large);
    QElapsedTimer generation;
    generation.start();
    Fixture big =
        generate(temp.filePath(QStringLiteral("large.sqlite")), QStringLiteral("large"), large, 2026);
    const double generationMs = double(generation.elapsed());
    Fixture small =
        generate(temp.filePath(QStringLiteral("small.sqlite")), QStringLiteral("small"), 1000, 1000);
    std::printf("generation through the engine: %.1f s, %.0f users/s (each an audited transaction)\n\n",
                generationMs / 1000, large / (generationMs / 1000));

    // 1. Open the Users pane model (count + the first screenful of rows) vs a bare SELECT.
    const double openModel = medianMs(5, [&] {
        UserTableModel model(*big.engine);
        model.setOrganization(big.org.id);
        for (int row = 0; row < 50; ++row)
            (void)model.index(row, UserTableModel::Email).data();
    });
    const double bareSelect = medianMs(5, [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(temp.filePath(QStringLiteral("large.sqlite")));
        db.open();
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT id, username, display_name, email, state, role, created_at FROM users "
                               "WHERE org_id = ? ORDER BY username_lc"));
            q.addBindValue(big.org.id);
            q.exec();
            std::vector<QString> ids, names, displays, emails, states, roles, created;
            while (q.next()) {
                ids.push_back(q.value(0).toString());
                names.push_back(q.value(1).toString());
                displays.push_back(q.value(2).toString());
                emails.push_back(q.value(3).toString());
                states.push_back(q.value(4).toString());
                roles.push_back(q.value(5).toString());
                created.push_back(q.value(6).toString());
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    });
    report("open Users pane model (count + 50 rows)", openModel, "bare SELECT of all rows", bareSelect);

    // 2. One filter keystroke: the model's indexed prefix search vs a scan of the same strings.
    UserTableModel model(*big.engine);
    model.setOrganization(big.org.id);
    QStringList displays;
    displays.reserve(large);
    for (int row = 0; row < model.rowCount(); ++row)
        displays << model.index(row, UserTableModel::DisplayName).data().toString().toLower();
    const QStringList keystrokes{QStringLiteral("k"), QStringLiteral("ka"), QStringLiteral("kal"),
                                 QStringLiteral("kalo"), QStringLiteral("kalom")};
    int keystroke = 0;
    const double filter = medianMs(25, [&] {
        model.setSearch(keystrokes.at(keystroke++ % keystrokes.size()));
        for (int row = 0; row < std::min(50, model.rowCount()); ++row)
            (void)model.index(row, UserTableModel::Username).data();
    });
    int matches = 0;
    keystroke = 0;
    const double scan = medianMs(25, [&] {
        const QString needle = keystrokes.at(keystroke++ % keystrokes.size());
        matches = 0;
        for (const QString& s : std::as_const(displays))
            matches += s.contains(needle) ? 1 : 0;
    });
    report("filter keystroke (count + 50 rows)", filter, "substring scan of the strings", scan);

    // 3. Creating one user when the organization has `large` users vs 1,000, the engine alone.
    model.setOrganization(QString());
    auto createMs = [](Fixture& f, const char* prefix) {
        int n = 0;
        return medianMs(21, [&] {
            const QString username = QStringLiteral("%1new%2").arg(QString::fromLatin1(prefix)).arg(n++);
            NewUser user{QStringLiteral("New"),
                         QStringLiteral("User"),
                         username,
                         QStringLiteral("New User"),
                         username + u'@' + f.org.defaultDomain,
                         QStringLiteral("Bench-Passw0rd")};
            if (!f.engine->users().create(f.org.id, user))
                qFatal("create failed");
        });
    };
    const double createLarge = createMs(big, "l");
    const double createSmall = createMs(small, "s");
    char label[64];
    std::snprintf(label, sizeof label, "create one user at %d", large);
    report(label, createLarge, "create one user at 1,000", createSmall);

    // 4. The same with the Users pane's model open on each organization (it places each new row).
    model.setOrganization(big.org.id);
    UserTableModel smallModel(*small.engine);
    smallModel.setOrganization(small.org.id);
    for (int row = 0; row < 50; ++row) {
        (void)model.index(row, 0).data();
        (void)smallModel.index(row, 0).data();
    }
    const double createLargeOpen = createMs(big, "lo");
    const double createSmallOpen = createMs(small, "so");
    std::snprintf(label, sizeof label, "create at %d, Users pane open", large);
    report(label, createLargeOpen, "create at 1,000, Users pane open", createSmallOpen);
    return 0;
}
