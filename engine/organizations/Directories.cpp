#include "Directories.h"

#include "Organization.h"
#include "core/Engine.h"
#include "core/Ids.h"
#include "core/Rules.h"
#include "io/Csv.h"
#include "io/JsonFormat.h"
#include "store/tables/GroupTable.h"
#include "store/tables/ResourceTable.h"
#include "store/tables/UserTable.h"

#include <QCoreApplication>

namespace mailroom {

namespace {
// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Directories", text);
}
} // namespace

Directories::Directories(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Result<Directory> Directories::create(DirectoryType type, const QString& name, const QString& region,
                                      bool runsExchange)
{
    if (type == DirectoryType::WorkMail)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("type"),
                         tr("Type: mail directories are made by Quick setup; choose Simple AD, Managed AD or "
                            "AD Connector."));
    if (auto ok = rules::directoryName(name); !ok)
        return ok.error();
    if (auto ok = rules::region(region); !ok)
        return ok.error();
    if (runsExchange && type != DirectoryType::ADConnector)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("exchange"),
                         tr("Microsoft Exchange: only an AD Connector directory reaches a domain that runs "
                            "Exchange."));
    return m_engine.mutate([&](Change& change) -> Result<Directory> {
        auto count = m_table.countOfType(type, region);
        if (!count)
            return count.error();
        if (count.value() >= limits::DirectoriesPerTypePerRegion)
            return makeError(ErrorCode::LimitReached, QStringLiteral("type"),
                             tr("Type: the account already has %1 %2 directories in %3, the most allowed.")
                                 .arg(limits::DirectoriesPerTypePerRegion)
                                 .arg(labelOf(type), region));
        auto taken = m_table.nameTaken(name, region);
        if (!taken)
            return taken.error();
        if (taken.value())
            return makeError(ErrorCode::NameTaken, QStringLiteral("name"),
                             tr("Directory name: %1 is already registered in %2.").arg(name, region));
        Directory d;
        d.id = ids::newDirectoryId();
        d.name = name.toLower();
        d.type = type;
        d.region = region;
        d.runsExchange = runsExchange;
        d.createdAt = m_engine.now();
        if (auto ok = m_table.insert(d); !ok)
            return ok.error();
        if (auto ok = addBuiltIns(d); !ok)
            return ok.error();
        d.userCount = 2;
        if (auto ok = m_engine.recordAudit({}, QStringLiteral("directory.create"), d.id, {}, json::of(d));
            !ok)
            return ok.error();
        change = {
            Change::Subject::Directory, Change::Kind::Added, {}, {d.id}, QStringLiteral("directory.create")};
        return d;
    });
}

Result<Directory> Directories::createMailDirectory(const QString& name, const QString& region)
{
    // Runs inside an organization creation step's transaction.
    Directory d;
    d.id = ids::newDirectoryId();
    d.name = name;
    d.type = DirectoryType::WorkMail;
    d.region = region;
    d.createdAt = m_engine.now();
    if (auto ok = m_table.insert(d); !ok)
        return ok.error();
    return d;
}

Status Directories::addBuiltIns(const Directory& directory)
{
    for (const auto& [username, display] : {std::pair{QStringLiteral("Administrator"), tr("Administrator")},
                                            std::pair{QStringLiteral("Guest"), tr("Guest")}}) {
        DirectoryUserInput input{username, {{}, {}, display, {}, {}, {}}};
        if (auto added = insertUser(directory, input, UserRole::SystemUser); !added)
            return added.error();
    }
    return Done{};
}

Result<QVector<Directory>> Directories::list(const QString& region)
{
    return m_table.list(region);
}

Result<Directory> Directories::get(const QString& id)
{
    return m_table.get(id, true);
}

Status Directories::remove(const QString& id)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto d = m_table.get(id);
        if (!d)
            return d.error();
        if (!d.value().organizationId.isEmpty())
            return makeError(
                ErrorCode::DirectoryInUse, QStringLiteral("directory"),
                tr("Directory: %1 is used by the organization %2; remove the organization first.")
                    .arg(d.value().name, d.value().organizationAlias));
        if (auto ok = m_table.remove(id); !ok)
            return ok.error();
        if (auto ok =
                m_engine.recordAudit({}, QStringLiteral("directory.remove"), id, json::of(d.value()), {});
            !ok)
            return ok.error();
        change = {
            Change::Subject::Directory, Change::Kind::Removed, {}, {id}, QStringLiteral("directory.remove")};
        return Done{};
    });
}

Result<User> Directories::insertUser(const Directory& directory, const DirectoryUserInput& input,
                                     UserRole role, std::optional<ResourceType> resourceType)
{
    if (auto ok = rules::username(input.username, directory.maxUsernameLength()); !ok)
        return ok.error();
    if (auto ok = rules::userDetails(input.details); !ok)
        return ok.error();
    UserTable users(m_engine.store());
    auto taken = users.usernameTaken(directory.id, input.username);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(
            ErrorCode::UsernameTaken, QStringLiteral("username"),
            tr("Username: %1 already exists in the directory %2.").arg(input.username, directory.name));
    User u;
    u.id = ids::newUuid();
    u.directoryId = directory.id;
    u.organizationId = directory.organizationId;
    u.username = input.username;
    u.details = input.details;
    u.role = role;
    u.resourceType = resourceType;
    u.state = UserState::Disabled;
    u.createdAt = m_engine.now();
    if (auto ok = users.insert(u, {}); !ok)
        return ok.error();
    return u;
}

