#include "CliContext.h"

#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "groups/Groups.h"
#include "interop/AvailabilitySettings.h"
#include "io/JsonFormat.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mailroomctl {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

const QString DbOption = QStringLiteral("db");
const QString JsonOption = QStringLiteral("json");
const QString ReadOnlyOption = QStringLiteral("read-only");
const QString OrgOption = QStringLiteral("org");

// In groups, resources or flow rules: by name first; then by id, as long as the id is the organization's. Not
// found either way: the error of the name, which names what was typed.
template <typename Store>
auto byNameOrId(Store& store, const mailroom::Organization& org, const QString& text)
{
    auto named = store.findByName(org.id, text);
    if (named || named.error().code != mailroom::ErrorCode::NotFound)
        return named;
    auto identified = store.get(text);
    if (identified && identified.value().organizationId == org.id)
        return identified;
    return named;
}

// The organization, then what find finds in it.
template <typename T, typename Find>
mailroom::Result<CliContext::InOrganization<T>> inOrganization(mailroom::Result<mailroom::Organization> org,
                                                               Find find)
{
    if (!org)
        return org.error();
    mailroom::Result<T> item = find(org.value());
    if (!item)
        return item.error();
    return CliContext::InOrganization<T>{std::move(org).value(), std::move(item).value()};
}

} // namespace

QList<QCommandLineOption> CliContext::globalOptions()
{
    return {QCommandLineOption(
                DbOption,
                tr("The database to open (default: %1).").arg(mailroom::Engine::defaultDatabasePath()),
                tr("PATH")),
            QCommandLineOption(JsonOption, tr("Print JSON instead of text.")),
            QCommandLineOption(ReadOnlyOption, tr("Open with read-only access: only get, list and export."))};
}

QCommandLineOption CliContext::orgOption()
{
    return QCommandLineOption(OrgOption, tr("The organization, by alias or id."), tr("ORG"));
}

QCommandLineOption CliContext::ifVersionOption()
{
    return QCommandLineOption(
        QStringLiteral("if-version"),
        tr("Change only while the object is still at this version (see \"version\" in --json); "
           "otherwise exit 1 with the Conflict error."),
        tr("N"));
}

mailroom::Result<qint64> CliContext::ifVersion(const QCommandLineParser& options)
{
    if (!options.isSet(QStringLiteral("if-version")))
        return qint64(0);
    const QString text = options.value(QStringLiteral("if-version"));
    bool ok = false;
    const qint64 version = text.size() <= 18 ? text.toLongLong(&ok) : 0;
    if (!ok || version < 1)
        return mailroom::makeError(
            mailroom::ErrorCode::InvalidValue, QStringLiteral("if-version"),
            tr("--if-version: \"%1\" is not a version; give a whole number of at least 1 "
               "(at most 18 digits).")
                .arg(text.left(40)));
    return version;
}

void CliContext::applyGlobalOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(DbOption))
        m_databasePath = parser.value(DbOption);
    m_json = m_json || parser.isSet(JsonOption);
    m_readOnly = m_readOnly || parser.isSet(ReadOnlyOption);
}

mailroom::Status CliContext::openEngine()
{
    if (m_engine)
        return mailroom::Done{};
    mailroom::EngineOptions options;
    options.access = m_readOnly ? mailroom::AccessLevel::ReadOnly : mailroom::AccessLevel::Full;
    // One command is over in moments; the hourly purge is for the console.
    options.purgeTimer = false;
    const QString path = m_databasePath.isEmpty() ? mailroom::Engine::defaultDatabasePath() : m_databasePath;
    auto opened = mailroom::Engine::open(path, options);
    if (!opened)
        return opened.error();
    m_engine = std::move(opened).value();
    return mailroom::Done{};
}

