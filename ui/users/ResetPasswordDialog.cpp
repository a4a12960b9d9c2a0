#include "ResetPasswordDialog.h"

#include "core/Engine.h"
#include "users/Users.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

ResetPasswordDialog::ResetPasswordDialog(Engine& engine, const QString& userId, const QString& username,
                                         QWidget* parent)
    : QDialog(parent), m_engine(engine), m_userId(userId), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password of %1").arg(username));
    const PasswordPolicy policy = engine.users().passwordPolicy();
    auto* rules =
        new QLabel(tr("The new password needs %1 to %2 characters, Basic Latin or Latin-1 only, and %3 of: "
                      "upper case, lower case, digit, symbol, accented letter.")
                       .arg(policy.minLength)
                       .arg(policy.maxLengthExclusive - 1)
                       .arg(policy.requiredClasses),
                   this);
    rules->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("password")));
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("confirmPassword")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reset = buttons->addButton(tr("Reset"), QDialogButtonBox::AcceptRole);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setEnabled(false);
    m_reset->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    connect(m_confirm, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ResetPasswordDialog::validate()
{
    m_errors->clear();
    const Status policy = m_engine.users().checkPassword(m_password->text());
    if (!policy && !m_password->text().isEmpty())
        m_errors->show(policy.error());
    const bool matches = m_password->text() == m_confirm->text();
    if (!matches && !m_confirm->text().isEmpty())
        m_errors->show({ErrorCode::InvalidValue, QStringLiteral("confirmPassword"),
                        tr("Confirm: the two passwords differ.")});
    m_reset->setEnabled(policy.ok() && matches);
}

void ResetPasswordDialog::reset()
{
    const Status done = m_engine.users().resetPassword(m_userId, m_password->text());
    if (!done) {
        m_errors->clear();
        m_errors->show(done.error());
        return;
    }
    accept();
}

} // namespace mailroom
