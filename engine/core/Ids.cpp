#include "Ids.h"

#include <QUuid>

namespace mailroom::ids {

namespace {
QString hexUuid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

QString newOrganizationId()
{
    return QStringLiteral("m-") + hexUuid();
}

QString newDirectoryId()
{
    return QStringLiteral("d-") + hexUuid().left(10);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace mailroom::ids
