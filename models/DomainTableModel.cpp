#include "DomainTableModel.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "domains/DnsReport.h"
#include "domains/Domains.h"

#include <QJsonDocument>
#include <QLocale>

namespace mailroom {

namespace {

Badge badgeOf(DomainStatus status)
{
    switch (status) {
    case DomainStatus::Verified:
        return Badge::Good;
    case DomainStatus::Pending:
        return Badge::Pending;
    case DomainStatus::Failed:
        return Badge::Bad;
    }
    return Badge::None;
}

// Whether two versions of a domain look the same in every column.
bool sameRow(const Domain& a, const Domain& b)
{
    return a.name == b.name && a.status == b.status && a.isDefault == b.isDefault && a.isTest == b.isTest &&
           a.checkedAt == b.checkedAt && a.checkReport == b.checkReport && a.policy == b.policy;
}

} // namespace

DomainTableModel::DomainTableModel(Engine& engine, QObject* parent)
    : SyncedTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, &DomainTableModel::onChanged);
}

DomainTableModel::Row DomainTableModel::rowFor(const Domain& domain)
{
    Row row{domain, 0, -1};
    if (!domain.checkReport.isEmpty()) {
        const DnsReport report =
            DnsReport::fromJson(QJsonDocument::fromJson(domain.checkReport.toUtf8()).object());
        row.found = report.foundCount();
        row.checked = int(report.records.size());
    }
    return row;
}

void DomainTableModel::setOrganization(const QString& orgId)
{
    beginResetModel();
    m_orgId = orgId;
    m_rows.clear();
    if (!orgId.isEmpty()) {
        auto all = m_engine.domains().list(orgId);
        if (all) {
            for (const Domain& d : all.value())
                m_rows.append(rowFor(d));
        }
        endResetModel();
        if (!all)
            Q_EMIT loadFailed(all.error().message);
        return;
    }
    endResetModel();
}

void DomainTableModel::onChanged(const Change& change)
{
    if (m_orgId.isEmpty())
        return;
    if (change.subject == Change::Subject::Organization) {
        if (!change.ids.contains(m_orgId))
            return;
        if (change.kind == Change::Kind::Removed)
            setOrganization(QString());
        else
            sync(); // the default domain is kept on the organization
        return;
    }
    if (change.subject == Change::Subject::Domain && change.organizationId == m_orgId)
        sync();
}

void DomainTableModel::sync()
{
    auto all = m_engine.domains().list(m_orgId);
    if (!all) {
        Q_EMIT loadFailed(all.error().message);
        return;
    }
    QVector<Row> fresh;
    for (const Domain& d : all.value())
        fresh.append(rowFor(d));
    syncRows(
        m_rows, fresh, [](const Row& row) { return row.domain.name; },
        [](const Row& a, const Row& b) { return sameRow(a.domain, b.domain); });
}

const Domain* DomainTableModel::domainAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).domain : nullptr;
}

int DomainTableModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).domain.name == name)
            return i;
    return -1;
}

int DomainTableModel::addedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return !r.domain.isTest; }));
}

int DomainTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainTableModel::display(const Row& r, int column) const
{
    const Domain& d = r.domain;
    switch (column) {
    case Name:
        return d.displayName();
    case Status:
        return labelOf(d.status);
    case Default:
        return d.isDefault ? tr("Default") : QString();
    case Records:
        if (d.isTest)
            return tr("None needed");
        if (r.checked < 0)
            return tr("Not checked");
        return tr("%1 of %2 found").arg(QLocale().toString(r.found), QLocale().toString(r.checked));
    case LastChecked:
        return d.checkedAt.isValid() ? QLocale().toString(d.checkedAt.toLocalTime(), QLocale::ShortFormat)
                                     : tr("Never");
    }
    return {};
}

QVariant DomainTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const Domain& d = r.domain;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case IdRole:
        return d.name;
    case SystemRole:
        return d.isTest;
    case BadgeRole:
        return index.column() == Status ? QVariant(int(badgeOf(d.status))) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Name:
            return d.displayName().toLower();
        case Status:
            return int(d.status);
        case Default:
            return d.isDefault;
        case Records:
            return d.isTest ? -2 : r.checked < 0 ? -1 : r.found;
        case LastChecked:
            return d.checkedAt;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && d.isTest)
            return tr("The organization's test domain: always usable, never removed.");
        if (index.column() == Name && d.displayName() != d.name)
            return tr("In DNS: %1").arg(d.name);
        if (index.column() == Default && d.isDefault)
            return tr("New addresses use this domain.");
        if (index.column() == Status && d.status == DomainStatus::Pending)
            return tr("Waiting for its TXT record to be found by a DNS check.");
        if (index.column() == Status && d.status == DomainStatus::Failed)
            return tr("Its TXT record was not found within %1 hours of adding it; publish it and check "
                      "again.")
                .arg(domains::VerificationGraceHours);
        return {};
    }
    return {};
}

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Domain");
    case Status:
        return tr("Status");
    case Default:
        return tr("Default");
    case Records:
        return tr("Records");
    case LastChecked:
        return tr("Last checked");
    }
    return {};
}

} // namespace mailroom
