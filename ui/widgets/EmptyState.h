#pragma once
// What a list shows when it holds nothing: a sentence saying what it holds and the button that
// creates the first one (UI.md) — never a blank grid.

#include <QWidget>

class QLabel;
class QPushButton;

namespace mailroom {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString& text, const QString& action, QWidget* parent = nullptr);
    void setText(const QString& text);
    QPushButton* button() const { return m_button; }
    // A second, optional action beside the first.
    QPushButton* addSecondaryButton(const QString& text);

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace mailroom
