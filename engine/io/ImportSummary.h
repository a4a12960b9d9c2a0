#pragma once
// The outcome of a CSV import: how many rows were added, and each refused row with its line and
// the engine's reason. Every row is its own operation; good rows stay added.

#include "Csv.h"
#include "core/Result.h"

#include <QVector>
#include <functional>

namespace mailroom {

struct ImportSummary
{
    struct Failure
    {
        int line;
        Error error;
    };
    int added = 0;
    QVector<Failure> failures;
};

// Runs addRow for each row of the table and sums up.
ImportSummary importEach(const csv::Table& table,
                         const std::function<Status(const QStringList& row)>& addRow);

} // namespace mailroom
