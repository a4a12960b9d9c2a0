#include "AvailabilitySettingsForm.h"

#include "core/Engine.h"
#include "domains/Domain.h"
#include "interop/AvailabilitySettings.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

namespace {

const QString UrlField = QStringLiteral("ewsUrl");
const QString AccountField = QStringLiteral("serviceAccount");
const QString PasswordField = QStringLiteral("password");

} // namespace

AvailabilitySettingsForm::AvailabilitySettingsForm(Engine& engine, QWidget* parent)
    : QGroupBox(parent), m_engine(engine), m_url(new QLineEdit(this)), m_account(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_status(new QLabel(this)), m_errors(new FieldErrors(this)),
      m_conflict(new ConflictBar(this))
{
    setObjectName(QStringLiteral("availabilityForm"));
    m_url->setObjectName(QStringLiteral("ewsUrl"));
    m_url->setAccessibleName(tr("EWS URL"));
    m_url->setPlaceholderText(QStringLiteral("https://mail.example.com/EWS/Exchange.asmx"));
    m_url->setMaxLength(availability::MaxUrlLength);
    m_account->setObjectName(QStringLiteral("serviceAccount"));
    m_account->setAccessibleName(tr("Service account"));
    m_account->setPlaceholderText(tr("svc-availability@example.com or EXAMPLE\\svc-availability"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(availability::MaxPasswordLength + 1); // one more, so the rule can be said
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto* note =
        new QLabel(tr("The password is kept only in this computer's system keychain; it is never shown "
                      "again."),
                   this);
    note->setWordWrap(true);

    // Each field with its error (and note) right under it; an empty error takes no room.
    auto* form = new QFormLayout;
    const auto row = [&](const QString& text, QLineEdit* edit, const QString& field,
                         QLabel* extra = nullptr) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        box->addWidget(m_errors->errorLabel(field));
        if (extra)
            box->addWidget(extra);
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, box);
    };
    row(tr("&EWS URL:"), m_url, UrlField);
    row(tr("Service &account:"), m_account, AccountField);
    row(tr("&Password:"), m_password, PasswordField, note);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save settings"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setAccessibleName(tr("Save settings"));
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelEdit"));
    m_cancel->setAccessibleName(tr("Cancel editing"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textEdited, this, &AvailabilitySettingsForm::validate);
    connect(m_account, &QLineEdit::textEdited, this, &AvailabilitySettingsForm::validate);
    connect(m_password, &QLineEdit::textEdited, this, &AvailabilitySettingsForm::validate);
    connect(m_save, &QPushButton::clicked, this, &AvailabilitySettingsForm::save);
    connect(m_conflict, &ConflictBar::reloadRequested, this, &AvailabilitySettingsForm::reload);
    connect(m_conflict, &ConflictBar::keepMineRequested, this, [this] {
        m_version = m_conflict->theirVersion();
        validate();
        save();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_password->clear();
        hide();
        Q_EMIT closed();
    });
}

void AvailabilitySettingsForm::edit(const QString& orgId, const QString& domain,
                                    const std::optional<AvailabilitySetting>& saved)
{
    m_orgId = orgId;
    m_domain = domain;
    m_hasSaved = saved.has_value();
    m_version = saved ? saved->version : 0;
    m_conflict->dismiss();
    Domain d;
    d.name = domain;
    setTitle(m_hasSaved ? tr("Availability settings of %1").arg(d.displayName())
                        : tr("New availability settings for %1").arg(d.displayName()));
    m_url->setText(saved ? saved->ewsUrl : QString());
    m_account->setText(saved ? saved->serviceAccount : QString());
    m_password->clear();
    m_password->setPlaceholderText(m_hasSaved ? tr("Leave empty to keep the password in the keychain")
                                              : QString());
    m_status->hide();
    m_errors->clear();
    setSaving(false);
    show();
    m_url->setFocus();
    validate();
    // Nothing typed yet: what is required shows once a field is left wrong, not at once.
    m_errors->clear();
}

AvailabilityInput AvailabilitySettingsForm::input() const
{
    return {m_domain, m_url->text(), m_account->text(), m_password->text(), m_hasSaved ? m_version : 0};
}

void AvailabilitySettingsForm::reload()
{
    auto now = m_engine.availability().get(m_orgId, m_domain);
    edit(m_orgId, m_domain, now ? std::optional<AvailabilitySetting>(now.value()) : std::nullopt);
}

void AvailabilitySettingsForm::validate()
{
    m_errors->clear();
    const AvailabilityInput typed = input();
    // Each field's own rule under it, as soon as something is typed in it.
    if (!typed.ewsUrl.isEmpty())
        if (auto ok = availability::checkEwsUrl(typed.ewsUrl); !ok)
            m_errors->show(ok.error());
    if (!typed.serviceAccount.isEmpty())
        if (auto ok = availability::checkServiceAccount(typed.serviceAccount); !ok)
            m_errors->show(ok.error());
    if (!typed.password.isEmpty())
        if (auto ok = availability::checkPassword(typed.password); !ok)
            m_errors->show(ok.error());
    // Then the whole input as the engine will save it (the organization, the domain, what is
    // still required).
    const Status whole = m_engine.availability().check(m_orgId, typed);
    if (!whole && whole.error().code == ErrorCode::Conflict) {
        // Saved elsewhere since this form read them: theirs beside what is typed here.
        QVector<ConflictRow> rows;
        if (auto theirs = m_engine.availability().get(m_orgId, m_domain)) {
            rows.append({tr("EWS URL"), theirs.value().ewsUrl, typed.ewsUrl});
            rows.append({tr("Service account"), theirs.value().serviceAccount, typed.serviceAccount});
        }
        m_conflict->offer(whole.error(), rows);
    } else if (!whole) {
        const QString& field = whole.error().field;
        const bool typedField = (field == UrlField && !typed.ewsUrl.isEmpty()) ||
                                (field == AccountField && !typed.serviceAccount.isEmpty()) ||
                                (field == PasswordField && !typed.password.isEmpty());
        const bool fieldRule = field == UrlField || field == AccountField || field == PasswordField;
        if (!fieldRule || typedField)
            m_errors->show(whole.error());
    }
    m_save->setEnabled(whole.ok() && !m_saving);
}

void AvailabilitySettingsForm::setSaving(bool saving)
{
    m_saving = saving;
    m_url->setEnabled(!saving);
    m_account->setEnabled(!saving);
    m_password->setEnabled(!saving);
    m_cancel->setEnabled(!saving);
    m_save->setEnabled(!saving);
}

void AvailabilitySettingsForm::save()
{
    if (m_saving)
        return;
    if (!m_engine.availability().check(m_orgId, input())) {
        validate(); // shows why, the Conflict of a save elsewhere among it
        return;
    }
    setSaving(true);
    m_errors->clear();
    m_status->setText(
        m_password->text().isEmpty()
            ? tr("Saving…")
            : tr("Saving… the password goes to the system keychain, which may ask to be unlocked."));
    m_status->show();
    QPointer<AvailabilitySettingsForm> self(this);
    m_engine.availability().save(m_orgId, input(), [self](Result<AvailabilitySetting> result) {
        if (!self)
            return;
        self->setSaving(false);
        self->m_status->hide();
        if (!result) {
            self->validate();
            if (!self->m_conflict->offer(result.error()))
                self->m_errors->show(result.error());
            return;
        }
        self->m_password->clear();
        self->hide();
        Q_EMIT self->saved(result.value());
    });
}

} // namespace mailroom
