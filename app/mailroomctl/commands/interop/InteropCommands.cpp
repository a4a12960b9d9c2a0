#include "InteropCommands.h"

#include "InteropDisableCommands.h"
#include "InteropStatusCommands.h"
#include "InteropSyncCommands.h"
#include "NetworkCheckCommands.h"
#include "PasswordInput.h"
#include "interop/AvailabilitySettings.h"
#include "interop/AvailabilityTest.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString EwsUrlOption = QStringLiteral("ews-url");
const QString AccountOption = QStringLiteral("account");
const QString PasswordStdinOption = QStringLiteral("password-stdin");

} // namespace

Noun InteropCommands::noun()
{
    Verb show = orgVerb("availability show", QStringLiteral("[DOMAIN]"),
                        tr("Show the availability settings of every domain, or of one; never the password."),
                        &availabilityShow);
    show.minArguments = 0;
    return {
        QStringLiteral("interop"),
        tr("Interoperability with Microsoft Exchange: prerequisites, availability settings, routing, the "
           "directory synchronisation, progress and disabling."),
        {
            orgVerb("availability set", QStringLiteral("DOMAIN"),
                    tr("Save a domain's availability settings. The password is read from standard input with "
                       "--password-stdin and kept only in the system keychain; it is needed the first time, "
                       "and later only to change it. What is not given keeps its value."),
                    &availabilitySet,
                    {valueOption("ews-url",
                                 tr("The address of Exchange Web Services (https), such as "
                                    "https://mail.example.com/EWS/Exchange.asmx."),
                                 tr("URL")),
                     valueOption("account",
                                 tr("The service account that reads availability: user@example.com or "
                                    "EXAMPLE\\user."),
                                 tr("ACCOUNT")),
                     flagOption("password-stdin",
                                tr("Read the service account's password from the first line of standard "
                                   "input.")),
                     CliContext::ifVersionOption()}),
            show,
            orgVerb("availability remove", QStringLiteral("DOMAIN"),
                    tr("Remove a domain's availability settings and its password from the system keychain."),
                    &availabilityRemove),
            orgVerb("availability test", QStringLiteral("DOMAIN"),
                    tr("Test a domain's saved availability settings: a real HTTPS request with Basic "
                       "authentication to its EWS URL, with the password from the system keychain. The "
                       "outcome is kept with the settings."),
                    &availabilityTest, {NetworkCheckCommands::caBundleOption()}),
            InteropDisableCommands::disableVerb(),
            InteropDisableCommands::progressVerb(),
            InteropDisableCommands::markVerb(),
            InteropStatusCommands::statusVerb(),
            InteropStatusCommands::routingVerb(),
            InteropStatusCommands::exchangeCommandVerb(),
            InteropSyncCommands::syncVerb(),
            InteropSyncCommands::syncStatusVerb(),
            InteropSyncCommands::exchangeAddressesVerb(),
        }};
}

