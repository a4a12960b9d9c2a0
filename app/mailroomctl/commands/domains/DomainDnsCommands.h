#pragma once
// mailroomctl domain check-dns (DOM-6, DOM-3): the real DNS check of one domain, each record
// found, missing or wrong with what was seen, and the verification status it leads to.

#include "Dispatcher.h"

namespace mailroom {
struct DnsReport;
}

namespace mailroomctl {

class DomainDnsCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int checkDns(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // For people: where the check asked, then each record with what was seen and the note.
    static void printReport(CliContext& ctx, const mailroom::DnsReport& report);
};

} // namespace mailroomctl
