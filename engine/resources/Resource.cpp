#include "Resource.h"

#include <QCoreApplication>

namespace mailroom {

} // namespace mailroom
