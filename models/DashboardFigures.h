#pragma once
// The numbers of an organization's dashboard, read from the engine in one call so that the pane
// and the tests compare the same figures: users by state, mobile devices by status (MOB-4), the
// organization's own domains by verification status (DOM-3), and the counts the engine holds
// against its limits (ORG-6, FLOW-2).

#include "ModelRoles.h"
#include "core/Result.h"
#include "domains/Domain.h"
#include "mobile/MobileDevice.h"

#include <QDateTime>
#include <QMap>

namespace mailroom {

class Engine;

struct DashboardFigures
{
    // Users of the organization's directory. System users (a directory's built-in Administrator
    // and Guest) are counted apart, whatever their state: they are not people and the trial
    // limit does not count them.
    int enabledUsers = 0;
    int disabledUsers = 0;
    int systemUsers = 0;

    // Every status, zeros included.
    QMap<DeviceStatus, int> devices;
    // The organization's own domains, every status, zeros included. The test domain
    // (<alias>.awsapps.com) is always verified and is left out, as the 100-domain limit leaves it out.
    QMap<DomainStatus, int> domains;

    int flowRules = 0;
    int senderPatterns = 0;      // in all the rules, against flow::MaxPatternsPerOrganization
    int largestRulePatterns = 0; // in the rule with the most, against flow::MaxPatternsPerRule

    // The free trial (ORG-6): while it runs, enabledUsers counts against limits::TrialUsers.
    bool inTrial = false;
    QDateTime trialEnds;

    int users() const { return enabledUsers + disabledUsers + systemUsers; }
    int deviceCount() const;
    int domainCount() const; // own domains, against domains::MaxPerOrganization
};

// Reads the figures of one organization. Errors: those of the engine's reads (NotFound for an
// unknown organization).
Result<DashboardFigures> readDashboardFigures(Engine& engine, const QString& orgId);

// The badge tone of a status (UI.md): Provisioning required amber, Provisioning succeeded green,
// a wipe red; Pending amber, Verified green, Failed red.
Badge badgeOf(DeviceStatus status);
Badge badgeOf(DomainStatus status);

} // namespace mailroom
