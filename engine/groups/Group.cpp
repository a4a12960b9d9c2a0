#include "Group.h"

#include <QCoreApplication>

namespace mailroom {

} // namespace mailroom
