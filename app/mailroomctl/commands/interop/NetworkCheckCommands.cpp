#include "NetworkCheckCommands.h"

#include "PasswordInput.h"
#include "net/AutoDiscoverCheck.h"
#include "net/EwsCheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSslCertificate>
#include <optional>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString PasswordStdin = QStringLiteral("password-stdin");
const QString CaBundle = QStringLiteral("ca-bundle");

} // namespace

QCommandLineOption NetworkCheckCommands::caBundleOption()
{
    return valueOption(
        "ca-bundle",
        NetworkCheckCommands::tr("Trust the certificates of this PEM file (an enterprise CA bundle) "
                                 "besides the system's."),
        NetworkCheckCommands::tr("FILE"));
}

namespace {

QCommandLineOption passwordStdinOption()
{
    return flagOption("password-stdin",
                      NetworkCheckCommands::tr("Read the password from the first line of standard input."));
}

QString outcomeLabel(NetworkOutcome outcome)
{
    switch (outcome) {
    case NetworkOutcome::Ok:
        return NetworkCheckCommands::tr("passed");
    case NetworkOutcome::InvalidUrl:
        return NetworkCheckCommands::tr("invalid address");
    case NetworkOutcome::Unreachable:
        return NetworkCheckCommands::tr("server not found");
    case NetworkOutcome::ConnectionFailed:
        return NetworkCheckCommands::tr("connection failed");
    case NetworkOutcome::InvalidCredentials:
        return NetworkCheckCommands::tr("invalid user name or password");
    case NetworkOutcome::UntrustedCertificate:
        return NetworkCheckCommands::tr("untrusted certificate");
    case NetworkOutcome::UnexpectedResponse:
        return NetworkCheckCommands::tr("unexpected answer");
    case NetworkOutcome::Cancelled:
        return NetworkCheckCommands::tr("not done");
    }
    return {};
}

} // namespace

Noun NetworkCheckCommands::ewsNoun()
{
    return {
        QStringLiteral("ews"),
        tr("Exchange Web Services: test the availability settings' connection."),
        {{.name = QStringLiteral("test"),
          .arguments = QStringLiteral("URL"),
          .summary = tr("Send one EWS request with Basic authentication to URL as the service account "
                        "and say whether it works or what to fix. The password is read from standard input."),
          .options = {valueOption("account", tr("The service account, as DOMAIN\\username or in FQDN form."),
                                  tr("ACCOUNT")),
                      passwordStdinOption(), caBundleOption()},
          .required = {QStringLiteral("account"), PasswordStdin},
          .minArguments = 1,
          .maxArguments = 1,
          .run = &ewsTest}}};
}

Noun NetworkCheckCommands::autoDiscoverNoun()
{
    return {
        QStringLiteral("autodiscover"),
        tr("AutoDiscover: check a domain's phase-2 endpoint."),
        {{.name = QStringLiteral("check"),
          .arguments = QStringLiteral("DOMAIN"),
          .summary = tr("Check https://autodiscover.DOMAIN/autodiscover/autodiscover.xml: it must ask for "
                        "credentials, and with --email the MobileSync request must name the MobileSync URL."),
          .options = {valueOption("email",
                                  tr("Also send the MobileSync request as this user (password from standard "
                                     "input with --password-stdin)."),
                                  tr("ADDRESS")),
                      passwordStdinOption(), caBundleOption(),
                      valueOption("server-address",
                                  tr("Connect to this address (IP or IP:PORT) instead of looking up "
                                     "autodiscover.DOMAIN; the certificate must still name that host."),
                                  tr("IP:PORT"))},
          .minArguments = 1,
          .maxArguments = 1,
          .run = &autoDiscoverCheck}}};
}

// The certificates of --ca-bundle, empty without it.
Result<QList<QSslCertificate>> NetworkCheckCommands::caBundle(const QCommandLineParser& options)
{
    if (!options.isSet(CaBundle))
        return QList<QSslCertificate>{};
    return EwsCheck::loadCaBundle(options.value(CaBundle));
}

