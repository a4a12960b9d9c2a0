#pragma once
// A generated sample account for trying the console (mailroom --demo): a Quick-setup
// organization, and a Standard-setup organization on a Simple AD directory of 200 users, some
// enabled, some disabled long ago (purged), and one disabled ten days ago (still restorable); and
// an organization in interoperability mode on an AD Connector to Microsoft Exchange.
// Made through the engine's own operations with a fixed seed, so every run makes the same data.

#include "core/Result.h"

namespace mailroom {

class SampleAccount
{
public:
    static constexpr int DirectoryUsers = 200;

    // Creates the sample account in a new database at path. Errors: FileError when path
    // exists, and those of the operations.
    static Status generate(const QString& path);
    // QStandardPaths::AppDataLocation/demo.sqlite
    static QString defaultPath();
};

} // namespace mailroom
