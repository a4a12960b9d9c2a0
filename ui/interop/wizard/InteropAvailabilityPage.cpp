#include "InteropAvailabilityPage.h"

#include "AvailabilityTableModel.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "interop/AvailabilitySettings.h"
#include "interop/AvailabilitySettingsView.h"
#include "widgets/FieldErrors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailroom {

InteropAvailabilityPage::InteropAvailabilityPage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::AvailabilitySettings, parent),
      m_view(new AvailabilitySettingsView(engine, this))
{
    setObjectName(QStringLiteral("interopAvailabilityPage"));
    auto* intro =
        new QLabel(tr("While mailboxes live in both places, people here and people on Exchange see each "
                      "other's free/busy times only if this service can ask Exchange for them. For each "
                      "domain, give the Exchange Web Services (EWS) URL and a service account allowed to "
                      "read availability, then test them."),
                   this);
    intro->setObjectName(QStringLiteral("availabilityIntro"));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(errors()->generalLabel());
    connect(m_view, &AvailabilitySettingsView::changed, this, &InteropAvailabilityPage::recompute);
}

void InteropAvailabilityPage::initializePage()
{
    m_view->setOrganizationId(organizationId());
    recompute();
}

void InteropAvailabilityPage::recompute()
{
    m_left.clear();
    auto domains = engine().domains().list(organizationId());
    auto settings = engine().availability().list(organizationId());
    if (!domains || !settings) {
        m_left = tr("The availability settings could not be read: %1")
                     .arg((!domains ? domains.error() : settings.error()).message);
        updateLeft();
        return;
    }
    QStringList unsaved;
    QStringList untested;
    bool anyVerified = false;
    for (const Domain& d : domains.value()) {
        if (d.isTest || d.status != DomainStatus::Verified)
            continue;
        anyVerified = true;
        const AvailabilitySetting* found = nullptr;
        for (const AvailabilitySetting& s : settings.value())
            if (s.domain == d.name)
                found = &s;
        if (!found)
            unsaved << d.displayName();
        else if (!AvailabilityTableModel::lastTestSucceeded(*found))
            untested << d.displayName();
    }
    QStringList parts;
    if (!anyVerified)
        parts << tr("No corporate domain is verified yet: verify the domains Exchange uses first.");
    if (!unsaved.isEmpty())
        parts << tr("Save settings for %1.").arg(unsaved.join(tr(", ")));
    if (!untested.isEmpty())
        parts << tr("Test the settings of %1 until the test succeeds.").arg(untested.join(tr(", ")));
    m_left = parts.join(u' ');
    updateLeft();
}

QString InteropAvailabilityPage::left() const
{
    return m_left;
}

} // namespace mailroom
