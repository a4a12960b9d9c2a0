#pragma once
// A group's Members tab (GRP-1): the members as the chosen list of a MemberPicker, changed with
// Save (which adds and removes the difference) and Revert. A membership that would make a loop
// is refused by the engine and its reason shown.

#include "widgets/EditGuard.h"

#include <QWidget>

namespace mailroom {

class ConflictBar;
class Engine;
class FieldErrors;
class MemberPicker;

class GroupMembersTab : public QWidget
{
    Q_OBJECT
public:
    explicit GroupMembersTab(Engine& engine, QWidget* parent = nullptr);

    void showGroup(const QString& groupId);
    void setEditable(bool editable, const QString& whyNot);
    bool isDirty() const;
    bool save();
    void revert();
    // Asks about unsaved edits; false when the administrator stays.
    bool mayLeave();
    MemberPicker* picker() const { return m_picker; }

private:
    void updateButtons();

    Engine& m_engine;
    QString m_groupId;
    QString m_groupName;
    QStringList m_saved;
    MemberPicker* m_picker;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    EditGuard m_guard;
    bool m_editable = true;
};

} // namespace mailroom
