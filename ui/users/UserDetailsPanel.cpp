#include "UserDetailsPanel.h"

#include "UserAddressesTab.h"
#include "UserGeneralTab.h"
#include "UserMobileTab.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailroom {

UserDetailsPanel::UserDetailsPanel(Engine& engine, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)),
      m_none(new QLabel(tr("Select one user to see and edit its details."), this)),
      m_tabs(new QTabWidget(this)), m_general(new UserGeneralTab(engine, this)),
      m_addresses(new UserAddressesTab(engine, this)), m_mobile(new UserMobileTab(engine, this))
{
    setObjectName(QStringLiteral("userDetails"));
    m_none->setAlignment(Qt::AlignCenter);
    m_tabs->setObjectName(QStringLiteral("userTabs"));
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_addresses, tr("Addresses"));
    m_tabs->addTab(m_mobile, tr("Mobile"));
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void UserDetailsPanel::setOrganization(const Organization& organization)
{
    m_general->setOrganization(organization);
}

void UserDetailsPanel::showUser(const QString& userId)
{
    if (userId == m_userId)
        return;
    if (!mayLeave())
        return;
    m_userId = userId;
    m_general->showUser(userId);
    m_addresses->showUser(userId);
    m_mobile->showUser(userId);
    m_stack->setCurrentWidget(userId.isEmpty() ? static_cast<QWidget*>(m_none) : m_tabs);
}

void UserDetailsPanel::showGeneral()
{
    m_tabs->setCurrentWidget(m_general);
    m_general->focusFirstField();
}

void UserDetailsPanel::showAddresses()
{
    m_tabs->setCurrentWidget(m_addresses);
    m_addresses->focusInput();
}

bool UserDetailsPanel::mayLeave()
{
    return m_general->mayLeave();
}

} // namespace mailroom
