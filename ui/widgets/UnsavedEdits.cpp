#include "UnsavedEdits.h"

#include <QMessageBox>

namespace mailroom::unsaved {

bool mayLeave(QWidget* parent, bool dirty, const QString& title, const QString& text,
              const std::function<bool()>& save, const std::function<void()>& revert)
{
    if (!dirty)
        return true;
    const auto answer = QMessageBox::question(parent, title, text,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

} // namespace mailroom::unsaved
