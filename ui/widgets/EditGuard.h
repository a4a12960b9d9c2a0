#pragma once
// The save/revert/leave guard of every editing tab and settings pane (UI.md: edits are kept with
// Save and undone with Revert): the Save and Revert buttons in a row under the tab after its notes,
// Revert before Save; Revert while there are unsaved edits, Save while they may also be saved;
// the conflict bar's Reload and Keep mine (ARCHITECTURE.md, versions and Conflict); and the
// question when the administrator leaves with unsaved edits.

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <initializer_list>

class QHBoxLayout;
class QPushButton;
class QWidget;

namespace mailroom {

class ConflictBar;
class Engine;
struct Change;

class EditGuard
{
    Q_DECLARE_TR_FUNCTIONS(mailroom::EditGuard)
public:
    // What the tab does; the guard calls it, never before the tab is built.
    struct Edits
    {
        std::function<bool()> dirty;  // there are unsaved edits
        std::function<bool()> save;   // true when saved; shows why not itself
        std::function<void()> revert; // drops the edits and shows what is saved
    };

    // The buttons are named save<name> and revert<name> ("saveJournaling").
    EditGuard(QWidget* tab, const QString& name, Edits edits);
    EditGuard(const EditGuard&) = delete;
    EditGuard& operator=(const EditGuard&) = delete;

    // The conflict bar for what the tab edits: it shows another process's change that concerns
    // it while there are unsaved edits (ConflictBar::watch); Reload reverts; Keep mine hands the
    // tab the version it now writes over (adoptTheirs) and saves again. Without adoptTheirs the
    // tab handles Keep mine itself.
    void followConflicts(ConflictBar* bar, Engine& engine, std::function<bool(const Change&)> concerns,
                         std::function<void(qint64 theirVersion)> adoptTheirs = {});
    // The notes (each taking an equal share of the room), a stretch, Revert and Save.
    QHBoxLayout* row(std::initializer_list<QWidget*> notes) const;
    // Enables the buttons for the edits as they are now.
    void update(bool saveAllowed);
    bool dirty() const { return m_edits.dirty(); }
    // Leaving with unsaved edits: asks Save, Discard or Cancel with the tab's title and question;
    // true when the administrator may leave (saved, discarded or nothing to save).
    bool mayLeave(const QString& title, const QString& question) const;

    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }

private:
    QWidget* m_tab;
    Edits m_edits;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace mailroom
