#pragma once
// The DNS records a domain asks the administrator to publish (DOM-2), ready to copy: purpose,
// type, name, value and recommended TTL, a Copy button beside each name and each value, the
// warning about providers that append the domain, and the postmaster@/abuse@ suggestion. Used
// by the Records tab of the Domains pane and by the second page of AddDomainWizard.

#include "domains/Domain.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace mailroom {

class DnsRecordsView : public QWidget
{
    Q_OBJECT
public:
    explicit DnsRecordsView(QWidget* parent = nullptr);

    // Shows the records of the domain; none (the test domain) shows why none are needed.
    void setRecords(const Domain& domain, const QVector<DnsRecord>& records);
    int recordCount() const { return int(m_records.size()); }

private:
    void addRow(QGridLayout* rows, int index, const DnsRecord& record);
    // A selectable monospace label (objectName record<part><index>) and its Copy button
    // (copy<part><index>); part is "Name" or "Value".
    QWidget* copyable(QWidget* grid, const QString& text, const QString& part, int index,
                      const QString& accessibleName);

    QVector<DnsRecord> m_records;
    QStackedWidget* m_stack;
    QLabel* m_none;
    QLabel* m_hint;
    QWidget* m_grid;
    QGridLayout* m_rows;
    int m_stretchRow = 0;
};

} // namespace mailroom
