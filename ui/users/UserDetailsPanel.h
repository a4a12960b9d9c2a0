#pragma once
// The selected user's details below the users table (UI.md): a General tab edited with Save
// and Revert (USR-5), an Addresses tab (USR-3) and a Mobile tab (USR-8).

#include "organizations/Organization.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mailroom {

class Engine;
class UserAddressesTab;
class UserGeneralTab;
class UserMobileTab;

class UserDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailsPanel(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    // Shows the user (empty: none). Asks first about unsaved edits of the previous one.
    void showUser(const QString& userId);
    void showGeneral();
    void showAddresses();
    bool mayLeave();
    QString userId() const { return m_userId; }
    UserGeneralTab* generalTab() const { return m_general; }
    UserAddressesTab* addressesTab() const { return m_addresses; }
    UserMobileTab* mobileTab() const { return m_mobile; }

private:
    QString m_userId;
    QStackedWidget* m_stack;
    QLabel* m_none;
    QTabWidget* m_tabs;
    UserGeneralTab* m_general;
    UserAddressesTab* m_addresses;
    UserMobileTab* m_mobile;
};

} // namespace mailroom
