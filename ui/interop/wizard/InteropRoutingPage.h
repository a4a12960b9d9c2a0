#pragma once
// The wizard's email routing step (IOP-5): the organization's enabled users (not system users),
// each with whether its routing is marked done; for the current user the addresses it needs here
// and the Exchange Management Shell commands that route its mail here. The administrator marks
// users done (refused while an address is missing) or not done; users of the directory that are
// not enabled yet can be shown and enabled with the Users pane's enable review. Next waits until
// every enabled user is marked done.

#include "InteropWizardPage.h"
#include "core/Result.h"

#include <QStringList>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mailroom {

class EmptyState;
class RoutingDetailsView;
class UserRoutingProxy;
class UserTableModel;
struct Change;

class InteropRoutingPage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropRoutingPage(Engine& engine, QWidget* parent = nullptr);

    void initializePage() override;
    QString left() const override;

    // Which users the list shows (the filter's item data).
    enum class Show
    {
        Enabled,
        NotEnabled
    };

private:
    void onChanged(const Change& change);
    void refresh();
    void countLeft();
    void applyFilter();
    void updateCount();
    void updateActions();
    void showCurrent();
    QStringList selectedIds() const;
    void mark(bool done);
    Status markOne(const QString& userId, bool done);
    void enableSelected();

    UserTableModel* m_model;
    UserRoutingProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_show;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QPushButton* m_markDone;
    QPushButton* m_markUndone;
    QPushButton* m_enable;
    QLabel* m_actionError;
    RoutingDetailsView* m_details;
    QTimer m_refresh; // coalesces the engine's changes into one refresh

    QString m_failure;           // why the page could not read the organization, or empty
    int m_enabled = 0;           // enabled users (not system users)
    int m_unrouted = 0;          // of those, the ones not marked done
    QStringList m_firstUnrouted; // up to three of their usernames, in the list's order
};

} // namespace mailroom
