#include "ResourceTab.h"

#include "Engine.h"
#include "resources/Resources.h"

namespace mailroom {

ResourceTab::ResourceTab(Engine& engine, QWidget* parent) : QWidget(parent), m_engine(engine) {}

void ResourceTab::showResource(const QString& resourceId)
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
}

} // namespace mailroom
