#include "TableSettings.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace mailroom {

bool TableSettings::restore(QTableView* table, const QString& key)
{
    const QString setting = QStringLiteral("tables/") + key;
    QHeaderView* header = table->horizontalHeader();
    const QByteArray state = QSettings().value(setting).toByteArray();
    const bool restored = !state.isEmpty() && header->restoreState(state);
    auto save = [header, setting] { QSettings().setValue(setting, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, table, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, table, save);
    QObject::connect(header, &QHeaderView::sectionMoved, table, save);
    return restored;
}

} // namespace mailroom
