#pragma once
// RES-3: the users and groups who receive a copy of each booking request and accept it, chosen
// as group members are chosen and kept with Save or dropped with Revert. While the resource
// accepts every request automatically there is no one to ask, so the picker is off.

#include "groups/Group.h"
#include "widgets/EditGuard.h"

#include <QWidget>

class QLabel;

namespace mailroom {

class ConflictBar;
class Engine;
class FieldErrors;
class MemberPicker;

class ResourceDelegatesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceDelegatesTab(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const QString& organizationId);
    void showResource(const QString& resourceId);
    MemberPicker* picker() const { return m_picker; }
    bool isDirty() const;
    bool save();
    void revert();

private:
    // Reads the resource's booking options again: the picker is on only while requests are
    // not accepted automatically.
    void updateAcceptAll();
    void updateButtons();

    Engine& m_engine;
    QString m_organizationId;
    QString m_resourceId;
    QStringList m_saved;
    MemberPicker* m_picker;
    QLabel* m_note;
    EditGuard m_guard;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    bool m_readOnly = false;
};

} // namespace mailroom
