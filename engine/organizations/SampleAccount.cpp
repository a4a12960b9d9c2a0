#include "SampleAccount.h"

#include "Directories.h"
#include "Organizations.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "groups/Groups.h"
#include "interop/DirectorySync.h"
#include "mobile/MobileDevices.h"
#include "resources/Resources.h"
#include "settings/OrgSettings.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace mailroom {

namespace {

const char* const firstNames[] = {"Ada",  "Ben",  "Chloe", "Dev",   "Elena", "Farid", "Grace",
                                  "Hugo", "Ines", "Jonas", "Kira",  "Liam",  "Maya",  "Noah",
                                  "Olga", "Paul", "Quinn", "Rosa",  "Sami",  "Tara",  "Umar",
                                  "Vera", "Wei",  "Xena",  "Yusuf", "Zoe"};
const char* const lastNames[] = {"Alvarez", "Brooks", "Chen",   "Dubois", "Eriksen",  "Fischer",
                                 "Garcia",  "Haddad", "Ito",    "Jensen", "Kowalski", "Lopez",
                                 "Moreau",  "Novak",  "Okafor", "Petrov", "Quint",    "Rossi",
                                 "Schmidt", "Tanaka", "Ueda",   "Varga",  "Weber",    "Yilmaz"};

// A check report in which every record was found: how the sample's verified domain got verified.
DnsReport everythingPublished(const Domain& domain, const QString& region)
{
    DnsReport report;
    report.domain = domain.name;
    report.askedServer = QStringLiteral("ns1.contoso-demo.example");
    report.nameServers = {report.askedServer};
    for (const DnsRecord& r : domains::expectedRecords(domain, region)) {
        RecordCheck check;
        check.expected = r;
        check.outcome = RecordCheck::Outcome::Found;
        check.seen = {r.value};
        report.records.append(check);
    }
    return report;
}

// Contoso's domains (one verified and default, one pending), groups (nested, and directory
// groups waiting to be enabled) and resources (one with delegates).
// Flow rules with something for the rule test and the lint to say, and journaling to an archive.
Status addContosoMailSettings(Engine& engine, const Organization& org)
{
    const struct
    {
        const char* name;
        QStringList patterns;
        FlowAction action;
    } rules[] = {
        {"Partners always arrive", {QStringLiteral("*.fabrikam.example")}, FlowAction::NormalDelivery},
        {"Known spam sources",
         {QStringLiteral("*.spam-relay.example"), QStringLiteral("bulk@offers.example")},
         FlowAction::Drop},
        {"Newsletters to junk", {QStringLiteral("*.news.example")}, FlowAction::MoveToJunk},
        {"Bounce a former vendor", {QStringLiteral("billing@fabrikam.example")}, FlowAction::Bounce},
    };
    for (const auto& rule : rules)
        if (auto ok = statusOf(engine.flowRules().create(
                org.id, {QString::fromLatin1(rule.name), rule.patterns, rule.action}));
            !ok)
            return ok;
    return statusOf(engine.settings().setJournaling(org.id, {true, QStringLiteral("journal@archive.example"),
                                                             QStringLiteral("it-admin@archive.example")}));
}

// Mobile devices in every status (MOB-4), each with what a real device of its kind reports.
Status addContosoDevices(Engine& engine, const QStringList& userIds)
{
    enum class Ends
    {
        Provisioning,
        Provisioned,
        WipeRequested,
        Wiped
    };
    const struct
    {
        int user;
        const char* deviceId;
        const char* type;
        const char* model;
        const char* os;
        const char* userAgent;
        Ends ends;
    } devices[] = {
        {0, "ApplF2LXK0QJ", "iPhone", "iPhone 15", "iOS 17.4", "Apple-iPhone15C4/2104.2", Ends::Provisioned},
        {0, "ApplDMPVR1TQ", "iPad", "iPad Air", "iPadOS 17.4", "Apple-iPad13C1/2104.2", Ends::Provisioned},
        {1, "androidc3f9a1b2", "Android", "Pixel 8", "Android 14", "Android-Mail/2024.03",
         Ends::Provisioning},
        {2, "SEC7A3F0B21", "SAMSUNGSMS911B", "Galaxy S23", "", "", Ends::WipeRequested},
        {3, "ApplC39TK9ZP", "iPhone", "iPhone 12", "iOS 16.7", "Apple-iPhone13C2/2008.1", Ends::Wiped},
        {4, "WP8E2A77D1", "WindowsPhone", "", "", "", Ends::Provisioning},
    };
    MobileDevices& mobile = engine.mobile();
    for (const auto& d : devices) {
        CheckIn in;
        in.userId = userIds.at(d.user);
        in.deviceId = QString::fromLatin1(d.deviceId);
        in.type = QString::fromLatin1(d.type);
        in.model = QString::fromLatin1(d.model);
        in.os = QString::fromLatin1(d.os);
        in.userAgent = QString::fromLatin1(d.userAgent);
        auto registered = mobile.checkIn(in);
        if (!registered)
            return registered.error();
        if (d.ends == Ends::Provisioning)
            continue;
        in.acknowledges = CheckIn::Acknowledges::Policy;
        in.policyKey = registered.value().policyKey;
        auto provisioned = mobile.checkIn(in);
        if (!provisioned)
            return provisioned.error();
        if (d.ends == Ends::Provisioned)
            continue;
        if (auto ok = statusOf(mobile.wipe(provisioned.value().device.id)); !ok)
            return ok;
        if (d.ends == Ends::WipeRequested)
            continue;
        in.acknowledges = CheckIn::Acknowledges::Wipe;
        if (auto ok = statusOf(mobile.checkIn(in)); !ok)
            return ok;
    }
    return Done{};
}

// An AD Connector to a domain that runs Microsoft Exchange, in interoperability mode (IOP-1):
// people, groups and resources of Exchange, a few people already enabled with their Exchange addresses, and a
// verified domain — where the interoperability wizard starts.
Status addFabrikam(Engine& engine)
{
    auto directory =
        engine.directories().create(DirectoryType::ADConnector, QStringLiteral("corp.fabrikam-demo.example"),
                                    QStringLiteral("us-west-2"), true);
    if (!directory)
        return directory.error();
    auto requested = engine.organizations().requestStandardSetup(
        {QStringLiteral("fabrikam-demo"), QStringLiteral("us-west-2"), directory.value().id, {}, true});
    if (!requested)
        return requested.error();
    auto org = engine.organizations().completeCreation(requested.value().id);
    if (!org)
        return org.error();
    auto domain = engine.domains().add(org.value().id, QStringLiteral("fabrikam-demo.example"));
    if (!domain)
        return domain.error();
    if (auto ok = statusOf(engine.domains().recordCheck(
            org.value().id, everythingPublished(domain.value(), org.value().region)));
        !ok)
        return ok;
    if (auto ok = statusOf(engine.domains().setDefault(org.value().id, domain.value().name)); !ok)
        return ok;
    const char* const people[][2] = {{"Alma", "Berg"},   {"Bruno", "Costa"},   {"Cleo", "Dahl"},
                                     {"Dario", "Engel"}, {"Edda", "Fuchs"},    {"Finn", "Gruber"},
                                     {"Greta", "Hahn"},  {"Hanno", "Iversen"}, {"Ida", "Jung"},
                                     {"Jan", "Keller"},  {"Kaja", "Lind"},     {"Lars", "Moser"}};
    int enabled = 0;
    for (const auto& person : people) {
        const QString first = QString::fromLatin1(person[0]);
        const QString last = QString::fromLatin1(person[1]);
        DirectoryUserInput input{first.toLower() + u'.' + last.toLower(),
                                 {first, last, first + u' ' + last, {}, {}, QStringLiteral("Fabrikam")}};
        auto added = engine.directories().addUser(directory.value().id, input);
        if (!added)
            return added.error();
        // What Exchange holds: the corporate address, and for every other person already the
        // test-domain address that email routing needs (IOP-5); the others still lack it.
        QStringList exchange{input.username + QStringLiteral("@fabrikam-demo.example")};
        if (enabled % 2 == 0)
            exchange.append(input.username + QStringLiteral("@fabrikam-demo.awsapps.com"));
        if (auto ok = engine.directorySync().setExchangeAddresses(added.value().id, exchange); !ok)
            return ok;
        if (enabled++ >= 4)
            continue;
        auto address = engine.mailboxes().proposedAddress(added.value().id);
        if (!address)
            return address.error();
        if (auto ok = statusOf(engine.mailboxes().enable(added.value().id, address.value())); !ok)
            return ok;
    }
    for (const char* name : {"Engineering", "Sales"}) {
        if (auto ok =
                statusOf(engine.directories().addGroup(directory.value().id, QString::fromLatin1(name)));
            !ok)
            return ok;
    }
    // Exchange's rooms and equipment, which the users list shows while in interoperability mode (RES-4).
    if (auto ok = statusOf(
            engine.directories().addExchangeResource(directory.value().id, QStringLiteral("boardroom"),
                                                     QStringLiteral("Boardroom"), ResourceType::Room));
        !ok)
        return ok;
    if (auto ok = statusOf(
            engine.directories().addExchangeResource(directory.value().id, QStringLiteral("projector-1"),
                                                     QStringLiteral("Projector 1"), ResourceType::Equipment));
        !ok)
        return ok;
    return statusOf(engine.directorySync().syncNow(org.value().id));
}

Status addContosoExtras(Engine& engine, const Organization& org, const QStringList& userIds)
{
    auto verified = engine.domains().add(org.id, QStringLiteral("contoso-demo.example"));
    if (!verified)
        return verified.error();
    if (auto ok =
            statusOf(engine.domains().recordCheck(org.id, everythingPublished(verified.value(), org.region)));
        !ok)
        return ok;
    if (auto ok = statusOf(engine.domains().setDefault(org.id, verified.value().name)); !ok)
        return ok;
    if (auto ok = statusOf(engine.domains().add(org.id, QStringLiteral("contoso-branch.example"))); !ok)
        return ok;

    const QString domain = verified.value().name;
    auto sales = engine.groups().create(
        org.id, {QStringLiteral("Sales"), QStringLiteral("sales@") + domain, userIds.mid(0, 12)});
    if (!sales)
        return sales.error();
    auto support = engine.groups().create(
        org.id, {QStringLiteral("Support"), QStringLiteral("support@") + domain, userIds.mid(12, 8)});
    if (!support)
        return support.error();
    auto everyone = engine.groups().create(org.id, {QStringLiteral("Customer facing"),
                                                    QStringLiteral("customers@") + domain,
                                                    {sales.value().id, support.value().id}});
    if (!everyone)
        return everyone.error();
    for (const char* name : {"postmaster", "abuse"}) {
        const QString n = QString::fromLatin1(name);
        if (auto ok = statusOf(engine.groups().create(org.id, {n, n + u'@' + domain, userIds.mid(0, 1)}));
            !ok)
            return ok;
    }
    for (const char* name : {"Finance", "Legal", "Facilities"}) {
        if (auto ok = statusOf(engine.directories().addGroup(org.directoryId, QString::fromLatin1(name)));
            !ok)
            return ok;
    }

    auto boardroom = engine.resources().create(
        org.id, {QStringLiteral("boardroom"), QStringLiteral("Top floor, 14 seats, video"),
                 ResourceType::Room, QStringLiteral("boardroom@") + domain});
    if (!boardroom)
        return boardroom.error();
    if (auto ok = statusOf(engine.resources().setBooking(boardroom.value().id, {false, true, true})); !ok)
        return ok;
    if (auto ok = engine.resources().addDelegates(boardroom.value().id, {userIds.at(0), everyone.value().id});
        !ok)
        return ok;
    for (const char* name : {"huddle-1", "huddle-2"}) {
        const QString n = QString::fromLatin1(name);
        if (auto ok = statusOf(engine.resources().create(
                org.id, {n, QStringLiteral("Four seats"), ResourceType::Room, n + u'@' + domain}));
            !ok)
            return ok;
    }
    if (auto ok = statusOf(engine.resources().create(
            org.id, {QStringLiteral("projector"), QStringLiteral("Portable, HDMI"), ResourceType::Equipment,
                     QStringLiteral("projector@") + domain}));
        !ok)
        return ok;
    if (auto ok = addContosoMailSettings(engine, org); !ok)
        return ok;
    return addContosoDevices(engine, userIds);
}

} // namespace

