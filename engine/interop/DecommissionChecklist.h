#pragma once
// IOP-7: the decommission checklist that follows disabling interoperability (create resources,
// the AutoDiscover record, the MX switch, retiring the old mail server). Each item gets a state and
// a sentence that names the objects and the fix. The DNS items are judged from the last stored
// DNS check (DOM-6) of every domain but the test domain; they may be marked done only while that
// check satisfies them, and the old server may be retired only once the MX switch is satisfied and
// marked.

#include "InteropProgress.h"
#include "core/Result.h"
#include "domains/Domain.h"
#include "organizations/Organization.h"

#include <QDateTime>
#include <QVector>

namespace mailroom {

class Engine;

namespace interop {

// How long a changed MX record can take to reach every DNS server (the guide's figure).
constexpr int MxPropagationHours = 72;

struct ChecklistItem
{
    enum class State
    {
        Done,       // marked done
        Left,       // not marked; nothing the console checks speaks against it
        Wrong,      // the last DNS check found a record missing or wrong
        NotChecked, // a domain's record has not been checked (or the check got no answer)
    };

    InteropStep step = InteropStep::CreateResources;
    State state = State::Left;
    bool marked = false;
    QDateTime doneAt; // when marked
    QString doneBy;
    // What the console can check holds (items it cannot check are always satisfied).
    bool satisfied = true;
    QString text;    // translated: names the objects and, unless satisfied, the fix
    QString refusal; // translated: why it may not be marked done now; empty when it may
};

QString checklistStateName(ChecklistItem::State state);  // stable: "NotChecked"
QString checklistStateLabel(ChecklistItem::State state); // translated

struct ChecklistInput
{
    Organization organization;
    QVector<Domain> domains; // the organization's; the test domain is skipped
    int resourceCount = 0;
    QVector<InteropStepDone> done; // InteropProgress::done
};

// The checklist in interopChecklist() order. Pure: everything comes in the input.
QVector<ChecklistItem> decommissionChecklist(const ChecklistInput& input);

class DecommissionChecklist
{
public:
    explicit DecommissionChecklist(Engine& engine);

    // The checklist as the engine has it now. Errors: NotFound (organization), StoreFailure.
    Result<QVector<ChecklistItem>> items(const QString& orgId);
    // Marks a checklist item done after the checklist's own rule: WrongState (field: the step's
    // name, e.g. "switch-mx") while the item's refusal says why not. Then as
    // InteropProgress::markDone (WrongState "interoperability" while still in the mode, …).
    // InvalidValue ("step") for a step that is not on the checklist.
    Result<InteropStepDone> markDone(const QString& orgId, InteropStep step);

private:
    Engine& m_engine;
};

} // namespace interop

} // namespace mailroom
