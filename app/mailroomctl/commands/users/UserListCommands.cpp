#include "UserListCommands.h"

#include "OptionValues.h"
#include "io/JsonFormat.h"
#include "users/UserTransfer.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <array>

namespace mailroomctl {

using namespace mailroom;

namespace {

constexpr int DefaultLimit = 100;

const std::array<std::pair<const char*, UserQuery::SortKey>, 6> sortKeys{{
    {"username", UserQuery::SortKey::Username},
    {"display-name", UserQuery::SortKey::DisplayName},
    {"email", UserQuery::SortKey::Email},
    {"state", UserQuery::SortKey::State},
    {"role", UserQuery::SortKey::Role},
    {"created", UserQuery::SortKey::Created},
}};

} // namespace

QList<QCommandLineOption> UserListCommands::queryOptions()
{
    return {
        valueOption("state", tr("Only users in this state: enabled or disabled."),
                    QStringLiteral("enabled|disabled")),
        valueOption("role", tr("Only users with this role: user, system or exchange-resource."),
                    QStringLiteral("user|system|exchange-resource")),
        valueOption("search", tr("Only users whose username, display name or an address starts with this."),
                    tr("PREFIX")),
        valueOption("sort", tr("The order: username (default), display-name, email, state, role or created."),
                    tr("KEY")),
        QCommandLineOption(QStringLiteral("desc"), tr("Sort in descending order."))};
}

QVector<Verb> UserListCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QList<QCommandLineOption> paging{
        valueOption("limit", tr("Show at most this many users (default: %1).").arg(DefaultLimit), tr("N")),
        valueOption("offset", tr("Skip this many users first (default: 0)."), tr("N"))};
    return {
        {.name = QStringLiteral("list"),
         .summary = tr("List an organization's users, filtered, searched and sorted."),
         .options = QList{CliContext::orgOption()} + queryOptions() + paging,
         .required = org,
         .run = &list},
        {.name = QStringLiteral("import"),
         .arguments = QStringLiteral("FILE.csv"),
         .summary =
             tr("Create users from a CSV file with the columns username, display_name, email, password "
                "and optionally first_name, last_name."),
         .options = {CliContext::orgOption()},
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &importCsv},
        {.name = QStringLiteral("export"),
         .arguments = QStringLiteral("FILE.csv"),
         .summary = tr("Write the users the filters select to a CSV file (never passwords)."),
         .options = QList{CliContext::orgOption()} + queryOptions(),
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &exportCsv},
    };
}

std::optional<UserQuery> UserListCommands::query(const QCommandLineParser& options, QString& problem)
{
    UserQuery q;
    q.search = options.value(QStringLiteral("search"));
    q.descending = options.isSet(QStringLiteral("desc"));
    if (options.isSet(QStringLiteral("state"))) {
        q.state = fromName<UserState>(options.value(QStringLiteral("state")));
        if (!q.state)
            problem = tr("--state must be enabled or disabled.");
    }
    if (options.isSet(QStringLiteral("role"))) {
        q.role = fromName<UserRole>(options.value(QStringLiteral("role")));
        if (!q.role)
            problem = tr("--role must be user, system or exchange-resource.");
    }
    if (options.isSet(QStringLiteral("sort"))) {
        const QString key = options.value(QStringLiteral("sort"));
        const auto found = std::find_if(sortKeys.begin(), sortKeys.end(),
                                        [&](const auto& entry) { return key == QLatin1String(entry.first); });
        if (found == sortKeys.end())
            problem = tr("--sort must be username, display-name, email, state, role or created.");
        else
            q.sortKey = found->second;
    }
    if (!problem.isEmpty())
        return std::nullopt;
    return q;
}

int UserListCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const QString command = QStringLiteral("user list");
    QString problem;
    const int limit = OptionValues::count(options, QStringLiteral("limit"), DefaultLimit, problem);
    const int offset = OptionValues::count(options, QStringLiteral("offset"), 0, problem);
    auto q = query(options, problem);
    if (!problem.isEmpty())
        return ctx.usageError(problem, command);
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    q->organizationId = org.value().id;
    auto total = ctx.engine().users().count(*q);
    if (!total)
        return ctx.fail(total.error());
    auto rows = ctx.engine().users().page(*q, offset, limit);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const UserRow& row : rows.value()) {
            QJsonObject object = json::of(row);
            // RES-4: whether the entry lives in Microsoft Exchange, and an Exchange resource's type.
            object.insert(QStringLiteral("inExchange"), row.inExchange);
            if (row.resourceType)
                object.insert(QStringLiteral("resourceType"), nameOf(*row.resourceType));
            array.append(object);
        }
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> table;
    for (const UserRow& row : rows.value())
        table << QStringList{row.username, row.displayName, row.email, userRowStateLabel(row),
                             row.resourceType
                                 ? tr("%1 (%2)").arg(labelOf(row.role), labelOf(*row.resourceType))
                                 : labelOf(row.role)};
    ctx.printTable({tr("USERNAME"), tr("DISPLAY NAME"), tr("EMAIL"), tr("STATE"), tr("ROLE")}, table);
    ctx.print(tr("%1 of %2 users").arg(rows.value().size()).arg(total.value()));
    return ExitOk;
}

int UserListCommands::importCsv(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto summary = UserTransfer(ctx.engine()).importCsv(org.value().id, arguments.at(0));
    if (!summary)
        return ctx.fail(summary.error());
    return ctx.reportImport(summary.value());
}

int UserListCommands::exportCsv(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    QString problem;
    auto q = query(options, problem);
    if (!q)
        return ctx.usageError(problem, QStringLiteral("user export"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    q->organizationId = org.value().id;
    const QString path = arguments.at(0);
    if (auto written = UserTransfer(ctx.engine()).exportCsv(*q, path); !written)
        return ctx.fail(written.error());
    auto total = ctx.engine().users().count(*q);
    if (!total)
        return ctx.fail(total.error());
    return ctx.reply(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("exported"), total.value()}},
                     [&] { ctx.print(tr("Wrote %1 users to %2.").arg(total.value()).arg(path)); });
}

} // namespace mailroomctl
