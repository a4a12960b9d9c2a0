#include "CreateUserWizard.h"

#include "CreateUserPages.h"
#include "core/Engine.h"
#include "users/Users.h"
#include "widgets/FieldErrors.h"

namespace mailroom {

CreateUserWizard::CreateUserWizard(Engine& engine, const Organization& organization, QWidget* parent)
    : QWizard(parent), m_engine(engine), m_organization(organization),
      m_names(new UserNamesPage(engine, organization.id, this)),
      m_mailbox(new UserMailboxPage(engine, organization.id, this))
{
    setObjectName(QStringLiteral("createUserWizard"));
    setWindowTitle(tr("Create user in %1").arg(organization.alias));
    addPage(m_names);
    addPage(m_mailbox);
    setButtonText(QWizard::FinishButton, tr("Add user"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumWidth(560);
}

bool CreateUserWizard::validateCurrentPage()
{
    if (currentPage() != m_mailbox)
        return QWizard::validateCurrentPage();
    NewUser user;
    m_names->fill(user);
    m_mailbox->fill(user);
    auto created = m_engine.users().create(m_organization.id, user);
    if (!created) {
        const QString field = created.error().field;
        const bool onFirstPage = field == QLatin1String("username") ||
                                 field == QLatin1String("displayName") ||
                                 field == QLatin1String("firstName") || field == QLatin1String("lastName");
        if (onFirstPage) {
            back();
            m_names->errors()->show(created.error());
        } else {
            m_mailbox->errors()->show(created.error());
        }
        return false;
    }
    m_createdUserId = created.value().id;
    return true;
}

} // namespace mailroom
