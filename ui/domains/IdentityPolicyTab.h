#pragma once
// DOM-7: a domain's identity policy as JSON, edited in place and kept with Save or dropped with
// Revert. While the text is not a policy, Save is disabled and the reason shows under the
// editor. A domain added before 2016-10-13 whose policy lacks "ses:*" gets a warning and a
// one-click fix.

#include "domains/Domain.h"
#include "organizations/Organization.h"
#include "widgets/EditGuard.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mailroom {

class Engine;
class ConflictBar;
class FieldErrors;

class IdentityPolicyTab : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityPolicyTab(Engine& engine, QWidget* parent = nullptr);

    // Shows the domain's stored policy (dropping unsaved edits: ask mayLeave() first).
    void setDomain(const Organization& organization, const Domain& domain);
    bool isDirty() const;
    bool save();
    void revert();
    void applyFix();
    // With unsaved edits, asks: save, discard or stay. False when the administrator stays.
    bool mayLeave();

private:
    void onEdited();
    void updateWarning();

    Engine& m_engine;
    Organization m_organization;
    Domain m_domain;
    QLabel* m_note;
    QPlainTextEdit* m_editor;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    QFrame* m_warning;
    QLabel* m_warningText;
    QPushButton* m_fix;
    EditGuard m_guard;
    bool m_valid = true;
    bool m_readOnly = false;
};

} // namespace mailroom
