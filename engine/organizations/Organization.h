#pragma once
// An organization (ORG-1..ORG-6) and the names of its states.

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>

namespace mailroom {

enum class OrgState
{
    Requested,
    Creating,
    Active,
    Failed,
    Validating,
    Impaired,
    Inactive
};
enum class SetupKind
{
    Quick,
    Standard
};

constexpr auto describe(OrgState)
{
    return enumTable<OrgState>(
        "OrgState", {{OrgState::Requested, "Requested", QT_TRANSLATE_NOOP("OrgState", "Requested")},
                     {OrgState::Creating, "Creating", QT_TRANSLATE_NOOP("OrgState", "Creating")},
                     {OrgState::Active, "Active", QT_TRANSLATE_NOOP("OrgState", "Active")},
                     {OrgState::Failed, "Failed", QT_TRANSLATE_NOOP("OrgState", "Failed")},
                     {OrgState::Validating, "Validating", QT_TRANSLATE_NOOP("OrgState", "Validating")},
                     {OrgState::Impaired, "Impaired", QT_TRANSLATE_NOOP("OrgState", "Impaired")},
                     {OrgState::Inactive, "Inactive", QT_TRANSLATE_NOOP("OrgState", "Inactive")}});
}

constexpr auto describe(SetupKind)
{
    return enumTable<SetupKind>("Organization",
                                {{SetupKind::Quick, "Quick"}, {SetupKind::Standard, "Standard"}});
}

struct Organization
{
    QString id;    // m- + 32 hex
    QString alias; // lower case
    QString region;
    OrgState state = OrgState::Requested;
    QString stateReason;
    int creationStep = 0; // steps done so far while Requested/Creating
    SetupKind setup = SetupKind::Quick;
    QString directoryId;
    QString directoryName;
    QString directoryType; // DirectoryType name, empty until the directory is attached
    QString kmsKey;        // "default" or a key ARN
    bool interoperability = false;
    QString defaultDomain;
    QDateTime createdAt;
    qint64 version = 0; // raised by every change (Versions); 0 when not read from the store

    QString testDomain() const { return alias + QStringLiteral(".awsapps.com"); }
};

// Limits of ORG-6 and ORG-1.
namespace limits {
constexpr int QuickSetupOrgsPerRegion = 2;
constexpr int DirectoriesPerTypePerRegion = 10;
constexpr int DomainsPerOrganization = 100;
constexpr int AliasesPerUser = 100;
constexpr int TrialDays = 30;
constexpr int TrialUsers = 25;
constexpr int MailboxGigabytes = 50;
constexpr int MessageMegabytes = 25;
constexpr int MailboxRetentionDays = 30;
} // namespace limits

} // namespace mailroom
