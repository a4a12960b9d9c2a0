#include "AuditLog.h"

#include "Engine.h"
#include "Ids.h"
#include "io/JsonFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mailroom {

AuditLog::AuditLog(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Status AuditLog::record(const QString& orgId, const QString& action, const QString& target,
                        const QJsonObject& before, const QJsonObject& after)
{
    return m_table.insert({ids::newUuid(), m_engine.now(), m_engine.actor(), orgId, action, target,
                           QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                           QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
}

QString AuditLog::describe(const QString& action)
{
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("directory.create"), QT_TRANSLATE_NOOP("AuditLog", "directory registered")},
        {QStringLiteral("directory.remove"), QT_TRANSLATE_NOOP("AuditLog", "directory removed")},
        {QStringLiteral("directory.user.add"), QT_TRANSLATE_NOOP("AuditLog", "user added to a directory")},
        {QStringLiteral("organization.request"), QT_TRANSLATE_NOOP("AuditLog", "organization requested")},
        {QStringLiteral("organization.create.step"),
         QT_TRANSLATE_NOOP("AuditLog", "organization creation step")},
        {QStringLiteral("organization.create.failed"),
         QT_TRANSLATE_NOOP("AuditLog", "organization creation failed")},
        {QStringLiteral("organization.remove"), QT_TRANSLATE_NOOP("AuditLog", "organization removed")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditLog", "user created")},
        {QStringLiteral("user.details"), QT_TRANSLATE_NOOP("AuditLog", "user details edited")},
        {QStringLiteral("user.password.reset"), QT_TRANSLATE_NOOP("AuditLog", "password reset")},
        {QStringLiteral("user.address.add"), QT_TRANSLATE_NOOP("AuditLog", "alias added")},
        {QStringLiteral("user.address.remove"), QT_TRANSLATE_NOOP("AuditLog", "alias removed")},
        {QStringLiteral("user.address.primary"), QT_TRANSLATE_NOOP("AuditLog", "primary address changed")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("AuditLog", "user enabled")},
        {QStringLiteral("user.restore"), QT_TRANSLATE_NOOP("AuditLog", "mailbox restored")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("AuditLog", "user disabled")},
        {QStringLiteral("user.delete"), QT_TRANSLATE_NOOP("AuditLog", "user deleted")},
        {QStringLiteral("user.purge"), QT_TRANSLATE_NOOP("AuditLog", "expired mailboxes purged")},
        {QStringLiteral("directory.group.add"), QT_TRANSLATE_NOOP("AuditLog", "group added to a directory")},
        {QStringLiteral("directory.resource.add"),
         QT_TRANSLATE_NOOP("AuditLog", "Exchange resource added to a directory")},
        {QStringLiteral("directory.exchange-addresses"),
         QT_TRANSLATE_NOOP("AuditLog", "addresses in Exchange recorded for a directory user")},
        {QStringLiteral("organization.journaling"), QT_TRANSLATE_NOOP("AuditLog", "journaling changed")},
        {QStringLiteral("organization.migrationadmin"),
         QT_TRANSLATE_NOOP("AuditLog", "migration administrator changed")},
        {QStringLiteral("group.create"), QT_TRANSLATE_NOOP("AuditLog", "group created")},
        {QStringLiteral("group.enable"), QT_TRANSLATE_NOOP("AuditLog", "group enabled")},
        {QStringLiteral("group.disable"), QT_TRANSLATE_NOOP("AuditLog", "group disabled")},
        {QStringLiteral("group.delete"), QT_TRANSLATE_NOOP("AuditLog", "group deleted")},
        {QStringLiteral("group.members"), QT_TRANSLATE_NOOP("AuditLog", "group members changed")},
        {QStringLiteral("group.members.add"), QT_TRANSLATE_NOOP("AuditLog", "group members added")},
        {QStringLiteral("group.members.remove"), QT_TRANSLATE_NOOP("AuditLog", "group members removed")},
        {QStringLiteral("domain.add"), QT_TRANSLATE_NOOP("AuditLog", "domain added")},
        {QStringLiteral("domain.check"), QT_TRANSLATE_NOOP("AuditLog", "domain's DNS checked")},
        {QStringLiteral("domain.default"), QT_TRANSLATE_NOOP("AuditLog", "default domain changed")},
        {QStringLiteral("domain.policy"), QT_TRANSLATE_NOOP("AuditLog", "domain's identity policy changed")},
        {QStringLiteral("domain.remove"), QT_TRANSLATE_NOOP("AuditLog", "domain removed")},
        {QStringLiteral("flowrule.create"), QT_TRANSLATE_NOOP("AuditLog", "email flow rule created")},
        {QStringLiteral("flowrule.update"), QT_TRANSLATE_NOOP("AuditLog", "email flow rule edited")},
        {QStringLiteral("flowrule.remove"), QT_TRANSLATE_NOOP("AuditLog", "email flow rule removed")},
        {QStringLiteral("resource.create"), QT_TRANSLATE_NOOP("AuditLog", "resource created")},
        {QStringLiteral("resource.update"), QT_TRANSLATE_NOOP("AuditLog", "resource details edited")},
        {QStringLiteral("resource.booking"), QT_TRANSLATE_NOOP("AuditLog", "booking options changed")},
        {QStringLiteral("resource.delegates"), QT_TRANSLATE_NOOP("AuditLog", "delegates changed")},
        {QStringLiteral("resource.delegates.add"), QT_TRANSLATE_NOOP("AuditLog", "delegates added")},
        {QStringLiteral("resource.delegates.remove"), QT_TRANSLATE_NOOP("AuditLog", "delegates removed")},
        {QStringLiteral("resource.remove"), QT_TRANSLATE_NOOP("AuditLog", "resource removed")},
        {QStringLiteral("mobile.policy"), QT_TRANSLATE_NOOP("AuditLog", "mobile device policy changed")},
        {QStringLiteral("device.register"), QT_TRANSLATE_NOOP("AuditLog", "mobile device registered")},
        {QStringLiteral("device.provisioned"), QT_TRANSLATE_NOOP("AuditLog", "mobile device provisioned")},
        {QStringLiteral("device.sync"), QT_TRANSLATE_NOOP("AuditLog", "mobile device synchronised")},
        {QStringLiteral("device.wipe"), QT_TRANSLATE_NOOP("AuditLog", "mobile device wipe requested")},
        {QStringLiteral("device.wiped"), QT_TRANSLATE_NOOP("AuditLog", "mobile device wiped")},
        {QStringLiteral("device.remove"), QT_TRANSLATE_NOOP("AuditLog", "mobile device removed")},
        {QStringLiteral("interop.availability.save"),
         QT_TRANSLATE_NOOP("AuditLog", "availability settings saved")},
        {QStringLiteral("interop.availability.password"),
         QT_TRANSLATE_NOOP("AuditLog", "availability password changed in the keychain")},
        {QStringLiteral("interop.availability.remove"),
         QT_TRANSLATE_NOOP("AuditLog", "availability settings removed")},
        {QStringLiteral("interop.availability.test"),
         QT_TRANSLATE_NOOP("AuditLog", "availability settings tested")},
        {QStringLiteral("interop.step.done"),
         QT_TRANSLATE_NOOP("AuditLog", "interoperability step marked done")},
        {QStringLiteral("interop.step.undone"),
         QT_TRANSLATE_NOOP("AuditLog", "interoperability step marked not done")},
        {QStringLiteral("interop.disable"), QT_TRANSLATE_NOOP("AuditLog", "interoperability disabled")},
        {QStringLiteral("interop.sync"), QT_TRANSLATE_NOOP("AuditLog", "directory synchronised")},
        {QStringLiteral("interop.sync.batch"),
         QT_TRANSLATE_NOOP("AuditLog", "directory synchronisation: addresses of a batch of users")},
    };
    const char* text = descriptions.value(action);
    return text ? QCoreApplication::translate("AuditLog", text) : action;
}

Result<QVector<AuditRecord>> AuditLog::list(const QString& orgId, int limit)
{
    return m_table.list(orgId, limit);
}

Status AuditLog::exportJson(const QString& path, const QString& orgId)
{
    auto records = m_table.list(orgId, std::numeric_limits<int>::max());
    if (!records)
        return records.error();
    QJsonArray array;
    for (const auto& r : records.value())
        array.append(json::of(r));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0 || !file.commit())
        return makeError(
            ErrorCode::FileError, QStringLiteral("file"),
            QCoreApplication::translate("AuditLog", "The audit log could not be written to %1: %2.")
                .arg(path, file.errorString()));
    return Done{};
}

} // namespace mailroom
