#include "ResourceDetailsPanel.h"

#include "ResourceBookingTab.h"
#include "ResourceDelegatesTab.h"
#include "ResourceGeneralTab.h"
#include "core/Engine.h"
#include "resources/Resources.h"
#include "widgets/UnsavedEdits.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailroom {

ResourceDetailsPanel::ResourceDetailsPanel(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_stack(new QStackedWidget(this)),
      m_none(new QLabel(tr("Select one resource to see and edit its details."), this)),
      m_tabs(new QTabWidget(this)), m_general(new ResourceGeneralTab(engine, this)),
      m_booking(new ResourceBookingTab(engine, this)), m_delegates(new ResourceDelegatesTab(engine, this))
{
    setObjectName(QStringLiteral("resourceDetails"));
    m_none->setObjectName(QStringLiteral("noResourceSelected"));
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("resourceTabs"));
    m_tabs->setAccessibleName(tr("Resource details"));
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_booking, tr("Booking options"));
    m_tabs->addTab(m_delegates, tr("Delegates"));
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&engine, &Engine::changed, this, [this](const Change& change) {
        // A removed resource has nothing left to save: let it go without asking.
        if (change.subject == Change::Subject::Resource && change.kind == Change::Kind::Removed &&
            change.ids.contains(m_resourceId))
            load(QString());
    });
}

void ResourceDetailsPanel::setOrganization(const Organization& organization)
{
    m_general->setOrganization(organization);
    m_delegates->setOrganization(organization.id);
}

void ResourceDetailsPanel::showResource(const QString& resourceId)
{
    if (resourceId == m_resourceId)
        return;
    if (!mayLeave())
        return;
    load(resourceId);
}

void ResourceDetailsPanel::load(const QString& resourceId)
{
    m_resourceId = resourceId;
    m_general->showResource(resourceId);
    m_booking->showResource(resourceId);
    m_delegates->showResource(resourceId);
    m_stack->setCurrentWidget(resourceId.isEmpty() ? static_cast<QWidget*>(m_none) : m_tabs);
}

void ResourceDetailsPanel::showGeneral()
{
    m_tabs->setCurrentWidget(m_general);
    m_general->focusFirstField();
}

bool ResourceDetailsPanel::mayLeave()
{
    QStringList dirty;
    if (m_general->isDirty())
        dirty << m_tabs->tabText(m_tabs->indexOf(m_general));
    if (m_booking->isDirty())
        dirty << m_tabs->tabText(m_tabs->indexOf(m_booking));
    if (m_delegates->isDirty())
        dirty << m_tabs->tabText(m_tabs->indexOf(m_delegates));
    if (dirty.isEmpty())
        return true;
    auto resource = m_engine.resources().get(m_resourceId);
    const QString name = resource ? resource.value().details.name : QString();
    auto saveAll = [this] {
        // In this order: turning "accept all" off comes before the delegates it allows.
        if (!m_general->save()) {
            m_tabs->setCurrentWidget(m_general);
            return false;
        }
        if (!m_booking->save()) {
            m_tabs->setCurrentWidget(m_booking);
            return false;
        }
        if (!m_delegates->save()) {
            m_tabs->setCurrentWidget(m_delegates);
            return false;
        }
        return true;
    };
    auto revertAll = [this] {
        m_general->revert();
        m_booking->revert();
        m_delegates->revert();
    };
    return unsaved::mayLeave(
        this, true, tr("Unsaved edits"),
        tr("The resource %1 has unsaved edits (%2). Save them?").arg(name, dirty.join(QStringLiteral(", "))),
        saveAll, revertAll);
}

} // namespace mailroom
