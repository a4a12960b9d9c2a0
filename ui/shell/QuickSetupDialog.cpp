#include "QuickSetupDialog.h"

#include "RegionComboBox.h"
#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

QuickSetupDialog::QuickSetupDialog(Engine& engine, const QString& region, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_alias(new QLineEdit(this)), m_region(new RegionComboBox(this)),
      m_errors(new FieldErrors(this))
{
    setWindowTitle(tr("Quick setup"));
    auto* intro = new QLabel(tr("Quick setup makes an organization with its own mail directory, a free test "
                                "domain <alias>.awsapps.com and the default master key."),
                             this);
    intro->setWordWrap(true);
    m_alias->setObjectName(QStringLiteral("alias"));
    m_alias->setAccessibleName(tr("Alias"));
    m_alias->setPlaceholderText(tr("for example example-corp"));
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setRegion(region);

    auto* form = new QFormLayout;
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("alias")));
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("region")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setEnabled(false);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickSetupDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alias, &QLineEdit::textChanged, this, &QuickSetupDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void QuickSetupDialog::validate()
{
    m_errors->clear();
    const Status alias = m_engine.organizations().checkAlias(m_alias->text());
    if (!alias)
        m_errors->show(alias.error());
    m_create->setEnabled(alias.ok());
}

void QuickSetupDialog::create()
{
    auto org = m_engine.organizations().requestQuickSetup(m_alias->text(), m_region->region());
    if (!org) {
        m_errors->clear();
        m_errors->show(org.error());
        return;
    }
    m_organizationId = org.value().id;
    accept();
}

} // namespace mailroom
