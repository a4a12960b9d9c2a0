#pragma once
// SQL for the directory registry.

#include "core/Result.h"
#include "organizations/Directory.h"

#include <QVector>

namespace mailroom {

class Store;

class DirectoryTable
{
public:
    explicit DirectoryTable(Store& store) : m_store(store) {}

    Status insert(const Directory& directory);
    // userCount is filled only when asked: counting walks the directory's users.
    Result<Directory> get(const QString& id, bool withUserCount = false);
    // Registry directories (never the Quick-setup mail directories), optionally of one region.
    Result<QVector<Directory>> list(const QString& region);
    Result<int> countOfType(DirectoryType type, const QString& region);
    Result<bool> nameTaken(const QString& name, const QString& region);
    Status remove(const QString& id);

private:
    Store& m_store;
};

} // namespace mailroom
