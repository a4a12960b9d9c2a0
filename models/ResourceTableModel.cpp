#include "ResourceTableModel.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "resources/Resources.h"

namespace mailroom {

namespace {

bool sameRow(const ResourceTableModel::Row& a, const ResourceTableModel::Row& b)
{
    const ResourceDetails& x = a.resource.details;
    const ResourceDetails& y = b.resource.details;
    return x.name == y.name && x.description == y.description && x.type == y.type && x.email == y.email &&
           a.resource.booking == b.resource.booking && a.delegates == b.delegates;
}

} // namespace

ResourceTableModel::ResourceTableModel(Engine& engine, QObject* parent)
    : SyncedTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, &ResourceTableModel::onChanged);
}

void ResourceTableModel::setOrganization(const QString& orgId)
{
    m_orgId = orgId;
    m_search.clear();
    reload();
}

void ResourceTableModel::setSearch(const QString& prefix)
{
    if (prefix == m_search)
        return;
    m_search = prefix;
    refresh(); // rows that still match keep their place (and their selection)
}

QVector<ResourceTableModel::Row> ResourceTableModel::fetch(bool& ok)
{
    ok = true;
    if (m_orgId.isEmpty()) {
        m_total = 0;
        return {};
    }
    auto all = m_engine.resources().list(m_orgId);
    auto found = m_search.trimmed().isEmpty() ? all : m_engine.resources().list(m_orgId, m_search);
    if (!all || !found) {
        ok = false;
        Q_EMIT loadFailed(!all ? all.error().message : found.error().message);
        return {};
    }
    m_total = int(all.value().size());
    QVector<Row> rows;
    rows.reserve(found.value().size());
    for (const Resource& r : found.value()) {
        auto delegates = m_engine.resources().delegates(r.id);
        rows.append({r, delegates ? int(delegates.value().size()) : 0});
    }
    return rows;
}

void ResourceTableModel::reload()
{
    bool ok = false;
    QVector<Row> rows = fetch(ok);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countsChanged();
}

void ResourceTableModel::refresh()
{
    bool ok = false;
    const QVector<Row> fresh = fetch(ok);
    if (!ok)
        return;
    syncRows(
        m_rows, fresh, [](const Row& row) { return row.resource.id; }, sameRow);
    Q_EMIT countsChanged();
}

void ResourceTableModel::onChanged(const Change& change)
{
    if (m_orgId.isEmpty())
        return;
    if (change.subject == Change::Subject::Resource && change.organizationId == m_orgId)
        refresh();
    // Users and groups are renamed or removed under delegates; the count may change.
    else if ((change.subject == Change::Subject::User || change.subject == Change::Subject::Group) &&
             change.organizationId == m_orgId && change.kind == Change::Kind::Removed)
        refresh();
}

const ResourceTableModel::Row* ResourceTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ResourceTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).resource.id == id)
            return i;
    return -1;
}

int ResourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResourceTableModel::bookingSummary(const Row& row)
{
    if (row.resource.booking.acceptAll)
        return tr("Accepts all");
    return row.delegates > 0 ? tr("Delegates decide") : tr("Needs delegates");
}

QVariant ResourceTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const Resource& r = row->resource;
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Booking) {
        QStringList lines{
            r.booking.acceptAll ? tr("Accepts every request automatically.")
            : row->delegates > 0
                ? tr("Delegates receive a copy of each request and accept it.")
                : tr("Requests are not accepted automatically and no delegate answers them: add "
                     "delegates.")};
        if (r.booking.declineRecurring)
            lines << tr("Declines recurring requests automatically.");
        if (r.booking.declineConflicting)
            lines << tr("Declines conflicting requests automatically.");
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole && index.column() == Description && !r.details.description.isEmpty())
        return r.details.description;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.details.name;
    case Type:
        return labelOf(r.details.type);
    case Email:
        return r.details.email;
    case Description:
        return r.details.description;
    case Booking:
        return bookingSummary(*row);
    }
    return {};
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Email:
        return tr("Email address");
    case Description:
        return tr("Description");
    case Booking:
        return tr("Booking");
    }
    return {};
}

} // namespace mailroom
