#include "MemberListModel.h"

#include "ModelRoles.h"

#include <QIcon>
#include <algorithm>

namespace mailroom {

namespace {

bool before(const Member& a, const Member& b)
{
    if (a.kind != b.kind)
        return a.kind == Member::Kind::Group;
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

} // namespace

MemberListModel::MemberListModel(QObject* parent) : QAbstractListModel(parent) {}

void MemberListModel::setMembers(const QVector<Member>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

QStringList MemberListModel::ids() const
{
    QStringList all;
    for (const Member& m : m_members)
        all.append(m.id);
    return all;
}

bool MemberListModel::contains(const QString& id) const
{
    return std::any_of(m_members.begin(), m_members.end(), [&](const Member& m) { return m.id == id; });
}

void MemberListModel::add(const QVector<Member>& members)
{
    QVector<Member> merged = m_members;
    for (const Member& m : members)
        if (!contains(m.id))
            merged.append(m);
    std::stable_sort(merged.begin(), merged.end(), before);
    setMembers(merged);
}

void MemberListModel::removeIds(const QStringList& ids)
{
    QVector<Member> kept;
    for (const Member& m : m_members)
        if (!ids.contains(m.id))
            kept.append(m);
    setMembers(kept);
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString detail = m.kind == Member::Kind::Group ? tr("group") : m.displayName;
        QString text = detail.isEmpty() || detail == m.name ? m.name : tr("%1 — %2").arg(m.name, detail);
        if (!m.enabled)
            text += tr(" (disabled)");
        return text;
    }
    case Qt::ToolTipRole:
        return m.email.isEmpty() ? tr("No email address") : m.email;
    case Qt::DecorationRole:
        return QIcon::fromTheme(m.kind == Member::Kind::Group ? QStringLiteral("system-users")
                                                              : QStringLiteral("user-identity"));
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(labelOf(m.kind), m.name);
    case IdRole:
        return m.id;
    default:
        return {};
    }
}

} // namespace mailroom
