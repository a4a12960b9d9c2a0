#pragma once
// The email flow rules of one organization (FLOW-1..FLOW-6) for the Email flow rules pane, with
// the warnings of FLOW-6 beside the rules they concern. An organization holds at most 1,000
// patterns, so the model keeps every rule; the view filters and sorts through a proxy (the
// search matches SearchRole). Each engine change to a rule of the organization reads the rules
// and the warnings again and updates only the rows that differ, so that the selection stays.

#include "SyncedTableModel.h"
#include "flow/FlowRuleLint.h"

#include <QIcon>
#include <QVector>

namespace mailroom {

class Engine;
struct Change;

class FlowRuleTableModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Action,
        Warnings,
        PatternCount,
        Patterns,
        ColumnCount
    };
    // The text the pane's search box matches: the rule's name and each of its patterns.
    static constexpr int SearchRole = Qt::UserRole + 32;

    struct Row
    {
        FlowRule rule;
        QStringList warnings; // the messages of the findings about this rule or naming it
    };

    explicit FlowRuleTableModel(Engine& engine, QObject* parent = nullptr);

    void setOrganization(const QString& orgId);
    QString organizationId() const { return m_orgId; }
    // Shown in the Warnings column of rules with findings (the view's style provides it).
    void setWarningIcon(const QIcon& icon);

    int patternsUsed() const { return m_patternsUsed; }
    // Every finding's message, in the engine's order (rules by name).
    QStringList allWarnings() const { return m_allWarnings; }
    const Row* rowAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rules, the patterns in use or the warnings changed.
    void countsChanged();
    void loadFailed(const QString& message);

private:
    bool fetch(QVector<Row>& rows);
    void reload();
    void refresh();
    void onChanged(const Change& change);

    Engine& m_engine;
    QString m_orgId;
    QVector<Row> m_rows;
    QStringList m_allWarnings;
    int m_patternsUsed = 0;
    QIcon m_warningIcon;
};

} // namespace mailroom
