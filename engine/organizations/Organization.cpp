#include "Organization.h"

#include <QCoreApplication>

namespace mailroom {

QString orgStateName(OrgState state)
{
    switch (state) {
    case OrgState::Requested:
        return QStringLiteral("Requested");
    case OrgState::Creating:
        return QStringLiteral("Creating");
    case OrgState::Active:
        return QStringLiteral("Active");
    case OrgState::Failed:
        return QStringLiteral("Failed");
    case OrgState::Validating:
        return QStringLiteral("Validating");
    case OrgState::Impaired:
        return QStringLiteral("Impaired");
    case OrgState::Inactive:
        return QStringLiteral("Inactive");
    }
    return QString();
}

OrgState orgStateFromName(const QString& name)
{
    for (OrgState s : {OrgState::Requested, OrgState::Creating, OrgState::Active, OrgState::Failed,
                       OrgState::Validating, OrgState::Impaired, OrgState::Inactive}) {
        if (orgStateName(s) == name)
            return s;
    }
    return OrgState::Failed;
}

QString orgStateLabel(OrgState state)
{
    switch (state) {
    case OrgState::Requested:
        return QCoreApplication::translate("OrgState", "Requested");
    case OrgState::Creating:
        return QCoreApplication::translate("OrgState", "Creating");
    case OrgState::Active:
        return QCoreApplication::translate("OrgState", "Active");
    case OrgState::Failed:
        return QCoreApplication::translate("OrgState", "Failed");
    case OrgState::Validating:
        return QCoreApplication::translate("OrgState", "Validating");
    case OrgState::Impaired:
        return QCoreApplication::translate("OrgState", "Impaired");
    case OrgState::Inactive:
        return QCoreApplication::translate("OrgState", "Inactive");
    }
    return QString();
}

QString setupKindName(SetupKind kind)
{
    return kind == SetupKind::Quick ? QStringLiteral("Quick") : QStringLiteral("Standard");
}

} // namespace mailroom
