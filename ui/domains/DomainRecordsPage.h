#pragma once
// The second page of AddDomainWizard (DOM-2): the records to publish, ready to copy.

#include <QWizardPage>

namespace mailroom {

class DnsRecordsView;
struct Domain;
struct DnsRecord;

class DomainRecordsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DomainRecordsPage(QWidget* parent = nullptr);
    void setRecords(const Domain& domain, const QVector<DnsRecord>& records);
    DnsRecordsView* recordsView() const { return m_records; }

private:
    DnsRecordsView* m_records;
};

} // namespace mailroom
