#include "RegisterDirectoryDialog.h"

#include "RegionComboBox.h"
#include "core/Engine.h"
#include "organizations/Directories.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

RegisterDirectoryDialog::RegisterDirectoryDialog(Engine& engine, const QString& region, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_type(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_region(new RegionComboBox(this)),
      m_exchange(new QCheckBox(tr("The directory's domain runs Microsoft &Exchange"), this)),
      m_errors(new FieldErrors(this))
{
    setWindowTitle(tr("Register a directory"));
    for (DirectoryType t : {DirectoryType::SimpleAD, DirectoryType::ManagedAD, DirectoryType::ADConnector})
        m_type->addItem(labelOf(t), int(t));
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Directory type"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Directory DNS name"));
    m_name->setPlaceholderText(QStringLiteral("corp.example.com"));
    m_region->setRegion(region);
    m_exchange->setObjectName(QStringLiteral("exchange"));
    m_exchange->setEnabled(false);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const bool connector = DirectoryType(m_type->currentData().toInt()) == DirectoryType::ADConnector;
        m_exchange->setEnabled(connector);
        if (!connector)
            m_exchange->setChecked(false);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("type")));
    form->addRow(tr("DNS &name:"), m_name);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("name")));
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("region")));
    form->addRow(QString(), m_exchange);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("exchange")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("Register"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("registerButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterDirectoryDialog::registerIt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void RegisterDirectoryDialog::registerIt()
{
    m_errors->clear();
    auto created = m_engine.directories().create(DirectoryType(m_type->currentData().toInt()), m_name->text(),
                                                 m_region->region(), m_exchange->isChecked());
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_directory = created.value();
    accept();
}

} // namespace mailroom
