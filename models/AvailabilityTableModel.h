#pragma once
// The availability settings of an organization's corporate domains (IOP-4), a row per domain
// (the test domain aside): the EWS URL, the service account, whether a password is in the system
// keychain (never the password) and the last test's outcome as a badge, with when it ran. The
// view that owns it loads the rows (AvailabilitySettingsView) and hands them over whole.

#include "domains/Domain.h"
#include "interop/AvailabilitySetting.h"

#include <QAbstractTableModel>
#include <QVector>
#include <optional>

namespace mailroom {

class AvailabilityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DomainColumn,
        UrlColumn,
        AccountColumn,
        PasswordColumn,
        LastTestColumn,
        TestedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The domains in their order, each with its settings when it has some.
    void setRows(const QVector<Domain>& domains, const QVector<AvailabilitySetting>& settings);
    // The domain (A-label) of a row; empty outside the rows.
    QString domainAt(int row) const;
    int rowOf(const QString& domain) const; // -1 when not listed
    std::optional<AvailabilitySetting> settingOf(const QString& domain) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whether the saved settings' last test succeeded.
    static bool lastTestSucceeded(const AvailabilitySetting& setting);
    // The translated label of an outcome by its stable name ("InvalidCredentials").
    static QString outcomeLabel(const QString& outcomeName);
    // The outcome, explanation and fix the settings' last test recorded (as JSON text).
    static QString recorded(const AvailabilitySetting& setting, const char* key);

private:
    struct Row
    {
        Domain domain;
        std::optional<AvailabilitySetting> setting;
    };
    QVariant display(const Row& row, int column) const;

    QVector<Row> m_rows;
};

} // namespace mailroom
