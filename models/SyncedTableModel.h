#pragma once
// The base of the list panes' table models that hold every row in memory: after a change it brings
// the rows up to date in place, so that the selection, the scroll position and the sort stay put.

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace mailroom {

class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Makes `rows` hold what `fresh` holds: rows whose key is gone are removed (from the bottom, so
    // that the row numbers above stay right), rows that differ are replaced with one dataChanged
    // each, and new rows are appended in `fresh`'s order. keyOf(row) gives a row's identity and
    // same(a, b) says whether a row shows the same as before.
    template <typename Row, typename KeyOf, typename Same>
    void syncRows(QVector<Row>& rows, const QVector<Row>& fresh, KeyOf keyOf, Same same)
    {
        QHash<QString, int> freshAt;
        for (int i = 0; i < fresh.size(); ++i)
            freshAt.insert(keyOf(fresh.at(i)), i);
        for (int row = int(rows.size()) - 1; row >= 0; --row) {
            if (freshAt.contains(keyOf(rows.at(row))))
                continue;
            beginRemoveRows({}, row, row);
            rows.removeAt(row);
            endRemoveRows();
        }
        QHash<QString, int> kept;
        for (int row = 0; row < rows.size(); ++row) {
            const QString key = keyOf(rows.at(row));
            kept.insert(key, row);
            const Row& now = fresh.at(freshAt.value(key));
            if (same(rows.at(row), now))
                continue;
            rows[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        for (const Row& row : fresh) {
            if (kept.contains(keyOf(row)))
                continue;
            const int at = int(rows.size());
            beginInsertRows({}, at, at);
            rows.append(row);
            endInsertRows();
        }
    }
};

} // namespace mailroom
