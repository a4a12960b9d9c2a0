#include "AvailabilityTableModel.h"

#include "ModelRoles.h"
#include "net/NetworkCheckResult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mailroom {

void AvailabilityTableModel::setRows(const QVector<Domain>& domains,
                                     const QVector<AvailabilitySetting>& settings)
{
    beginResetModel();
    m_rows.clear();
    for (const Domain& d : domains) {
        Row row{d, std::nullopt};
        for (const AvailabilitySetting& s : settings)
            if (s.domain == d.name)
                row.setting = s;
        m_rows.append(row);
    }
    endResetModel();
}

QString AvailabilityTableModel::domainAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).domain.name : QString();
}

int AvailabilityTableModel::rowOf(const QString& domain) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).domain.name == domain)
            return row;
    return -1;
}

std::optional<AvailabilitySetting> AvailabilityTableModel::settingOf(const QString& domain) const
{
    const int row = rowOf(domain);
    return row < 0 ? std::nullopt : m_rows.at(row).setting;
}

int AvailabilityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AvailabilityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case UrlColumn:
        return tr("EWS URL");
    case AccountColumn:
        return tr("Service account");
    case PasswordColumn:
        return tr("Password");
    case LastTestColumn:
        return tr("Last test");
    case TestedColumn:
        return tr("Tested");
    }
    return {};
}

QVariant AvailabilityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const std::optional<AvailabilitySetting>& s = row.setting;
    const bool tested = s && s->testedAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case IdRole:
        return row.domain.name;
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return s ? s->ewsUrl : QString();
        if (index.column() == AccountColumn)
            return s ? s->serviceAccount : QString();
        if (index.column() == LastTestColumn && tested)
            return recorded(*s, "explanation");
        return {};
    case BadgeRole:
        if (index.column() != LastTestColumn || !s)
            return {};
        return int(!tested ? Badge::Pending : lastTestSucceeded(*s) ? Badge::Good : Badge::Bad);
    }
    return {};
}

QVariant AvailabilityTableModel::display(const Row& row, int column) const
{
    const Domain& d = row.domain;
    const std::optional<AvailabilitySetting>& s = row.setting;
    switch (column) {
    case DomainColumn:
        return d.status == DomainStatus::Verified ? d.displayName()
                                                  : tr("%1 (%2)").arg(d.displayName(), labelOf(d.status));
    case UrlColumn:
        return s ? s->ewsUrl : tr("Not set");
    case AccountColumn:
        return s ? s->serviceAccount : QString();
    case PasswordColumn:
        return s ? tr("In the system keychain") : QString();
    case LastTestColumn:
        if (!s)
            return QString();
        return s->testedAt.isValid() ? outcomeLabel(recorded(*s, "outcome")) : tr("Not tested");
    case TestedColumn:
        return s && s->testedAt.isValid()
                   ? QLocale().toString(s->testedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QString AvailabilityTableModel::recorded(const AvailabilitySetting& setting, const char* key)
{
    return QJsonDocument::fromJson(setting.testResult.toUtf8()).object().value(QLatin1String(key)).toString();
}

bool AvailabilityTableModel::lastTestSucceeded(const AvailabilitySetting& setting)
{
    return setting.testedAt.isValid() &&
           recorded(setting, "outcome") == networkOutcomeName(NetworkOutcome::Ok);
}

QString AvailabilityTableModel::outcomeLabel(const QString& outcomeName)
{
    const std::pair<NetworkOutcome, const char*> labels[] = {
        {NetworkOutcome::Ok, QT_TR_NOOP("Succeeded")},
        {NetworkOutcome::InvalidUrl, QT_TR_NOOP("Invalid URL")},
        {NetworkOutcome::Unreachable, QT_TR_NOOP("Server not found")},
        {NetworkOutcome::ConnectionFailed, QT_TR_NOOP("Connection failed")},
        {NetworkOutcome::InvalidCredentials, QT_TR_NOOP("Invalid credentials")},
        {NetworkOutcome::UntrustedCertificate, QT_TR_NOOP("Untrusted certificate")},
        {NetworkOutcome::UnexpectedResponse, QT_TR_NOOP("Unexpected response")},
        {NetworkOutcome::Cancelled, QT_TR_NOOP("Cancelled")},
    };
    for (const auto& [outcome, label] : labels)
        if (networkOutcomeName(outcome) == outcomeName)
            return tr(label);
    return outcomeName.isEmpty() ? tr("Unknown") : outcomeName;
}

} // namespace mailroom
