#pragma once
// Paints status cells as a coloured pill with its text: colour plus text, never colour alone
// (UI.md). The only hard-coded colours of the console, chosen to read on light and dark.

#include <QStyledItemDelegate>

namespace mailroom {

class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mailroom
