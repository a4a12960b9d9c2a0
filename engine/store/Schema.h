#pragma once
// The schema as a list of forward migrations. Migration N brings user_version from N-1 to N.
// Each statement is one SQL statement (SQLite's driver runs one per exec) and keeps to SQL
// that PostgreSQL also runs.

#include <QStringList>
#include <QVector>

namespace mailroom::schema {

struct Migration
{
    int version;
    QStringList statements;
};

const QVector<Migration>& migrations();

} // namespace mailroom::schema
