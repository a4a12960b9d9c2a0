#include "CreateResourceDialog.h"

#include "ResourceDetailsForm.h"
#include "core/Engine.h"
#include "resources/Resources.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

CreateResourceDialog::CreateResourceDialog(Engine& engine, const Organization& organization, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_organization(organization),
      m_form(new ResourceDetailsForm(engine, this))
{
    setObjectName(QStringLiteral("createResourceDialog"));
    setWindowTitle(tr("Create resource"));
    auto* intro =
        new QLabel(tr("A resource is a room or a piece of equipment that people book by inviting its "
                      "email address to a meeting. The address must be on a verified domain of the "
                      "organization or on its test domain."),
                   this);
    intro->setWordWrap(true);
    m_form->setOrganization(organization);
    m_form->load(ResourceDetails{});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateResourceDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ResourceDetailsForm::edited, this, [this] { m_create->setEnabled(m_form->isValid()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_form->generalErrorLabel());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_form->focusFirstField();
}

void CreateResourceDialog::create()
{
    if (!m_form->isValid())
        return;
    auto created = m_engine.resources().create(m_organization.id, m_form->details());
    if (!created) {
        m_form->showError(created.error());
        return;
    }
    m_createdId = created.value().id;
    accept();
}

} // namespace mailroom