int NetworkCheckCommands::ewsTest(CliContext& ctx, const QCommandLineParser& options,
                                  const QStringList& arguments)
{
    auto cas = caBundle(options);
    if (!cas)
        return ctx.fail(cas.error());
    const QUrl url(arguments.at(0));
    EwsCheck check(url, options.value(QStringLiteral("account")), PasswordInput::readLine());
    check.setCaCertificates(cas.value());
    QEventLoop loop;
    std::optional<NetworkCheckResult> result;
    QObject::connect(&check, &EwsCheck::finished, &loop, [&](const NetworkCheckResult& finished) {
        result = finished;
        loop.quit();
    });
    ctx.progress(tr("Testing %1 ...").arg(url.toString(QUrl::RemoveUserInfo)));
    check.start();
    if (!result)
        loop.exec();

    if (ctx.json()) {
        QJsonObject object = result->toJson();
        object.insert(QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo));
        object.insert(QStringLiteral("ok"), result->ok());
        ctx.printJson(object);
    } else {
        printResult(ctx, tr("EWS test"), *result);
    }
    return result->ok() ? ExitOk : ExitFailed;
}

int NetworkCheckCommands::autoDiscoverCheck(CliContext& ctx, const QCommandLineParser& options,
                                            const QStringList& arguments)
{
    const QString command = QStringLiteral("autodiscover check");
    const bool withUser = options.isSet(QStringLiteral("email"));
    if (withUser && !options.isSet(PasswordStdin))
        return ctx.usageError(tr("--email needs --password-stdin: the password is read from standard input."),
                              command);
    QHostAddress address;
    quint16 port = 443;
    if (options.isSet(QStringLiteral("server-address"))) {
        const QUrl parsed(QStringLiteral("https://") + options.value(QStringLiteral("server-address")));
        const int p = parsed.port(443);
        if (!parsed.isValid() || !parsed.path().isEmpty() || !parsed.userInfo().isEmpty() ||
            !address.setAddress(parsed.host()) || p <= 0)
            return ctx.usageError(tr("--server-address needs an IP address with an optional port, such as "
                                     "192.0.2.10:443."),
                                  command);
        port = quint16(p);
    }
    auto cas = caBundle(options);
    if (!cas)
        return ctx.fail(cas.error());

    AutoDiscoverCheck check(arguments.at(0));
    if (withUser)
        check.setCredentials(options.value(QStringLiteral("email")), PasswordInput::readLine());
    check.setCaCertificates(cas.value());
    if (!address.isNull())
        check.setServerAddress(address, port);
    QEventLoop loop;
    std::optional<AutoDiscoverReport> report;
    QObject::connect(&check, &AutoDiscoverCheck::progress, &loop,
                     [&](const QString& step) { ctx.progress(step); });
    QObject::connect(&check, &AutoDiscoverCheck::finished, &loop, [&](const AutoDiscoverReport& finished) {
        report = finished;
        loop.quit();
    });
    check.start();
    if (!report)
        loop.exec();

    if (ctx.json()) {
        ctx.printJson(report->toJson());
    } else {
        ctx.print(tr("AutoDiscover phase 2 of %1 at %2").arg(report->domain, report->endpoint.toString()));
        printResult(ctx, tr("Without credentials (401 expected)"), report->unauthenticated);
        if (report->authenticatedAsked)
            printResult(ctx, tr("MobileSync request"), report->authenticated);
        if (!report->mobileSyncUrl.isEmpty())
            ctx.print(tr("MobileSync URL: %1").arg(report->mobileSyncUrl));
        ctx.print(report->ok() ? tr("The AutoDiscover endpoint is set up correctly.")
                               : tr("The AutoDiscover endpoint is not set up correctly."));
    }
    return report->ok() ? ExitOk : ExitFailed;
}

void NetworkCheckCommands::printResult(CliContext& ctx, const QString& title,
                                       const NetworkCheckResult& result)
{
    ctx.print(tr("%1: %2").arg(title, outcomeLabel(result.outcome)));
    ctx.print(QStringLiteral("  ") + result.explanation);
    if (!result.fix.isEmpty())
        ctx.print(QStringLiteral("  ") + tr("What to do: %1").arg(result.fix));
}

} // namespace mailroomctl
