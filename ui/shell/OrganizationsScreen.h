#pragma once
// The start screen (UI.md): the account's organizations with Quick setup, Standard setup,
// Remove and Refresh, a region filter, a search box and the table.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mailroom {

class EmptyState;
class Engine;
class OrganizationFilterModel;
class OrganizationTableModel;
class RegionComboBox;

class OrganizationsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationsScreen(Engine& engine, QWidget* parent = nullptr);

    QString currentOrganizationId() const;
    void selectOrganization(const QString& id);
    void focusSearch();
    void refresh();
    void quickSetup();
    void standardSetup();
    void removeSelected();

Q_SIGNALS:
    void openOrganization(const QString& organizationId);
    void sampleAccountRequested();

private:
    void updateActions();
    void updateEmptyState();
    void runCreation(const QString& organizationId);
    void openCurrent();

    Engine& m_engine;
    OrganizationTableModel* m_model;
    OrganizationFilterModel* m_filter;
    QPushButton* m_quick;
    QPushButton* m_standard;
    QPushButton* m_remove;
    QPushButton* m_refresh;
    RegionComboBox* m_region;
    QLineEdit* m_search;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
};

} // namespace mailroom
