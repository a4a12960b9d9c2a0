#include "CreateUserPages.h"

#include "core/Engine.h"
#include "users/PasswordPolicy.h"
#include "users/Users.h"
#include "widgets/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace mailroom {

namespace {
QLineEdit* makeField(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

UserNamesPage::UserNamesPage(Engine& engine, const QString& organizationId, QWidget* parent)
    : QWizardPage(parent), m_engine(engine), m_organizationId(organizationId),
      m_first(makeField(this, QStringLiteral("firstName"), tr("First name"))),
      m_last(makeField(this, QStringLiteral("lastName"), tr("Last name"))),
      m_username(makeField(this, QStringLiteral("username"), tr("Username"))),
      m_display(makeField(this, QStringLiteral("displayName"), tr("Display name"))),
      m_errors(new FieldErrors(this))
{
    setTitle(tr("Details of the new user"));
    setSubTitle(tr("Step 1 of 2. Username and display name are required; others see the display name."));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&First name:"), m_first);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("firstName")));
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("lastName")));
    form->addRow(tr("&Username:"), m_username);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("username")));
    form->addRow(tr("&Display name:"), m_display);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("displayName")));
    form->addRow(m_errors->generalLabel());
    auto fillDisplay = [this] {
        if (!m_displayEdited)
            m_display->setText(QString(m_first->text() + u' ' + m_last->text()).trimmed());
    };
    connect(m_first, &QLineEdit::textEdited, this, fillDisplay);
    connect(m_last, &QLineEdit::textEdited, this, fillDisplay);
    connect(m_display, &QLineEdit::textEdited, this, [this] { m_displayEdited = true; });
    for (QLineEdit* edit : {m_first, m_last, m_username, m_display})
        connect(edit, &QLineEdit::textChanged, this, &UserNamesPage::validate);
    registerField(QStringLiteral("username"), m_username);
}

void UserNamesPage::fill(NewUser& user) const
{
    user.firstName = m_first->text().trimmed();
    user.lastName = m_last->text().trimmed();
    user.username = m_username->text().trimmed();
    user.displayName = m_display->text().trimmed();
}

void UserNamesPage::validate()
{
    NewUser user;
    fill(user);
    m_errors->clear();
    const Status checked = m_engine.users().checkDetails(m_organizationId, user);
    // An empty field the administrator has not reached yet is not worth an error.
    const bool untouched = checked.ok() ? false : checked.error().code == ErrorCode::Required;
    if (!checked && !untouched)
        m_errors->show(checked.error());
    m_valid = checked.ok();
    Q_EMIT completeChanged();
}

bool UserNamesPage::isComplete() const
{
    return m_valid;
}

UserMailboxPage::UserMailboxPage(Engine& engine, const QString& organizationId, QWidget* parent)
    : QWizardPage(parent), m_engine(engine), m_organizationId(organizationId),
      m_email(makeField(this, QStringLiteral("email"), tr("Email address"))),
      m_password(makeField(this, QStringLiteral("password"), tr("Password"))),
      m_confirm(makeField(this, QStringLiteral("confirmPassword"), tr("Confirm password"))),
      m_errors(new FieldErrors(this))
{
    setTitle(tr("Email address and password"));
    setSubTitle(
        tr("Step 2 of 2. The address that sends and receives the user's mail, and a first password."));
    const PasswordPolicy policy = engine.users().passwordPolicy();
    auto* rules =
        new QLabel(tr("The address must be on a verified domain of the organization (or its test "
                      "domain). The password needs %1 to %2 characters and %3 of: upper case, lower case, "
                      "digit, symbol, accented letter.")
                       .arg(policy.minLength)
                       .arg(policy.maxLengthExclusive - 1)
                       .arg(policy.requiredClasses),
                   this);
    rules->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(this);
    form->addRow(rules);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("email")));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("password")));
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("confirmPassword")));
    form->addRow(m_errors->generalLabel());
    for (QLineEdit* edit : {m_email, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &UserMailboxPage::validate);
}

void UserMailboxPage::initializePage()
{
    if (m_email->text().isEmpty()) {
        auto suggested =
            m_engine.users().suggestedAddress(m_organizationId, field(QStringLiteral("username")).toString());
        if (suggested)
            m_email->setText(suggested.value());
    }
}

void UserMailboxPage::fill(NewUser& user) const
{
    user.email = m_email->text().trimmed();
    user.password = m_password->text();
}

void UserMailboxPage::validate()
{
    m_errors->clear();
    const Status address = m_engine.users().checkAddress(m_organizationId, m_email->text().trimmed());
    if (!address)
        m_errors->show(address.error());
    const Status password = m_engine.users().checkPassword(m_password->text());
    if (!password && !m_password->text().isEmpty())
        m_errors->show(password.error());
    const bool matches = m_password->text() == m_confirm->text();
    if (!matches && !m_confirm->text().isEmpty())
        m_errors->show({ErrorCode::InvalidValue, QStringLiteral("confirmPassword"),
                        tr("Confirm password: the two passwords differ.")});
    m_valid = address.ok() && password.ok() && matches;
    Q_EMIT completeChanged();
}

bool UserMailboxPage::isComplete() const
{
    return m_valid;
}

} // namespace mailroom
