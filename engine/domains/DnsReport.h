#pragma once
// What a DNS check of a domain found (DOM-6): the name servers, the server asked, and for each
// record to publish whether it was found, missing or wrong, with what was seen and, when one
// of the guide's common problems explains it, that problem and its fix.

#include "Domain.h"

#include <QJsonObject>

namespace mailroom {

struct RecordCheck
{
    enum class Outcome
    {
        Found,
        Missing,
        Wrong,
        NoAnswer
    };
    enum class Problem
    {
        None,
        AppendedTwice, // published as name.domain.domain: the provider appended the domain
        WithoutPrefix, // TXT published on the domain itself, without _amazonses (accepted)
        SeveralValues, // several TXT values under one name (accepted)
        OtherRegion,   // MX or AutoDiscover of another region
    };

    DnsRecord expected;
    Outcome outcome = Outcome::Missing;
    Problem problem = Problem::None;
    QStringList seen; // the values found under the expected name (or where the problem was found)
    QString note;     // translated: what the problem means and how to fix it

    bool satisfied() const { return outcome == Outcome::Found; }
};

QString outcomeName(RecordCheck::Outcome outcome);  // stable: "Found"
QString outcomeLabel(RecordCheck::Outcome outcome); // translated
QString problemName(RecordCheck::Problem problem);  // stable: "AppendedTwice"

struct DnsReport
{
    QString domain;
    QStringList nameServers; // NS records of the domain
    QString askedServer;     // the server the records were asked of ("system resolver" when none)
    QString failure;         // translated, when the check could not run at all
    QVector<RecordCheck> records;
    QDateTime checkedAt;

    bool verificationFound() const; // the TXT record is found: the domain is verified
    int foundCount() const;
    QJsonObject toJson() const;
    static DnsReport fromJson(const QJsonObject& json);
};

} // namespace mailroom
Q_DECLARE_METATYPE(mailroom::DnsReport)
