#pragma once
// Journaling (JRN-1, JRN-2) under Organization settings: on or off, the journaling address (it
// may be outside the organization) and the report address, both validated as typed and kept with
// Save (applied at once) or dropped with Revert; a note names the reserved journal sender.
// Read-only access, or an organization that is not Active, leaves the form disabled with the
// reason shown. A change made elsewhere shows fresh unless mid-edit.

#include "settings/OrgSettings.h"
#include "shell/OrganizationPane.h"
#include "widgets/EditGuard.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace mailroom {

class ConflictBar;
struct ConflictRow;
class FieldErrors;
struct Error;

class JournalingPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit JournalingPane(Engine& engine, QWidget* parent = nullptr);

    // Shows the organization's stored settings (dropping unsaved edits: ask mayLeave() first).
    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;

    bool isDirty() const;
    bool save();
    void revert();

private:
    JournalingSettings edited() const;
    void load();
    void onEdited();
    QString readOnlyReason() const;
    // The fields someone else changed since load(), theirs beside the edit here.
    QVector<ConflictRow> theirChanges() const;

    Engine& m_engine;
    Organization m_organization;
    JournalingSettings m_saved;
    QLabel* m_intro;
    QCheckBox* m_enabled;
    QLineEdit* m_journalAddress;
    QLineEdit* m_reportAddress;
    QLabel* m_journalHint;
    QLabel* m_reportHint;
    QLabel* m_sender;
    QLabel* m_note;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    EditGuard m_guard;
    bool m_readOnly = true;
};

} // namespace mailroom
