#include "MessageTestCommands.h"

#include "RuleTestCommands.h"
#include "flow/FlowRules.h"

#include <QLocale>

namespace mailroomctl {

using namespace mailroom;

namespace {

// As the engine's refusal of a message over 25 MB says a size.
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonObject jsonOf(const MessageFile& message)
{
    return {{QStringLiteral("from"), message.from},
            {QStringLiteral("sender"), message.sender}, // empty: the message has no Sender header
            {QStringLiteral("subject"), message.subject},
            {QStringLiteral("size"), message.size}, // bytes
            {QStringLiteral("attachments"), QJsonArray::fromStringList(message.attachments)}};
}

} // namespace

int MessageTestCommands::test(CliContext& ctx, const Organization& org, const QString& emlPath)
{
    auto tested = ctx.engine().flowRules().testMessage(org.id, emlPath);
    if (!tested)
        return ctx.fail(tested.error());
    const MessageTestResult& result = tested.value();
    if (ctx.json()) {
        QJsonObject object = RuleTestCommands::decisionJson(result.flow);
        object.insert(QStringLiteral("message"), jsonOf(result.message));
        object.insert(QStringLiteral("refusals"), QJsonArray::fromStringList(result.refusals));
        ctx.printJson(object);
        return ExitOk;
    }
    printMessage(ctx, result.message);
    ctx.print(QString());
    RuleTestCommands::printDecision(ctx, result.flow);
    ctx.print(QString());
    if (result.refusals.isEmpty()) {
        ctx.print(tr("The service accepts the message's attachments and size."));
        return ExitOk;
    }
    ctx.print(tr("Refused whatever the rules say:"));
    for (const QString& refusal : result.refusals)
        ctx.print(QStringLiteral("  ") + refusal);
    return ExitOk; // the test ran; the refusals are its outcome, not a failure
}

void MessageTestCommands::printMessage(CliContext& ctx, const MessageFile& message)
{
    const QString none = tr("none");
    ctx.printFields(
        {{tr("From"), message.from},
         {tr("Sender"), message.sender.isEmpty() ? none : message.sender},
         {tr("Subject"), message.subject},
         {tr("Size"), sizeText(message.size)},
         {tr("Attachments"),
          message.attachments.isEmpty() ? none : message.attachments.join(QStringLiteral(", "))}});
}

} // namespace mailroomctl
