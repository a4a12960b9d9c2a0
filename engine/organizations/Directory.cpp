#include "Directory.h"

#include <QCoreApplication>

namespace mailroom {

namespace {
constexpr DirectoryType allTypes[] = {DirectoryType::SimpleAD, DirectoryType::ManagedAD,
                                      DirectoryType::ADConnector, DirectoryType::WorkMail};
}

QString directoryTypeName(DirectoryType type)
{
    switch (type) {
    case DirectoryType::SimpleAD:
        return QStringLiteral("SimpleAD");
    case DirectoryType::ManagedAD:
        return QStringLiteral("ManagedAD");
    case DirectoryType::ADConnector:
        return QStringLiteral("ADConnector");
    case DirectoryType::WorkMail:
        return QStringLiteral("WorkMail");
    }
    return QString();
}

QString directoryTypeLabel(DirectoryType type)
{
    switch (type) {
    case DirectoryType::SimpleAD:
        return QCoreApplication::translate("Directory", "Simple AD");
    case DirectoryType::ManagedAD:
        return QCoreApplication::translate("Directory", "Managed AD");
    case DirectoryType::ADConnector:
        return QCoreApplication::translate("Directory", "AD Connector");
    case DirectoryType::WorkMail:
        return QCoreApplication::translate("Directory", "Mail directory");
    }
    return QString();
}

QString directoryTypeCliName(DirectoryType type)
{
    switch (type) {
    case DirectoryType::SimpleAD:
        return QStringLiteral("simple-ad");
    case DirectoryType::ManagedAD:
        return QStringLiteral("managed-ad");
    case DirectoryType::ADConnector:
        return QStringLiteral("ad-connector");
    case DirectoryType::WorkMail:
        return QStringLiteral("mail");
    }
    return QString();
}

std::optional<DirectoryType> directoryTypeFromName(const QString& name)
{
    for (DirectoryType t : allTypes) {
        if (name.compare(directoryTypeName(t), Qt::CaseInsensitive) == 0 ||
            name.compare(directoryTypeCliName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace mailroom
