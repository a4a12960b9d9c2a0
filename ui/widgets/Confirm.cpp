#include "Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace mailroom {

std::optional<bool> Confirm::s_nextAnswer;

void Confirm::setNextAnswer(bool answer)
{
    s_nextAnswer = answer;
}

bool Confirm::ask(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* confirm = box.addButton(action, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace mailroom
