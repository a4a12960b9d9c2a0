#include "StatusBadgeDelegate.h"

#include "ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace mailroom {

std::optional<BadgeTone> badgeTone(Badge badge)
{
    switch (badge) {
    case Badge::Good:
        return BadgeTone{QColor(0x2e, 0x7d, 0x32), Qt::white};
    case Badge::Pending:
        return BadgeTone{QColor(0xf9, 0xa8, 0x25), Qt::black};
    case Badge::Bad:
        return BadgeTone{QColor(0xc6, 0x28, 0x28), Qt::white};
    case Badge::Neutral:
        return BadgeTone{QColor(0x75, 0x75, 0x75), Qt::white};
    case Badge::None:
        break;
    }
    return std::nullopt;
}

QString badgeHtml(const QString& text, Badge badge)
{
    const auto tone = badgeTone(badge);
    if (!tone)
        return text.toHtmlEscaped();
    return QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
        .arg(tone->fill.name(), tone->text.name(), text.toHtmlEscaped());
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const auto tone = badgeTone(Badge(index.data(BadgeRole).toInt()));
    if (!tone) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, hover) as the style draws it, then the pill.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 4;
    const int width = metrics.horizontalAdvance(text) + 16;
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1,
                     std::min(width, option.rect.width() - 8), height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tone->fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(tone->text);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 24;
    size.rheight() = std::max(size.height(), QFontMetrics(option.font).height() + 8);
    return size;
}

} // namespace mailroom
