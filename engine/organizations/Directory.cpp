#include "Directory.h"

#include <QCoreApplication>

namespace mailroom {

namespace {
constexpr DirectoryType allTypes[] = {DirectoryType::SimpleAD, DirectoryType::ManagedAD,
                                      DirectoryType::ADConnector, DirectoryType::WorkMail};
}

} // namespace mailroom
