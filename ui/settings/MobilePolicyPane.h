#pragma once
// The organization's default mobile policy (MOB-1, MOB-2): the guide's items a–k in order, one
// row per item of mobile::policyFields() — a check box for a flag, an OffOrRangeSpinBox for a
// number — each with its description below it. The items that apply only with a password are
// disabled while "Password required" is off (and keep their values). Edits are kept with Save or
// dropped with Revert; while there are any, a warning says how many devices saving asks to
// provision again, and after a save a line says how many must. Read-only access, or an
// organization that is not Active, leaves the form disabled with the reason shown.

#include "mobile/MobilePolicy.h"
#include "shell/OrganizationPane.h"
#include "widgets/EditGuard.h"

#include <QHash>

class QCheckBox;
class QFrame;
class QLabel;
class QWidget;

namespace mailroom {

class ConflictBar;
struct ConflictRow;
class FieldErrors;
class OffOrRangeSpinBox;

class MobilePolicyPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit MobilePolicyPane(Engine& engine, QWidget* parent = nullptr);

    // Shows the organization's stored policy (dropping unsaved edits: ask mayLeave() first).
    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;

    bool isDirty() const;
    bool save();
    void revert();
    // The policy as the form shows it.
    MobilePolicy edited() const;

private:
    // The items someone else changed since load(), theirs beside the edit here.
    QVector<ConflictRow> theirChanges() const;
    struct Row
    {
        QLabel* label = nullptr; // numbers only: flags carry their label
        QCheckBox* flag = nullptr;
        OffOrRangeSpinBox* number = nullptr;
        QWidget* column = nullptr; // the control, its error and its hint
    };

    void load();
    void onEdited();
    void updateWarning(bool dirty);
    QString readOnlyReason() const;

    Engine& m_engine;
    Organization m_organization;
    MobilePolicy m_saved;
    qint64 m_version = 0; // of m_saved
    QHash<QString, Row> m_rows;
    QLabel* m_intro;
    QFrame* m_warning;
    QLabel* m_warningText;
    QLabel* m_status;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    EditGuard m_guard;
    QString m_savedNote; // what the last save did, until the next edit
    bool m_readOnly = true;
};

} // namespace mailroom
