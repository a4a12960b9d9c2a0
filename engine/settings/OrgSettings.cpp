#include "OrgSettings.h"

#include "core/Engine.h"
#include "core/Rules.h"
#include "organizations/Organizations.h"
#include "store/tables/OrgSettingsTable.h"
#include "users/Users.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::OrgSettings", text);
}

QJsonObject jsonOf(const OrgSettingsRow& row)
{
    return {{QStringLiteral("journaling"), row.journaling},
            {QStringLiteral("journalAddress"), row.journalAddress},
            {QStringLiteral("reportAddress"), row.reportAddress},
            {QStringLiteral("migrationAdmin"), row.migrationAdminId}};
}

} // namespace

QString journalSenderAddress(const Organization& org)
{
    return QString::fromLatin1(JournalSenderName) + u'@' + org.testDomain();
}

Status checkNotJournalSender(const QString& name, const QString& field)
{
    const QString local = name.trimmed().section(u'@', 0, 0);
    if (local.compare(QLatin1String(JournalSenderName), Qt::CaseInsensitive) == 0)
        return makeError(
            field == QLatin1String("username") ? ErrorCode::UsernameTaken : ErrorCode::AddressTaken, field,
            QCoreApplication::translate("mailroom::OrgSettings",
                                        "%1 is reserved: journal records are sent from it, so no user, "
                                        "group or resource can take it.")
                .arg(QString::fromLatin1(JournalSenderName)));
    return Done{};
}

OrgSettings::OrgSettings(Engine& engine) : m_engine(engine) {}

Result<JournalingSettings> OrgSettings::journaling(const QString& orgId)
{
    if (auto org = m_engine.organizations().get(orgId); !org)
        return org.error();
    return m_engine.versions().read<JournalingSettings>(
        versionKind::Journaling, orgId, [&]() -> Result<JournalingSettings> {
            auto row = OrgSettingsTable(m_engine.store()).get(orgId);
            if (!row)
                return row.error();
            return JournalingSettings{row.value().journaling, row.value().journalAddress,
                                      row.value().reportAddress};
        });
}

Status OrgSettings::checkJournaling(const JournalingSettings& s) const
{
    if (!s.enabled)
        return Done{};
    const QVector<std::tuple<QString, QString, QString>> fields{
        {QStringLiteral("journalAddress"), tr("Journaling address"), s.journalAddress.trimmed()},
        {QStringLiteral("reportAddress"), tr("Report address"), s.reportAddress.trimmed()}};
    for (const auto& [field, label, address] : fields) {
        if (address.isEmpty())
            return makeError(ErrorCode::Required, field,
                             tr("%1: enter an address; journaling needs both.").arg(label));
        if (!rules::addressFormat(address, field))
            return makeError(
                ErrorCode::InvalidValue, field,
                tr("%1: \"%2\" is not an address of the form name@domain.com.").arg(label, address));
    }
    return Done{};
}

Result<JournalingSettings> OrgSettings::setJournaling(const QString& orgId,
                                                      const JournalingSettings& settings, qint64 basedOn)
{
    auto saved = m_engine.mutate([&](Change& change) -> Status {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (auto ok = checkJournaling(settings); !ok)
            return ok.error();
        if (auto ok = m_engine.versions().advance(versionKind::Journaling, orgId, basedOn,
                                                  tr("The journaling settings of %1").arg(org.value().alias));
            !ok)
            return ok;
        OrgSettingsTable table(m_engine.store());
        auto before = table.get(orgId);
        if (!before)
            return before.error();
        OrgSettingsRow after = before.value();
        after.journaling = settings.enabled;
        after.journalAddress = settings.journalAddress.trimmed();
        after.reportAddress = settings.reportAddress.trimmed();
        if (auto ok = table.put(orgId, after); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("organization.journaling"), orgId,
                                           jsonOf(before.value()), jsonOf(after));
            !ok)
            return ok.error();
        change = {Change::Subject::Organization,
                  Change::Kind::Updated,
                  orgId,
                  {orgId},
                  QStringLiteral("organization.journaling")};
        return Done{};
    });
    if (!saved)
        return saved.error();
    return journaling(orgId);
}

Result<MigrationAdmin> OrgSettings::migrationAdmin(const QString& orgId)
{
    auto version = m_engine.versions().of(versionKind::MigrationAdmin, orgId);
    if (!version)
        return version.error();
    auto row = OrgSettingsTable(m_engine.store()).get(orgId);
    if (!row)
        return row.error();
    MigrationAdmin admin;
    admin.version = version.value();
    if (!row.value().migrationAdminId.isEmpty()) {
        auto user = m_engine.users().get(row.value().migrationAdminId);
        if (user && user.value().organizationId == orgId) {
            admin.user = user.value();
            admin.chosen = true;
            return admin;
        }
    }
    auto named = m_engine.users().findByUsername(orgId, QStringLiteral("migration_admin"));
    if (named)
        admin.user = named.value();
    else if (named.error().code != ErrorCode::NotFound)
        return named.error();
    return admin;
}

Result<MigrationAdmin> OrgSettings::setMigrationAdmin(const QString& orgId, const QString& userId,
                                                      qint64 basedOn)
{
    auto saved = m_engine.mutate([&](Change& change) -> Status {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (auto ok =
                m_engine.versions().advance(versionKind::MigrationAdmin, orgId, basedOn,
                                            tr("The migration administrator of %1").arg(org.value().alias));
            !ok)
            return ok;
        if (!userId.isEmpty()) {
            auto user = m_engine.users().get(userId);
            if (!user || user.value().organizationId != orgId)
                return makeError(ErrorCode::NotFound, QStringLiteral("migrationAdmin"),
                                 tr("Migration administrator: there is no such user in this organization."));
            if (user.value().isSystem())
                return makeError(ErrorCode::SystemUser, QStringLiteral("migrationAdmin"),
                                 tr("Migration administrator: %1 is a system user of the directory.")
                                     .arg(user.value().username));
            if (user.value().state != UserState::Enabled)
                return makeError(ErrorCode::WrongState, QStringLiteral("migrationAdmin"),
                                 tr("Migration administrator: %1 is disabled; enable the user first.")
                                     .arg(user.value().username));
        }
        OrgSettingsTable table(m_engine.store());
        auto before = table.get(orgId);
        if (!before)
            return before.error();
        OrgSettingsRow after = before.value();
        after.migrationAdminId = userId;
        if (auto ok = table.put(orgId, after); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("organization.migrationadmin"), orgId,
                                           jsonOf(before.value()), jsonOf(after));
            !ok)
            return ok;
        change = {Change::Subject::Organization,
                  Change::Kind::Updated,
                  orgId,
                  {orgId},
                  QStringLiteral("organization.migrationadmin")};
        return Done{};
    });
    if (!saved)
        return saved.error();
    return migrationAdmin(orgId);
}

} // namespace mailroom
