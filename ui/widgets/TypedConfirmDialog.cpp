#include "TypedConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

TypedConfirmDialog::TypedConfirmDialog(const QString& title, const QString& consequences, const QString& name,
                                       const QString& action, QWidget* parent)
    : QDialog(parent), m_name(name), m_input(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto* text = new QLabel(consequences, this);
    text->setWordWrap(true);
    auto* prompt = new QLabel(tr("Type %1 to confirm:").arg(name), this);
    prompt->setBuddy(m_input);
    m_input->setObjectName(QStringLiteral("confirmation"));
    m_input->setAccessibleName(tr("Confirmation"));
    m_input->setPlaceholderText(name);
    QPushButton* confirm = m_buttons->addButton(action, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_input, &QLineEdit::textChanged, this,
            [this, confirm](const QString& typed) { confirm->setEnabled(typed.trimmed() == m_name); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(prompt);
    layout->addWidget(m_input);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QString TypedConfirmDialog::typedText() const
{
    return m_input->text();
}

} // namespace mailroom
