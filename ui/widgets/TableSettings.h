#pragma once
// Remembers a table's column widths and sort order per pane (QSettings, UI.md).

#include <QString>

class QTableView;

namespace mailroom {

class TableSettings
{
public:
    // Restores the saved header state now and saves it whenever the header changes. Returns
    // false when nothing was saved yet (the caller then picks first widths).
    static bool restore(QTableView* table, const QString& key);
};

} // namespace mailroom
