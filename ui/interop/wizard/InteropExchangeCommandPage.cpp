#include "InteropExchangeCommandPage.h"

#include "interop/CommandBlock.h"
#include "interop/ExchangeCommands.h"
#include "widgets/FieldErrors.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

InteropExchangeCommandPage::InteropExchangeCommandPage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::ExchangeCommand, parent),
      m_commands(
          new CommandBlock(QStringLiteral("commands"), tr("Availability address space commands"), this)),
      m_credential(new QLineEdit(this)), m_notes(new QLabel(this)),
      m_ran(new QCheckBox(tr("I &ran these commands in the Exchange Management Shell"), this))
{
    setObjectName(QStringLiteral("interopExchangeCommandPage"));
    auto* intro =
        new QLabel(tr("So that Exchange asks this organization for the free/busy times of the users "
                      "enabled here, run these commands in the Exchange Management Shell on your "
                      "Exchange server."),
                   this);
    intro->setWordWrap(true);

    auto* credentialCaption = new QLabel(tr("User name for the credential prompt:"), this);
    m_credential->setObjectName(QStringLiteral("credentialUser"));
    m_credential->setAccessibleName(tr("User name for the credential prompt"));
    m_credential->setReadOnly(true);
    m_credential->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    credentialCaption->setBuddy(m_credential);
    auto* copyCredential =
        new QPushButton(icons::themed(QStringLiteral("edit-copy")), tr("Copy &user name"), this);
    copyCredential->setObjectName(QStringLiteral("copyCredentialUser"));
    copyCredential->setAccessibleName(tr("Copy the user name for the credential prompt"));
    connect(copyCredential, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_credential->text()); });
    auto* credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_credential, 1);
    credentialRow->addWidget(copyCredential);

    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setAccessibleName(tr("Notes on the commands"));

    m_ran->setObjectName(QStringLiteral("ranCommands"));
    m_ran->setAccessibleName(tr("I ran these commands in the Exchange Management Shell"));
    connect(m_ran, &QCheckBox::toggled, this, &InteropExchangeCommandPage::updateLeft);

    // The reading order: the button was made after the checkbox.
    setTabOrder(m_credential, copyCredential);
    setTabOrder(copyCredential, m_ran);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_commands);
    layout->addSpacing(6);
    layout->addWidget(credentialCaption);
    layout->addLayout(credentialRow);
    layout->addWidget(m_notes);
    layout->addSpacing(6);
    layout->addWidget(m_ran);
    layout->addStretch(1);
    layout->addWidget(errors()->generalLabel());
}

void InteropExchangeCommandPage::initializePage()
{
    errors()->clear();
    auto command = interop::availabilityAddressSpace(engine(), organizationId());
    if (command) {
        m_failure.clear();
        m_commands->setCommands(command.value().commands);
        m_credential->setText(command.value().credentialUser);
        QString notes;
        for (const QString& note : command.value().notes)
            notes += QStringLiteral("<li>") + note.toHtmlEscaped() + QStringLiteral("</li>");
        m_notes->setText(QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">") + notes +
                         QStringLiteral("</ul>"));
    } else {
        m_failure = command.error().message;
        m_commands->setCommands({});
        m_credential->clear();
        m_notes->clear();
        errors()->show(command.error());
    }
    m_ran->setEnabled(m_failure.isEmpty());
    m_ran->setChecked(m_failure.isEmpty() && isDone());
    updateLeft();
}

QString InteropExchangeCommandPage::left() const
{
    if (!m_failure.isEmpty())
        return tr("The commands cannot be filled in (see below).");
    if (!m_ran->isChecked())
        return tr(
            "Run the commands in the Exchange Management Shell, then tick the box that says you ran them.");
    return {};
}

} // namespace mailroom
