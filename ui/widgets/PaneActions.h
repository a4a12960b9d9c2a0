#pragma once
// The actions of a list pane (UI.md): each a QAction with a themed icon and an object name,
// shown as a row of buttons above the table and as the table's context menu, and disabled
// with a tooltip that says why.

#include <QList>
#include <QObject>
#include <functional>

class QAbstractItemView;
class QAction;
class QHBoxLayout;
class QIcon;
class QWidget;

namespace mailroom {

class PaneActions : public QObject
{
    Q_OBJECT
public:
    explicit PaneActions(QWidget* pane);

    // A shortcut-able action of the pane (shortcuts act while the pane has focus), with the
    // theme's icon of that name or the bundled fallback.
    QAction* add(const QString& icon, const QString& text, const QString& objectName,
                 std::function<void()> slot);
    // The same with an icon of the caller's choice (one without a bundled fallback).
    QAction* add(const QIcon& icon, const QString& text, const QString& objectName,
                 std::function<void()> slot);
    // The buttons, primary action first, then a stretch.
    QHBoxLayout* buttonRow() const;
    // The actions as the view's context menu.
    void setContextMenu(QAbstractItemView* view);
    const QList<QAction*>& all() const { return m_actions; }
    // The action's Delete-key shortcut acts in the view alone: pressed in a list of the details
    // panel below, it must not remove what the table shows.
    void removeKeyInViewOnly(QAction* action, QAbstractItemView* view);

    // Enables the action when whyNot is empty; otherwise disables it with whyNot as its tooltip.
    static void allow(QAction* action, const QString& whyNot);

private:
    QWidget* m_pane;
    QList<QAction*> m_actions;
};

} // namespace mailroom
