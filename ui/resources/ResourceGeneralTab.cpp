#include "ResourceGeneralTab.h"

#include "ResourceDetailsForm.h"
#include "core/Engine.h"
#include "resources/Resources.h"
#include "widgets/ConflictBar.h"

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
    : ResourceTab(engine, parent), m_form(new ResourceDetailsForm(engine, this)), m_created(new QLabel(this)),
      m_note(new QLabel(this)),
      m_guard(this, QStringLiteral("General"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }})
{
    setObjectName(QStringLiteral("resourceGeneralTab"));
    m_created->setObjectName(QStringLiteral("resourceCreated"));
    m_note->setObjectName(QStringLiteral("generalNote"));
    m_note->setWordWrap(true);

    m_form->addRow(tr("Created:"), m_created);
    // Long lines are hard to read: the fields stop at a comfortable width.
    m_form->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addLayout(m_guard.row({m_note, m_form->generalErrorLabel()}));

    connect(m_form, &ResourceDetailsForm::edited, this, &ResourceGeneralTab::updateButtons);
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
    m_guard.update(!m_readOnly && m_form->isValid());
}

void ResourceGeneralTab::focusFirstField()
{
    m_form->focusFirstField();
}

bool ResourceGeneralTab::save()
{
    if (!isDirty())
        return true;
    return saveOver(m_saved);
}

bool ResourceGeneralTab::saveOver(const ResourceDetails& base)
{
    // Only the fields edited here go, each with the value it was read with (a field edit).
    const ResourceDetails mine = m_form->details();
    auto updated = m_engine.resources().update(m_resourceId, base, mine);
    if (!updated) {
        const QHash<QString, std::pair<QString, QString>> fields{
            {QStringLiteral("name"), {tr("Name"), mine.name}},
            {QStringLiteral("description"), {tr("Description"), mine.description}},
            {QStringLiteral("type"), {tr("Type"), nameOf(mine.type)}},
            {QStringLiteral("email"), {tr("Email address"), mine.email}}};
        QVector<ConflictRow> rows;
        for (const FieldConflict& c : updated.error().conflicts) {
            const auto field = fields.value(c.field, {c.field, QString()});
            rows.append({field.first, c.current, field.second});
        }
        if (!m_conflict->offer(updated.error(), rows))
            m_form->showError(updated.error());
        return false;
    }
    m_conflict->dismiss();
    load(updated.value());
    return true;
}

void ResourceGeneralTab::keepMine()
{
    // Theirs, read now, becomes the base of the fields edited here: written over explicitly.
    if (auto now = m_engine.resources().get(m_resourceId))
        saveOver(now.value().details);
}

} // namespace mailroom
