#pragma once
// The selected group below the groups table: a General tab (its address, state and who
// receives its mail, GRP-3) and a Members tab (GRP-1).

#include "organizations/Organization.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace mailroom {

class Engine;
class GroupMembersTab;

class GroupDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GroupDetailsPanel(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    // Shows the group (empty: none). Asks first about unsaved edits of the previous one.
    void showGroup(const QString& groupId);
    void showMembers();
    bool mayLeave();
    QString groupId() const { return m_groupId; }
    GroupMembersTab* membersTab() const { return m_members; }
    QListWidget* recipients() const { return m_recipients; }

private:
    void refresh();

    Engine& m_engine;
    Organization m_organization;
    QString m_groupId;
    QStackedWidget* m_stack;
    QLabel* m_none;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QListWidget* m_recipients;
    GroupMembersTab* m_members;
};

} // namespace mailroom
