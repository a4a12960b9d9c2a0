#pragma once
// The selected resource's details below the resources table (UI.md): General (RES-1), Booking
// options (RES-2) and Delegates (RES-3), each kept with Save and dropped with Revert.

#include "organizations/Organization.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mailroom {

class Engine;
class ResourceBookingTab;
class ResourceDelegatesTab;
class ResourceGeneralTab;

class ResourceDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceDetailsPanel(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    // Shows the resource (empty: none). Asks first about unsaved edits of the previous one.
    void showResource(const QString& resourceId);
    void showGeneral();
    // With unsaved edits, asks: save, discard or stay. False when the administrator stays.
    bool mayLeave();
    QString resourceId() const { return m_resourceId; }
    QTabWidget* tabs() const { return m_tabs; }
    ResourceGeneralTab* generalTab() const { return m_general; }
    ResourceBookingTab* bookingTab() const { return m_booking; }
    ResourceDelegatesTab* delegatesTab() const { return m_delegates; }

private:
    void load(const QString& resourceId);

    Engine& m_engine;
    QString m_resourceId;
    QStackedWidget* m_stack;
    QLabel* m_none;
    QTabWidget* m_tabs;
    ResourceGeneralTab* m_general;
    ResourceBookingTab* m_booking;
    ResourceDelegatesTab* m_delegates;
};

} // namespace mailroom
