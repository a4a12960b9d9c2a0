#include "DomainPolicyCommands.h"

#include "OptionValues.h"
#include "domains/Domains.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace mailroomctl {

using namespace mailroom;

QVector<Verb> DomainPolicyCommands::verbs()
{
    const QString name = QStringLiteral("NAME");
    return {
        orgVerb("policy", name, tr("Print a domain's identity policy (JSON)."), &policy),
        orgVerb("set-policy", name, tr("Replace a domain's identity policy with the JSON of a file."),
                &setPolicy,
                {valueOption("file", tr("The policy as JSON; - reads standard input."), tr("FILE")),
                 CliContext::ifVersionOption()},
                {QStringLiteral("file")}),
        orgVerb("fix-policy", name,
                tr("Allow every sending action (ses:*) in a domain's identity policy, as domains added "
                   "since 2016-10-13 have it."),
                &fixPolicy),
    };
}

int DomainPolicyCommands::printPolicy(CliContext& ctx, const Organization& org, const Domain& domain)
{
    const bool needsFix = ctx.engine().domains().policyNeedsFix(domain);
    const QJsonDocument document = QJsonDocument::fromJson(domain.policy.toUtf8());
    return ctx.reply(
        QJsonObject{{QStringLiteral("domain"), domain.name},
                    {QStringLiteral("policyNeedsFix"), needsFix},
                    {QStringLiteral("version"), domain.policyVersion},
                    {QStringLiteral("policy"),
                     document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Null)}},
        [&] {
            if (domain.policy.isEmpty())
                ctx.print(tr("%1 has no identity policy.").arg(domain.displayName()));
            else
                ctx.print(document.isObject()
                              ? QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed()
                              : domain.policy);
            if (needsFix)
                ctx.warn(
                    tr("this policy does not allow ses:*; run 'mailroomctl domain fix-policy --org %1 %2'.")
                        .arg(org.alias, domain.displayName()));
        });
}

int DomainPolicyCommands::policy(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments)
{
    auto found = ctx.domain(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    return printPolicy(ctx, found.value().org, found.value().item);
}

int DomainPolicyCommands::setPolicy(CliContext& ctx, const QCommandLineParser& options,
                                    const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto text = OptionValues::fileText(options.value(QStringLiteral("file")));
    if (!text)
        return ctx.fail(text.error());
    auto domain =
        ctx.engine().domains().setPolicy(org.value().id, arguments.at(0), text.value(), ifVersion.value());
    if (!domain)
        return ctx.fail(domain.error());
    if (!ctx.json())
        ctx.print(tr("Set the identity policy of %1:").arg(domain.value().displayName()));
    return printPolicy(ctx, org.value(), domain.value());
}

int DomainPolicyCommands::fixPolicy(CliContext& ctx, const QCommandLineParser& options,
                                    const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto domain = ctx.engine().domains().fixPolicy(org.value().id, arguments.at(0));
    if (!domain)
        return ctx.fail(domain.error());
    if (!ctx.json())
        ctx.print(tr("The identity policy of %1 now allows ses:*:").arg(domain.value().displayName()));
    return printPolicy(ctx, org.value(), domain.value());
}

} // namespace mailroomctl
