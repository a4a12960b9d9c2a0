#pragma once
// USR-6: a new password for a user, checked against the directory's policy as it is typed.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace mailroom {

class Engine;
class FieldErrors;

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(Engine& engine, const QString& userId, const QString& username,
                        QWidget* parent = nullptr);

private:
    void validate();
    void reset();

    Engine& m_engine;
    QString m_userId;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QPushButton* m_reset;
    FieldErrors* m_errors;
};

} // namespace mailroom
