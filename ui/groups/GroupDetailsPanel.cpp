#include "GroupDetailsPanel.h"

#include "GroupMembersTab.h"
#include "core/Engine.h"
#include "groups/Groups.h"
#include "organizations/Directory.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailroom {

GroupDetailsPanel::GroupDetailsPanel(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_stack(new QStackedWidget(this)),
      m_none(new QLabel(tr("Select one group to see its members and who receives its mail."), this)),
      m_tabs(new QTabWidget(this)), m_summary(new QLabel(this)), m_recipients(new QListWidget(this)),
      m_members(new GroupMembersTab(engine, this))
{
    setObjectName(QStringLiteral("groupDetails"));
    m_none->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setAccessibleName(tr("Who receives mail sent to the group"));
    auto* general = new QWidget(this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_summary);
    generalLayout->addWidget(
        new QLabel(tr("Who receives mail sent to the group (enabled members, nested groups "
                      "expanded):"),
                   general));
    generalLayout->addWidget(m_recipients, 1);
    m_tabs->setObjectName(QStringLiteral("groupTabs"));
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_members, tr("Members"));
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (!m_groupId.isEmpty() && change.organizationId == m_organization.id &&
            (change.subject == Change::Subject::Group || change.subject == Change::Subject::User))
            refresh();
    });
}

void GroupDetailsPanel::setOrganization(const Organization& organization)
{
    m_organization = organization;
    QString whyNot;
    if (m_engine.accessLevel() == AccessLevel::ReadOnly)
        whyNot = tr("Your access is read-only.");
    else if (organization.directoryType == nameOf(DirectoryType::ADConnector))
        whyNot = tr("This group lives in Active Directory behind an AD Connector; change its members there.");
    m_members->setEditable(whyNot.isEmpty(), whyNot);
}

void GroupDetailsPanel::showGroup(const QString& groupId)
{
    if (groupId == m_groupId || !mayLeave())
        return;
    m_groupId = groupId;
    m_members->showGroup(groupId);
    refresh();
    m_stack->setCurrentWidget(groupId.isEmpty() ? static_cast<QWidget*>(m_none) : m_tabs);
}

void GroupDetailsPanel::refresh()
{
    m_recipients->clear();
    if (m_groupId.isEmpty())
        return;
    auto group = m_engine.groups().get(m_groupId);
    if (!group) {
        m_summary->setText(group.error().message);
        return;
    }
    const Group& g = group.value();
    m_summary->setText(
        tr("<b>%1</b><br>Address: %2<br>State: %3<br>Created: %4")
            .arg(g.name.toHtmlEscaped(),
                 g.email.isEmpty() ? tr("none (enable the group to give it one)") : g.email.toHtmlEscaped(),
                 labelOf(g.state), QLocale().toString(g.createdAt.toLocalTime(), QLocale::ShortFormat)));
    auto recipients = m_engine.groups().expand(m_groupId);
    if (!recipients) {
        m_recipients->addItem(recipients.error().message);
        return;
    }
    for (const Recipient& r : recipients.value())
        m_recipients->addItem(r.via == g.name ? tr("%1 <%2>").arg(r.username, r.email)
                                              : tr("%1 <%2>, through %3").arg(r.username, r.email, r.via));
    if (recipients.value().isEmpty())
        m_recipients->addItem(g.state == GroupState::Enabled ? tr("No enabled member receives its mail yet.")
                                                             : tr("A disabled group receives no mail."));
}

void GroupDetailsPanel::showMembers()
{
    m_tabs->setCurrentWidget(m_members);
}

bool GroupDetailsPanel::mayLeave()
{
    return m_members->mayLeave();
}

} // namespace mailroom
