#pragma once
// The two pages of CreateUserWizard.

#include "users/User.h"

#include <QWizardPage>

class QLineEdit;

namespace mailroom {

class Engine;
class FieldErrors;

class UserNamesPage : public QWizardPage
{
    Q_OBJECT
public:
    UserNamesPage(Engine& engine, const QString& organizationId, QWidget* parent = nullptr);
    bool isComplete() const override;
    void fill(NewUser& user) const;
    FieldErrors* errors() const { return m_errors; }

private:
    void validate();

    Engine& m_engine;
    QString m_organizationId;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_username;
    QLineEdit* m_display;
    FieldErrors* m_errors;
    bool m_displayEdited = false;
    bool m_valid = false;
};

class UserMailboxPage : public QWizardPage
{
    Q_OBJECT
public:
    UserMailboxPage(Engine& engine, const QString& organizationId, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    void fill(NewUser& user) const;
    FieldErrors* errors() const { return m_errors; }

private:
    void validate();

    Engine& m_engine;
    QString m_organizationId;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    FieldErrors* m_errors;
    bool m_valid = false;
};

} // namespace mailroom
