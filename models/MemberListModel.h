#pragma once
// A list of users and groups (GRP-1 members, RES-3 delegates, search candidates), each shown
// as its name with its display name or address, users and groups told apart by icon and text.

#include "groups/Group.h"

#include <QAbstractListModel>

namespace mailroom {

class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit MemberListModel(QObject* parent = nullptr);

    void setMembers(const QVector<Member>& members);
    const QVector<Member>& members() const { return m_members; }
    QStringList ids() const;
    bool contains(const QString& id) const;
    // Appends those not yet in the list, keeping groups first and names in order.
    void add(const QVector<Member>& members);
    void removeIds(const QStringList& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVector<Member> m_members;
};

} // namespace mailroom
