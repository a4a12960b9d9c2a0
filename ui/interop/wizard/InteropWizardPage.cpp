#include "InteropWizardPage.h"

#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "widgets/FieldErrors.h"

namespace mailroom {

InteropWizardPage::InteropWizardPage(Engine& engine, InteropStep step, QWidget* parent)
    : QWizardPage(parent), m_engine(engine), m_step(step), m_errors(new FieldErrors(this))
{
    setTitle(step == InteropStep::CreateResources ? tr("Decommission checklist")
                                                  : InteropProgress::stepLabel(step));
}

QVector<InteropStep> InteropWizardPage::pageSteps()
{
    return {InteropStep::Prerequisites,  InteropStep::AvailabilitySettings, InteropStep::ExchangeCommand,
            InteropStep::EmailRouting,   InteropStep::CompleteMigration,    InteropStep::Disable,
            InteropStep::CreateResources};
}

Organization InteropWizardPage::organization() const
{
    auto org = m_engine.organizations().get(m_orgId);
    return org ? org.value() : Organization{};
}

bool InteropWizardPage::isComplete() const
{
    return left().isEmpty();
}

bool InteropWizardPage::isDone() const
{
    auto done = m_engine.interopProgress().done(m_orgId);
    if (!done)
        return false;
    for (const InteropStepDone& d : done.value())
        if (d.step == m_step && d.subject.isEmpty())
            return true;
    return false;
}

bool InteropWizardPage::validatePage()
{
    if (m_step == InteropStep::Disable || isChecklistStep(m_step) || isDone())
        return true;
    auto marked = m_engine.interopProgress().markDone(m_orgId, m_step);
    if (!marked) {
        m_errors->show(marked.error());
        return false;
    }
    m_errors->clear();
    return true;
}

void InteropWizardPage::updateLeft()
{
    const int number = pageSteps().indexOf(m_step) + 1;
    const QString what = left();
    const QString rest = what.isEmpty() ? tr("Nothing is left on this page.") : tr("Left: %1").arg(what);
    setSubTitle(tr("Step %1 of %2. %3").arg(number).arg(pageSteps().size()).arg(rest));
    Q_EMIT completeChanged();
}

} // namespace mailroom
