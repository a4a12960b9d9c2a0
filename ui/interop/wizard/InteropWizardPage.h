#pragma once
// One page of the interoperability wizard (IOP-8). Each page stands for one step of
// InteropProgress (the checklist page for the decommission checklist), reads the organization
// fresh from the engine, and says in its subtitle which step it is and what is left before Next
// (UI.md). Next is possible when left() is empty; leaving the page forward marks its step done in
// the database (unless it is already done), so the wizard resumes there on any machine.

#include "interop/InteropProgress.h"
#include "organizations/Organization.h"

#include <QHostAddress>
#include <QWizardPage>

namespace mailroom {

class Engine;
class FieldErrors;

class InteropWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    InteropWizardPage(Engine& engine, InteropStep step, QWidget* parent = nullptr);

    InteropStep step() const { return m_step; }
    // The pages' steps, in the wizard's order: the last one stands for the whole checklist.
    static QVector<InteropStep> pageSteps();

    // The organization the wizard walks; set by the wizard before any page shows.
    void setOrganizationId(const QString& orgId) { m_orgId = orgId; }
    QString organizationId() const { return m_orgId; }
    // Where DNS checks start asking (tests); the system's resolver when null.
    virtual void setNameServer(const QHostAddress& server) { m_nameServer = server; }
    QHostAddress nameServer() const { return m_nameServer; }

    // What is left before Next, translated, one or two sentences; empty when nothing is.
    virtual QString left() const = 0;
    bool isComplete() const override;
    // Marks the step done when it is not yet (failures show on the page and keep it).
    bool validatePage() override;
    // Whether the step is marked done as a whole.
    bool isDone() const;

protected:
    Engine& engine() const { return m_engine; }
    // The organization as the engine has it now (a null one, with an empty id, once removed).
    Organization organization() const;
    // Recomputes the subtitle from left() and tells the wizard that Next may have changed.
    void updateLeft();
    // The page's error labels: errors()->generalLabel() goes at the bottom of every page's layout
    // (where a failure to mark the step done shows); pages add errorLabel(field) under their fields.
    FieldErrors* errors() const { return m_errors; }

private:
    Engine& m_engine;
    InteropStep m_step;
    QString m_orgId;
    QHostAddress m_nameServer;
    FieldErrors* m_errors;
};

} // namespace mailroom
