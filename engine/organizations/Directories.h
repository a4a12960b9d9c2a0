#pragma once
// The account's directory registry (ORG-3): Simple AD, Managed AD and AD Connector directories
// with their own users, which exist before mail is enabled for them.

#include "Directory.h"
#include "core/Result.h"
#include "groups/Group.h"
#include "io/ImportSummary.h"
#include "store/tables/DirectoryTable.h"
#include "users/User.h"

#include <QVector>

namespace mailroom {

class Engine;

struct DirectoryUserInput
{
    QString username;
    UserDetails details;
};

class Directories
{
public:
    explicit Directories(Engine& engine);

    // Creates a directory with the built-in Administrator and Guest system users.
    // Errors: InvalidValue (name, region, type), LimitReached (10 per type per region),
    // NameTaken (the name is used in the region), AccessDenied.
    Result<Directory> create(DirectoryType type, const QString& name, const QString& region,
                             bool runsExchange = false);
    Result<QVector<Directory>> list(const QString& region = {});
    Result<Directory> get(const QString& id);
    // Errors: DirectoryInUse while an organization uses it, NotFound.
    Status remove(const QString& id);

    // Adds a user to the directory, disabled for mail. When an organization uses the directory the
    // user appears in its users list. Errors: InvalidValue, Required, UsernameTaken, NotFound.
    Result<User> addUser(const QString& directoryId, const DirectoryUserInput& input);
    // Adds a room or equipment of Microsoft Exchange to an AD Connector directory that runs
    // Exchange: a directory entry with the role ExchangeResource that the users list of the
    // organization using the directory shows while it is in interoperability mode (RES-4), and
    // that can never be enabled here. Errors: WrongState ("directory": not an AD Connector that
    // runs Exchange), InvalidValue and Required (name as for resources, display name),
    // UsernameTaken (the directory has the name), NameTaken (the organization has a resource of
    // that name), NotFound, AccessDenied.
    Result<User> addExchangeResource(const QString& directoryId, const QString& name,
                                     const QString& displayName, ResourceType type);
    // Adds a group to the directory, disabled for mail (GRP-2 enables it). Errors: InvalidValue,
    // Required, NameTaken, NotFound.
    Result<Group> addGroup(const QString& directoryId, const QString& name);
    // Reads a CSV with the columns username, first_name, last_name, display_name and optionally
    // street, phone, company; adds each valid row and reports the others with their line.
    Result<ImportSummary> importUsers(const QString& directoryId, const QString& csvPath);

    // Used by Organizations for Quick setup: the organization's own mail directory.
    Result<Directory> createMailDirectory(const QString& name, const QString& region);

private:
    Status addBuiltIns(const Directory& directory);
    Result<User> insertUser(const Directory& directory, const DirectoryUserInput& input, UserRole role,
                            std::optional<ResourceType> resourceType = std::nullopt);

    Engine& m_engine;
    DirectoryTable m_table;
};

} // namespace mailroom
