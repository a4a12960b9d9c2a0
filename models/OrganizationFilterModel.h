#pragma once
// The Organizations screen's region filter and alias search, over OrganizationTableModel.

#include <QSortFilterProxyModel>

namespace mailroom {

class OrganizationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrganizationFilterModel(QObject* parent = nullptr);
    void setRegion(const QString& region); // empty: all regions
    void setSearch(const QString& text);   // part of the alias, any case

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_region;
    QString m_search;
};

} // namespace mailroom
