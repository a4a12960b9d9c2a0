#include "ResourceDetailsForm.h"

#include "core/Engine.h"
#include "resources/Resources.h"
#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mailroom {

ResourceDetailsForm::ResourceDetailsForm(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_name(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_email(new QLineEdit(this)), m_errors(new FieldErrors(this))
{
    m_name->setObjectName(QStringLiteral("resourceName"));
    m_name->setAccessibleName(tr("Resource name"));
    m_name->setPlaceholderText(tr("For example conference-room-2"));
    m_description->setObjectName(QStringLiteral("resourceDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(
        tr("Optional, at most %1 characters").arg(resources::MaxDescriptionLength));
    m_type->setObjectName(QStringLiteral("resourceType"));
    m_type->setAccessibleName(tr("Resource type"));
    for (ResourceType type : {ResourceType::Room, ResourceType::Equipment})
        m_type->addItem(labelOf(type), int(type));
    m_email->setObjectName(QStringLiteral("resourceEmail"));
    m_email->setAccessibleName(tr("Email address"));

    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    // Line edits and the error lines take the width; the type keeps its natural size.
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto errorLine = [this](const QString& field) {
        QLabel* label = m_errors->errorLabel(field);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        return label;
    };
    m_layout->addRow(tr("Resource &name:"), m_name);
    m_layout->addRow(QString(), errorLine(QStringLiteral("name")));
    m_layout->addRow(tr("&Description:"), m_description);
    m_layout->addRow(QString(), errorLine(QStringLiteral("description")));
    m_layout->addRow(tr("&Type:"), m_type);
    m_layout->addRow(tr("&Email address:"), m_email);
    m_layout->addRow(QString(), errorLine(QStringLiteral("email")));

    auto touch = [this](const QString& field) {
        if (!m_touched.contains(field))
            m_touched << field;
    };
    connect(m_name, &QLineEdit::textEdited, this, [this, touch] {
        touch(QStringLiteral("name"));
        followName();
    });
    connect(m_description, &QLineEdit::textEdited, this, [touch] { touch(QStringLiteral("description")); });
    connect(m_email, &QLineEdit::textEdited, this, [this, touch] {
        touch(QStringLiteral("email"));
        m_emailEdited = true;
    });
    for (QLineEdit* edit : {m_name, m_description, m_email})
        connect(edit, &QLineEdit::textChanged, this, &ResourceDetailsForm::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ResourceDetailsForm::validate);
}

void ResourceDetailsForm::setOrganization(const Organization& organization)
{
    m_organization = organization;
}

void ResourceDetailsForm::load(const ResourceDetails& details, const QString& ownerId)
{
    m_loading = true;
    m_ownerId = ownerId;
    m_touched.clear();
    m_emailEdited = !details.email.isEmpty();
    m_name->setText(details.name);
    m_description->setText(details.description);
    m_type->setCurrentIndex(m_type->findData(int(details.type)));
    m_email->setText(details.email);
    m_loading = false;
    validate();
}

ResourceDetails ResourceDetailsForm::details() const
{
    ResourceDetails d;
    d.name = m_name->text().trimmed();
    d.description = m_description->text().trimmed();
    d.type = ResourceType(m_type->currentData().toInt());
    d.email = m_email->text().trimmed();
    return d;
}

void ResourceDetailsForm::setReadOnly(bool readOnly)
{
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_email->setReadOnly(readOnly);
    m_type->setEnabled(!readOnly);
}

void ResourceDetailsForm::followName()
{
    // The address follows the name until the administrator types one of their own.
    if (m_emailEdited || m_organization.defaultDomain.isEmpty())
        return;
    const QString name = m_name->text().trimmed().toLower();
    // A name may itself be an address (the username pattern allows name@domain).
    m_email->setText(name.isEmpty() || name.contains(u'@') ? name
                                                           : name + u'@' + m_organization.defaultDomain);
}

void ResourceDetailsForm::validate()
{
    if (m_loading)
        return;
    m_errors->clear();
    const Status checked = m_engine.resources().checkDetails(m_organization.id, details(), m_ownerId);
    m_valid = checked.ok();
    // An empty field the administrator has not reached yet is not worth an error.
    if (!checked &&
        (checked.error().code != ErrorCode::Required || m_touched.contains(checked.error().field)))
        m_errors->show(checked.error());
    Q_EMIT edited();
}

void ResourceDetailsForm::showError(const Error& error)
{
    m_errors->clear();
    m_errors->show(error);
}

QLabel* ResourceDetailsForm::generalErrorLabel() const
{
    return m_errors->generalLabel();
}

void ResourceDetailsForm::addRow(const QString& label, QWidget* field)
{
    m_layout->addRow(label, field);
}

void ResourceDetailsForm::focusFirstField()
{
    m_name->setFocus();
}

} // namespace mailroom
