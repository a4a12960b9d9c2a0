#pragma once
// USR-1 in the guide's two steps: the user's names and username, then the email address and
// password. Each step validates as you type through the engine; Next and Add user wait for
// valid input, and an error appears under the field it names.

#include "organizations/Organization.h"

#include <QWizard>

namespace mailroom {

class Engine;
class UserNamesPage;
class UserMailboxPage;

class CreateUserWizard : public QWizard
{
    Q_OBJECT
public:
    CreateUserWizard(Engine& engine, const Organization& organization, QWidget* parent = nullptr);
    QString createdUserId() const { return m_createdUserId; }

protected:
    bool validateCurrentPage() override;

private:
    Engine& m_engine;
    Organization m_organization;
    UserNamesPage* m_names;
    UserMailboxPage* m_mailbox;
    QString m_createdUserId;
};

} // namespace mailroom
