#pragma once
// Inside an organization (UI.md): a navigation list on the left, the pane on the right and a
// breadcrumb above it that goes back. Entries appear only for what works.

#include "Organization.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace mailroom {

class Engine;
class OrganizationPane;
class UsersPane;

class OrganizationView : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationView(Engine& engine, QWidget* parent = nullptr);
    ~OrganizationView() override;

    void showOrganization(const QString& organizationId);
    QString organizationId() const { return m_organization.id; }
    const Organization& organization() const { return m_organization; }
    QString currentPaneTitle() const;
    UsersPane* usersPane() const { return m_users; }
    void focusSearch();
    // Ctrl+1…9: the navigation entries.
    void selectEntry(int index);
    // Asks about unsaved edits; false when the administrator stays.
    bool mayLeave();

Q_SIGNALS:
    void backRequested();
    void titleChanged();

private:
    void addPane(OrganizationPane* pane, const QString& icon, const QString& title);
    void updateBreadcrumb();

    Engine& m_engine;
    Organization m_organization;
    QLabel* m_breadcrumb;
    QListWidget* m_navigation;
    QStackedWidget* m_panes;
    QSplitter* m_splitter;
    UsersPane* m_users;
    QList<OrganizationPane*> m_paneList;
};

} // namespace mailroom
