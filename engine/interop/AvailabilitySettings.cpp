#include "AvailabilitySettings.h"

#include "core/Engine.h"
#include "core/WaitFor.h"
#include "domains/Domains.h"
#include "net/SecretStore.h"
#include "organizations/Organizations.h"
#include "store/tables/AvailabilityTable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>
#include <optional>

namespace mailroom {

namespace {

// The availability settings' versioned id: one document per domain of an organization.
QString versionId(const QString& orgId, const QString& domain)
{
    return orgId + u'/' + domain;
}

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::AvailabilitySettings", text);
}

const QString SaveAction = QStringLiteral("interop.availability.save");
const QString PasswordAction = QStringLiteral("interop.availability.password");
const QString RemoveAction = QStringLiteral("interop.availability.remove");
const QString TestAction = QStringLiteral("interop.availability.test");

// What the audit log keeps: never the password, only where the keychain keeps it.
QJsonObject jsonOf(const std::optional<AvailabilitySetting>& s)
{
    if (!s)
        return {};
    return {{QStringLiteral("domain"), s->domain},
            {QStringLiteral("ewsUrl"), s->ewsUrl},
            {QStringLiteral("serviceAccount"), s->serviceAccount},
            {QStringLiteral("secretRef"), s->secretRef},
            {QStringLiteral("testResult"), s->testResult}};
}

Error noSettings(const QString& domain)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("domain"),
                     QCoreApplication::translate("mailroom::AvailabilitySettings",
                                                 "Domain: %1 has no availability settings; save them first.")
                         .arg(domain));
}

} // namespace

struct AvailabilitySettings::Target
{
    Organization organization;
    QString domain; // A-label form
    std::optional<AvailabilitySetting> saved;
};

AvailabilitySettings::AvailabilitySettings(Engine& engine)
    : m_engine(engine), m_secrets(std::make_unique<SecretStore>())
{
}

AvailabilitySettings::~AvailabilitySettings() = default;

void AvailabilitySettings::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

