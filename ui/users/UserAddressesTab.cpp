#include "UserAddressesTab.h"

#include "core/Engine.h"
#include "organizations/Organization.h"
#include "users/UserAddresses.h"
#include "users/Users.h"
#include "widgets/FieldErrors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace mailroom {

UserAddressesTab::UserAddressesTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_list(new QListWidget(this)), m_input(new QLineEdit(this)),
      m_add(new QPushButton(tr("A&dd alias"), this)), m_default(new QPushButton(tr("Set as de&fault"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_status(new QLabel(this)),
      m_errors(new FieldErrors(this))
{
    m_list->setObjectName(QStringLiteral("addresses"));
    m_list->setAccessibleName(tr("Addresses"));
    m_input->setObjectName(QStringLiteral("newAddress"));
    m_input->setAccessibleName(tr("New alias"));
    m_input->setPlaceholderText(tr("alias@domain"));
    m_add->setObjectName(QStringLiteral("addAlias"));
    m_default->setObjectName(QStringLiteral("setDefault"));
    m_remove->setObjectName(QStringLiteral("removeAlias"));
    m_status->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_list, 0, 0, 4, 1);
    layout->addWidget(m_default, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_input, 4, 0);
    layout->addWidget(m_add, 4, 1);
    layout->addWidget(m_errors->errorLabel(QStringLiteral("address")), 5, 0, 1, 2);
    layout->addWidget(m_errors->generalLabel(), 6, 0, 1, 2);
    layout->addWidget(m_status, 7, 0, 1, 2);
    layout->setRowStretch(3, 1);

    connect(m_add, &QPushButton::clicked, this, &UserAddressesTab::addAlias);
    connect(m_input, &QLineEdit::returnPressed, this, &UserAddressesTab::addAlias);
    connect(m_default, &QPushButton::clicked, this, &UserAddressesTab::setDefault);
    connect(m_remove, &QPushButton::clicked, this, &UserAddressesTab::removeAlias);
    connect(m_list, &QListWidget::currentRowChanged, this, &UserAddressesTab::updateButtons);
    connect(m_input, &QLineEdit::textChanged, this, &UserAddressesTab::updateButtons);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject == Change::Subject::User && change.ids.contains(m_userId))
            reload();
    });
}

void UserAddressesTab::showUser(const QString& userId)
{
    m_userId = userId;
    m_input->clear();
    m_errors->clear();
    reload();
}

void UserAddressesTab::focusInput()
{
    m_input->setFocus();
}

void UserAddressesTab::reload()
{
    m_list->clear();
    auto user = m_userId.isEmpty() ? Result<User>(Error{}) : m_engine.users().get(m_userId);
    m_editable = user && user.value().state == UserState::Enabled && !user.value().isSystem() &&
                 m_engine.accessLevel() == AccessLevel::Full;
    QString note;
    if (user && user.value().isSystem())
        note = tr("System users have no mailbox.");
    else if (user && user.value().state != UserState::Enabled)
        note = tr("The user is disabled: enable it to change its addresses.");
    else if (m_engine.accessLevel() == AccessLevel::ReadOnly)
        note = tr("Your access is read-only.");
    auto addresses = m_userId.isEmpty() ? Result<QVector<EmailAddress>>(QVector<EmailAddress>())
                                        : m_engine.userAddresses().of(m_userId);
    if (addresses) {
        for (const EmailAddress& a : addresses.value()) {
            auto* item =
                new QListWidgetItem(a.primary ? tr("%1 (primary, sends mail)").arg(a.address) : a.address);
            item->setData(Qt::UserRole, a.address);
            item->setData(Qt::UserRole + 1, a.primary);
            m_list->addItem(item);
        }
    }
    m_status->setText(note.isEmpty() ? tr("%n alias(es) that only receive mail; up to %1.", nullptr,
                                          std::max(0, int(m_list->count()) - 1))
                                           .arg(limits::AliasesPerUser)
                                     : note);
    m_input->setEnabled(m_editable);
    updateButtons();
}

QString UserAddressesTab::selectedAddress() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void UserAddressesTab::updateButtons()
{
    const QListWidgetItem* item = m_list->currentItem();
    const bool aliasSelected = item && !item->data(Qt::UserRole + 1).toBool();
    m_add->setEnabled(m_editable && !m_input->text().trimmed().isEmpty());
    m_default->setEnabled(m_editable && aliasSelected);
    m_remove->setEnabled(m_editable && aliasSelected);
    m_remove->setToolTip(item && !aliasSelected ? tr("The primary address cannot be removed; make another "
                                                     "address the default first.")
                                                : QString());
}

void UserAddressesTab::addAlias()
{
    if (!m_add->isEnabled())
        return;
    m_errors->clear();
    const Status added = m_engine.userAddresses().addAlias(m_userId, m_input->text().trimmed());
    if (!added) {
        m_errors->show(added.error());
        return;
    }
    m_input->clear();
}

void UserAddressesTab::setDefault()
{
    m_errors->clear();
    const Status done = m_engine.userAddresses().setPrimary(m_userId, selectedAddress());
    if (!done)
        m_errors->show(done.error());
}

void UserAddressesTab::removeAlias()
{
    m_errors->clear();
    const Status done = m_engine.userAddresses().removeAlias(m_userId, selectedAddress());
    if (!done)
        m_errors->show(done.error());
}

} // namespace mailroom
