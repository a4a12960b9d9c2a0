#pragma once
// The Save and Revert buttons of a detail tab (UI.md: edits are kept with Save and undone with
// Revert): in a row under the tab after its notes, Revert before Save; Revert while there are
// unsaved edits, Save while they may also be saved. Leaving with unsaved edits: UnsavedEdits.h.

#include <QString>
#include <functional>
#include <initializer_list>

class QHBoxLayout;
class QPushButton;
class QWidget;

namespace mailroom {

class SaveRevertButtons
{
public:
    // The texts come from the tab's own tr(), so that they keep its translation context.
    SaveRevertButtons(QWidget* tab, const QString& saveText, const QString& saveName,
                      const QString& revertText, const QString& revertName);
    SaveRevertButtons(const SaveRevertButtons&) = delete;
    SaveRevertButtons& operator=(const SaveRevertButtons&) = delete;

    void onClicked(const std::function<void()>& save, const std::function<void()>& revert);
    // The notes (each taking an equal share of the room), a stretch, Revert and Save.
    QHBoxLayout* row(std::initializer_list<QWidget*> notes) const;
    void update(bool dirty, bool saveAllowed);
    QPushButton* save() const { return m_save; }
    QPushButton* revert() const { return m_revert; }

private:
    QWidget* m_tab;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace mailroom
