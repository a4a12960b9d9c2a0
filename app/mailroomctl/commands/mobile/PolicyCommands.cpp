#include "PolicyCommands.h"

#include "mobile/MobileDevices.h"

#include <QCommandLineParser>
#include <QLocale>

namespace mailroomctl {

using namespace mailroom;

namespace {

bool isFlag(const MobilePolicyField& field)
{
    return field.kind == MobilePolicyField::Kind::Flag;
}

// An item's value for people: yes or no, or the number with its unit, and 0 as what it means
// where 0 is off.
QString valueText(const MobilePolicy& policy, const MobilePolicyField& field)
{
    if (isFlag(field))
        return mobile::flagOf(policy, field.name) ? QCoreApplication::translate("mailroomctl", "yes")
                                                  : QCoreApplication::translate("mailroomctl", "no");
    const int value = mobile::numberOf(policy, field.name);
    if (value == 0 && field.zeroIsOff)
        return field.offText();
    return QLocale().toString(value) + field.unit(value);
}

// yes/no or true/false, in any case; nullopt otherwise.
std::optional<bool> flagValue(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("yes") || value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("no") || value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

Noun PolicyCommands::noun()
{
    return {QStringLiteral("policy"),
            tr("The mobile device policy of an organization: what a device must enforce to sync mail."),
            {
                orgVerb("get", {},
                        tr("Show the organization's mobile policy, items a to k, and its policy key."), &get),
                orgVerb("set", {},
                        tr("Change items of the mobile policy; items not given keep their values. Devices "
                           "must provision again when the policy changes."),
                        &set, fieldOptions() << CliContext::ifVersionOption()),
            }};
}

QList<QCommandLineOption> PolicyCommands::fieldOptions()
{
    QList<QCommandLineOption> options;
    for (const MobilePolicyField& field : mobile::policyFields()) {
        const QString description = tr("(%1) %2").arg(field.letter, field.description());
        options << QCommandLineOption(field.name, description,
                                      isFlag(field) ? QStringLiteral("yes|no") : tr("N"));
    }
    return options;
}

MobilePolicy PolicyCommands::withOptions(const QCommandLineParser& options, MobilePolicy policy, int& given,
                                         QString& problem)
{
    given = 0;
    for (const MobilePolicyField& field : mobile::policyFields()) {
        if (!options.isSet(field.name))
            continue;
        ++given;
        const QString text = options.value(field.name);
        if (isFlag(field)) {
            const auto flag = flagValue(text);
            if (!flag) {
                problem = tr("--%1 must be yes or no (or true or false), not '%2'.").arg(field.name, text);
                return policy;
            }
            mobile::setFlag(policy, field.name, *flag);
            continue;
        }
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok) {
            problem = tr("--%1 needs a whole number, not '%2'.").arg(field.name, text);
            return policy;
        }
        mobile::setNumber(policy, field.name, number);
    }
    return policy;
}

int PolicyCommands::get(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto version = ctx.engine().mobile().policyVersion(org.value().id); // first: see Versions::read
    if (!version)
        return ctx.fail(version.error());
    auto policy = ctx.engine().mobile().policy(org.value().id);
    if (!policy)
        return ctx.fail(policy.error());
    auto key = ctx.engine().mobile().policyKey(org.value().id);
    if (!key)
        return ctx.fail(key.error());
    if (ctx.json()) {
        QJsonObject object = policyJson(policy.value(), key.value());
        object.insert(QStringLiteral("version"), version.value());
        ctx.printJson(object);
    } else
        printPolicy(ctx, policy.value(), key.value());
    return ExitOk;
}

int PolicyCommands::set(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const QString command = QStringLiteral("policy set");
    int given = 0;
    QString problem;
    // The values are read before the engine is asked, so that a typing error is a usage error.
    withOptions(options, MobilePolicy{}, given, problem);
    if (!problem.isEmpty())
        return ctx.usageError(problem, command);
    if (given == 0) {
        QStringList names;
        for (const MobilePolicyField& field : mobile::policyFields())
            names << QStringLiteral("--") + field.name;
        return ctx.usageError(
            tr("policy set needs at least one of %1.").arg(names.join(QStringLiteral(", "))), command);
    }
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto version = ctx.engine().mobile().policyVersion(org.value().id); // first: see Versions::read
    if (!version)
        return ctx.fail(version.error());
    auto before = ctx.engine().mobile().policy(org.value().id);
    if (!before)
        return ctx.fail(before.error());
    const MobilePolicy policy = withOptions(options, before.value(), given, problem);
    // Based on what was read here, or on the version the caller names.
    auto saved = ctx.engine().mobile().setPolicy(org.value().id, policy,
                                                 ifVersion.value() ? ifVersion.value() : version.value());
    if (!saved)
        return ctx.fail(saved.error());
    const PolicySaved& done = saved.value();
    if (ctx.json()) {
        QJsonObject object = policyJson(done.policy, done.policyKey);
        object.insert(QStringLiteral("devicesToProvision"), done.devicesToProvision);
        auto now = ctx.engine().mobile().policyVersion(org.value().id);
        object.insert(QStringLiteral("version"), now ? now.value() : 0);
        ctx.printJson(object);
        return ExitOk;
    }
    if (policy == before.value())
        ctx.print(tr("The mobile policy of %1 is unchanged; nothing was saved.").arg(org.value().alias));
    else
        ctx.print(tr("Saved the mobile policy of %1:").arg(org.value().alias));
    printPolicy(ctx, done.policy, done.policyKey);
    ctx.print(tr("Devices that must provision again: %1. Each gets the policy at its next check-in.")
                  .arg(done.devicesToProvision));
    return ExitOk;
}

QJsonObject PolicyCommands::policyJson(const MobilePolicy& policy, int policyKey)
{
    QJsonObject object = policy.toJson();
    object.insert(QStringLiteral("policyKey"), policyKey);
    return object;
}

void PolicyCommands::printPolicy(CliContext& ctx, const MobilePolicy& policy, int policyKey)
{
    QVector<std::pair<QString, QString>> fields;
    QStringList needPassword;
    for (const MobilePolicyField& field : mobile::policyFields()) {
        fields << std::pair{tr("%1) %2").arg(field.letter, field.label()), valueText(policy, field)};
        if (field.needsPassword)
            needPassword << field.letter;
    }
    fields << std::pair{tr("Policy key"), QString::number(policyKey)};
    ctx.printFields(fields);
    if (!policy.passwordRequired && !needPassword.isEmpty())
        ctx.print(tr("Items %1 to %2 apply only while a password is required.")
                      .arg(needPassword.constFirst(), needPassword.constLast()));
}

} // namespace mailroomctl
