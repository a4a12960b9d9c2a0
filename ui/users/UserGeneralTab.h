#pragma once
// USR-5: a user's details, edited in place and kept with Save or dropped with Revert. Read-only
// for system users and for users of an AD Connector directory (edit those in Active Directory).

#include "organizations/Organization.h"
#include "users/User.h"
#include "widgets/EditGuard.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace mailroom {

class ConflictBar;
class Engine;
class FieldErrors;
struct Error;

class UserGeneralTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserGeneralTab(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization) { m_organization = organization; }
    void showUser(const QString& userId);
    void focusFirstField();
    bool isDirty() const;
    bool save();
    void revert();
    // With unsaved edits, asks: save, discard or stay. False when the administrator stays.
    bool mayLeave();

private:
    UserDetails edited() const;
    void updateButtons();
    void load(const User& user);
    bool saveOver(const UserDetails& base);
    void showConflict(const Error& error);
    void keepMine();

    Engine& m_engine;
    Organization m_organization;
    QString m_userId;
    UserDetails m_saved;
    QLabel* m_username;
    QLabel* m_state;
    QLabel* m_email;
    QLabel* m_created;
    QLabel* m_readOnlyNote;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_display;
    QLineEdit* m_street;
    QLineEdit* m_phone;
    QLineEdit* m_company;
    EditGuard m_guard;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
    bool m_readOnly = false;
};

} // namespace mailroom
