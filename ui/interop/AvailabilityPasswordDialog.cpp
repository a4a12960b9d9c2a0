#include "AvailabilityPasswordDialog.h"

#include "core/Engine.h"
#include "domains/Domain.h"
#include "interop/AvailabilitySetting.h"
#include "interop/AvailabilitySettings.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

AvailabilityPasswordDialog::AvailabilityPasswordDialog(Engine& engine, const QString& orgId,
                                                       const QString& domain, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_orgId(orgId), m_domain(domain), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("availabilityPasswordDialog"));
    Domain d;
    d.name = domain;
    setWindowTitle(tr("Change the service account's password for %1").arg(d.displayName()));
    auto* intro =
        new QLabel(tr("The new password replaces the one in the system keychain. Change it here after "
                      "changing it in your directory, then test the settings again."),
                   this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setAccessibleName(tr("Confirm the new password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("passwordStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    // Each field with its error right under it; an empty error takes no room.
    auto* form = new QFormLayout;
    const auto row = [&](const QString& text, QLineEdit* edit, const QString& field) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        box->addWidget(m_errors->errorLabel(field));
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, box);
    };
    row(tr("&New password:"), m_password, QStringLiteral("password"));
    row(tr("&Confirm:"), m_confirm, QStringLiteral("confirmPassword"));
    m_change = m_buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    m_change->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_password, &QLineEdit::textChanged, this, &AvailabilityPasswordDialog::validate);
    connect(m_confirm, &QLineEdit::textChanged, this, &AvailabilityPasswordDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AvailabilityPasswordDialog::change);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_busy) // the keychain write cannot be called back
            reject();
    });
}

void AvailabilityPasswordDialog::validate()
{
    m_errors->clear();
    const Status rule = availability::checkPassword(m_password->text());
    if (!rule && !m_password->text().isEmpty())
        m_errors->show(rule.error());
    const bool matches = m_password->text() == m_confirm->text();
    if (!matches && !m_confirm->text().isEmpty())
        m_errors->show({ErrorCode::InvalidValue, QStringLiteral("confirmPassword"),
                        tr("Confirm: the two passwords differ; type the same password twice.")});
    m_change->setEnabled(rule.ok() && matches && !m_busy);
}

void AvailabilityPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_status->setText(busy ? tr("Writing the password to the system keychain…") : QString());
    m_status->setVisible(busy);
}

void AvailabilityPasswordDialog::change()
{
    if (m_busy || !m_change->isEnabled())
        return;
    setBusy(true);
    QPointer<AvailabilityPasswordDialog> self(this);
    m_engine.availability().changePassword(m_orgId, m_domain, m_password->text(), [self](Status done) {
        if (!self)
            return;
        self->setBusy(false);
        if (!done) {
            self->validate();
            self->m_errors->show(done.error());
            return;
        }
        self->m_password->clear();
        self->m_confirm->clear();
        self->accept();
    });
}

} // namespace mailroom
