#pragma once
// The editor of one domain's availability settings (IOP-4) inside AvailabilitySettingsView: EWS
// URL, service account and password, checked by the engine as they are typed with the error under
// the field, saved asynchronously (the password goes to the system keychain first). The password
// field is never filled from what is saved and is emptied once the settings are saved.

#include "interop/AvailabilitySetting.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mailroom {

class Engine;
class ConflictBar;
class FieldErrors;
struct AvailabilityInput;

class AvailabilitySettingsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit AvailabilitySettingsForm(Engine& engine, QWidget* parent = nullptr);

    // Opens the editor on a domain, with its saved settings when there are some.
    void edit(const QString& orgId, const QString& domain, const std::optional<AvailabilitySetting>& saved);
    QString domain() const { return m_domain; }
    bool isSaving() const { return m_saving; }
    void save();

Q_SIGNALS:
    void saved(const mailroom::AvailabilitySetting& setting);
    void closed(); // without saving

private:
    AvailabilityInput input() const;
    void validate();
    void setSaving(bool saving);
    void reload(); // the settings as saved now

    Engine& m_engine;
    QString m_orgId;
    QString m_domain;
    bool m_hasSaved = false;
    qint64 m_version = 0; // of the settings being edited
    bool m_saving = false;
    QLineEdit* m_url;
    QLineEdit* m_account;
    QLineEdit* m_password;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_cancel;
    FieldErrors* m_errors;
    ConflictBar* m_conflict;
};

} // namespace mailroom
