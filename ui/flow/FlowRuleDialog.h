#pragma once
// FLOW-1..FLOW-3: creates an email flow rule, or edits one, in the same dialog. The name, the
// action (most restrictive first, with what it does under it) and the sender patterns as a list
// whose entries are read one by one as they are added or edited; an entry that is no pattern is
// marked, with the reason as its tooltip and under the list. The engine checks the whole rule as
// the administrator types; Create (or Save) waits until the rule is valid.

#include "flow/FlowRule.h"
#include "organizations/Organization.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mailroom {

class Engine;
class ConflictBar;
struct ConflictRow;
class FieldErrors;

class FlowRuleDialog : public QDialog
{
    Q_OBJECT
public:
    // A new rule without existing; otherwise existing is edited.
    FlowRuleDialog(Engine& engine, const Organization& organization,
                   const std::optional<FlowRule>& existing = {}, QWidget* parent = nullptr);

    // The rule created or saved (after Accepted).
    QString ruleId() const { return m_ruleId; }
    FlowRuleInput input() const;
    // Adds what the administrator typed: one pattern, or several separated by commas or spaces.
    void addPatterns(const QString& typed);
    bool isDirty() const;

    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showRule(const FlowRule& rule);
    // What someone else changed in the rule since the dialog read it, theirs beside the edit here.
    QVector<ConflictRow> theirChanges() const;
    QListWidgetItem* appendPattern(const QString& text);
    void markPatterns();
    void validate();
    bool save();
    void updateActionDescription();
    void updatePatternButtons();

    Engine& m_engine;
    Organization m_organization;
    std::optional<FlowRule> m_existing;
    QLineEdit* m_name;
    QComboBox* m_action;
    QLabel* m_actionDescription;
    QLineEdit* m_newPattern;
    QLabel* m_newPatternError;
    QPushButton* m_addPattern;
    QListWidget* m_patterns;
    QPushButton* m_removePattern;
    QLabel* m_patternCount;
    QPushButton* m_ok;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    bool m_nameTouched = false;
    bool m_patternsTouched = false;
    bool m_marking = false;
    QString m_ruleId;
};

} // namespace mailroom
