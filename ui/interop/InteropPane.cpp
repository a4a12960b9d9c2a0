#include "InteropPane.h"

#include "AvailabilitySettingsView.h"
#include "DirectorySyncView.h"
#include "InteropProgressView.h"
#include "core/Engine.h"
#include "interop/InteropProgress.h"
#include "interop/wizard/InteropWizard.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailroom {

namespace {

// When interoperability was disabled, or an invalid time while it was not.
QDateTime disabledAt(Engine& engine, const QString& orgId)
{
    auto done = engine.interopProgress().done(orgId);
    if (done)
        for (const InteropStepDone& d : done.value())
            if (d.step == InteropStep::Disable)
                return d.doneAt;
    return {};
}

} // namespace

InteropPane::InteropPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_mode(new QLabel(this)),
      m_syncBox(new QGroupBox(tr("Directory synchronisation"), this)),
      m_sync(new DirectorySyncView(engine, this)),
      m_availabilityBox(new QGroupBox(tr("Availability settings"), this)),
      m_availability(new AvailabilitySettingsView(engine, this)),
      m_progress(new InteropProgressView(engine, this)), m_resume(new QLabel(this)),
      m_open(new QPushButton(tr("&Open the wizard"), this))
{
    setObjectName(QStringLiteral("interopPane"));
    m_mode->setObjectName(QStringLiteral("interopMode"));
    m_mode->setWordWrap(true);
    m_mode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume->setObjectName(QStringLiteral("interopResume"));
    m_open->setObjectName(QStringLiteral("openInteropWizard"));
    m_open->setAccessibleName(tr("Open the interoperability and migration wizard"));

    auto* syncLayout = new QVBoxLayout(m_syncBox);
    syncLayout->addWidget(m_sync);
    auto* availabilityLayout = new QVBoxLayout(m_availabilityBox);
    auto* availabilityIntro =
        new QLabel(tr("Exchange Web Services of each domain, so that users here and users still in Exchange "
                      "see each other's free/busy times. The service account's password is kept only in "
                      "the system keychain."),
                   m_availabilityBox);
    availabilityIntro->setWordWrap(true);
    availabilityLayout->addWidget(availabilityIntro);
    availabilityLayout->addWidget(m_availability);
    auto* wizardBox = new QGroupBox(tr("Migration wizard"), this);
    auto* wizardLayout = new QVBoxLayout(wizardBox);
    wizardLayout->addWidget(m_progress);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_resume, 1);
    openRow->addWidget(m_open);
    wizardLayout->addLayout(openRow);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_mode);
    column->addWidget(wizardBox);
    column->addWidget(m_syncBox);
    column->addWidget(m_availabilityBox);
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_open, &QPushButton::clicked, this, &InteropPane::openWizard);
    followOrganization(engine, m_organization, [this] { refresh(); });
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.organizationId == m_organization.id && change.subject == Change::Subject::Interop)
            refresh();
    });
}

bool InteropPane::isShownFor(const Organization& organization) const
{
    return organization.interoperability || disabledAt(m_engine, organization.id).isValid();
}

void InteropPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_sync->setOrganizationId(organization.id);
    m_availability->setOrganizationId(organization.id);
    m_progress->setOrganizationId(organization.id);
    refresh();
}

void InteropPane::refresh()
{
    const QDateTime disabled = disabledAt(m_engine, m_organization.id);
    auto left = m_engine.interopProgress().checklistLeft(m_organization.id);
    const QVector<InteropStep> checklistLeft = left ? left.value() : interopChecklist();
    if (m_organization.interoperability)
        m_mode->setText(
            tr("%1 is in interoperability mode with Microsoft Exchange: users, groups and resources "
               "are managed in Exchange, users and groups can only be enabled here, and mail "
               "reaches each user where the routing says. The wizard walks you from here to a "
               "fully migrated organization.")
                .arg(m_organization.alias));
    else if (disabled.isValid())
        m_mode->setText(
            (checklistLeft.isEmpty()
                 ? tr("Interoperability with Microsoft Exchange was disabled on %1; this cannot be undone. "
                      "The "
                      "decommission checklist is complete.")
                 : tr("Interoperability with Microsoft Exchange was disabled on %1; this cannot be undone. "
                      "Finish the decommission checklist in the wizard."))
                .arg(QLocale().toString(disabled.toLocalTime(), QLocale::ShortFormat)));
    else
        m_mode->setText(tr("%1 is not in interoperability mode. The mode can only be chosen when an "
                           "organization is created with Standard setup on an AD Connector directory.")
                            .arg(m_organization.alias));
    m_syncBox->setVisible(m_organization.interoperability);
    m_availabilityBox->setVisible(m_organization.interoperability);
    m_resume->setText(m_progress->resumeText());
    auto done = m_engine.interopProgress().done(m_organization.id);
    auto resume = m_engine.interopProgress().resumeStep(m_organization.id);
    const bool started = done && !done.value().isEmpty();
    const bool finished = resume && !resume.value();
    m_open->setText(started && !finished ? tr("&Resume the wizard") : tr("&Open the wizard"));
    m_open->setEnabled(isShownFor(m_organization));
}

InteropWizard* InteropPane::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new InteropWizard(m_engine, m_organization.id, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setNameServer(m_nameServer);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_wizard->show();
    m_wizard->resume();
    return m_wizard;
}

} // namespace mailroom
