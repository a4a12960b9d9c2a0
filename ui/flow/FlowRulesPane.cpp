#include "FlowRulesPane.h"

#include "FlowRuleDialog.h"
#include "FlowRuleTableModel.h"
#include "FlowRuleTestDialog.h"
#include "ModelRoles.h"
#include "core/Engine.h"
#include "flow/FlowRules.h"
#include "organizations/Organizations.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/PaneActions.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace mailroom {

FlowRulesPane::FlowRulesPane(Engine& engine, QWidget* parent)
    : ListPane(
          QStringLiteral("flowRulesPane"),
          tr("This organization has no email flow rules yet.\nA flow rule decides what happens to incoming "
             "mail from the senders you name — an address, a domain, or a domain with its subdomains: drop "
             "it, bounce it, move it to the junk folder, deliver it normally, or deliver it without the spam "
             "check. Rules apply to mail for everyone in the organization."),
          tr("Create rule"), parent),
      m_engine(engine), m_model(new FlowRuleTableModel(engine, this)),
      m_filtered(new QSortFilterProxyModel(this)), m_patternsUsed(new QLabel(this)),
      m_findingsBox(new QWidget(this)), m_findingsHeading(new QLabel(this)), m_findings(new QListWidget(this))
{
    m_create = m_actions->add(QStringLiteral("list-add"), tr("&Create rule"), QStringLiteral("createRule"),
                              [this] { createRule(); });
    m_create->setShortcut(QKeySequence::New);
    m_edit = m_actions->add(QStringLiteral("document-edit"), tr("&Edit"), QStringLiteral("editRule"),
                            [this] { editSelected(); });
    m_remove = m_actions->add(QStringLiteral("edit-delete"), tr("&Remove"), QStringLiteral("removeRules"),
                              [this] { removeSelected(); });
    m_test = m_actions->add(QStringLiteral("system-search"), tr("&Test rules…"), QStringLiteral("testRules"),
                            [this] { openTest(); });
    m_patternsUsed->setObjectName(QStringLiteral("patternsUsed"));
    m_empty->setObjectName(QStringLiteral("flowRulesEmpty"));
    m_empty->button()->setIcon(icons::themed(QStringLiteral("list-add")));

    const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_model->setWarningIcon(warning);
    m_filtered->setSourceModel(m_model);
    m_filtered->setSortRole(SortRole);
    m_filtered->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setSortLocaleAware(true);
    m_filtered->setFilterRole(FlowRuleTableModel::SearchRole);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_findingsHeading->setObjectName(QStringLiteral("findingsHeading"));
    m_findingsHeading->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setAccessibleName(tr("Warnings about the rules"));
    m_findings->setWordWrap(true);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_findings->setIconSize({small, small});
    m_findings->setToolTip(tr("Double-click a warning to select the rule it is about."));
    auto* findingsLayout = new QVBoxLayout(m_findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsHeading);
    findingsLayout->addWidget(m_findings, 1);

    assemble({.model = m_filtered,
              .table = {.name = QStringLiteral("flowRules"),
                        .accessibleName = tr("Email flow rules"),
                        .sortColumn = FlowRuleTableModel::Name,
                        .firstWidths = {{FlowRuleTableModel::Name, 26},
                                        {FlowRuleTableModel::Action, 24},
                                        {FlowRuleTableModel::Warnings, 11},
                                        {FlowRuleTableModel::PatternCount, 10}}},
              .searchPlaceholder = tr("Search by rule name or sender pattern"),
              .searchName = tr("Search email flow rules"),
              .afterCount = m_patternsUsed,
              .below = m_findingsBox,
              .belowStretch = 1,
              .splitterKey = QStringLiteral("flowRulesPane/splitter"),
              .deleteAction = m_remove});
    m_splitter->setChildrenCollapsible(false);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_model, &FlowRuleTableModel::countsChanged, this, &FlowRulesPane::updateCount);
    connect(m_model, &FlowRuleTableModel::countsChanged, this, &FlowRulesPane::updateFindings);
    connect(m_empty, &EmptyState::actionTriggered, this, &FlowRulesPane::createRule);
    connect(m_table, &QTableView::activated, this, &FlowRulesPane::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateFindings();
        updateActions();
    });
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString id = item->data(IdRole).toString();
            !id.isEmpty() && selectedIds() != QStringList{id})
            select(id);
    });
    connect(m_model, &FlowRuleTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Email flow rules"), message); });
    followOrganization(m_engine, m_organization, [this] { updateActions(); });
}

void FlowRulesPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_search->clear();
    m_model->setOrganization(organization.id);
    updateCount();
    updateFindings();
    updateActions();
}

void FlowRulesPane::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    m_patternsUsed->setText(tr("%1 of %2 patterns used")
                                .arg(locale.toString(m_model->patternsUsed()),
                                     locale.toString(flow::MaxPatternsPerOrganization)));
    m_patternsUsed->setToolTip(tr("An organization's rules can hold %1 sender patterns in all.")
                                   .arg(locale.toString(flow::MaxPatternsPerOrganization)));
    const bool none = total == 0;
    showCount(tr("%1 of %2 rules").arg(locale.toString(m_filtered->rowCount()), locale.toString(total)),
              none);
    m_findingsBox->setVisible(!none); // nothing to warn about: the empty state has the room
    m_search->setEnabled(!none || !m_search->text().isEmpty());
    updateActions();
}