template <typename T> void AvailabilitySettings::later(Callback<T> done, Result<T> result)
{
    // Through the event loop, so that a caller never sees its callback run inside its own call.
    QTimer::singleShot(0, m_secrets.get(), [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

template <typename T> Result<T> AvailabilitySettings::wait(const std::function<void(Callback<T>)>& start)
{
    // save() may wait for the keychain twice (write, then undo a write the database refused).
    return waitFor<T>(start, 2 * m_secrets->timeout() + std::chrono::seconds(1), SecretStore::timedOut());
}

Result<AvailabilitySettings::Target>
AvailabilitySettings::target(const QString& orgId, const QString& typedDomain, bool needsInteroperability)
{
    auto org = m_engine.organizations().requireActive(orgId);
    if (!org)
        return org.error();
    if (needsInteroperability && !org.value().interoperability)
        return makeError(
            ErrorCode::WrongState, QStringLiteral("interoperability"),
            tr("Availability settings are for interoperability mode, which lets people see the free "
               "and busy times of colleagues still on Microsoft Exchange; %1 is not in interoperability "
               "mode.")
                .arg(org.value().alias));
    auto name = Domains::normalizedName(typedDomain);
    if (!name)
        return name.error();
    auto domain = m_engine.domains().get(orgId, name.value());
    if (!domain) {
        if (domain.error().code != ErrorCode::NotFound)
            return domain.error();
        return makeError(ErrorCode::NotFound, QStringLiteral("domain"),
                         tr("Domain: %1 is not a domain of %2; add it under Domains first.")
                             .arg(typedDomain.trimmed(), org.value().alias));
    }
    Target t{org.value(), domain.value().name, std::nullopt};
    auto saved = AvailabilityTable(m_engine.store()).get(orgId, t.domain);
    if (saved)
        t.saved = saved.value();
    else if (saved.error().code != ErrorCode::NotFound)
        return saved.error();
    return t;
}

Result<QVector<AvailabilitySetting>> AvailabilitySettings::list(const QString& orgId)
{
    if (auto org = m_engine.organizations().get(orgId); !org)
        return org.error();
    return m_engine.versions().readAll<AvailabilitySetting>(
        versionKind::Availability, [&] { return AvailabilityTable(m_engine.store()).list(orgId); },
        [](const AvailabilitySetting& s) { return versionId(s.organizationId, s.domain); });
}

Result<AvailabilitySetting> AvailabilitySettings::get(const QString& orgId, const QString& domain)
{
    if (auto org = m_engine.organizations().get(orgId); !org)
        return org.error();
    auto name = Domains::normalizedName(domain);
    if (!name)
        return name.error();
    auto saved = m_engine.versions().read<AvailabilitySetting>(
        versionKind::Availability, versionId(orgId, name.value()),
        [&] { return AvailabilityTable(m_engine.store()).get(orgId, name.value()); });
    if (!saved && saved.error().code == ErrorCode::NotFound)
        return noSettings(domain.trimmed());
    return saved;
}

Status AvailabilitySettings::check(const QString& orgId, const AvailabilityInput& input)
{
    auto t = target(orgId, input.domain, true);
    if (!t)
        return t.error();
    if (auto ok = availability::checkEwsUrl(input.ewsUrl); !ok)
        return ok;
    if (auto ok = availability::checkServiceAccount(input.serviceAccount); !ok)
        return ok;
    if (auto ok = m_engine.versions().require(versionKind::Availability, versionId(orgId, t.value().domain),
                                              input.basedOn,
                                              tr("The availability settings of %1").arg(t.value().domain));
        !ok)
        return ok;
    if (!input.password.isEmpty() || !t.value().saved)
        return availability::checkPassword(input.password);
    return Done{};
}

void AvailabilitySettings::save(const QString& orgId, const AvailabilityInput& input,
                                Callback<AvailabilitySetting> done)
{
    // A read-only session must not write the keychain either.
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return later<AvailabilitySetting>(std::move(done), allowed.error());
    auto t = target(orgId, input.domain, true);
    if (!t)
        return later<AvailabilitySetting>(std::move(done), t.error());
    if (auto ok = check(orgId, input); !ok)
        return later<AvailabilitySetting>(std::move(done), ok.error());
    if (input.password.isEmpty())
        return later<AvailabilitySetting>(std::move(done), commitSave(orgId, input, false));

    const QString ref = availability::secretRef(orgId, t.value().domain);
    const bool firstSave = !t.value().saved;
    m_secrets->write(ref, input.password,
                     [this, orgId, input, ref, firstSave, done = std::move(done)](Status written) mutable {
                         if (!written)
                             return done(written.error());
                         auto saved = commitSave(orgId, input, true);
                         if (saved || !firstSave)
                             return done(std::move(saved));
                         // The database refused a first save: take the password back out of the
                         // keychain, so that nothing is left that no row points to.
                         m_secrets->remove(ref, [done = std::move(done),
                                                 error = saved.error()](Status) mutable { done(error); });
                     });
}

Result<AvailabilitySetting>
AvailabilitySettings::commitSave(const QString& orgId, const AvailabilityInput& input, bool passwordWritten)
{
    return m_engine.mutate([&](Change& change) -> Result<AvailabilitySetting> {
        // Checked again inside the transaction: the keychain took its time.
        auto t = target(orgId, input.domain, true);
        if (!t)
            return t.error();
        if (auto ok = check(orgId, input); !ok)
            return ok.error();
        const auto& before = t.value().saved;
        AvailabilitySetting after = before.value_or(AvailabilitySetting{});
        after.organizationId = orgId;
        after.domain = t.value().domain;
        after.ewsUrl = input.ewsUrl.trimmed();
        after.serviceAccount = input.serviceAccount.trimmed();
        after.secretRef = availability::secretRef(orgId, after.domain);
        // A test of other settings says nothing about these.
        if (passwordWritten || !before || before->ewsUrl != after.ewsUrl ||
            before->serviceAccount != after.serviceAccount) {
            after.testedAt = QDateTime();
            after.testResult.clear();
        }
        if (auto ok = AvailabilityTable(m_engine.store()).put(after); !ok)
            return ok.error();
        if (auto ok = m_engine.versions().bump(versionKind::Availability, versionId(orgId, after.domain));
            !ok)
            return ok.error();
        auto version = m_engine.versions().of(versionKind::Availability, versionId(orgId, after.domain));
        if (!version)
            return version.error();
        after.version = version.value();
        QJsonObject afterJson = jsonOf(after);
        afterJson.insert(QStringLiteral("passwordChanged"), passwordWritten);
        if (auto ok = m_engine.recordAudit(orgId, SaveAction, after.domain, jsonOf(before), afterJson); !ok)
            return ok.error();
        change = {Change::Subject::Interop,
                  before ? Change::Kind::Updated : Change::Kind::Added,
                  orgId,
                  {after.domain},
                  SaveAction};
        return after;
    });
}

void AvailabilitySettings::changePassword(const QString& orgId, const QString& domain,
                                          const QString& password, Callback<Done> done)
{
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return later<Done>(std::move(done), allowed.error());
    auto t = target(orgId, domain, true);
    if (!t)
        return later<Done>(std::move(done), t.error());
    if (!t.value().saved)
        return later<Done>(std::move(done), noSettings(domain.trimmed()));
    if (auto ok = availability::checkPassword(password); !ok)
        return later<Done>(std::move(done), ok.error());
    const QString name = t.value().domain;
    m_secrets->write(t.value().saved->secretRef, password,
                     [this, orgId, name, done = std::move(done)](Status written) mutable {
                         if (!written)
                             return done(written.error());
                         done(commitPasswordChange(orgId, name));
                     });
}

Status AvailabilitySettings::commitPasswordChange(const QString& orgId, const QString& domain)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto saved = AvailabilityTable(m_engine.store()).get(orgId, domain);
        if (!saved)
            return saved.error().code == ErrorCode::NotFound ? Status(noSettings(domain))
                                                             : Status(saved.error());
        QJsonObject after = jsonOf(saved.value());
        after.insert(QStringLiteral("passwordChanged"), true);
        if (auto ok = m_engine.recordAudit(orgId, PasswordAction, domain, jsonOf(saved.value()), after); !ok)
            return ok;
        change = {Change::Subject::Interop, Change::Kind::Updated, orgId, {domain}, PasswordAction};
        return Done{};
    });
}

