#pragma once
// The window (UI.md): it assembles the Organizations screen and the organization view, the
// menus, shortcuts and the status bar, and remembers its geometry. Nothing else.

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace mailroom {

class Engine;
class OrganizationView;
class OrganizationsScreen;
struct Change;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrganizationsScreen* organizationsScreen() const { return m_organizations; }
    OrganizationView* organizationView() const { return m_organization; }
    void openOrganization(const QString& organizationId);
    void showOrganizations();

Q_SIGNALS:
    void openDatabaseRequested(const QString& path);
    void sampleAccountRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateTitle();
    void noteChange(const Change& change);
    void chooseDatabase();
    void focusSearch();
    void refresh();

    Engine& m_engine;
    QStackedWidget* m_stack;
    OrganizationsScreen* m_organizations;
    OrganizationView* m_organization;
    QLabel* m_lastChange;
};

} // namespace mailroom
