#include "InteropWizard.h"

#include "InteropAvailabilityPage.h"
#include "InteropChecklistPage.h"
#include "InteropDisablePage.h"
#include "InteropExchangeCommandPage.h"
#include "InteropMigrationPage.h"
#include "InteropPrerequisitesPage.h"
#include "InteropRoutingPage.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"

namespace mailroom {

InteropWizard::InteropWizard(Engine& engine, const QString& orgId, QWidget* parent)
    : QWizard(parent), m_engine(engine), m_orgId(orgId)
{
    setObjectName(QStringLiteral("interopWizard"));
    auto org = engine.organizations().get(orgId);
    setWindowTitle(tr("Interoperability and migration: %1").arg(org ? org.value().alias : orgId));
    const QList<InteropWizardPage*> pages{
        new InteropPrerequisitesPage(engine, this),   new InteropAvailabilityPage(engine, this),
        new InteropExchangeCommandPage(engine, this), new InteropRoutingPage(engine, this),
        new InteropMigrationPage(engine, this),       new InteropDisablePage(engine, this),
        new InteropChecklistPage(engine, this)};
    for (int i = 0; i < pages.size(); ++i) {
        Q_ASSERT(pages[i]->step() == InteropWizardPage::pageSteps().at(i));
        pages[i]->setOrganizationId(orgId);
        setPage(i, pages[i]);
    }
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setMinimumSize(900, 700);
}

void InteropWizard::setNameServer(const QHostAddress& server)
{
    for (int id : pageIds())
        static_cast<InteropWizardPage*>(page(id))->setNameServer(server);
}

int InteropWizard::stepPageId(InteropStep step)
{
    const QVector<InteropStep> steps = InteropWizardPage::pageSteps();
    return isChecklistStep(step) ? steps.size() - 1 : steps.indexOf(step);
}

InteropWizardPage* InteropWizard::stepPage(InteropStep step) const
{
    return static_cast<InteropWizardPage*>(page(stepPageId(step)));
}

void InteropWizard::resume()
{
    if (currentId() < 0)
        restart();
    auto resumeAt = m_engine.interopProgress().resumeStep(m_orgId);
    const InteropStep target =
        resumeAt && resumeAt.value() ? *resumeAt.value() : InteropWizardPage::pageSteps().constLast();
    const int targetId = stepPageId(target);
    // Each page before the target is done, so leaving it forward marks nothing again.
    while (currentId() >= 0 && currentId() < targetId) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused (its step was undone meanwhile): stay there
    }
}

} // namespace mailroom
