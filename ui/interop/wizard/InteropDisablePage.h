#pragma once
// The wizard's "Disable interoperability" page (IOP-7): what disabling does and that it cannot be
// undone, with the users and groups that will leave the address book counted from the engine and
// the earlier steps not yet done named as a risk. Disabling is confirmed by typing the alias
// (TypedConfirmDialog); afterwards the page says when it happened and Next leads to the checklist.

#include "InteropWizardPage.h"

#include <optional>

class QLabel;
class QPushButton;

namespace mailroom {

struct Change;

class InteropDisablePage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropDisablePage(Engine& engine, QWidget* parent = nullptr);

    void initializePage() override;
    QString left() const override;
    // The step is marked by disabling itself: leaving the page marks nothing.
    bool validatePage() override;

    // Asks for the alias, then disables (the "Disable interoperability…" button).
    void confirmAndDisable();

private:
    void onEngineChanged(const Change& change);
    void refresh();
    void showInMode(const Organization& org);
    void showDisabled(const Organization& org);

    bool m_inMode = false;
    // The outcome of a disable done on this page, shown until the page is left.
    std::optional<InteropDisableResult> m_result;
    QLabel* m_state;
    QLabel* m_effects;
    QLabel* m_risk;
    QPushButton* m_disable;
    QLabel* m_outcome;
};

} // namespace mailroom
