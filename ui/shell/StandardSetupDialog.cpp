#include "StandardSetupDialog.h"

#include "RegionComboBox.h"
#include "RegisterDirectoryDialog.h"
#include "core/Engine.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "widgets/FieldErrors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailroom {

StandardSetupDialog::StandardSetupDialog(Engine& engine, const QString& region, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_alias(new QLineEdit(this)), m_region(new RegionComboBox(this)),
      m_directory(new QComboBox(this)), m_noDirectory(new QLabel(this)),
      m_defaultKey(new QRadioButton(tr("&Default master key"), this)),
      m_customKey(new QRadioButton(tr("C&ustom key (ARN):"), this)), m_keyArn(new QLineEdit(this)),
      m_interoperability(new QCheckBox(tr("Enable &interoperability with Microsoft Exchange"), this)),
      m_errors(new FieldErrors(this))
{
    setWindowTitle(tr("Standard setup"));
    auto* intro =
        new QLabel(tr("Standard setup connects an organization to a directory you already have, so its "
                      "users and groups can be enabled for mail and sign in with their own passwords."),
                   this);
    intro->setWordWrap(true);
    m_alias->setObjectName(QStringLiteral("alias"));
    m_alias->setAccessibleName(tr("Alias"));
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setRegion(region);
    m_directory->setObjectName(QStringLiteral("directory"));
    m_directory->setAccessibleName(tr("Directory"));
    m_noDirectory->setWordWrap(true);
    m_noDirectory->setObjectName(QStringLiteral("noDirectory"));
    auto* registerButton = new QPushButton(tr("Register a directory…"), this);
    registerButton->setObjectName(QStringLiteral("registerDirectory"));
    m_keyArn->setObjectName(QStringLiteral("kmsKey"));
    m_keyArn->setAccessibleName(tr("Custom key ARN"));
    m_keyArn->setPlaceholderText(QStringLiteral("arn:aws:kms:%1:123456789012:key/…").arg(region));
    m_defaultKey->setChecked(true);
    m_keyArn->setEnabled(false);
    auto* keys = new QButtonGroup(this);
    keys->addButton(m_defaultKey);
    keys->addButton(m_customKey);
    m_interoperability->setObjectName(QStringLiteral("interoperability"));

    auto* directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(registerButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("alias")));
    form->addRow(tr("&Region:"), m_region);
    auto* directoryLabel = new QLabel(tr("Di&rectory:"), this);
    directoryLabel->setBuddy(m_directory);
    form->addRow(directoryLabel, directoryRow);
    form->addRow(QString(), m_noDirectory);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("directory")));
    form->addRow(tr("Master key:"), m_defaultKey);
    form->addRow(QString(), m_customKey);
    form->addRow(QString(), m_keyArn);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("kmsKey")));
    form->addRow(QString(), m_interoperability);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("interoperability")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StandardSetupDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alias, &QLineEdit::textChanged, this, &StandardSetupDialog::validate);
    connect(m_keyArn, &QLineEdit::textChanged, this, &StandardSetupDialog::validate);
    connect(m_customKey, &QRadioButton::toggled, this, [this](bool on) {
        m_keyArn->setEnabled(on);
        validate();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, &StandardSetupDialog::loadDirectories);
    connect(m_directory, &QComboBox::currentIndexChanged, this, &StandardSetupDialog::validate);
    connect(registerButton, &QPushButton::clicked, this, &StandardSetupDialog::registerDirectory);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);
    setMinimumWidth(640);
    loadDirectories();
}

void StandardSetupDialog::loadDirectories()
{
    m_directories.clear();
    m_directory->clear();
    auto all = m_engine.directories().list(m_region->region());
    if (all) {
        for (const Directory& d : all.value()) {
            if (d.organizationId.isEmpty())
                m_directories.append(d);
        }
    }
    for (const Directory& d : std::as_const(m_directories)) {
        const QString exchange = d.runsExchange ? tr(", runs Microsoft Exchange") : QString();
        m_directory->addItem(tr("%1 (%2%3)").arg(d.name, labelOf(d.type), exchange), d.id);
    }
    m_noDirectory->setText(tr("The account has no unused directory in this region. Register one, or fill the "
                              "registry with mailroomctl directory create and import-users."));
    m_noDirectory->setVisible(m_directories.isEmpty());
    m_directory->setEnabled(!m_directories.isEmpty());
    m_keyArn->setPlaceholderText(QStringLiteral("arn:aws:kms:%1:123456789012:key/…").arg(m_region->region()));
    validate();
}

void StandardSetupDialog::registerDirectory()
{
    RegisterDirectoryDialog dialog(m_engine, m_region->region(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_region->setRegion(dialog.directory().region);
    loadDirectories();
    const int i = m_directory->findData(dialog.directory().id);
    if (i >= 0)
        m_directory->setCurrentIndex(i);
}

const Directory* StandardSetupDialog::chosenDirectory() const
{
    const int i = m_directory->currentIndex();
    return i >= 0 && i < m_directories.size() ? &m_directories.at(i) : nullptr;
}

void StandardSetupDialog::validate()
{
    m_errors->clear();
    const Directory* d = chosenDirectory();
    const bool exchange = d && d->type == DirectoryType::ADConnector && d->runsExchange;
    m_interoperability->setEnabled(exchange);
    m_interoperability->setToolTip(exchange ? QString()
                                            : tr("Only an AD Connector directory whose domain runs Microsoft "
                                                 "Exchange can be set up with interoperability."));
    if (!exchange)
        m_interoperability->setChecked(false);

    bool ok = d != nullptr;
    if (!m_alias->text().isEmpty()) {
        const Status alias = m_engine.organizations().checkAlias(m_alias->text());
        if (!alias)
            m_errors->show(alias.error());
        ok = ok && alias.ok();
    } else {
        ok = false;
    }
    if (m_customKey->isChecked()) {
        const Status key = m_engine.organizations().checkKmsKey(m_keyArn->text(), m_region->region());
        if (!key && !m_keyArn->text().isEmpty())
            m_errors->show(key.error());
        ok = ok && key.ok() && !m_keyArn->text().isEmpty();
    }
    m_create->setEnabled(ok);
}

void StandardSetupDialog::create()
{
    const Directory* d = chosenDirectory();
    StandardSetupRequest request{m_alias->text(), m_region->region(), d ? d->id : QString(),
                                 m_customKey->isChecked() ? m_keyArn->text() : QString(),
                                 m_interoperability->isChecked()};
    auto org = m_engine.organizations().requestStandardSetup(request);
    if (!org) {
        m_errors->clear();
        m_errors->show(org.error());
        return;
    }
    m_organizationId = org.value().id;
    accept();
}

} // namespace mailroom
