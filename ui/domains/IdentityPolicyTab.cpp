#include "IdentityPolicyTab.h"

#include "core/Engine.h"
#include "domains/Domains.h"
#include "domains/IdentityPolicy.h"
#include "shell/OrganizationPane.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mailroom {

IdentityPolicyTab::IdentityPolicyTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_note(new QLabel(this)), m_editor(new QPlainTextEdit(this)),
      m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this)), m_warning(new QFrame(this)),
      m_warningText(new QLabel(m_warning)), m_fix(new QPushButton(tr("&Add ses:* to the policy"), m_warning)),
      m_guard(this, QStringLiteral("Policy"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }})
{
    setObjectName(QStringLiteral("identityPolicy"));
    m_note->setObjectName(QStringLiteral("policyNote"));
    m_note->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_editor->setAccessibleName(tr("Identity policy (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_warning->setObjectName(QStringLiteral("policyWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warningText->setObjectName(QStringLiteral("policyWarningText"));
    m_warningText->setWordWrap(true);
    m_fix->setObjectName(QStringLiteral("fixPolicy"));
    m_fix->setAccessibleName(tr("Add ses:* to the policy"));

    auto* icon = new QLabel(m_warning);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto* warning = new QHBoxLayout(m_warning);
    warning->addWidget(icon, 0, Qt::AlignTop);
    warning->addWidget(m_warningText, 1);
    warning->addWidget(m_fix, 0, Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(m_warning);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_errors->errorLabel(QStringLiteral("policy")));
    layout->addLayout(m_guard.row({m_note, m_errors->generalLabel()}));

    connect(m_editor, &QPlainTextEdit::textChanged, this, &IdentityPolicyTab::onEdited);
    connect(m_fix, &QPushButton::clicked, this, &IdentityPolicyTab::applyFix);
    m_guard.followConflicts(
        m_conflict, m_engine,
        [this](const Change& c) {
            return c.subject == Change::Subject::Domain && c.organizationId == m_organization.id &&
                   c.ids.contains(m_domain.name);
        },
        [this](qint64 theirs) { m_domain.policyVersion = theirs; });
    setDomain({}, {});
}

void IdentityPolicyTab::setDomain(const Organization& organization, const Domain& domain)
{
    m_conflict->dismiss();
    m_organization = organization;
    m_domain = domain;
    m_errors->clear();
    QString why;
    if (domain.isTest)
        why = tr("The test domain has no identity policy.");
    else
        why = OrganizationPane::changesBlockedReason(m_engine, organization);
    m_readOnly = !why.isEmpty() || domain.name.isEmpty();
    m_note->setText(why.isEmpty()
                        ? tr("Take care when changing the statements the service relies on: a wrong "
                             "policy can stop it from sending the domain's mail.")
                        : why);
    m_editor->setReadOnly(m_readOnly);
    m_editor->setEnabled(!domain.isTest && !domain.name.isEmpty());
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(domain.policy);
    }
    onEdited();
}

bool IdentityPolicyTab::isDirty() const
{
    return !m_domain.name.isEmpty() && m_editor->toPlainText() != m_domain.policy;
}

void IdentityPolicyTab::onEdited()
{
    m_errors->clear(QStringLiteral("policy"));
    const bool dirty = isDirty();
    const Status checked = dirty ? identitypolicy::check(m_editor->toPlainText()) : Status(Done{});
    m_valid = checked.ok();
    if (!m_valid)
        m_errors->show(checked.error());
    m_guard.update(m_valid && !m_readOnly);
    m_guard.saveButton()->setToolTip(!dirty     ? tr("No unsaved edits.")
                                     : !m_valid ? tr("Correct the JSON first.")
                                                : QString());
    updateWarning();
}

void IdentityPolicyTab::updateWarning()
{
    const bool needsFix = !m_domain.name.isEmpty() && m_engine.domains().policyNeedsFix(m_domain);
    m_warning->setVisible(needsFix);
    if (!needsFix)
        return;
    m_warningText->setText(
        tr("%1 was added before %2, and its policy does not allow every sending action (\"ses:*\"). Until it "
           "does, the service cannot redirect the domain's mail to other addresses.")
            .arg(m_domain.displayName(),
                 QLocale().toString(identitypolicy::allActionsSince(), QLocale::LongFormat)));
    m_fix->setEnabled(!m_readOnly && !isDirty());
    m_fix->setToolTip(m_readOnly ? m_note->text()
                      : isDirty()
                          ? tr("Save or revert your edits first.")
                          : tr("Adds \"ses:*\" to the first statement's actions and saves the policy."));
}

bool IdentityPolicyTab::save()
{
    if (!isDirty())
        return true;
    m_errors->clear();
    auto saved = m_engine.domains().setPolicy(m_organization.id, m_domain.name, m_editor->toPlainText(),
                                              m_domain.policyVersion);
    if (!saved) {
        QVector<ConflictRow> rows;
        if (auto theirs = m_engine.domains().get(m_organization.id, m_domain.name))
            ConflictRow::addIfMoved(rows, tr("Policy"), m_domain.policy, theirs.value().policy,
                                    m_editor->toPlainText());
        if (!m_conflict->offer(saved.error(), rows))
            m_errors->show(saved.error());
        return false;
    }
    setDomain(m_organization, saved.value());
    return true;
}

void IdentityPolicyTab::revert()
{
    // The policy as saved now, which another administrator may have changed meanwhile.
    auto now = m_engine.domains().get(m_organization.id, m_domain.name);
    setDomain(m_organization, now ? now.value() : m_domain);
}

void IdentityPolicyTab::applyFix()
{
    if (m_readOnly || isDirty())
        return;
    auto fixed = m_engine.domains().fixPolicy(m_organization.id, m_domain.name);
    if (!fixed) {
        m_errors->show(fixed.error());
        return;
    }
    setDomain(m_organization, fixed.value());
}

bool IdentityPolicyTab::mayLeave()
{
    return m_guard.mayLeave(
        tr("Unsaved identity policy"),
        tr("The identity policy of %1 has unsaved edits. Save them?").arg(m_domain.displayName()));
}

} // namespace mailroom
