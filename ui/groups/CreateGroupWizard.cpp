#include "CreateGroupWizard.h"

#include "core/Engine.h"
#include "groups/Groups.h"
#include "widgets/FieldErrors.h"
#include "widgets/MemberPicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mailroom {

GroupDetailsPage::GroupDetailsPage(Engine& engine, const Organization& organization, QWidget* parent)
    : QWizardPage(parent), m_engine(engine), m_organization(organization), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_errors(new FieldErrors(this))
{
    setTitle(tr("Details of the new group"));
    setSubTitle(tr("Step 1 of 2. Mail sent to the group's address reaches its enabled members."));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setAccessibleName(tr("Group name"));
    m_email->setObjectName(QStringLiteral("groupEmail"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("name@%1").arg(organization.defaultDomain));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Group &name:"), m_name);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("name")));
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("email")));
    form->addRow(m_errors->generalLabel());
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (m_emailEdited)
            return;
        static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9._%+-]+"));
        const QString local = m_name->text().trimmed().toLower().replace(notAllowed, QStringLiteral("."));
        m_email->setText(local.isEmpty() ? QString() : local + u'@' + m_organization.defaultDomain);
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_emailEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &GroupDetailsPage::validate);
    connect(m_email, &QLineEdit::textChanged, this, &GroupDetailsPage::validate);
}

QString GroupDetailsPage::name() const
{
    return m_name->text().trimmed();
}

QString GroupDetailsPage::email() const
{
    return m_email->text().trimmed();
}

void GroupDetailsPage::validate()
{
    m_errors->clear();
    const Status checked = m_engine.groups().checkNew(m_organization.id, {name(), email(), {}});
    // An empty field the administrator has not reached yet is not worth an error.
    if (!checked && checked.error().code != ErrorCode::Required)
        m_errors->show(checked.error());
    m_valid = checked.ok();
    Q_EMIT completeChanged();
}

bool GroupDetailsPage::isComplete() const
{
    return m_valid;
}

CreateGroupWizard::CreateGroupWizard(Engine& engine, const Organization& organization, QWidget* parent)
    : QWizard(parent), m_engine(engine), m_organization(organization),
      m_details(new GroupDetailsPage(engine, organization, this)), m_membersPage(new QWizardPage(this)),
      m_picker(new MemberPicker(engine, m_membersPage)), m_memberErrors(new FieldErrors(m_membersPage))
{
    setObjectName(QStringLiteral("createGroupWizard"));
    setWindowTitle(tr("Create group in %1").arg(organization.alias));
    m_membersPage->setTitle(tr("Members of the new group"));
    m_membersPage->setSubTitle(
        tr("Step 2 of 2. Search, select and move users and groups to the right with the "
           "arrow. A group may have no members yet."));
    m_picker->setChosenTitle(tr("Members"));
    m_picker->setOrganization(organization.id);
    auto* layout = new QVBoxLayout(m_membersPage);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_memberErrors->errorLabel(QStringLiteral("members")));
    layout->addWidget(m_memberErrors->generalLabel());
    addPage(m_details);
    addPage(m_membersPage);
    setButtonText(QWizard::FinishButton, tr("Create group"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 480);
}

bool CreateGroupWizard::validateCurrentPage()
{
    if (currentPage() != m_membersPage)
        return QWizard::validateCurrentPage();
    m_memberErrors->clear();
    auto created = m_engine.groups().create(m_organization.id,
                                            {m_details->name(), m_details->email(), m_picker->chosenIds()});
    if (!created) {
        const QString field = created.error().field;
        if (field == QLatin1String("name") || field == QLatin1String("email")) {
            back();
            m_details->errors()->show(created.error());
        } else {
            m_memberErrors->show(created.error());
        }
        return false;
    }
    m_createdGroupId = created.value().id;
    return true;
}

} // namespace mailroom
