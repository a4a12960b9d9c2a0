#include "FlowRuleTableModel.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "flow/FlowRules.h"

#include <QLocale>

namespace mailroom {

namespace {

// Patterns listed in a tooltip before "and n more".
constexpr int TooltipPatterns = 25;

bool sameRow(const FlowRuleTableModel::Row& a, const FlowRuleTableModel::Row& b)
{
    return a.rule.name == b.rule.name && a.rule.action == b.rule.action &&
           a.rule.patterns == b.rule.patterns && a.warnings == b.warnings;
}

} // namespace

FlowRuleTableModel::FlowRuleTableModel(Engine& engine, QObject* parent)
    : SyncedTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, &FlowRuleTableModel::onChanged);
}

void FlowRuleTableModel::setOrganization(const QString& orgId)
{
    m_orgId = orgId;
    reload();
}

void FlowRuleTableModel::setWarningIcon(const QIcon& icon)
{
    m_warningIcon = icon;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Warnings), index(int(m_rows.size()) - 1, Warnings), {Qt::DecorationRole});
}

bool FlowRuleTableModel::fetch(QVector<Row>& rows)
{
    rows.clear();
    m_allWarnings.clear();
    m_patternsUsed = 0;
    if (m_orgId.isEmpty())
        return true;
    auto rules = m_engine.flowRules().list(m_orgId);
    auto findings = m_engine.flowRules().lint(m_orgId);
    if (!rules || !findings) {
        Q_EMIT loadFailed(!rules ? rules.error().message : findings.error().message);
        return false;
    }
    rows.reserve(rules.value().size());
    for (const FlowRule& rule : rules.value()) {
        rows.append({rule, {}});
        m_patternsUsed += int(rule.patterns.size());
    }
    // Indexes of the findings are into list() order, which rows keeps here.
    for (const FlowLintFinding& finding : findings.value()) {
        m_allWarnings << finding.message;
        for (int concerned : {finding.rule, finding.otherRule})
            if (concerned >= 0 && concerned < rows.size() &&
                !rows[concerned].warnings.contains(finding.message))
                rows[concerned].warnings << finding.message;
    }
    return true;
}

void FlowRuleTableModel::reload()
{
    QVector<Row> rows;
    fetch(rows);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countsChanged();
}

void FlowRuleTableModel::refresh()
{
    QVector<Row> fresh;
    if (!fetch(fresh))
        return;
    syncRows(
        m_rows, fresh, [](const Row& row) { return row.rule.id; }, sameRow);
    Q_EMIT countsChanged();
}

void FlowRuleTableModel::onChanged(const Change& change)
{
    if (!m_orgId.isEmpty() && change.subject == Change::Subject::FlowRule && change.organizationId == m_orgId)
        refresh();
}

const FlowRuleTableModel::Row* FlowRuleTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FlowRuleTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).rule.id == id)
            return i;
    return -1;
}

int FlowRuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowRuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowRuleTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const FlowRule& rule = row->rule;
    const int warnings = int(row->warnings.size());
    switch (role) {
    case IdRole:
        return rule.id;
    case SearchRole:
        return QString(rule.name + u'\n' + rule.patternTexts().join(u'\n'));
    case Qt::DecorationRole:
        return index.column() == Warnings && warnings > 0 && !m_warningIcon.isNull() ? QVariant(m_warningIcon)
                                                                                     : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Warnings || (index.column() == Name && warnings > 0))
            return warnings > 0 ? row->warnings.join(u'\n') : tr("No warnings about this rule.");
        if (index.column() == Patterns) {
            QStringList shown = rule.patternTexts().mid(0, TooltipPatterns);
            if (rule.patterns.size() > TooltipPatterns)
                shown << tr("… and %1 more").arg(QLocale().toString(rule.patterns.size() - TooltipPatterns));
            return shown.join(u'\n');
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == PatternCount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Name:
            return rule.name.toLower();
        case Action:
            return int(rule.action); // most restrictive first, as FLOW-3 orders them
        case Warnings:
            return warnings;
        case PatternCount:
            return int(rule.patterns.size());
        case Patterns:
            return rule.patternTexts().join(QStringLiteral(", "));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return rule.name;
        case Action:
            return labelOf(rule.action);
        case Warnings:
            return warnings > 0 ? QLocale().toString(warnings) : QString();
        case PatternCount:
            return QLocale().toString(rule.patterns.size());
        case Patterns:
            return rule.patternTexts().join(QStringLiteral(", "));
        }
        return {};
    }
    return {};
}

QVariant FlowRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Action:
        return tr("Action");
    case Warnings:
        return tr("Warnings");
    case PatternCount:
        return tr("Patterns");
    case Patterns:
        return tr("Sender patterns");
    }
    return {};
}

} // namespace mailroom
