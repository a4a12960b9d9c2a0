#include "DashboardFigures.h"

#include "core/Engine.h"
#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <algorithm>

namespace mailroom {

int DashboardFigures::deviceCount() const
{
    int n = 0;
    for (int count : devices)
        n += count;
    return n;
}

int DashboardFigures::domainCount() const
{
    int n = 0;
    for (int count : domains)
        n += count;
    return n;
}

Result<DashboardFigures> readDashboardFigures(Engine& engine, const QString& orgId)
{
    auto org = engine.organizations().get(orgId);
    if (!org)
        return org.error();
    DashboardFigures f;

    // Users: the same counts as the users list's filters (USR-2).
    const struct
    {
        std::optional<UserState> state;
        UserRole role;
        int* into;
    } userCounts[] = {{UserState::Enabled, UserRole::User, &f.enabledUsers},
                      {UserState::Disabled, UserRole::User, &f.disabledUsers},
                      {std::nullopt, UserRole::SystemUser, &f.systemUsers}};
    for (const auto& c : userCounts) {
        UserQuery query;
        query.organizationId = orgId;
        query.state = c.state;
        query.role = c.role;
        auto n = engine.users().count(query);
        if (!n)
            return n.error();
        *c.into = n.value();
    }

    auto devices = engine.mobile().countByStatus(orgId);
    if (!devices)
        return devices.error();
    for (DeviceStatus s : valuesOf<DeviceStatus>())
        f.devices.insert(s, devices.value().value(s, 0));

    auto domains = engine.domains().list(orgId);
    if (!domains)
        return domains.error();
    for (DomainStatus s : {DomainStatus::Pending, DomainStatus::Verified, DomainStatus::Failed})
        f.domains.insert(s, 0);
    for (const Domain& d : domains.value())
        if (!d.isTest)
            ++f.domains[d.status];

    auto rules = engine.flowRules().list(orgId);
    if (!rules)
        return rules.error();
    f.flowRules = int(rules.value().size());
    for (const FlowRule& rule : rules.value()) {
        const int patterns = int(rule.patterns.size());
        f.senderPatterns += patterns;
        f.largestRulePatterns = std::max(f.largestRulePatterns, patterns);
    }

    // The trial as Organizations::checkTrialRoom judges it.
    f.trialEnds = engine.organizations().trialEnds(org.value());
    f.inTrial = engine.now() < f.trialEnds;
    return f;
}

Badge badgeOf(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::ProvisioningRequired:
        return Badge::Pending;
    case DeviceStatus::ProvisioningSucceeded:
        return Badge::Good;
    case DeviceStatus::WipeRequired:
    case DeviceStatus::WipeSucceeded:
        return Badge::Bad;
    }
    return Badge::None;
}

Badge badgeOf(DomainStatus status)
{
    switch (status) {
    case DomainStatus::Pending:
        return Badge::Pending;
    case DomainStatus::Verified:
        return Badge::Good;
    case DomainStatus::Failed:
        return Badge::Bad;
    }
    return Badge::None;
}

} // namespace mailroom
