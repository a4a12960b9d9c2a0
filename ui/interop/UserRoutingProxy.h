#pragma once
// The users list of the email routing page (IOP-5): the users model, with its state column
// showing instead whether each user's routing is marked done (text and icon; when and by whom in
// the tooltip). All rows of that page share one state, so the column carries the routing.

#include "interop/InteropProgress.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace mailroom {

class UserRoutingProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    // The users marked done, by id. Repaints the routing column.
    void setRouted(const QHash<QString, InteropStepDone>& routed);
    bool isRouted(const QString& userId) const { return m_routed.contains(userId); }
    // The column that shows the routing (the source's state column).
    static int routingColumn();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The routing column sorts by nothing the engine knows: sorting by it keeps the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QHash<QString, InteropStepDone> m_routed;
};

} // namespace mailroom