QString SampleAccount::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

Status SampleAccount::generate(const QString& path)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::FileError, QStringLiteral("database"),
                         QCoreApplication::translate("SampleAccount",
                                                     "%1 already exists; the sample account is made "
                                                     "only in a new file.")
                             .arg(path));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<ManualClock>(now.addDays(-90));
    EngineOptions options;
    options.clock = clock;
    options.actor = QStringLiteral("sample-data");
    options.purgeTimer = false;
    // Sample passwords are throwaway: the cheapest Argon2id cost keeps generation quick.
    options.hashCost = PasswordHasher::minimal();
    auto opened = Engine::open(path, options);
    if (!opened)
        return opened.error();
    Engine& engine = *opened.value();
    QRandomGenerator random(2026);
    const QString password = QStringLiteral("Sample-Passw0rd");

    // A Quick-setup organization with a few users of its own.
    auto quick = engine.organizations().requestQuickSetup(QStringLiteral("northwind-demo"),
                                                          QStringLiteral("us-east-1"));
    if (!quick)
        return quick.error();
    auto northwind = engine.organizations().completeCreation(quick.value().id);
    if (!northwind)
        return northwind.error();
    for (const char* name : {"ada", "ben", "chloe", "dev", "elena", "farid"}) {
        const QString username = QString::fromLatin1(name);
        QString display = username;
        display[0] = display[0].toUpper();
        NewUser user{display,
                     QStringLiteral("Northwind"),
                     username,
                     display + QStringLiteral(" Northwind"),
                     username + u'@' + northwind.value().defaultDomain,
                     password};
        if (auto ok = statusOf(engine.users().create(northwind.value().id, user)); !ok)
            return ok;
    }

    // A Simple AD directory with 200 people, then a Standard-setup organization on it.
    auto directory = engine.directories().create(
        DirectoryType::SimpleAD, QStringLiteral("corp.contoso-demo.example"), QStringLiteral("eu-west-1"));
    if (!directory)
        return directory.error();
    QStringList userIds;
    for (int i = 0; i < DirectoryUsers; ++i) {
        const QString first = QString::fromLatin1(firstNames[random.bounded(int(std::size(firstNames)))]);
        const QString last = QString::fromLatin1(lastNames[random.bounded(int(std::size(lastNames)))]);
        const QString username = QStringLiteral("%1.%2%3").arg(first.toLower(), last.toLower()).arg(i);
        DirectoryUserInput input{
            username,
            {first, last, first + u' ' + last, QStringLiteral("%1 Harbour Street").arg(i + 1),
             QStringLiteral("+44 20 7946 %1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Contoso")}};
        auto added = engine.directories().addUser(directory.value().id, input);
        if (!added)
            return added.error();
        userIds << added.value().id;
    }
    auto standard = engine.organizations().requestStandardSetup(
        {QStringLiteral("contoso-demo"), QStringLiteral("eu-west-1"), directory.value().id, {}, false});
    if (!standard)
        return standard.error();
    auto contoso = engine.organizations().completeCreation(standard.value().id);
    if (!contoso)
        return contoso.error();

    // After the 30-day trial: enable 170 of them, some with an alias.
    clock->advanceDays(31);
    for (int i = 0; i < 170; ++i) {
        auto address = engine.mailboxes().proposedAddress(userIds.at(i));
        if (!address)
            return address.error();
        if (auto ok = statusOf(engine.mailboxes().enable(userIds.at(i), address.value())); !ok)
            return ok;
        if (i % 25 == 0) {
            const QString alias = QStringLiteral("team%1@").arg(i) + contoso.value().defaultDomain;
            if (auto ok = engine.userAddresses().addAlias(userIds.at(i), alias); !ok)
                return ok;
        }
    }
    // Eight leave: disabled 50 days ago, so their mailboxes are purged by now.
    clock->advanceDays(9);
    for (int i = 160; i < 168; ++i) {
        if (auto ok = statusOf(engine.mailboxes().disable(userIds.at(i))); !ok)
            return ok;
    }
    // One is disabled ten days ago: still within the 30 days, so it can be restored.
    clock->set(now.addDays(-10));
    if (auto ok = statusOf(engine.mailboxes().disable(userIds.at(168))); !ok)
        return ok;
    clock->set(now);
    if (auto ok = addContosoExtras(engine, contoso.value(), userIds); !ok)
        return ok;
    if (auto ok = addFabrikam(engine); !ok)
        return ok;
    return statusOf(engine.mailboxes().purgeExpired());
}

} // namespace mailroom
