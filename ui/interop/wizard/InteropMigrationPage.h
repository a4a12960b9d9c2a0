#pragma once
// The wizard's "Complete the migration" step (MIG-2): the migration checklist (the DNS records
// each domain needs in the organization's mode, checked for real, and the client configuration
// steps) and "Client configuration is done", which only the administrator can say. The box is the
// step's mark: it shows ticked when the step is done; Next marks it; clearing the box of a done
// step marks it undone again.

#include "InteropWizardPage.h"

class QCheckBox;

namespace mailroom {

class MigrationChecklistView;

class InteropMigrationPage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropMigrationPage(Engine& engine, QWidget* parent = nullptr);

    void setNameServer(const QHostAddress& server) override;
    void initializePage() override;
    // The domains whose required records are not found (named), those not checked yet, a check
    // still running, or the box not ticked.
    QString left() const override;

    MigrationChecklistView* checklistView() const { return m_view; }
    QCheckBox* clientsDone() const { return m_clientsDone; }

private:
    void onClientsDoneToggled(bool ticked);

    MigrationChecklistView* m_view;
    QCheckBox* m_clientsDone;
};

} // namespace mailroom
