#pragma once
// mailroomctl domain …: mail domains of an organization (DOM-1..DOM-7). This class holds the
// noun and the domains themselves (list, add, show, records, set-default, remove);
// DomainPolicyCommands has the identity policy and DomainDnsCommands the DNS check.

#include "Dispatcher.h"

namespace mailroom {
struct Domain;
struct DnsRecord;
} // namespace mailroom

namespace mailroomctl {

class DomainCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static QVector<Verb> verbs();
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int add(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int records(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int setDefault(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // The records to publish as a table with the trailing-dot hint, or a JSON array.
    static int printRecords(CliContext& ctx, const mailroom::Domain& domain,
                            const QVector<mailroom::DnsRecord>& records);
};

} // namespace mailroomctl
