#include "PaneActions.h"

#include "Icons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QMenu>
#include <QToolButton>

namespace mailroom {

PaneActions::PaneActions(QWidget* pane) : QObject(pane), m_pane(pane) {}

QAction* PaneActions::add(const QString& icon, const QString& text, const QString& objectName,
                          std::function<void()> slot)
{
    return add(icons::themed(icon), text, objectName, std::move(slot));
}

QAction* PaneActions::add(const QIcon& icon, const QString& text, const QString& objectName,
                          std::function<void()> slot)
{
    auto* action = new QAction(icon, text, m_pane);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, m_pane, std::move(slot));
    m_pane->addAction(action);
    m_actions << action;
    return action;
}

QHBoxLayout* PaneActions::buttonRow() const
{
    auto* row = new QHBoxLayout;
    for (QAction* action : m_actions) {
        auto* button = new QToolButton(m_pane);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        row->addWidget(button);
    }
    row->addStretch();
    return row;
}

void PaneActions::setContextMenu(QAbstractItemView* view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
        QMenu menu(m_pane);
        menu.addActions(m_actions);
        menu.exec(view->viewport()->mapToGlobal(at));
    });
}

void PaneActions::removeKeyInViewOnly(QAction* action, QAbstractItemView* view)
{
    action->setShortcut(QKeySequence::Delete);
    m_pane->removeAction(action);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
}

void PaneActions::allow(QAction* action, const QString& whyNot)
{
    action->setEnabled(whyNot.isEmpty());
    action->setToolTip(whyNot.isEmpty() ? action->text().remove(u'&') : whyNot);
}

} // namespace mailroom
