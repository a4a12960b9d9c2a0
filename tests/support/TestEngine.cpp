#include "TestEngine.h"

#include "domains/Domains.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <QTest>

namespace mailroom::test {

QDateTime startTime()
{
    return QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
}

TestEngine::TestEngine(AccessLevel access)
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))),
      m_clock(std::make_shared<ManualClock>(startTime()))
{
    reopen(access);
}

namespace {

std::unique_ptr<Engine> openTestEngine(const QString& path, EngineOptions options)
{
    options.hashCost = PasswordHasher::minimal();
    options.purgeTimer = false;
    auto opened = Engine::open(path, options);
    if (!opened)
        qFatal("test engine: %s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

} // namespace

void TestEngine::reopen(AccessLevel access)
{
    m_engine.reset();
    EngineOptions options;
    options.clock = m_clock;
    options.access = access;
    options.actor = QStringLiteral("tester");
    m_engine = openTestEngine(m_path, options);
}

std::unique_ptr<Engine> TestEngine::another(const QString& actor, AccessLevel access) const
{
    EngineOptions options;
    options.access = access;
    options.actor = actor;
    return openTestEngine(m_path, options);
}

Organization TestEngine::quickOrg(const QString& alias, const QString& region)
{
    auto requested = m_engine->organizations().requestQuickSetup(alias, region);
    if (!requested)
        qFatal("quickOrg: %s", qPrintable(requested.error().message));
    auto done = m_engine->organizations().completeCreation(requested.value().id);
    if (!done)
        qFatal("quickOrg: %s", qPrintable(done.error().message));
    return done.value();
}

Organization TestEngine::standardOrg(const QString& alias, DirectoryType type, const QString& region)
{
    auto directory = m_engine->directories().create(type, alias + QStringLiteral(".corp.example.com"), region,
                                                    type == DirectoryType::ADConnector);
    if (!directory)
        qFatal("standardOrg: %s", qPrintable(directory.error().message));
    auto requested =
        m_engine->organizations().requestStandardSetup({alias, region, directory.value().id, {}, false});
    if (!requested)
        qFatal("standardOrg: %s", qPrintable(requested.error().message));
    auto done = m_engine->organizations().completeCreation(requested.value().id);
    if (!done)
        qFatal("standardOrg: %s", qPrintable(done.error().message));
    return done.value();
}

Organization TestEngine::exchangeOrg(const QString& alias, bool interoperability)
{
    auto directory = m_engine->directories().create(DirectoryType::ADConnector,
                                                    alias + QStringLiteral(".corp.example.com"),
                                                    QStringLiteral("us-east-1"), true);
    if (!directory)
        qFatal("exchangeOrg: %s", qPrintable(directory.error().message));
    auto requested = m_engine->organizations().requestStandardSetup(
        {alias, QStringLiteral("us-east-1"), directory.value().id, {}, interoperability});
    if (!requested)
        qFatal("exchangeOrg: %s", qPrintable(requested.error().message));
    auto done = m_engine->organizations().completeCreation(requested.value().id);
    if (!done)
        qFatal("exchangeOrg: %s", qPrintable(done.error().message));
    return done.value();
}

User TestEngine::directoryUser(const Organization& org, const QString& username)
{
    UserDetails details;
    details.firstName = username;
    details.lastName = QStringLiteral("Exchange");
    details.displayName = username + QStringLiteral(" Exchange");
    auto added = m_engine->directories().addUser(org.directoryId, {username, details});
    if (!added)
        qFatal("directoryUser: %s", qPrintable(added.error().message));
    return added.value();
}

User TestEngine::user(const Organization& org, const QString& username)
{
    NewUser input{QStringLiteral("First"),
                  QStringLiteral("Last"),
                  username,
                  username + QStringLiteral(" Display"),
                  username.toLower() + u'@' + org.defaultDomain,
                  QString::fromLatin1(GoodPassword)};
    auto created = m_engine->users().create(org.id, input);
    if (!created)
        qFatal("user: %s", qPrintable(created.error().message));
    return created.value();
}

Domain addVerifiedDomain(Engine& engine, const Organization& org, const QString& name)
{
    auto added = engine.domains().add(org.id, name);
    if (!added)
        qFatal("verifiedDomain: %s", qPrintable(added.error().message));
    DnsReport report;
    report.domain = added.value().name;
    RecordCheck txt;
    txt.expected = domains::expectedRecords(added.value(), org.region).first();
    txt.outcome = RecordCheck::Outcome::Found;
    report.records.append(txt);
    auto checked = engine.domains().recordCheck(org.id, report);
    if (!checked)
        qFatal("verifiedDomain: %s", qPrintable(checked.error().message));
    return checked.value();
}

Domain TestEngine::verifiedDomain(const Organization& org, const QString& name)
{
    return addVerifiedDomain(*m_engine, org, name);
}

} // namespace mailroom::test
