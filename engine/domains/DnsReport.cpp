#include "DnsReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailroom {

namespace {

using Outcome = RecordCheck::Outcome;
using Problem = RecordCheck::Problem;

const Outcome allOutcomes[] = {Outcome::Found, Outcome::Missing, Outcome::Wrong, Outcome::NoAnswer};
const Problem allProblems[] = {Problem::None, Problem::AppendedTwice, Problem::WithoutPrefix,
                               Problem::SeveralValues, Problem::OtherRegion};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Found:
        return QStringLiteral("Found");
    case Outcome::Missing:
        return QStringLiteral("Missing");
    case Outcome::Wrong:
        return QStringLiteral("Wrong");
    case Outcome::NoAnswer:
        return QStringLiteral("NoAnswer");
    }
    return {};
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Found:
        return QCoreApplication::translate("DnsReport", "Found");
    case Outcome::Missing:
        return QCoreApplication::translate("DnsReport", "Missing");
    case Outcome::Wrong:
        return QCoreApplication::translate("DnsReport", "Wrong");
    case Outcome::NoAnswer:
        return QCoreApplication::translate("DnsReport", "No answer");
    }
    return {};
}

QString problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("None");
    case Problem::AppendedTwice:
        return QStringLiteral("AppendedTwice");
    case Problem::WithoutPrefix:
        return QStringLiteral("WithoutPrefix");
    case Problem::SeveralValues:
        return QStringLiteral("SeveralValues");
    case Problem::OtherRegion:
        return QStringLiteral("OtherRegion");
    }
    return {};
}

bool DnsReport::verificationFound() const
{
    for (const RecordCheck& r : records)
        if (r.expected.purpose == DnsRecord::Purpose::Verification)
            return r.satisfied();
    return false;
}

int DnsReport::foundCount() const
{
    return int(
        std::count_if(records.begin(), records.end(), [](const RecordCheck& r) { return r.satisfied(); }));
}

QJsonObject DnsReport::toJson() const
{
    QJsonArray list;
    for (const RecordCheck& r : records)
        list.append(QJsonObject{
            {QStringLiteral("type"), dnsRecordTypeName(r.expected.type)},
            {QStringLiteral("purpose"), int(r.expected.purpose)},
            {QStringLiteral("name"), r.expected.name},
            {QStringLiteral("expected"), r.expected.value},
            {QStringLiteral("ttl"), r.expected.ttl},
            {QStringLiteral("outcome"), outcomeName(r.outcome)},
            {QStringLiteral("problem"), problemName(r.problem)},
            {QStringLiteral("seen"), toArray(r.seen)},
            {QStringLiteral("note"), r.note},
        });
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("nameServers"), toArray(nameServers)},
            {QStringLiteral("askedServer"), askedServer},
            {QStringLiteral("failure"), failure},
            {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("verified"), verificationFound()},
            {QStringLiteral("records"), list}};
}

DnsReport DnsReport::fromJson(const QJsonObject& json)
{
    DnsReport report;
    report.domain = json.value(QStringLiteral("domain")).toString();
    report.nameServers = toList(json.value(QStringLiteral("nameServers")));
    report.askedServer = json.value(QStringLiteral("askedServer")).toString();
    report.failure = json.value(QStringLiteral("failure")).toString();
    report.checkedAt =
        QDateTime::fromString(json.value(QStringLiteral("checkedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : json.value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = v.toObject();
        RecordCheck r;
        const QString type = o.value(QStringLiteral("type")).toString();
        r.expected.type = type == QLatin1String("MX")      ? DnsRecord::Type::MX
                          : type == QLatin1String("CNAME") ? DnsRecord::Type::CNAME
                                                           : DnsRecord::Type::TXT;
        r.expected.purpose = DnsRecord::Purpose(qBound(0, o.value(QStringLiteral("purpose")).toInt(), 3));
        r.expected.name = o.value(QStringLiteral("name")).toString();
        r.expected.value = o.value(QStringLiteral("expected")).toString();
        r.expected.ttl = o.value(QStringLiteral("ttl")).toInt();
        for (Outcome x : allOutcomes)
            if (outcomeName(x) == o.value(QStringLiteral("outcome")).toString())
                r.outcome = x;
        for (Problem x : allProblems)
            if (problemName(x) == o.value(QStringLiteral("problem")).toString())
                r.problem = x;
        r.seen = toList(o.value(QStringLiteral("seen")));
        r.note = o.value(QStringLiteral("note")).toString();
        report.records.append(r);
    }
    return report;
}

} // namespace mailroom
