#pragma once
// RES-1: the fields of a resource (name, description, type, email address) as the create dialog
// and the General tab show them, checked through the engine as the administrator types, each
// error under the field it names. A new resource's address follows its name at the default
// domain until the administrator edits the address.

#include "core/Result.h"
#include "organizations/Organization.h"
#include "resources/Resource.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mailroom {

class Engine;
class FieldErrors;

class ResourceDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceDetailsForm(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    // Loads the fields; ownerId is the resource being edited (empty for a new one). An empty
    // address follows the name; a given one stays as it is.
    void load(const ResourceDetails& details, const QString& ownerId = {});
    ResourceDetails details() const;
    void setReadOnly(bool readOnly);
    bool isValid() const { return m_valid; }
    // An error of create or update, shown under its field (or below the form).
    void showError(const Error& error);
    QLabel* generalErrorLabel() const;
    void focusFirstField();
    // A further row in the same columns (facts the tab shows beside the fields).
    void addRow(const QString& label, QWidget* field);

Q_SIGNALS:
    // Any field changed (after the check ran).
    void edited();

private:
    void validate();
    void followName();

    Engine& m_engine;
    Organization m_organization;
    QString m_ownerId;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_type;
    QLineEdit* m_email;
    FieldErrors* m_errors;
    QFormLayout* m_layout = nullptr;
    QStringList m_touched; // fields the administrator has typed in: only those show "enter a …"
    bool m_emailEdited = false;
    bool m_loading = false;
    bool m_valid = false;
};

} // namespace mailroom
