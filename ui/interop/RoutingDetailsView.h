#pragma once
// The email routing of one user (IOP-5), as the routing page shows it for the current user: the
// two addresses the user needs here, each present or missing with its note and, when missing,
// where to fix it (in interoperability mode addresses come from Exchange, IOP-2); the Exchange
// Management Shell commands to copy, with what must be true before running them and what to do
// after.

#include "interop/ExchangeCommands.h"
#include "users/User.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mailroom {

class CommandBlock;

class RoutingDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingDetailsView(QWidget* parent = nullptr);

    // selected: how many users are selected (the view shows the current one).
    void showRouting(const User& user, const interop::RoutingCommands& routing, int selected);
    // Instead of a user's routing: why there is none to show.
    void showMessage(const QString& text);

    // Where a missing address is fixed, translated; empty when it is present.
    static QString fixFor(const User& user, const interop::RequiredAddress& address);

private:
    struct AddressRow
    {
        QLabel* icon;
        QLabel* address;
        QLabel* state;
        QLabel* note;
    };
    AddressRow addAddressRow(QGridLayout* grid, int index, const QString& caption);
    static QString bullets(const QStringList& items);

    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    QVector<AddressRow> m_rows;
    QLabel* m_before;
    CommandBlock* m_commands;
    QLabel* m_after;
};

} // namespace mailroom
