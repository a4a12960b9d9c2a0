#include "OrganizationPane.h"

#include "core/Engine.h"
#include "organizations/Organizations.h"

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

QString OrganizationPane::changesBlockedReason(const Engine& engine, const Organization& organization)
{
    if (engine.accessLevel() == AccessLevel::ReadOnly)
        return tr("Your access is read-only.");
    if (!organization.id.isEmpty() && organization.state != OrgState::Active)
        return tr("The organization is %1; changes need it Active.").arg(labelOf(organization.state));
    return {};
}

QString OrganizationPane::settingLockedReason(const Engine& engine, const Organization& organization,
                                              const QString& what)
{
    if (engine.accessLevel() == AccessLevel::ReadOnly)
        return tr("Your access is read-only, so %1 cannot be changed here.").arg(what);
    if (!organization.id.isEmpty() && organization.state != OrgState::Active)
        return tr("The organization is %1; %2 can be changed once it is Active.")
            .arg(labelOf(organization.state), what);
    return {};
}

} // namespace mailroom
