#pragma once
// Users in and out of an organization as CSV files (USR-1, USR-2): the same operations for the
// command line and the console.

#include "User.h"
#include "core/Result.h"
#include "organizations/Directories.h"

namespace mailroom {

class Engine;

class UserTransfer
{
public:
    explicit UserTransfer(Engine& engine);

    // Reads a CSV with the columns username, display_name, email, password and optionally
    // first_name, last_name; creates each row through Users::create and reports the rows it
    // refused with their file line. Errors (for the whole file): FileError, InvalidValue (field
    // "file": missing columns or a broken quote), NotFound, WrongState, AccessDenied.
    Result<ImportSummary> importCsv(const QString& orgId, const QString& path);
    // Writes the users the query selects, in its order, with the columns username, first_name,
    // last_name, display_name, email, state, role and created; never a password.
    // Errors: FileError, those of Users::page.
    Status exportCsv(const UserQuery& query, const QString& path);

    static QStringList importColumns(); // required first, then optional
    static QStringList exportColumns();

private:
    Engine& m_engine;
};

} // namespace mailroom