QJsonObject InteropCommands::jsonOf(const AvailabilitySetting& s)
{
    return {{QStringLiteral("domain"), s.domain},
            {QStringLiteral("ewsUrl"), s.ewsUrl},
            {QStringLiteral("serviceAccount"), s.serviceAccount},
            {QStringLiteral("secretRef"), s.secretRef},
            {QStringLiteral("testedAt"),
             s.testedAt.isValid() ? QJsonValue(s.testedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("testResult"), s.testResult},
            {QStringLiteral("version"), s.version}};
}

QVector<std::pair<QString, QString>> InteropCommands::fieldsOf(const AvailabilitySetting& s)
{
    return {{tr("Domain"), s.domain},
            {tr("EWS URL"), s.ewsUrl},
            {tr("Service account"), s.serviceAccount},
            {tr("Password"), tr("in the system keychain")},
            {tr("Last test"),
             s.testedAt.isValid()
                 ? tr("%1: %2").arg(QLocale().toString(s.testedAt.toLocalTime(), QLocale::ShortFormat),
                                    s.testResult)
                 : tr("never")}};
}

int InteropCommands::availabilitySet(CliContext& ctx, const QCommandLineParser& options,
                                     const QStringList& arguments)
{
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    AvailabilityInput input;
    input.domain = arguments.at(0);
    input.basedOn = ifVersion.value();
    // What is not given keeps its value.
    auto saved = ctx.engine().availability().get(org.value().id, input.domain);
    if (saved) {
        input.ewsUrl = saved.value().ewsUrl;
        input.serviceAccount = saved.value().serviceAccount;
        if (input.basedOn == 0)
            input.basedOn = saved.value().version; // based on what was read here
    }
    if (options.isSet(EwsUrlOption))
        input.ewsUrl = options.value(EwsUrlOption);
    if (options.isSet(AccountOption))
        input.serviceAccount = options.value(AccountOption);
    if (options.isSet(PasswordStdinOption))
        input.password = PasswordInput::readLine();
    auto result = ctx.engine().availability().saveNow(org.value().id, input);
    input.password.fill(u'\0');
    if (!result)
        return ctx.fail(result.error());
    return ctx.reply(jsonOf(result.value()), [&] {
        ctx.print(tr("Saved the availability settings of %1:").arg(result.value().domain));
        ctx.printFields(fieldsOf(result.value()));
    });
}

int InteropCommands::availabilityShow(CliContext& ctx, const QCommandLineParser& options,
                                      const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    QVector<AvailabilitySetting> settings;
    if (!arguments.isEmpty()) {
        auto one = ctx.engine().availability().get(org.value().id, arguments.at(0));
        if (!one)
            return ctx.fail(one.error());
        settings.append(one.value());
    } else {
        auto all = ctx.engine().availability().list(org.value().id);
        if (!all)
            return ctx.fail(all.error());
        settings = all.value();
    }
    if (ctx.json()) {
        if (!arguments.isEmpty()) {
            ctx.printJson(jsonOf(settings.first()));
            return ExitOk;
        }
        QJsonArray array;
        for (const AvailabilitySetting& s : settings)
            array.append(jsonOf(s));
        ctx.printJson(array);
        return ExitOk;
    }
    if (settings.isEmpty()) {
        ctx.print(tr("%1 has no availability settings.").arg(org.value().alias));
        return ExitOk;
    }
    for (qsizetype i = 0; i < settings.size(); ++i) {
        if (i > 0)
            ctx.print(QString());
        ctx.printFields(fieldsOf(settings.at(i)));
    }
    return ExitOk;
}

int InteropCommands::availabilityRemove(CliContext& ctx, const QCommandLineParser& options,
                                        const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto saved = ctx.engine().availability().get(org.value().id, arguments.at(0));
    if (!saved)
        return ctx.fail(saved.error());
    if (auto removed = ctx.engine().availability().removeNow(org.value().id, saved.value().domain); !removed)
        return ctx.fail(removed.error());
    return ctx.printDone(
        QJsonObject{{QStringLiteral("domain"), saved.value().domain}, {QStringLiteral("removed"), true}},
        tr("Removed the availability settings of %1 and their password from the system keychain.")
            .arg(saved.value().domain));
}

int InteropCommands::availabilityTest(CliContext& ctx, const QCommandLineParser& options,
                                      const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto cas = NetworkCheckCommands::caBundle(options);
    if (!cas)
        return ctx.fail(cas.error());
    AvailabilityTest test(ctx.engine(), org.value().id, arguments.at(0));
    test.setCaCertificates(cas.value());
    QEventLoop loop;
    std::optional<Result<NetworkCheckResult>> outcome;
    QObject::connect(&test, &AvailabilityTest::finished, &loop, [&](const NetworkCheckResult& result) {
        outcome = result;
        loop.quit();
    });
    QObject::connect(&test, &AvailabilityTest::failed, &loop, [&](const Error& error) {
        outcome = error;
        loop.quit();
    });
    ctx.progress(tr("Testing the availability settings of %1 ...").arg(arguments.at(0)));
    test.start();
    if (!outcome)
        loop.exec();
    if (!*outcome)
        return ctx.fail(outcome->error());
    const NetworkCheckResult& result = outcome->value();
    if (ctx.json()) {
        QJsonObject object = result.toJson();
        object.insert(QStringLiteral("domain"), arguments.at(0));
        object.insert(QStringLiteral("ok"), result.ok());
        ctx.printJson(object);
    } else {
        NetworkCheckCommands::printResult(ctx, tr("EWS test"), result);
    }
    return result.ok() ? ExitOk : ExitFailed;
}

} // namespace mailroomctl
