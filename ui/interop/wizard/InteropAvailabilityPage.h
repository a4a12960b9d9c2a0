#pragma once
// The second page of the interoperability wizard (IOP-4): the availability settings of each domain
// (AvailabilitySettingsView) and what they are for. Next waits until every verified domain has
// saved settings whose last test succeeded.

#include "InteropWizardPage.h"

namespace mailroom {

class AvailabilitySettingsView;

class InteropAvailabilityPage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropAvailabilityPage(Engine& engine, QWidget* parent = nullptr);

    void initializePage() override;
    QString left() const override;
    AvailabilitySettingsView* view() const { return m_view; }

private:
    void recompute();

    AvailabilitySettingsView* m_view;
    QString m_left;
};

} // namespace mailroom
