#pragma once
// Questions before destructive actions. Tests answer the next question with setNextAnswer()
// instead of clicking a modal box.

#include <QString>
#include <optional>

class QWidget;

namespace mailroom {

class Confirm
{
public:
    // Asks with a destructive button labelled action and Cancel; true when confirmed.
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& action);
    static void setNextAnswer(bool answer);

private:
    static std::optional<bool> s_nextAnswer;
};

} // namespace mailroom