void CliContext::print(const QString& text)
{
    write(stdout, text + u'\n');
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CliContext::progress(const QString& text)
{
    if (!m_json)
        write(stderr, text + u'\n');
}

void CliContext::warn(const QString& text)
{
    write(stderr, QStringLiteral("mailroomctl: ") + text + u'\n');
}

void CliContext::printTable(const QStringList& header, const QVector<QStringList>& rows)
{
    QVector<qsizetype> widths;
    for (const QString& title : header)
        widths << title.size();
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 == cells.size() ? cells.at(c) : cells.at(c).leftJustified(widths.at(c) + 2);
        print(text);
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

void CliContext::printFields(const QVector<std::pair<QString, QString>>& fields)
{
    qsizetype width = 0;
    for (const auto& field : fields)
        width = std::max(width, field.first.size());
    for (const auto& [label, value] : fields)
        print(QString(label + u':').leftJustified(width + 2) + value);
}

int CliContext::reply(const QJsonValue& json, const std::function<void()>& forPeople)
{
    if (m_json)
        printJson(json);
    else
        forPeople();
    return ExitOk;
}

int CliContext::printDone(const QJsonObject& object, const QString& sentence)
{
    return reply(object, [&] { print(sentence); });
}

int CliContext::fail(const mailroom::Error& error)
{
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("error"), mailroom::json::of(error)}});
    else
        warn(error.message);
    return ExitFailed;
}

int CliContext::usageError(const QString& message, const QString& command)
{
    const QString helpCommand = command.isEmpty() ? QStringLiteral("mailroomctl --help")
                                                  : QStringLiteral("mailroomctl %1 --help").arg(command);
    warn(message);
    write(stderr, tr("Try '%1' for more information.").arg(helpCommand) + u'\n');
    return ExitUsage;
}

int CliContext::reportImport(const mailroom::ImportSummary& summary)
{
    if (m_json) {
        QJsonArray failures;
        for (const auto& failure : summary.failures)
            failures.append(QJsonObject{{QStringLiteral("line"), failure.line},
                                        {QStringLiteral("error"), mailroom::json::of(failure.error)}});
        printJson(
            QJsonObject{{QStringLiteral("added"), summary.added}, {QStringLiteral("failures"), failures}});
    } else {
        print(tr("%1 added, %2 refused.").arg(summary.added).arg(summary.failures.size()));
        for (const auto& failure : summary.failures)
            warn(tr("line %1: %2").arg(failure.line).arg(failure.error.message));
    }
    return summary.failures.isEmpty() ? ExitOk : ExitFailed;
}

mailroom::Result<mailroom::Organization> CliContext::organization(const QString& idOrAlias)
{
    return m_engine->organizations().find(idOrAlias);
}

mailroom::Result<mailroom::Organization> CliContext::organization(const QCommandLineParser& options)
{
    return organization(options.value(OrgOption));
}

mailroom::Result<mailroom::User> CliContext::user(const mailroom::Organization& org, const QString& username)
{
    return m_engine->users().findByUsername(org.id, username);
}

mailroom::Result<CliContext::InOrganization<mailroom::User>>
CliContext::orgUser(const QCommandLineParser& options, const QString& username)
{
    return inOrganization<mailroom::User>(
        organization(options), [&](const mailroom::Organization& org) { return user(org, username); });
}

mailroom::Result<CliContext::InOrganization<mailroom::Group>>
CliContext::group(const QCommandLineParser& options, const QString& nameOrId)
{
    return inOrganization<mailroom::Group>(organization(options), [&](const mailroom::Organization& org) {
        return byNameOrId(m_engine->groups(), org, nameOrId);
    });
}

mailroom::Result<CliContext::InOrganization<mailroom::Resource>>
CliContext::resource(const QCommandLineParser& options, const QString& nameOrId)
{
    return inOrganization<mailroom::Resource>(organization(options), [&](const mailroom::Organization& org) {
        return byNameOrId(m_engine->resources(), org, nameOrId);
    });
}

mailroom::Result<CliContext::InOrganization<mailroom::Domain>>
CliContext::domain(const QCommandLineParser& options, const QString& name)
{
    return inOrganization<mailroom::Domain>(organization(options), [&](const mailroom::Organization& org) {
        return m_engine->domains().get(org.id, name);
    });
}

mailroom::Result<CliContext::InOrganization<mailroom::FlowRule>>
CliContext::rule(const QCommandLineParser& options, const QString& nameOrId)
{
    return inOrganization<mailroom::FlowRule>(organization(options), [&](const mailroom::Organization& org) {
        return byNameOrId(m_engine->flowRules(), org, nameOrId);
    });
}

mailroom::Result<QVector<mailroom::FlowRule>> CliContext::rules(const QCommandLineParser& options)
{
    auto org = organization(options);
    if (!org)
        return org.error();
    return m_engine->flowRules().list(org.value().id);
}

void CliContext::finishBackgroundWork()
{
    if (!m_engine)
        return;
    QDeadlineTimer deadline(std::chrono::seconds(10));
    while (m_engine->availability().pendingForgets() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace mailroomctl
