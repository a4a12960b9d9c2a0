#pragma once
// One pane of an organization's navigation (Users, Groups, Resources, Domains …): it shows
// the organization it is given, may refuse to be left with unsaved edits, and focuses its
// search box on Ctrl+F.

#include "organizations/Organization.h"

#include <QWidget>
#include <functional>

namespace mailroom {

class Engine;

class OrganizationPane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void showOrganization(const Organization& organization) = 0;
    // Asks about unsaved edits; false when the administrator stays.
    virtual bool mayLeave() { return true; }
    virtual void focusSearch() {}
    // Whether the pane's navigation entry shows for this organization (UI.md: entries appear only
    // for what works).
    virtual bool isShownFor(const Organization& organization) const
    {
        Q_UNUSED(organization);
        return true;
    }

    // Why nothing of the organization can be changed here: read-only access, or an organization
    // that is not Active (a null organization counts as Active); empty when changes may be made.
    static QString changesBlockedReason(const Engine& engine, const Organization& organization);

protected:
    // Keeps shown current while the engine reports changes to it (its state and mode decide what
    // may change, and may change while it is shown), calling refreshed after each.
    void followOrganization(Engine& engine, Organization& shown, std::function<void()> refreshed);
    // Why a setting of the organization cannot be changed here: read-only access, or an
    // organization that is not Active; empty when it can. what: the setting, translated and as
    // it reads inside a sentence ("journaling", "the mobile policy").
    static QString settingLockedReason(const Engine& engine, const Organization& organization,
                                       const QString& what);
};

} // namespace mailroom
