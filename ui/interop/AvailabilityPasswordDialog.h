#pragma once
// "Change password…" of a domain's availability settings (IOP-4): the new password twice, checked
// as it is typed, then written to the system keychain asynchronously (the dialog's buttons wait
// for it); the saved settings keep pointing at the same keychain entry.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mailroom {

class Engine;
class FieldErrors;

class AvailabilityPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    AvailabilityPasswordDialog(Engine& engine, const QString& orgId, const QString& domain,
                               QWidget* parent = nullptr);

private:
    void validate();
    void change();
    void setBusy(bool busy);

    Engine& m_engine;
    QString m_orgId;
    QString m_domain;
    bool m_busy = false;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_change;
    FieldErrors* m_errors;
};

} // namespace mailroom
