#include "MigrationChecklist.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <optional>

namespace mailroom::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::interop", text);
}

using State = MigrationDomain::State;

// The report to judge the domain by: the one given, else the stored one; none when there is
// neither, or when it was made for another verification token (the domain added again since).
std::optional<DnsReport> reportOf(const Domain& domain, const QHash<QString, DnsReport>& reports)
{
    DnsReport report;
    if (auto given = reports.constFind(domain.name); given != reports.constEnd())
        report = given.value();
    else if (!domain.checkReport.isEmpty())
        report = DnsReport::fromJson(QJsonDocument::fromJson(domain.checkReport.toUtf8()).object());
    else
        return std::nullopt;
    for (const RecordCheck& r : report.records)
        if (r.expected.purpose == DnsRecord::Purpose::Verification && r.expected.value != domain.token)
            return std::nullopt;
    return report;
}

const RecordCheck* checkOf(const DnsReport& report, const DnsRecord& expected)
{
    for (const RecordCheck& r : report.records)
        if (r.expected.purpose == expected.purpose && r.expected.type == expected.type &&
            r.expected.name.compare(expected.name, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QString recordName(const DnsRecord& r)
{
    return dnsRecordTypeName(r.type) + u' ' + r.name;
}

// "Incoming mail, DKIM signing": each purpose once, in the guide's order.
QString purposesOf(const QVector<DnsRecord>& records)
{
    QStringList labels;
    for (const DnsRecord& r : records)
        if (const QString label = dnsRecordPurposeLabel(r.purpose); !labels.contains(label))
            labels.append(label);
    return QLocale().createSeparatedList(labels);
}

QString textOf(const MigrationDomain& d, const std::optional<DnsReport>& report, bool interoperability)
{
    if (!report)
        return tr("Not checked yet: run the DNS check.");
    if (!report->failure.isEmpty())
        return tr("The last check could not run: %1 Check again.").arg(report->failure);

    QVector<DnsRecord> unasked;
    int required = 0;
    for (const MigrationRecord& r : d.records) {
        required += r.required ? 1 : 0;
        if (r.required && !r.checked)
            unasked.append(r.check.expected);
    }
    QString text;
    if (const QVector<DnsRecord> missing = d.notFound(); !missing.isEmpty()) {
        QStringList named;
        for (const MigrationRecord& r : d.records)
            if (r.required && r.checked && !r.check.satisfied())
                named.append(tr("%1 (%2)").arg(recordName(r.check.expected), outcomeLabel(r.check.outcome)));
        text = tr("Not found: %1.").arg(QLocale().createSeparatedList(named));
    } else if (!unasked.isEmpty()) {
        text = tr("The last check did not look for these records: %1. Check again.").arg(purposesOf(unasked));
    } else if (interoperability) {
        text = tr("The verification and DKIM records are found.");
    } else {
        text =
            QCoreApplication::translate("mailroom::interop", "All %n records are found.", nullptr, required);
    }
    // Exchange is to stay the primary server for incoming email while interoperability is on.
    if (interoperability) {
        for (const MigrationRecord& r : d.records)
            if (r.check.expected.purpose == DnsRecord::Purpose::MailExchange && r.checked &&
                r.check.satisfied())
                text +=
                    u' ' + tr("Its MX record already points at the service, although Exchange is to stay the "
                              "primary server for incoming email until interoperability is disabled.");
    }
    return text;
}

MigrationDomain judge(const Organization& org, const Domain& domain, const QHash<QString, DnsReport>& reports)
{
    MigrationDomain d;
    d.domain = domain.name;
    d.displayName = domain.displayName();
    const std::optional<DnsReport> report = reportOf(domain, reports);
    const bool usable = report && report->failure.isEmpty();
    if (report)
        d.checkedAt = report->checkedAt;
    bool missing = false;
    bool unasked = false;
    for (const DnsRecord& expected : domains::expectedRecords(domain, org.region)) {
        MigrationRecord r;
        r.required = requiredForMigration(expected.purpose, org.interoperability);
        r.check.expected = expected;
        r.check.outcome = RecordCheck::Outcome::NoAnswer;
        if (const RecordCheck* found = usable ? checkOf(*report, expected) : nullptr) {
            r.check = *found;
            r.check.expected = expected;
            r.checked = true;
        }
        if (r.required) {
            missing = missing || (r.checked && !r.check.satisfied());
            unasked = unasked || !r.checked;
        }
        d.records.append(r);
    }
    d.state = missing ? State::Incomplete : unasked ? State::NotChecked : State::Complete;
    d.text = textOf(d, report, org.interoperability);
    return d;
}

} // namespace

QVector<DnsRecord> MigrationDomain::notFound() const
{
    QVector<DnsRecord> records;
    for (const MigrationRecord& r : this->records)
        if (r.required && r.checked && !r.check.satisfied())
            records.append(r.check.expected);
    return records;
}

QString migrationStateName(MigrationDomain::State state)
{
    switch (state) {
    case State::Complete:
        return QStringLiteral("Complete");
    case State::Incomplete:
        return QStringLiteral("Incomplete");
    case State::NotChecked:
        return QStringLiteral("NotChecked");
    }
    return {};
}

QString migrationStateLabel(MigrationDomain::State state)
{
    switch (state) {
    case State::Complete:
        return tr("Complete");
    case State::Incomplete:
        return tr("Records missing");
    case State::NotChecked:
        return tr("Not checked");
    }
    return {};
}

bool MigrationChecklist::complete() const
{
    return std::all_of(domains.cbegin(), domains.cend(),
                       [](const MigrationDomain& d) { return d.state == State::Complete; });
}

QStringList MigrationChecklist::domainsIn(MigrationDomain::State state) const
{
    QStringList names;
    for (const MigrationDomain& d : domains)
        if (d.state == state)
            names.append(d.displayName);
    return names;
}

bool requiredForMigration(DnsRecord::Purpose purpose, bool interoperability)
{
    switch (purpose) {
    case DnsRecord::Purpose::Verification:
    case DnsRecord::Purpose::Dkim:
        return true;
    case DnsRecord::Purpose::MailExchange:
    case DnsRecord::Purpose::AutoDiscover:
        return !interoperability;
    }
    return true;
}

MigrationChecklist migrationChecklist(const Organization& organization, const QVector<Domain>& domains,
                                      const QHash<QString, DnsReport>& reports)
{
    MigrationChecklist list;
    list.interoperability = organization.interoperability;
    list.rule =
        organization.interoperability
            ? tr("The organization is in interoperability mode: Exchange stays the primary server for "
                 "incoming "
                 "email, so the MX and AutoDiscover records keep pointing at Exchange until interoperability "
                 "is "
                 "disabled, and the decommission checklist checks them then. Until then only the "
                 "verification "
                 "(TXT) and DKIM records of each domain count.")
            : tr("Every record of each domain must point at the service: the verification (TXT) record, the "
                 "MX "
                 "record, the AutoDiscover record and the DKIM records. DNS changes can take several hours "
                 "to "
                 "spread; mail that reaches the old server meanwhile can be migrated again afterwards.");
    for (const Domain& d : domains)
        if (!d.isTest)
            list.domains.append(judge(organization, d, reports));
    std::sort(list.domains.begin(), list.domains.end(),
              [](const MigrationDomain& a, const MigrationDomain& b) { return a.domain < b.domain; });
    return list;
}

QVector<ClientStep> clientSteps(const Organization& organization)
{
    const QString server = organization.testDomain();
    return {
        {tr("Microsoft Outlook on Windows"),
         tr("Restart Outlook. When it asks whether to go on with the old mailbox or a temporary one, choose "
            "the "
            "temporary mailbox, then set up the Exchange account again from the start.")},
        {tr("Microsoft Outlook on Mac"), tr("Restart Outlook. It reports that it was redirected to the "
                                            "server %1 and asks whether that server "
                                            "may configure the settings: allow it.")
                                             .arg(server)},
        {tr("Mobile devices"),
         tr("Phones and tablets connect through Exchange ActiveSync. Mail on iOS stops receiving email and "
            "shows "
            "\"Cannot get mail\": remove the Exchange account and add it again. Set up other devices again "
            "the "
            "same way; where AutoDiscover does not find the server, enter it by hand.")},
        {tr("Other IMAP clients"),
         tr("Add the mailbox again as an IMAP account of the service, with the user's email address and "
            "password. POP3 is not supported.")},
        {tr("The web application"),
         tr("Nothing to set up: users sign in at https://%1/mail with their username and password.")
             .arg(server)},
    };
}

} // namespace mailroom::interop
