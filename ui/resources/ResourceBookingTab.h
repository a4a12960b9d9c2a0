#pragma once
// RES-2: how a resource answers booking requests, kept with Save or dropped with Revert. The
// engine refuses "accept all" while the resource has delegates; its reason shows here.

#include "ResourceTab.h"
#include "widgets/EditGuard.h"

class QCheckBox;
class QLabel;

namespace mailroom {

class FieldErrors;

class ResourceBookingTab : public ResourceTab
{
    Q_OBJECT
public:
    explicit ResourceBookingTab(Engine& engine, QWidget* parent = nullptr);

    bool isDirty() const override;
    bool save() override;

private:
    BookingOptions edited() const;
    void load(const Resource& resource) override;
    void keepMine() override;
    void updateButtons();

    BookingOptions m_saved;
    qint64 m_version = 0; // of m_saved
    QCheckBox* m_acceptAll;
    QCheckBox* m_declineRecurring;
    QCheckBox* m_declineConflicting;
    QLabel* m_note;
    EditGuard m_guard;
    FieldErrors* m_errors;
    bool m_readOnly = false;
};

} // namespace mailroom
