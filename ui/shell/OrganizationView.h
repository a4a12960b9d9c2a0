#pragma once
// Inside an organization (UI.md): a navigation list on the left, the pane on the right and a
// breadcrumb above it that goes back. Entries appear only for what works; the organization's
// settings sit under one "Organization settings" heading.

#include "organizations/Organization.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
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
    // Ctrl+1…9: the navigation entries shown, headings not counted.
    void selectEntry(int index);
    // The entries' titles in the order Ctrl+1…9 reaches them.
    QStringList entryTitles() const;
    // Selects the entry with this title; false when there is none.
    bool selectEntryTitled(const QString& title);
    // Asks about unsaved edits; false when the administrator stays.
    bool mayLeave();

Q_SIGNALS:
    void backRequested();
    void titleChanged();

private:
    void addPane(OrganizationPane* pane, const QString& icon, const QString& title,
                 QTreeWidgetItem* heading = nullptr);
    QTreeWidgetItem* addHeading(const QString& title);
    void updateBreadcrumb();
    // Hides the entries of panes that do not apply to the organization shown.
    void updateEntries();
    QList<QTreeWidgetItem*> shownEntries() const;

    Engine& m_engine;
    Organization m_organization;
    QLabel* m_breadcrumb;
    QTreeWidget* m_navigation;
    QStackedWidget* m_panes;
    QSplitter* m_splitter;
    UsersPane* m_users;
    QList<OrganizationPane*> m_paneList;
    QList<QTreeWidgetItem*> m_entries; // one per pane, same order
};

} // namespace mailroom
