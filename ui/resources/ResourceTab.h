#pragma once
// A tab of a resource's details that edits one part of it in place, kept with Save or dropped
// with Revert (RES-1 General, RES-2 Booking options). It shows the resource it is given, or
// nothing and disabled when there is none or it is gone; Revert shows the stored resource again;
// a change made elsewhere (the command line, another window) shows fresh unless mid-edit.

#include "resources/Resource.h"

#include <QWidget>

namespace mailroom {

class ConflictBar;
class Engine;

class ResourceTab : public QWidget
{
    Q_OBJECT
public:
    void showResource(const QString& resourceId);
    void revert();
    virtual bool isDirty() const = 0;
    virtual bool save() = 0;

protected:
    ResourceTab(Engine& engine, QWidget* parent);
    // Shows the resource (an empty one when there is none) as the state edits start from.
    virtual void load(const Resource& resource) = 0;
    // Starts following the engine's changes; a tab calls it once, after its own set-up.
    void followChanges();
    // Keep mine on the conflict bar: save the edit over the other change.
    virtual void keepMine() = 0;

    Engine& m_engine;
    QString m_resourceId;
    ConflictBar* m_conflict; // a tab puts it at the top of its layout
};

} // namespace mailroom
