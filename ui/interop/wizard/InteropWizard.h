#pragma once
// The interoperability and migration wizard (IOP-8): prerequisites (IOP-3), availability settings
// with their test (IOP-4), the availability command for Exchange (IOP-6), email routing per user
// (IOP-5), completing the migration (MIG-2), disabling interoperability (IOP-7) and the
// decommission checklist. Each page checks its step for real and says what is left before Next;
// the steps done are kept in the database, so closing and opening the wizard again, on any
// machine, resumes where it stopped, with the pages before it still reachable with Back.

#include "interop/InteropProgress.h"

#include <QHostAddress>
#include <QWizard>

namespace mailroom {

class Engine;
class InteropWizardPage;

class InteropWizard : public QWizard
{
    Q_OBJECT
public:
    InteropWizard(Engine& engine, const QString& orgId, QWidget* parent = nullptr);

    // Where the DNS checks of the pages start asking (tests); the system's resolver when null.
    void setNameServer(const QHostAddress& server);
    // Goes forward over the steps already done, to the first one that is not (the checklist page
    // once every step before it is done).
    void resume();
    // The page of a step (the checklist's steps all have the last page).
    InteropWizardPage* stepPage(InteropStep step) const;
    // The id of that page: its place in InteropWizardPage::pageSteps().
    static int stepPageId(InteropStep step);

private:
    Engine& m_engine;
    QString m_orgId;
};

} // namespace mailroom
