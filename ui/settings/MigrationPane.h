#pragma once
// The migration administrator (MIG-1) under Organization settings: who it is now and why (chosen
// here, or the user named migration_admin, or none yet with what to do), a user field that
// completes over the organization's enabled users with Save, and "Use migration_admin" to drop the
// choice. The engine's refusal shows under the field. The pane follows the engine's changes, so a
// user named migration_admin created or enabled elsewhere shows at once. Read-only access, or an
// organization that is not Active, leaves the controls disabled with the reason shown.
// Below it, completing the migration (MIG-2): the DNS records each domain needs, checked for real
// (MAILROOM_DNS_SERVER, an IP address, makes the checks start there), and the client
// configuration steps, read-only (the wizard's step keeps whether they are done).

#include "settings/OrgSettings.h"
#include "shell/OrganizationPane.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace mailroom {

class ConflictBar;
struct ConflictRow;
class FieldErrors;
class MigrationChecklistView;

class MigrationPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit MigrationPane(Engine& engine, QWidget* parent = nullptr);

    void showOrganization(const Organization& organization) override;
    bool mayLeave() override;

    // Makes the user with the typed username the migration administrator.
    bool save();
    // Back to the user named migration_admin.
    void useNamedAdmin();
    // The users offered for what was typed (at most MaxCandidates).
    QStringList candidates() const;
    static constexpr int MaxCandidates = 50;
    MigrationChecklistView* checklistView() const { return m_checklist; }

private:
    void refresh();
    void refreshCandidates(const QString& text);
    void updateControls();
    bool isDirty() const;
    QString readOnlyReason() const;
    // What the migration administrator is now, beside the one typed here (for a refused save).
    QVector<ConflictRow> theirChange(const QString& yours) const;

    Engine& m_engine;
    Organization m_organization;
    MigrationAdmin m_admin;
    QLabel* m_current;
    QLabel* m_source;
    QLineEdit* m_user;
    QStandardItemModel* m_candidates;
    QCompleter* m_completer;
    QLabel* m_candidateCount;
    QPushButton* m_save;
    QPushButton* m_useNamed;
    QLabel* m_note;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    MigrationChecklistView* m_checklist;
    bool m_readOnly = true;
};

} // namespace mailroom
