#pragma once
// What every command shares: the global options, the engine they open, and the way results
// reach the terminal (lines and tables for people, or one JSON document with --json) together
// with the exit code that goes with them.

#include "core/Engine.h"
#include "core/Result.h"
#include "domains/Domain.h"
#include "flow/FlowRule.h"
#include "groups/Group.h"
#include "io/JsonFormat.h"
#include "organizations/Directories.h"
#include "organizations/Organization.h"
#include "resources/Resource.h"
#include "users/User.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonValue>
#include <functional>
#include <memory>
#include <utility>

class QCommandLineParser;

namespace mailroomctl {

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailed = 1, // the engine refused or failed
    ExitUsage = 2,  // the command line itself is wrong
};

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    // What most verbs work on: the organization --org names and one thing it holds.
    template <typename T> struct InOrganization
    {
        mailroom::Organization org;
        T item;
    };

    // --db, --json and --read-only: accepted before the noun and after the verb.
    static QList<QCommandLineOption> globalOptions();
    // --org ALIAS|ID, which the verbs on an organization's users, groups, domains and resources need.
    static QCommandLineOption orgOption();
    // --if-version N of the update verbs: the write is refused with Conflict unless the object is
    // still at version N (as "version" in --json shows it).
    static QCommandLineOption ifVersionOption();
    // 0 when --if-version is not given. Errors: InvalidValue (field "if-version").
    static mailroom::Result<qint64> ifVersion(const QCommandLineParser& options);
    void applyGlobalOptions(const QCommandLineParser& parser);
    bool json() const { return m_json; }

    // Opens the database once, read-only with --read-only (ADM-1). Errors: those of Engine::open.
    mailroom::Status openEngine();
    mailroom::Engine& engine() { return *m_engine; }
    // Lets work the engine left running in the background (keychain entries being deleted) end,
    // for up to ten seconds, before the program exits.
    void finishBackgroundWork();

    void print(const QString& text);         // stdout, with a line break
    void printJson(const QJsonValue& value); // one document on stdout
    void progress(const QString& text);      // stderr, for people only (not with --json)
    void warn(const QString& text);          // "mailroomctl: text" on stderr
    void printTable(const QStringList& header, const QVector<QStringList>& rows);
    void printFields(const QVector<std::pair<QString, QString>>& fields);
    // Each item's JSON (json::of) in one array on stdout; returns ExitOk.
    template <typename Items> int printJsonArray(const Items& items)
    {
        QJsonArray array;
        for (const auto& item : items)
            array.append(mailroom::json::of(item));
        printJson(array);
        return ExitOk;
    }
    // The one reply of a command that worked: with --json the document, otherwise what forPeople
    // prints (lines, fields, a table); returns ExitOk.
    int reply(const QJsonValue& json, const std::function<void()>& forPeople);
    // What a change did: object with --json, otherwise the sentence for people; returns ExitOk.
    int printDone(const QJsonObject& object, const QString& sentence);

    // Reports an engine error (stderr, or {"error": …} on stdout with --json); returns ExitFailed.
    int fail(const mailroom::Error& error);
    // Reports a wrong command line with a hint to the help of command; returns ExitUsage.
    int usageError(const QString& message, const QString& command = {});
    // The outcome of a CSV import: what was added and each refused row with its line. Returns
    // ExitFailed when any row was refused (the good rows stay added).
    int reportImport(const mailroom::ImportSummary& summary);

    // Lookups the commands share; all by what people type.
    mailroom::Result<mailroom::Organization> organization(const QString& idOrAlias);
    mailroom::Result<mailroom::Organization> organization(const QCommandLineParser& options); // --org
    mailroom::Result<mailroom::User> user(const mailroom::Organization& org, const QString& username);
    // The organization of --org and its user by username. Errors: those of the organization, then
    // NotFound.
    mailroom::Result<InOrganization<mailroom::User>> orgUser(const QCommandLineParser& options,
                                                             const QString& username);
    // The organization of --org and its group, resource or email flow rule by name
    // (case-insensitive) or id, or its domain by name. Errors: those of the organization, then those of the
    // item (NotFound).
    mailroom::Result<InOrganization<mailroom::Group>> group(const QCommandLineParser& options,
                                                            const QString& nameOrId);
    mailroom::Result<InOrganization<mailroom::Resource>> resource(const QCommandLineParser& options,
                                                                  const QString& nameOrId);
    mailroom::Result<InOrganization<mailroom::Domain>> domain(const QCommandLineParser& options,
                                                              const QString& name);
    mailroom::Result<InOrganization<mailroom::FlowRule>> rule(const QCommandLineParser& options,
                                                              const QString& nameOrId);
    // The email flow rules of the organization of --org, in FlowRules::list order.
    mailroom::Result<QVector<mailroom::FlowRule>> rules(const QCommandLineParser& options);

private:
    QString m_databasePath;
    bool m_json = false;
    bool m_readOnly = false;
    std::unique_ptr<mailroom::Engine> m_engine;
};

} // namespace mailroomctl
