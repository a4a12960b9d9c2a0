#pragma once
// Turns the answers of a DNS check into per-record results (DOM-6): found, missing or wrong,
// and recognises the guide's common problems. Pure: no network, so every case is testable.

#include "DnsReport.h"

#include <QHash>

namespace mailroom {

// What the name server answered for one (name, type) question.
struct DnsAnswer
{
    bool answered = true; // false: timeout or server failure
    QStringList values;   // TXT: each record's text; MX: "preference host"; CNAME: target (no trailing dot)
};

class DnsAnswers
{
public:
    static QString key(const QString& name, DnsRecord::Type type);
    void set(const QString& name, DnsRecord::Type type, const DnsAnswer& answer);
    DnsAnswer get(const QString& name, DnsRecord::Type type) const; // unanswered when never asked

private:
    QHash<QString, DnsAnswer> m_answers;
};

// The questions a check asks: each expected record, the same name with the domain appended
// twice, and the TXT record of the domain itself.
QVector<QPair<QString, DnsRecord::Type>> dnsQuestions(const Domain& domain,
                                                      const QVector<DnsRecord>& expected);

QVector<RecordCheck> diagnose(const Domain& domain, const QVector<DnsRecord>& expected,
                              const DnsAnswers& answers);

} // namespace mailroom
