#include "GroupMembersTab.h"

#include "core/Engine.h"
#include "groups/Groups.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"
#include "widgets/MemberPicker.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace mailroom {

GroupMembersTab::GroupMembersTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_picker(new MemberPicker(engine, this)),
      m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this)),
      m_guard(this, QStringLiteral("Members"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }})
{
    setObjectName(QStringLiteral("groupMembersTab"));
    m_picker->setChosenTitle(tr("Members"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_errors->errorLabel(QStringLiteral("members")));
    layout->addWidget(m_errors->generalLabel());
    layout->addLayout(m_guard.row({}));
    connect(m_picker, &MemberPicker::chosenChanged, this, &GroupMembersTab::updateButtons);
    // The details panel shows the group afresh when nothing is being edited here.
    m_guard.followConflicts(m_conflict, m_engine, [this](const Change& c) {
        return c.subject == Change::Subject::Group && c.ids.contains(m_groupId);
    });
    updateButtons();
}

void GroupMembersTab::showGroup(const QString& groupId)
{
    m_groupId = groupId;
    auto group = m_engine.groups().get(groupId);
    m_groupName = group ? group.value().name : QString();
    if (group) {
        m_picker->setOrganization(group.value().organizationId);
        m_picker->setExcluded({groupId});
    }
    revert();
}

void GroupMembersTab::setEditable(bool editable, const QString& whyNot)
{
    m_editable = editable;
    m_picker->setEnabled(editable);
    m_picker->setToolTip(whyNot);
    updateButtons();
}

bool GroupMembersTab::isDirty() const
{
    const QStringList chosen = m_picker->chosenIds();
    return !m_groupId.isEmpty() &&
           QSet<QString>(m_saved.begin(), m_saved.end()) != QSet<QString>(chosen.begin(), chosen.end());
}

bool GroupMembersTab::save()
{
    m_errors->clear();
    const QStringList chosen = m_picker->chosenIds();
    // One engine operation, by difference: members someone else added or removed meanwhile stay
    // so, and a refused addition (a loop) leaves the members as they were.
    if (auto ok = m_engine.groups().changeMembers(m_groupId, MemberChanges::between(m_saved, chosen)); !ok) {
        m_errors->show(ok.error());
        return false;
    }
    revert(); // shows the members now, others' changes included
    return true;
}

void GroupMembersTab::revert()
{
    m_errors->clear();
    m_conflict->dismiss();
    QVector<Member> members;
    if (!m_groupId.isEmpty()) {
        auto current = m_engine.groups().members(m_groupId);
        if (current)
            members = current.value();
        else
            m_errors->show(current.error());
    }
    m_saved.clear();
    for (const Member& m : members)
        m_saved << m.id;
    m_picker->setChosen(members);
    updateButtons();
}

bool GroupMembersTab::mayLeave()
{
    return m_guard.mayLeave(tr("Unsaved members"),
                            tr("The members of %1 have unsaved changes. Save them?").arg(m_groupName));
}

void GroupMembersTab::updateButtons()
{
    m_guard.update(m_editable);
}

} // namespace mailroom
