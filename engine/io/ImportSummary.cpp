#include "ImportSummary.h"

namespace mailroom {

ImportSummary importEach(const csv::Table& table, const std::function<Status(const QStringList& row)>& addRow)
{
    ImportSummary summary;
    for (int i = 0; i < table.rows.size(); ++i) {
        const Status added = addRow(table.rows.at(i));
        if (added)
            ++summary.added;
        else
            summary.failures.append({table.lineNumbers.at(i), added.error()});
    }
    return summary;
}

} // namespace mailroom
