#include "UserTransfer.h"

#include "Users.h"
#include "core/Engine.h"
#include "io/Csv.h"
#include "io/JsonFormat.h"
#include "organizations/Organizations.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::UserTransfer", text);
}

// Large enough to keep the number of queries low, small enough to keep memory flat at 100,000 users.
constexpr int ExportChunk = 1000;

Error fileError(const QString& path, const QString& reason)
{
    return makeError(
        ErrorCode::FileError, QStringLiteral("file"),
        QCoreApplication::translate("mailroom::UserTransfer", "The users could not be written to %1: %2.")
            .arg(path, reason));
}

} // namespace

UserTransfer::UserTransfer(Engine& engine) : m_engine(engine) {}

QStringList UserTransfer::importColumns()
{
    return {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("email"),
            QStringLiteral("password"), QStringLiteral("first_name"),   QStringLiteral("last_name")};
}

QStringList UserTransfer::exportColumns()
{
    return {QStringLiteral("username"),     QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("display_name"), QStringLiteral("email"),      QStringLiteral("state"),
            QStringLiteral("role"),         QStringLiteral("created")};
}

Result<ImportSummary> UserTransfer::importCsv(const QString& orgId, const QString& path)
{
    // Refuse the whole file up front rather than reporting the same reason on every row.
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return allowed.error();
    if (auto org = m_engine.organizations().requireActive(orgId); !org)
        return org.error();
    auto table = csv::read(path);
    if (!table)
        return table.error();
    const csv::Table& t = table.value();
    if (!t.hasColumns(importColumns().mid(0, 4)))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("file"),
                         tr("File: the first line must name the columns, at least username, display_name, "
                            "email and password (optional: first_name, last_name)."));
    return importEach(t, [&](const QStringList& row) {
        auto cell = [&](const char* name) { return t.cell(row, QString::fromLatin1(name)); };
        // The password is taken as written: spaces may be part of it.
        const QString password = row.at(t.column(QStringLiteral("password")));
        return statusOf(
            m_engine.users().create(orgId, {cell("first_name"), cell("last_name"), cell("username"),
                                            cell("display_name"), cell("email"), password}));
    });
}

Status UserTransfer::exportCsv(const UserQuery& query, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    auto write = [&](const QStringList& fields) { return file.write(csv::line(fields).toUtf8()) >= 0; };
    if (!write(exportColumns()))
        return fileError(path, file.errorString());
    for (int offset = 0;; offset += ExportChunk) {
        auto rows = m_engine.users().page(query, offset, ExportChunk);
        if (!rows)
            return rows.error();
        for (const UserRow& row : rows.value()) {
            // The list row leaves out first and last name; the user record has them.
            auto user = m_engine.users().get(row.id);
            if (!user)
                return user.error();
            const User& u = user.value();
            if (!write({u.username, u.details.firstName, u.details.lastName, u.details.displayName, u.email,
                        nameOf(u.state), nameOf(u.role), json::timestamp(u.createdAt)}))
                return fileError(path, file.errorString());
        }
        if (rows.value().size() < ExportChunk)
            break;
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    return Done{};
}

} // namespace mailroom
