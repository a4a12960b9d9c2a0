#include "Organization.h"

#include <QCoreApplication>

namespace mailroom {

} // namespace mailroom
