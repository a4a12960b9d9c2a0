#include "DeviceTableModel.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "mobile/MobileDevices.h"
#include "users/Users.h"

#include <QLocale>

namespace mailroom {

namespace {

bool sameDevice(const MobileDevice& a, const MobileDevice& b)
{
    return a.deviceId == b.deviceId && a.type == b.type && a.model == b.model && a.os == b.os &&
           a.userAgent == b.userAgent && a.firstSync == b.firstSync && a.lastSync == b.lastSync &&
           a.status == b.status && a.policyKey == b.policyKey;
}

// UI.md: Provisioning in amber, Wipe in red, done provisioning in green.
Badge badgeOf(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::ProvisioningSucceeded:
        return Badge::Good;
    case DeviceStatus::ProvisioningRequired:
        return Badge::Pending;
    case DeviceStatus::WipeRequired:
    case DeviceStatus::WipeSucceeded:
        return Badge::Bad;
    }
    return Badge::None;
}

} // namespace

DeviceTableModel::DeviceTableModel(Engine& engine, QObject* parent)
    : SyncedTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, &DeviceTableModel::onChanged);
}

void DeviceTableModel::setUser(const QString& userId)
{
    m_userId = userId;
    m_orgId.clear();
    if (!userId.isEmpty())
        if (auto user = m_engine.users().get(userId))
            m_orgId = user.value().organizationId;
    bool ok = false;
    QVector<MobileDevice> rows = fetch(ok);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT devicesChanged();
}

QVector<MobileDevice> DeviceTableModel::fetch(bool& ok)
{
    ok = true;
    if (m_userId.isEmpty())
        return {};
    auto devices = m_engine.mobile().devicesOf(m_userId);
    if (!devices) {
        ok = false;
        Q_EMIT loadFailed(devices.error().message);
        return {};
    }
    return devices.value();
}

void DeviceTableModel::refresh()
{
    bool ok = false;
    const QVector<MobileDevice> fresh = fetch(ok);
    if (!ok)
        return;
    syncRows(
        m_rows, fresh, [](const MobileDevice& d) { return d.id; }, sameDevice);
    Q_EMIT devicesChanged();
}

void DeviceTableModel::onChanged(const Change& change)
{
    if (m_userId.isEmpty() || (!change.organizationId.isEmpty() && change.organizationId != m_orgId))
        return;
    switch (change.subject) {
    case Change::Subject::MobilePolicy: // a changed policy moves devices to Provisioning required
        refresh();
        return;
    case Change::Subject::MobileDevice:
        for (const QString& id : change.ids) {
            if (rowOf(id) >= 0) {
                refresh();
                return;
            }
            // A device seen for the first time: is it this user's?
            if (change.kind == Change::Kind::Added)
                if (auto device = m_engine.mobile().get(id); device && device.value().userId == m_userId) {
                    refresh();
                    return;
                }
        }
        return;
    case Change::Subject::User:
        if (change.kind == Change::Kind::Removed && change.ids.contains(m_userId))
            refresh();
        return;
    default:
        return;
    }
}

const MobileDevice* DeviceTableModel::deviceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeviceTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::unknown()
{
    return tr("Unknown");
}

QString DeviceTableModel::orUnknown(const QString& value)
{
    return value.trimmed().isEmpty() ? unknown() : value;
}

QString DeviceTableModel::timeText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : unknown();
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    const MobileDevice* d = index.isValid() ? deviceAt(index.row()) : nullptr;
    if (!d || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return d->id;
    case BadgeRole:
        return index.column() == Status ? QVariant(int(badgeOf(d->status))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return deviceStatusDescription(d->status);
        return tr("Device ID: %1").arg(d->deviceId);
    case SortRole:
        if (index.column() == LastSync)
            return d->lastSync;
        if (index.column() == Status)
            return int(d->status);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Type:
        return orUnknown(d->type);
    case Model:
        return orUnknown(d->model);
    case OperatingSystem:
        return orUnknown(d->os);
    case LastSync:
        return timeText(d->lastSync);
    case Status:
        return labelOf(d->status);
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OperatingSystem)
        return tr("Operating system");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Type");
    case Model:
        return tr("Model");
    case OperatingSystem:
        return tr("OS");
    case LastSync:
        return tr("Last sync");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace mailroom
