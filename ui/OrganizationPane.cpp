#include "OrganizationPane.h"

#include "Engine.h"
#include "Organizations.h"

namespace mailroom {

void OrganizationPane::followOrganization(Engine& engine, Organization& shown,
                                          std::function<void()> refreshed)
{
    auto follow = [&engine, &shown, refreshed = std::move(refreshed)](const Change& change) {
        if (change.subject != Change::Subject::Organization || !change.ids.contains(shown.id) ||
            change.kind == Change::Kind::Removed)
            return;
        if (auto org = engine.organizations().get(shown.id)) {
            shown = org.value();
            refreshed();
        }
    };
    connect(&engine, &Engine::changed, this, std::move(follow));
}

} // namespace mailroom
