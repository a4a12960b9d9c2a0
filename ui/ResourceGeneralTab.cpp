#include "ResourceGeneralTab.h"

#include "Engine.h"
#include "ResourceDetailsForm.h"
#include "resources/Resources.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

namespace {

bool same(const ResourceDetails& a, const ResourceDetails& b)
{
    return a.name == b.name && a.description == b.description && a.type == b.type && a.email == b.email;
}

} // namespace

ResourceGeneralTab::ResourceGeneralTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_form(new ResourceDetailsForm(engine, this)),
      m_created(new QLabel(this)), m_note(new QLabel(this)), m_save(new QPushButton(tr("&Save"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("resourceGeneralTab"));
    m_created->setObjectName(QStringLiteral("resourceCreated"));
    m_note->setObjectName(QStringLiteral("generalNote"));
    m_note->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveGeneral"));
    m_revert->setObjectName(QStringLiteral("revertGeneral"));

    m_form->addRow(tr("Created:"), m_created);
    // Long lines are hard to read: the fields stop at a comfortable width.
    m_form->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_form->generalErrorLabel(), 1);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_form, &ResourceDetailsForm::edited, this, &ResourceGeneralTab::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ResourceGeneralTab::save);
    connect(m_revert, &QPushButton::clicked, this, &ResourceGeneralTab::revert);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        // Changed elsewhere (the command line, another window): show it fresh unless mid-edit.
        if (change.subject == Change::Subject::Resource && change.kind == Change::Kind::Updated &&
            change.ids.contains(m_resourceId) && !isDirty())
            showResource(m_resourceId);
    });
    showResource(QString());
}

void ResourceGeneralTab::setOrganization(const Organization& organization)
{
    m_form->setOrganization(organization);
}

void ResourceGeneralTab::showResource(const QString& resourceId)
{
    m_resourceId = resourceId;
    auto resource = resourceId.isEmpty() ? Result<Resource>(Error{}) : m_engine.resources().get(resourceId);
    if (!resource) {
        m_resourceId.clear();
        load(Resource{});
        setEnabled(false);
        return;
    }
    setEnabled(true);
    load(resource.value());
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
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && !m_readOnly && m_form->isValid());
    m_revert->setEnabled(dirty);
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

void ResourceGeneralTab::revert()
{
    showResource(m_resourceId);
}

} // namespace mailroom
