#include "DnsDiagnosis.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailroom {

namespace {

using Outcome = RecordCheck::Outcome;
using Problem = RecordCheck::Problem;

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom", text);
}

QString appendedTwice(const QString& name, const QString& domain)
{
    return name + u'.' + domain;
}

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// The host of an MX value "10 host".
QString mxHost(const QString& value)
{
    return normalizedHost(value.section(u' ', -1));
}

// The region named in a host of the service (inbound-smtp.<r>.amazonaws.com,
// autodiscover.mail.<r>.awsapps.com), or empty.
QString regionIn(const QString& host)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:inbound-smtp\\.([a-z0-9-]+)\\.amazonaws\\.com|autodiscover\\.mail\\.([a-z0-9-]+)"
                       "\\.awsapps\\.com)$"));
    const auto m = pattern.match(host);
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

bool valueMatches(const DnsRecord& expected, const QString& seen)
{
    switch (expected.type) {
    case DnsRecord::Type::TXT:
        return seen == expected.value;
    case DnsRecord::Type::MX:
        return mxHost(seen) == mxHost(expected.value);
    case DnsRecord::Type::CNAME:
        return normalizedHost(seen) == normalizedHost(expected.value);
    }
    return false;
}

bool anyMatches(const DnsRecord& expected, const QStringList& seen)
{
    return std::any_of(seen.begin(), seen.end(), [&](const QString& s) { return valueMatches(expected, s); });
}

// A service host of another region among the values, as "region" or empty.
QString otherRegion(const DnsRecord& expected, const QStringList& seen)
{
    const QString wanted = regionIn(expected.type == DnsRecord::Type::MX ? mxHost(expected.value)
                                                                         : normalizedHost(expected.value));
    if (wanted.isEmpty())
        return {};
    for (const QString& s : seen) {
        const QString host = expected.type == DnsRecord::Type::MX ? mxHost(s) : normalizedHost(s);
        const QString region = regionIn(host);
        if (!region.isEmpty() && region != wanted)
            return region;
    }
    return {};
}

RecordCheck diagnoseOne(const Domain& domain, const DnsRecord& expected, const DnsAnswers& answers)
{
    RecordCheck check;
    check.expected = expected;
    const DnsAnswer answer = answers.get(expected.name, expected.type);
    check.seen = answer.values;
    if (!answer.answered) {
        check.outcome = Outcome::NoAnswer;
        check.note = tr("The name server did not answer this question; check again later.");
        return check;
    }
    if (anyMatches(expected, answer.values)) {
        check.outcome = Outcome::Found;
        if (expected.type == DnsRecord::Type::TXT && answer.values.size() > 1) {
            check.problem = Problem::SeveralValues;
            check.note =
                tr("Several TXT values are published under this name; that is accepted as long as one "
                   "of them is the token.");
        }
        return check;
    }
    if (!answer.values.isEmpty()) {
        check.outcome = Outcome::Wrong;
        if (const QString region = otherRegion(expected, answer.values); !region.isEmpty()) {
            check.problem = Problem::OtherRegion;
            check.note = tr("The record points to the %1 region, but this organization is in another region; "
                            "publish the value shown here.")
                             .arg(region);
        } else {
            check.note =
                tr("A record is published under this name but with another value; replace it with the "
                   "value shown here.");
        }
        return check;
    }
    check.outcome = Outcome::Missing;
    const QString twice = appendedTwice(expected.name, domain.name);
    const DnsAnswer doubled = answers.get(twice, expected.type);
    if (!doubled.values.isEmpty()) {
        check.problem = Problem::AppendedTwice;
        check.seen = doubled.values;
        check.note =
            tr("The record was found as %1: your DNS provider appended the domain a second time. Publish "
               "the name with a trailing dot (%2.) or without the domain part.")
                .arg(twice, expected.name);
        return check;
    }
    if (expected.purpose == DnsRecord::Purpose::Verification) {
        const DnsAnswer bare = answers.get(domain.name, DnsRecord::Type::TXT);
        if (anyMatches(expected, bare.values)) {
            check.outcome = Outcome::Found;
            check.problem = Problem::WithoutPrefix;
            check.seen = bare.values;
            check.note = tr("The token is published on %1 itself, without _amazonses; that is accepted for "
                            "providers that refuse underscores in names.")
                             .arg(domain.name);
            return check;
        }
    }
    check.note = tr("Nothing is published under this name yet; changes can take up to 72 hours to spread.");
    return check;
}

} // namespace

QString DnsAnswers::key(const QString& name, DnsRecord::Type type)
{
    return dnsRecordTypeName(type) + u' ' + normalizedHost(name);
}

void DnsAnswers::set(const QString& name, DnsRecord::Type type, const DnsAnswer& answer)
{
    m_answers.insert(key(name, type), answer);
}

DnsAnswer DnsAnswers::get(const QString& name, DnsRecord::Type type) const
{
    return m_answers.value(key(name, type), DnsAnswer{false, {}});
}

QVector<QPair<QString, DnsRecord::Type>> dnsQuestions(const Domain& domain,
                                                      const QVector<DnsRecord>& expected)
{
    QVector<QPair<QString, DnsRecord::Type>> questions;
    for (const DnsRecord& r : expected) {
        questions.append({r.name, r.type});
        questions.append({appendedTwice(r.name, domain.name), r.type});
    }
    questions.append({domain.name, DnsRecord::Type::TXT});
    return questions;
}

QVector<RecordCheck> diagnose(const Domain& domain, const QVector<DnsRecord>& expected,
                              const DnsAnswers& answers)
{
    QVector<RecordCheck> checks;
    for (const DnsRecord& r : expected)
        checks.append(diagnoseOne(domain, r, answers));
    return checks;
}

} // namespace mailroom
