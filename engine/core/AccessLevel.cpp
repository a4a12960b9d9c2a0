#include "AccessLevel.h"

#include <QCoreApplication>

namespace mailroom {

} // namespace mailroom
