#include "ResourceTab.h"

#include "core/Engine.h"
#include "resources/Resources.h"
#include "widgets/ConflictBar.h"

namespace mailroom {

ResourceTab::ResourceTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_conflict(new ConflictBar(this))
{
    connect(m_conflict, &ConflictBar::reloadRequested, this, &ResourceTab::revert);
    connect(m_conflict, &ConflictBar::keepMineRequested, this, [this] { keepMine(); });
}

void ResourceTab::showResource(const QString& resourceId)
{
    m_conflict->dismiss();
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

void ResourceTab::revert()
{
    showResource(m_resourceId);
}

void ResourceTab::followChanges()
{
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject == Change::Subject::Resource && change.kind == Change::Kind::Updated &&
            change.ids.contains(m_resourceId) && !isDirty())
            showResource(m_resourceId);
    });
    m_conflict->watch(
        m_engine,
        [this](const Change& c) {
            return c.subject == Change::Subject::Resource && c.ids.contains(m_resourceId);
        },
        [this] { return isDirty(); });
}

} // namespace mailroom
