#include "InteropRules.h"

#include <QCoreApplication>

namespace mailroom::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::interop", text);
}

} // namespace

Status allowed(const Organization& organization, Managed what, const QString& name)
{
    if (!organization.interoperability)
        return Done{};
    QString message;
    switch (what) {
    case Managed::UserAddresses:
        message = tr(
            "Addresses: %1's addresses and aliases come from Microsoft Exchange while the organization is in "
            "interoperability mode; change them in the Exchange admin center.");
        break;
    case Managed::UserDisable:
        message =
            tr("Disable: in interoperability mode users are managed in Microsoft Exchange and can only be "
               "enabled here; manage %1 in the Exchange admin center.");
        break;
    case Managed::UserDelete:
        message =
            tr("Delete: in interoperability mode users are managed in Microsoft Exchange; remove %1 in the "
               "Exchange admin center.");
        break;
    case Managed::GroupMembers:
        message = tr(
            "Members: in interoperability mode groups are managed in Microsoft Exchange; change the members "
            "of %1 in the Exchange admin center.");
        break;
    case Managed::GroupDisable:
        message =
            tr("Disable: in interoperability mode groups are managed in Microsoft Exchange and can only be "
               "enabled here; manage %1 in the Exchange admin center.");
        break;
    case Managed::GroupDelete:
        message =
            tr("Delete: in interoperability mode groups are managed in Microsoft Exchange; remove %1 in the "
               "Exchange admin center.");
        break;
    }
    return makeError(ErrorCode::WrongState, QStringLiteral("interoperability"), message.arg(name));
}

Status enableAddress(const Organization& organization, const QString& proposed, const QString& typed,
                     const QString& field)
{
    if (!organization.interoperability || proposed.isEmpty() ||
        typed.trimmed().compare(proposed, Qt::CaseInsensitive) == 0)
        return Done{};
    return makeError(
        ErrorCode::InvalidValue, field,
        tr("Address: in interoperability mode the address comes from Microsoft Exchange (%1) and cannot "
           "be changed here; change it in the Exchange admin center.")
            .arg(proposed));
}

} // namespace mailroom::interop
