#pragma once
// A directory of the account's registry (ORG-3): Simple AD, Managed AD or AD Connector, or the
// mail directory that Quick setup makes (not listed in the registry).

#include "core/EnumTable.h"

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

constexpr auto describe(DirectoryType)
{
    return enumTable<DirectoryType>(
        "Directory",
        {{DirectoryType::SimpleAD, "SimpleAD", QT_TRANSLATE_NOOP("Directory", "Simple AD"), "simple-ad"},
         {DirectoryType::ManagedAD, "ManagedAD", QT_TRANSLATE_NOOP("Directory", "Managed AD"), "managed-ad"},
         {DirectoryType::ADConnector, "ADConnector", QT_TRANSLATE_NOOP("Directory", "AD Connector"),
          "ad-connector"},
         {DirectoryType::WorkMail, "WorkMail", QT_TRANSLATE_NOOP("Directory", "Mail directory"), "mail"}});
}
// Accepts the stable name or the CLI name.

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
