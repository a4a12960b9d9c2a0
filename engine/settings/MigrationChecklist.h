#pragma once
// MIG-2: completing a migration. For each domain of the organization but the test domain, which
// DNS records must be found (DOM-6) for the migration to count as complete, judged from the last
// DNS check of the domain; and the steps that move the mail clients to the service.
// Which records count depends on the mode: outside interoperability mode every record of the
// domain; in interoperability mode Exchange stays the primary server for incoming email, so the MX
// and AutoDiscover records keep pointing at it until interoperability is disabled (the
// decommission checklist checks them then) and only the verification and DKIM records count.
// Everything here is a pure function of what it is given: no database, no network.

#include "domains/DnsReport.h"
#include "organizations/Organization.h"

#include <QHash>
#include <QVector>

namespace mailroom::interop {

// One record of a domain as the checklist sees it.
struct MigrationRecord
{
    RecordCheck check;    // the expected record and what the last check found
    bool checked = false; // the last check asked for it (false: check.outcome says nothing)
    bool required = true; // it counts for the migration in this mode
};

struct MigrationDomain
{
    enum class State
    {
        Complete,   // every required record is found
        Incomplete, // a required record is missing, wrong or unanswered
        NotChecked, // never checked, the check could not run, or it did not ask for a required record
    };

    QString domain;      // A-label form
    QString displayName; // as people read it
    State state = State::NotChecked;
    QVector<MigrationRecord> records; // every record of the domain, in the order the guide lists them
    QDateTime checkedAt;              // of the report judged; invalid when never checked
    QString text; // translated, without the domain's name: what was found, what is missing (named)

    // The required records the last check did not find (missing, wrong, no answer).
    QVector<DnsRecord> notFound() const;
};

QString migrationStateName(MigrationDomain::State state);  // stable: "Complete"
QString migrationStateLabel(MigrationDomain::State state); // translated

struct MigrationChecklist
{
    bool interoperability = false;
    QString rule;                     // translated: which records count in this mode, and why
    QVector<MigrationDomain> domains; // the organization's domains but the test domain, by name

    // Every domain is Complete (also when there is no domain but the test domain).
    bool complete() const;
    // The display names of the domains in that state.
    QStringList domainsIn(MigrationDomain::State state) const;
};

// Whether a record of this purpose must be found for the migration to count as complete.
bool requiredForMigration(DnsRecord::Purpose purpose, bool interoperability);

// The checklist of organization (its region and mode decide the records and which count).
// domains: the organization's (the test domain is left out). reports: newer reports by domain
// name (A-label), e.g. a check that could not be recorded; a domain without one is judged from
// its stored report (Domain::checkReport). A report made for another token than the domain's
// counts as no check.
MigrationChecklist migrationChecklist(const Organization& organization, const QVector<Domain>& domains,
                                      const QHash<QString, DnsReport>& reports = {});

// One client configuration step (MIG-2), translated.
struct ClientStep
{
    QString client; // "Microsoft Outlook on Windows"
    QString action; // what the user does, in a sentence or two
};

// The steps that move mail clients to the service, for the organization's users: Outlook on
// Windows and on Mac, mobile devices, other IMAP clients, and the web application.
QVector<ClientStep> clientSteps(const Organization& organization);

} // namespace mailroom::interop
