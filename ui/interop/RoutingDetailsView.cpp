#include "RoutingDetailsView.h"

#include "CommandBlock.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailroom {

namespace {

QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A tab whose contents scroll when the wizard is small.
QWidget* scrolling(QWidget* contents)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(contents);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the texts wrap
    return scroll;
}

} // namespace

RoutingDetailsView::RoutingDetailsView(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)),
      m_message(wrapped(this, QStringLiteral("routingMessage"))), m_heading(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_before(new QLabel(this)),
      m_commands(new CommandBlock(QStringLiteral("routingCommands"), tr("Email routing commands"), this)),
      m_after(new QLabel(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_heading->setObjectName(QStringLiteral("routingHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_tabs->setObjectName(QStringLiteral("routingTabs"));
    m_tabs->setAccessibleName(tr("Email routing of the user"));

    auto* addresses = new QWidget;
    auto* grid = new QGridLayout(addresses);
    grid->setColumnStretch(3, 1);
    m_rows = {addAddressRow(grid, 0, tr("On the test domain:")),
              addAddressRow(grid, 1, tr("From Exchange:"))};
    grid->setRowStretch(4, 1);
    m_tabs->addTab(scrolling(addresses), tr("Required &addresses"));

    auto* before = new QWidget;
    auto* beforeLayout = new QVBoxLayout(before);
    m_before->setObjectName(QStringLiteral("beforeNotes"));
    m_before->setWordWrap(true);
    m_before->setAccessibleName(tr("Before running the commands"));
    beforeLayout->addWidget(m_before);
    beforeLayout->addStretch(1);
    m_tabs->addTab(scrolling(before), tr("Before you s&tart"));

    auto* commands = new QWidget;
    auto* commandsLayout = new QVBoxLayout(commands);
    auto* commandsCaption = new QLabel(
        tr("Once everything under Before you start holds, run these in the Exchange Management Shell:"),
        commands);
    commandsCaption->setWordWrap(true);
    commandsLayout->addWidget(commandsCaption);
    commandsLayout->addWidget(m_commands);
    commandsLayout->addStretch(1);
    m_tabs->addTab(scrolling(commands), tr("&Commands"));

    auto* after = new QWidget;
    auto* afterLayout = new QVBoxLayout(after);
    m_after->setObjectName(QStringLiteral("afterNotes"));
    m_after->setWordWrap(true);
    m_after->setAccessibleName(tr("After running the commands"));
    afterLayout->addWidget(m_after);
    afterLayout->addStretch(1);
    m_tabs->addTab(scrolling(after), tr("A&fter running them"));

    auto* routing = new QWidget(this);
    auto* routingLayout = new QVBoxLayout(routing);
    routingLayout->setContentsMargins(0, 0, 0, 0);
    routingLayout->addWidget(m_heading);
    routingLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(routing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

RoutingDetailsView::AddressRow RoutingDetailsView::addAddressRow(QGridLayout* grid, int index,
                                                                 const QString& caption)
{
    QWidget* parent = grid->parentWidget();
    AddressRow row{new QLabel(parent), new QLabel(parent), new QLabel(parent), wrapped(parent, {})};
    row.icon->setObjectName(QStringLiteral("addressIcon%1").arg(index));
    row.address->setObjectName(QStringLiteral("address%1").arg(index));
    row.address->setTextFormat(Qt::PlainText);
    row.address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row.address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row.address->setAccessibleName(caption);
    row.state->setObjectName(QStringLiteral("addressState%1").arg(index));
    row.note->setObjectName(QStringLiteral("addressNote%1").arg(index));
    row.note->setTextFormat(Qt::PlainText);
    const int top = index * 2;
    grid->addWidget(new QLabel(caption, parent), top, 0);
    grid->addWidget(row.icon, top, 1);
    grid->addWidget(row.state, top, 2);
    grid->addWidget(row.address, top, 3);
    grid->addWidget(row.note, top + 1, 1, 1, 3);
    return row;
}

QString RoutingDetailsView::bullets(const QStringList& items)
{
    QString html;
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">") + html +
           QStringLiteral("</ul>");
}

QString RoutingDetailsView::fixFor(const User& user, const interop::RequiredAddress& address)
{
    if (address.present)
        return {};
    if (user.state != UserState::Enabled)
        return tr("Enable %1 first (Enable… above): enabling keeps the address Exchange gave.")
            .arg(user.username);
    if (address.address.isEmpty())
        return address.note;
    return tr("In interoperability mode addresses come from Exchange and cannot be edited here: add %1 to "
              "%2's "
              "email addresses in the Exchange admin center; the directory then synchronises it here (every "
              "four hours, or on demand).")
        .arg(address.address, user.username);
}

void RoutingDetailsView::showRouting(const User& user, const interop::RoutingCommands& routing, int selected)
{
    const QString who = user.details.displayName.isEmpty()
                            ? user.username
                            : tr("%1 (%2)").arg(user.username, user.details.displayName);
    m_heading->setText(selected > 1 ? tr("Email routing of %1 — %2 users selected").arg(who).arg(selected)
                                    : tr("Email routing of %1").arg(who));
    QStyle* style = QApplication::style();
    const int iconSize = style->pixelMetric(QStyle::PM_SmallIconSize);
    for (int i = 0; i < m_rows.size(); ++i) {
        const AddressRow& row = m_rows.at(i);
        const bool has = i < routing.addresses.size();
        const interop::RequiredAddress a = has ? routing.addresses.at(i) : interop::RequiredAddress{};
        row.address->setText(a.address.isEmpty() ? tr("(none)") : a.address);
        row.state->setText(a.present ? tr("Present") : tr("Missing"));
        row.icon->setPixmap(
            style->standardIcon(a.present ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
                .pixmap(iconSize, iconSize));
        row.icon->setAccessibleName(row.state->text());
        const QString fix = fixFor(user, a);
        row.note->setText(fix.isEmpty() || fix == a.note ? a.note : a.note + u'\n' + fix);
    }
    m_before->setText(bullets(routing.before));
    m_commands->setCommands(routing.commands);
    m_after->setText(bullets(routing.after));
    m_stack->setCurrentIndex(1);
}

void RoutingDetailsView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
}

} // namespace mailroom