void FlowRulesPane::updateFindings()
{
    const QStringList ids = selectedIds();
    QStringList messages;
    QString heading;
    if (ids.isEmpty()) {
        messages = m_model->allWarnings();
        heading = messages.isEmpty()
                      ? tr("No warnings: every rule decides for its patterns as written.")
                      : tr("Warnings about the rules (%1):").arg(QLocale().toString(messages.size()));
    } else {
        for (const QString& id : ids)
            if (const auto* row = m_model->rowAt(m_model->rowOf(id)))
                for (const QString& message : row->warnings)
                    if (!messages.contains(message))
                        messages << message;
        const auto* only = ids.size() == 1 ? m_model->rowAt(m_model->rowOf(ids.first())) : nullptr;
        const QString which = only ? tr("\"%1\"").arg(only->rule.name)
                                   : tr("the %1 selected rules").arg(QLocale().toString(ids.size()));
        heading = messages.isEmpty()
                      ? tr("No warnings about %1.").arg(which)
                      : tr("Warnings about %1 (%2):").arg(which, QLocale().toString(messages.size()));
    }
    m_findingsHeading->setText(heading);
    m_findings->clear();
    const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (const QString& message : std::as_const(messages)) {
        auto* item = new QListWidgetItem(warning, message, m_findings);
        // The first rule the warning is about, to select on a double-click.
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->rowAt(row)->warnings.contains(message)) {
                item->setData(IdRole, m_model->rowAt(row)->rule.id);
                break;
            }
    }
    m_findings->setVisible(!messages.isEmpty());
    // Without warnings the heading alone says so, and the table takes the room.
    m_findingsBox->setMaximumHeight(messages.isEmpty() ? m_findingsHeading->sizeHint().height()
                                                       : QWIDGETSIZE_MAX);
}

QModelIndex FlowRulesPane::indexOf(const QString& id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : m_filtered->mapFromSource(m_model->index(row, 0));
}

void FlowRulesPane::updateActions()
{
    const int selected = int(selectedIds().size());
    const QString blocked = changesBlockedReason(m_engine, m_organization);
    PaneActions::allow(m_create, blocked);
    m_empty->button()->setEnabled(m_create->isEnabled());
    m_empty->button()->setToolTip(m_create->toolTip());
    PaneActions::allow(m_edit, !blocked.isEmpty() ? blocked
                               : selected == 1    ? QString()
                                                  : tr("Select one rule."));
    PaneActions::allow(m_remove, !blocked.isEmpty() ? blocked
                                 : selected == 0    ? tr("Select one or more rules.")
                                                    : QString());
}

void FlowRulesPane::createRule()
{
    if (!m_create->isEnabled())
        return;
    FlowRuleDialog dialog(m_engine, m_organization, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_filtered->mapFromSource(m_model->index(m_model->rowOf(dialog.ruleId()), 0)).isValid())
        m_search->clear(); // show the new rule even when the search would hide it
    select(dialog.ruleId());
}

void FlowRulesPane::editSelected()
{
    if (!m_edit->isEnabled())
        return;
    const QStringList ids = selectedIds();
    auto rule = m_engine.flowRules().get(ids.value(0));
    if (!rule) {
        QMessageBox::warning(this, tr("Edit email flow rule"), rule.error().message);
        return;
    }
    FlowRuleDialog dialog(m_engine, m_organization, rule.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.ruleId());
}

void FlowRulesPane::openTest()
{
    // One test window per pane, left open beside the rules: it follows every change to them.
    if (!m_testDialog || m_testDialog->organizationId() != m_organization.id) {
        if (m_testDialog)
            m_testDialog->close();
        m_testDialog = new FlowRuleTestDialog(m_engine, m_organization, this);
        m_testDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_testDialog->show();
    m_testDialog->raise();
    m_testDialog->activateWindow();
}

void FlowRulesPane::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    const QStringList ids = selectedIds();
    QString text;
    if (ids.size() == 1) {
        const auto* row = m_model->rowAt(m_model->rowOf(ids.first()));
        text = tr("Remove the rule \"%1\" (%2)? From now on, mail from its senders is handled by the other "
                  "rules, "
                  "or delivered normally when none matches.")
                   .arg(row ? row->rule.name : QString(), row ? labelOf(row->rule.action) : QString());
    } else {
        text = tr("Remove %1 rules? From now on, mail from their senders is handled by the other rules, or "
                  "delivered normally when none matches.")
                   .arg(QLocale().toString(ids.size()));
    }
    if (!Confirm::ask(this, tr("Remove email flow rules"), text, tr("Remove")))
        return;
    QStringList failures;
    for (const QString& id : ids) {
        const auto* row = m_model->rowAt(m_model->rowOf(id));
        const QString name = row ? row->rule.name : id;
        if (const Status removed = m_engine.flowRules().remove(id); !removed)
            failures << tr("%1: %2").arg(name, removed.error().message);
    }
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Remove email flow rules"),
                             tr("Some rules were not removed:\n%1").arg(failures.join(u'\n')));
}

} // namespace mailroom
