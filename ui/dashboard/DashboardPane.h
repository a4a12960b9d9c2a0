#pragma once
// The organization's dashboard, the first entry of its navigation: users by state (system users
// apart), mobile devices by status (MOB-4), its own domains by verification status (DOM-3) as
// charts in the status badges' colours with their names and counts beside them, and the counts
// the engine holds against its limits (ORG-6, FLOW-2) as "x of N" bars. The figures come from
// readDashboardFigures(); engine changes of the organization repaint them once per burst, and
// only while the pane is shown (a hidden pane catches up when it is shown again).

#include "DashboardFigures.h"
#include "shell/OrganizationPane.h"

#include <memory>

class QChart;
class QChartView;
class QGroupBox;
class QLabel;
class QPieSeries;
class QProgressBar;
class QTimer;

namespace mailroom {

class EmptyState;
class StatusBarChart;
struct Change;

class DashboardPane : public OrganizationPane
{
    Q_OBJECT
public:
    explicit DashboardPane(Engine& engine, QWidget* parent = nullptr);
    ~DashboardPane() override;

    void showOrganization(const Organization& organization) override;
    // The figures on screen, as last read.
    const DashboardFigures& figures() const { return m_figures; }
    // Reads the figures again and repaints now.
    void refresh();

Q_SIGNALS:
    // After each repaint with fresh figures.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onEngineChanged(const Change& change);
    void showUsers();
    void showLimits();
    void applyPalette();
    QGroupBox* chartBox(const QString& title, const QString& name, QChartView* view, EmptyState* empty,
                        QLabel* caption);

    Engine& m_engine;
    Organization m_organization;
    DashboardFigures m_figures;
    QTimer* m_refreshTimer;
    bool m_stale = false;
    QLabel* m_error;

    QChartView* m_usersView = nullptr;
    QPieSeries* m_usersSeries;
    EmptyState* m_usersEmpty;
    QLabel* m_usersCaption;

    std::unique_ptr<StatusBarChart> m_devices;
    EmptyState* m_devicesEmpty;
    QLabel* m_devicesCaption;

    std::unique_ptr<StatusBarChart> m_domains;
    EmptyState* m_domainsEmpty;
    QLabel* m_domainsCaption;

    QProgressBar* m_domainLimit;
    QProgressBar* m_patternLimit;
    QProgressBar* m_rulePatternLimit;
    QLabel* m_trialLabel;
    QProgressBar* m_trialLimit;
    QLabel* m_trialNote;
};

} // namespace mailroom
