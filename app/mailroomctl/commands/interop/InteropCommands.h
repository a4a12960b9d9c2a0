#pragma once
// mailroomctl interop …: interoperability with Microsoft Exchange (IOP). The availability settings
// of each domain (IOP-4): the EWS URL, the service account and its password, which goes only to the
// system keychain (read from standard input, never from the command line) and is never shown.

#include "Dispatcher.h"

namespace mailroom {
struct AvailabilitySetting;
}

namespace mailroomctl {

class InteropCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int availabilitySet(CliContext& ctx, const QCommandLineParser& options,
                               const QStringList& arguments);
    static int availabilityShow(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments);
    static int availabilityRemove(CliContext& ctx, const QCommandLineParser& options,
                                  const QStringList& arguments);
    static int availabilityTest(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments);

    static QJsonObject jsonOf(const mailroom::AvailabilitySetting& setting);
    static QVector<std::pair<QString, QString>> fieldsOf(const mailroom::AvailabilitySetting& setting);
};

} // namespace mailroomctl
