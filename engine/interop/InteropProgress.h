#pragma once
// The interoperability wizard's progress (IOP-8) and disabling interoperability (IOP-7). The
// progress lives in the database, so the wizard resumes where it stopped on any machine that opens
// it. A step counts as done when it is marked done as a whole; the email routing step also records
// each user whose routing is done (its subject: the user's id).

#include "core/Result.h"
#include "organizations/Organization.h"
#include "users/User.h"

#include <QDateTime>
#include <QVector>
#include <optional>

namespace mailroom {

class Engine;

// In the wizard's order; the last four are the decommission checklist that follows disabling.
enum class InteropStep
{
    Prerequisites,        // IOP-3
    AvailabilitySettings, // IOP-4
    ExchangeCommand,      // IOP-6: the availability address space command run in Exchange
    EmailRouting,         // IOP-5, per user
    CompleteMigration,    // MIG-2
    Disable,              // IOP-7: only InteropProgress::disable marks it
    CreateResources,      // checklist
    AutoDiscoverRecord,   // checklist
    SwitchMx,             // checklist
    Decommission,         // checklist: the old mail server
};

QVector<InteropStep> interopSteps();       // all, in order
QVector<InteropStep> interopChecklist();   // the decommission checklist, in order
QString interopStepName(InteropStep step); // stable: "prerequisites", "routing", "switch-mx" …
std::optional<InteropStep> interopStepFromName(const QString& name);
bool isPerUserStep(InteropStep step); // EmailRouting
bool isChecklistStep(InteropStep step);

struct InteropStepDone
{
    InteropStep step = InteropStep::Prerequisites;
    QString subject; // empty: the step as a whole; else the user's id (EmailRouting)
    QDateTime doneAt;
    QString doneBy; // Engine::actor() of who marked it
};

struct InteropDisableResult
{
    Organization organization; // with interoperability off
    // Users (not system users) and groups that are not enabled: they leave the address book. In
    // interoperability mode users and groups can only be enabled, so those not enabled never held
    // an address here and nothing is removed; the counts say how many Exchange entries are no
    // longer listed until they are enabled (which still works, now with any address).
    int usersNotEnabled = 0;
    int groupsNotEnabled = 0;
    QVector<InteropStep> checklistLeft; // decommission items not yet done
};

class InteropProgress
{
public:
    explicit InteropProgress(Engine& engine);

    static QString stepLabel(InteropStep step);       // translated, as the wizard titles it
    static QString stepDescription(InteropStep step); // translated, one sentence

    // What is done, in the wizard's order (then by subject). Errors: NotFound (organization).
    Result<QVector<InteropStepDone>> done(const QString& orgId);
    // Where the wizard resumes: the first step not done as a whole; none when every step is done.
    Result<std::optional<InteropStep>> resumeStep(const QString& orgId);
    // The ids of the users whose email routing is marked done.
    Result<QStringList> routedUsers(const QString& orgId);
    // The decommission checklist items not yet done.
    Result<QVector<InteropStep>> checklistLeft(const QString& orgId);

    // Marks a step (or, for EmailRouting with userId, one user) done now by Engine::actor(); marking
    // again refreshes when and by whom. Errors: NotFound, WrongState (organization not Active; a
    // checklist item while still in interoperability mode), InvalidValue ("step": Disable, which
    // only disable() marks; "user": a user on a step that is not per user), NotFound ("user"),
    // AccessDenied.
    Result<InteropStepDone> markDone(const QString& orgId, InteropStep step, const QString& userId = {});
    // Errors: as markDone, and NotFound ("step") when it was not marked done; Disable cannot be
    // undone (InvalidValue "step").
    Status markUndone(const QString& orgId, InteropStep step, const QString& userId = {});

    // IOP-7, irreversible: the organization leaves interoperability mode in one transaction, with
    // the Disable step marked done. typedAlias must be the alias exactly (ConfirmationMismatch on
    // "confirmation"). Errors: NotFound, WrongState (not Active; "interoperability": not in the
    // mode, which includes a second disable), ConfirmationMismatch, AccessDenied.
    Result<InteropDisableResult> disable(const QString& orgId, const QString& typedAlias);

    // Whether a user's email routing may be marked done: the user is enabled and has both
    // addresses routing needs (IOP-5). Errors: WrongState ("user") naming the user and the missing
    // address, and where to add it.
    static Status routingReady(Engine& engine, const User& user);

private:
    Result<Organization> checkMark(const QString& orgId, InteropStep step, const QString& userId, bool undo);

    Engine& m_engine;
};

} // namespace mailroom
