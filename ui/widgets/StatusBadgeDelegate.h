#pragma once
// Paints status cells as a coloured pill with its text: colour plus text, never colour alone
// (UI.md). The only hard-coded colours of the console, chosen to read on light and dark.

#include "ModelRoles.h"

#include <QColor>
#include <QStyledItemDelegate>
#include <optional>

namespace mailroom {

// A badge's colours (also the dashboard's charts): its fill and the text drawn on it.
struct BadgeTone
{
    QColor fill;
    QColor text;
};
// Nothing for Badge::None.
std::optional<BadgeTone> badgeTone(Badge badge);
// The badge inside rich text (a label's): the same colours around the escaped text; the text alone
// for Badge::None.
QString badgeHtml(const QString& text, Badge badge);

class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mailroom
