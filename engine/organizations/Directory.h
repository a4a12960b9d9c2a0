#pragma once
// A directory of the account's registry (ORG-3): Simple AD, Managed AD or AD Connector, or the
// mail directory that Quick setup makes (not listed in the registry).

#include <QDateTime>
#include <QString>
#include <optional>

namespace mailroom {

enum class DirectoryType
{
    SimpleAD,
    ManagedAD,
    ADConnector,
    WorkMail
};

QString directoryTypeName(DirectoryType type);    // stable: "SimpleAD"
QString directoryTypeLabel(DirectoryType type);   // translated: "Simple AD"
QString directoryTypeCliName(DirectoryType type); // "simple-ad"
// Accepts the stable name or the CLI name.
std::optional<DirectoryType> directoryTypeFromName(const QString& name);

struct Directory
{
    QString id;   // d- + 10 hex
    QString name; // DNS name, e.g. corp.example.com
    DirectoryType type = DirectoryType::SimpleAD;
    QString region;
    bool runsExchange = false; // the AD Connector's domain runs Microsoft Exchange
    QDateTime createdAt;
    QString organizationId; // empty when no organization uses it
    QString organizationAlias;
    int userCount = 0;

    // Usernames are at most 64 characters in the service's own directory, 20 elsewhere (USR-1).
    int maxUsernameLength() const { return type == DirectoryType::WorkMail ? 64 : 20; }
};

} // namespace mailroom