Result<User> Directories::addUser(const QString& directoryId, const DirectoryUserInput& input)
{
    return m_engine.mutate([&](Change& change) -> Result<User> {
        auto d = m_table.get(directoryId);
        if (!d)
            return d.error();
        auto u = insertUser(d.value(), input, UserRole::User);
        if (!u)
            return u.error();
        if (auto ok = m_engine.recordAudit(d.value().organizationId, QStringLiteral("directory.user.add"),
                                           u.value().id, {}, json::of(u.value()));
            !ok)
            return ok.error();
        change = {Change::Subject::User,
                  Change::Kind::Added,
                  d.value().organizationId,
                  {u.value().id},
                  QStringLiteral("directory.user.add")};
        return u;
    });
}

Result<User> Directories::addExchangeResource(const QString& directoryId, const QString& name,
                                              const QString& displayName, ResourceType type)
{
    return m_engine.mutate([&](Change& change) -> Result<User> {
        auto d = m_table.get(directoryId);
        if (!d)
            return d.error();
        const Directory& directory = d.value();
        if (directory.type != DirectoryType::ADConnector || !directory.runsExchange)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("directory"),
                tr("Directory: %1 is not an AD Connector to a domain that runs Microsoft Exchange, so it "
                   "has no Exchange resources.")
                    .arg(directory.name));
        if (auto ok = rules::resourceName(name); !ok)
            return ok.error();
        UserTable users(m_engine.store());
        auto taken = users.usernameTaken(directoryId, name);
        if (!taken)
            return taken.error();
        if (taken.value())
            return makeError(ErrorCode::UsernameTaken, QStringLiteral("name"),
                             tr("Resource name: %1 is already a user or resource of the directory %2.")
                                 .arg(name, directory.name));
        if (!directory.organizationId.isEmpty()) {
            auto resource =
                ResourceTable(m_engine.store()).nameTaken(directory.organizationId, name, QString());
            if (!resource)
                return resource.error();
            if (resource.value())
                return makeError(ErrorCode::NameTaken, QStringLiteral("name"),
                                 tr("Resource name: %1 is already a resource of the organization %2.")
                                     .arg(name, directory.organizationAlias));
        }
        auto u = insertUser(directory, {name, {{}, {}, displayName, {}, {}, {}}}, UserRole::ExchangeResource,
                            type);
        if (!u)
            return u.error();
        QJsonObject after = json::of(u.value());
        after.insert(QStringLiteral("resourceType"), nameOf(type));
        const QString action = QStringLiteral("directory.resource.add");
        if (auto ok = m_engine.recordAudit(directory.organizationId, action, u.value().id, {}, after); !ok)
            return ok.error();
        change = {
            Change::Subject::User, Change::Kind::Added, directory.organizationId, {u.value().id}, action};
        return u;
    });
}

Result<Group> Directories::addGroup(const QString& directoryId, const QString& name)
{
    const QString trimmed = name.trimmed();
    return m_engine.mutate([&](Change& change) -> Result<Group> {
        auto d = m_table.get(directoryId);
        if (!d)
            return d.error();
        if (auto ok = rules::groupName(trimmed); !ok)
            return ok.error();
        GroupTable groups(m_engine.store());
        auto taken = groups.nameTaken(directoryId, trimmed);
        if (!taken)
            return taken.error();
        if (taken.value())
            return makeError(ErrorCode::NameTaken, QStringLiteral("name"),
                             tr("Group name: %1 is already a group of this directory.").arg(trimmed));
        Group g;
        g.id = ids::newUuid();
        g.directoryId = directoryId;
        g.organizationId = d.value().organizationId;
        g.name = trimmed;
        g.state = GroupState::Disabled;
        g.createdAt = m_engine.now();
        if (auto ok = groups.insert(g); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(g.organizationId, QStringLiteral("directory.group.add"), g.id, {},
                                           json::of(g));
            !ok)
            return ok.error();
        change = {Change::Subject::Group,
                  Change::Kind::Added,
                  g.organizationId,
                  {g.id},
                  QStringLiteral("directory.group.add")};
        return g;
    });
}

Result<ImportSummary> Directories::importUsers(const QString& directoryId, const QString& csvPath)
{
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return allowed.error();
    if (auto d = m_table.get(directoryId); !d)
        return d.error();
    auto table = csv::read(csvPath);
    if (!table)
        return table.error();
    const csv::Table& t = table.value();
    if (!t.hasColumns({QStringLiteral("username"), QStringLiteral("display_name")}))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("file"),
                         tr("File: the first line must name the columns, at least username and display_name "
                            "(optional: first_name, last_name, street, phone, company)."));
    return importEach(t, [&](const QStringList& row) {
        auto cell = [&](const char* name) { return t.cell(row, QString::fromLatin1(name)); };
        return statusOf(addUser(directoryId, {cell("username"),
                                              {cell("first_name"), cell("last_name"), cell("display_name"),
                                               cell("street"), cell("phone"), cell("company")}}));
    });
}

} // namespace mailroom
