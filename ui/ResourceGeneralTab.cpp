#include "ResourceGeneralTab.h"

#include "Engine.h"
#include "ResourceDetailsForm.h"
#include "resources/Resources.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace mailroom {

namespace {

bool same(const ResourceDetails& a, const ResourceDetails& b)
{
    return a.name == b.name && a.description == b.description && a.type == b.type && a.email == b.email;
}

} // namespace

ResourceGeneralTab::ResourceGeneralTab(Engine& engine, QWidget* parent)
    : ResourceTab(engine, parent), m_form(new ResourceDetailsForm(engine, this)),
      m_created(new QLabel(this)), m_note(new QLabel(this)),
      m_buttons(this, tr("&Save"), QStringLiteral("saveGeneral"), tr("Re&vert"), QStringLiteral("revertGeneral"))
{
    setObjectName(QStringLiteral("resourceGeneralTab"));
    m_created->setObjectName(QStringLiteral("resourceCreated"));
    m_note->setObjectName(QStringLiteral("generalNote"));
    m_note->setWordWrap(true);

    m_form->addRow(tr("Created:"), m_created);
    // Long lines are hard to read: the fields stop at a comfortable width.
    m_form->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addLayout(m_buttons.row({m_note, m_form->generalErrorLabel()}));

    connect(m_form, &ResourceDetailsForm::edited, this, &ResourceGeneralTab::updateButtons);
    m_buttons.onClicked([this] { save(); }, [this] { revert(); });
    followChanges();
    showResource(QString());
}

void ResourceGeneralTab::setOrganization(const Organization& organization)
{
    m_form->setOrganization(organization);
}

void ResourceGeneralTab::load(const Resource& resource)
{
    m_saved = resource.details;
    m_readOnly = m_engine.accessLevel() == AccessLevel::ReadOnly;
    m_note->setText(m_readOnly ? tr("Your access is read-only.") : QString());
    m_form->setReadOnly(m_readOnly);
    m_form->load(resource.details, resource.id);
    m_created->setText(resource.createdAt.isValid()
                           ? QLocale().toString(resource.createdAt.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    updateButtons();
}

bool ResourceGeneralTab::isDirty() const
{
    return !m_resourceId.isEmpty() && !same(m_form->details(), m_saved);
}

void ResourceGeneralTab::updateButtons()
{
    m_buttons.update(isDirty(), !m_readOnly && m_form->isValid());
}

void ResourceGeneralTab::focusFirstField()
{
    m_form->focusFirstField();
}

bool ResourceGeneralTab::save()
{
    if (!isDirty())
        return true;
    auto updated = m_engine.resources().update(m_resourceId, m_form->details());
    if (!updated) {
        m_form->showError(updated.error());
        return false;
    }
    load(updated.value());
    return true;
}

} // namespace mailroom