void AvailabilitySettings::remove(const QString& orgId, const QString& domain, Callback<Done> done)
{
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return later<Done>(std::move(done), allowed.error());
    auto t = target(orgId, domain, false);
    if (!t)
        return later<Done>(std::move(done), t.error());
    if (!t.value().saved)
        return later<Done>(std::move(done), noSettings(domain.trimmed()));
    const QString name = t.value().domain;
    m_secrets->remove(t.value().saved->secretRef,
                      [this, orgId, name, done = std::move(done)](Status removed) mutable {
                          if (!removed)
                              return done(removed.error());
                          done(commitRemove(orgId, name));
                      });
}

Status AvailabilitySettings::commitRemove(const QString& orgId, const QString& domain)
{
    return m_engine.mutate([&](Change& change) -> Status {
        AvailabilityTable table(m_engine.store());
        auto saved = table.get(orgId, domain);
        if (!saved)
            return saved.error().code == ErrorCode::NotFound ? Status(noSettings(domain))
                                                             : Status(saved.error());
        if (auto ok = table.remove(orgId, domain); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(orgId, RemoveAction, domain, jsonOf(saved.value()), {}); !ok)
            return ok;
        change = {Change::Subject::Interop, Change::Kind::Removed, orgId, {domain}, RemoveAction};
        return Done{};
    });
}

void AvailabilitySettings::password(const QString& orgId, const QString& domain, Callback<QString> done)
{
    auto saved = get(orgId, domain);
    if (!saved)
        return later<QString>(std::move(done), saved.error());
    m_secrets->read(saved.value().secretRef, [done = std::move(done)](Result<QString> secret) mutable {
        if (!secret && secret.error().code == ErrorCode::NotFound)
            return done(
                makeError(ErrorCode::NotFound, QStringLiteral("password"),
                          tr("Password: the system keychain holds no password for these settings (it may "
                             "have been saved on another computer); enter it again.")));
        done(std::move(secret));
    });
}

Result<AvailabilitySetting> AvailabilitySettings::recordTest(const QString& orgId, const QString& domain,
                                                             const QString& result)
{
    return m_engine.mutate([&](Change& change) -> Result<AvailabilitySetting> {
        auto before = get(orgId, domain);
        if (!before)
            return before;
        AvailabilitySetting after = before.value();
        after.testedAt = m_engine.now();
        after.testResult = result;
        if (auto ok = AvailabilityTable(m_engine.store()).put(after); !ok)
            return ok.error();
        if (auto ok =
                m_engine.recordAudit(orgId, TestAction, after.domain, jsonOf(before.value()), jsonOf(after));
            !ok)
            return ok.error();
        change = {Change::Subject::Interop, Change::Kind::Updated, orgId, {after.domain}, TestAction};
        return after;
    });
}

Result<AvailabilitySetting> AvailabilitySettings::saveNow(const QString& orgId,
                                                          const AvailabilityInput& input)
{
    return wait<AvailabilitySetting>(
        [&](Callback<AvailabilitySetting> done) { save(orgId, input, std::move(done)); });
}

Status AvailabilitySettings::changePasswordNow(const QString& orgId, const QString& domain,
                                               const QString& password)
{
    return wait<Done>([&](Callback<Done> done) { changePassword(orgId, domain, password, std::move(done)); });
}

Result<QStringList> AvailabilitySettings::secretRefs(const QString& orgId)
{
    auto rows = AvailabilityTable(m_engine.store()).list(orgId);
    if (!rows)
        return rows.error();
    QStringList refs;
    for (const AvailabilitySetting& s : rows.value())
        refs.append(s.secretRef);
    return refs;
}

void AvailabilitySettings::forgetSecrets(const QStringList& refs)
{
    for (const QString& ref : refs) {
        ++m_pendingForgets;
        m_secrets->remove(ref, [this, ref](Status done) {
            --m_pendingForgets;
            if (!done)
                qWarning("The keychain entry %s of a removed organization could not be deleted: %s",
                         qPrintable(ref), qPrintable(done.error().message));
        });
    }
}

Status AvailabilitySettings::removeNow(const QString& orgId, const QString& domain)
{
    return wait<Done>([&](Callback<Done> done) { remove(orgId, domain, std::move(done)); });
}

Result<QString> AvailabilitySettings::passwordNow(const QString& orgId, const QString& domain)
{
    return wait<QString>([&](Callback<QString> done) { password(orgId, domain, std::move(done)); });
}

} // namespace mailroom
