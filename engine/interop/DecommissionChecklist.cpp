#include "DecommissionChecklist.h"

#include "core/Engine.h"
#include "domains/DnsReport.h"
#include "domains/Domains.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace mailroom::interop {

namespace {

// The context lupdate gives tr() calls in free functions of this namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::interop", text);
}

QString number(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

// The domains a list names before "and N more": a checklist line stays readable with 100 domains.
constexpr int NamedDomains = 5;

using State = ChecklistItem::State;

// What the last check of one domain says about one of its records.
struct DomainRecord
{
    enum class Verdict
    {
        Found,
        Wrong,
        NotChecked
    };
    Verdict verdict = Verdict::NotChecked;
    QString line; // translated, for anything but Found (or a Found with a caution)
};

QString hostOfMx(const QString& value)
{
    QString host = value.section(u' ', -1).trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// Mail servers other than the expected one under an MX record that was found.
QStringList otherMailServers(const RecordCheck& check)
{
    QStringList others;
    const QString wanted = hostOfMx(check.expected.value);
    for (const QString& seen : check.seen)
        if (hostOfMx(seen) != wanted)
            others.append(hostOfMx(seen));
    return others;
}

QString recordLabel(DnsRecord::Purpose purpose)
{
    return purpose == DnsRecord::Purpose::AutoDiscover ? tr("AutoDiscover record") : tr("MX record");
}

DomainRecord judge(const Domain& domain, DnsRecord::Purpose purpose)
{
    const QString name = domain.displayName();
    DomainRecord out;
    if (domain.checkReport.isEmpty()) {
        out.line = tr("%1: not checked yet; use Check DNS.").arg(name);
        return out;
    }
    const DnsReport report =
        DnsReport::fromJson(QJsonDocument::fromJson(domain.checkReport.toUtf8()).object());
    const auto found =
        std::find_if(report.records.cbegin(), report.records.cend(),
                     [purpose](const RecordCheck& r) { return r.expected.purpose == purpose; });
    if (found == report.records.cend()) {
        out.line =
            report.failure.isEmpty()
                ? tr("%1: the last check did not look at its %2; use Check DNS.")
                      .arg(name, recordLabel(purpose))
                : tr("%1: the last check could not run (%2); use Check DNS again.").arg(name, report.failure);
        return out;
    }
    const RecordCheck& check = *found;
    const QString record = dnsRecordTypeName(check.expected.type) + u' ' + check.expected.name;
    QString wanted = check.expected.value;
    if (check.expected.type == DnsRecord::Type::MX)
        wanted = tr("%1 (priority %2)").arg(hostOfMx(wanted), wanted.section(u' ', 0, 0));
    switch (check.outcome) {
    case RecordCheck::Outcome::Found:
        out.verdict = DomainRecord::Verdict::Found;
        if (purpose == DnsRecord::Purpose::MailExchange) {
            const QStringList others = otherMailServers(check);
            if (!others.isEmpty())
                out.line =
                    tr("%1 still lists other mail servers (%2); remove them so that all mail arrives here "
                       "directly.")
                        .arg(name, others.join(QStringLiteral(", ")));
        }
        return out;
    case RecordCheck::Outcome::Missing:
        out.verdict = DomainRecord::Verdict::Wrong;
        out.line = tr("%1: %2 is missing; publish it with the value %3.").arg(name, record, wanted);
        break;
    case RecordCheck::Outcome::Wrong:
        out.verdict = DomainRecord::Verdict::Wrong;
        out.line = tr("%1: %2 holds %3; change it to %4.")
                       .arg(name, record, check.seen.join(QStringLiteral(", ")), wanted);
        break;
    case RecordCheck::Outcome::NoAnswer:
        out.line =
            tr("%1: the name server did not answer for %2; use Check DNS again later.").arg(name, record);
        break;
    }
    if (!check.note.isEmpty() && check.problem != RecordCheck::Problem::None)
        out.line += u' ' + check.note;
    return out;
}

QString namesOf(const QStringList& names)
{
    if (names.size() <= NamedDomains)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %2 more")
        .arg(names.mid(0, NamedDomains).join(QStringLiteral(", ")), number(names.size() - NamedDomains));
}

QStringList firstLines(const QStringList& lines)
{
    if (lines.size() <= NamedDomains)
        return lines;
    QStringList out = lines.mid(0, NamedDomains);
    out.append(tr("… and %1 more not listed here.").arg(number(lines.size() - NamedDomains)));
    return out;
}

// The AutoDiscover or MX item from every domain's last check.
void judgeDomains(ChecklistItem& item, const QVector<Domain>& domains, DnsRecord::Purpose purpose)
{
    const QString what = recordLabel(purpose);
    QStringList problems;
    QStringList cautions;
    QStringList good;
    int wrong = 0;
    int unchecked = 0;
    for (const Domain& domain : domains) {
        const DomainRecord r = judge(domain, purpose);
        switch (r.verdict) {
        case DomainRecord::Verdict::Found:
            good.append(domain.displayName());
            if (!r.line.isEmpty())
                cautions.append(r.line);
            break;
        case DomainRecord::Verdict::Wrong:
            ++wrong;
            problems.append(r.line);
            break;
        case DomainRecord::Verdict::NotChecked:
            ++unchecked;
            problems.append(r.line);
            break;
        }
    }
    item.satisfied = wrong == 0 && unchecked == 0;
    item.state = wrong > 0 ? State::Wrong : unchecked > 0 ? State::NotChecked : State::Left;

    QStringList lines;
    if (domains.isEmpty())
        lines.append(
            tr("The organization has no mail domain of its own, so there is no %1 to publish.").arg(what));
    else if (item.satisfied)
        lines.append(tr("The last check found the %1 of every mail domain pointing at the service: %2.")
                         .arg(what, namesOf(good)));
    else
        lines.append(tr("The %1 is not yet found pointing at the service for every mail domain (%2 of %3 to "
                        "fix):")
                         .arg(what, number(wrong + unchecked), number(domains.size())));
    lines += firstLines(problems);
    lines += firstLines(cautions);
    if (purpose == DnsRecord::Purpose::MailExchange && !item.satisfied)
        lines.append(tr("A changed MX record can take up to %1 hours to reach every DNS server; check again "
                        "later if the new value is not seen yet.")
                         .arg(MxPropagationHours));
    item.text = lines.join(u'\n');
    if (!item.satisfied)
        item.refusal =
            tr("%1 can be marked done once Check DNS finds the %2 of every mail domain pointing at "
               "the service.")
                .arg(InteropProgress::stepLabel(item.step), what);
}

void resourcesItem(ChecklistItem& item, int resourceCount)
{
    const QString count = resourceCount == 0
                              ? tr("No resource exists in the organization yet.")
                              : tr("Resources in the organization now: %1.").arg(number(resourceCount));
    item.text =
        count + u' ' +
        tr("Meeting rooms and equipment that Exchange provided are not in the address book until they "
           "are created here: create them in the Resources pane, with their delegates and booking "
           "options, then mark this done.");
}

void decommissionItem(ChecklistItem& item, const ChecklistItem& switchMx)
{
    item.text = tr("Once every mail domain's MX record points at the service and mail arrives here directly, "
                   "retire the Exchange server if you no longer need it, then mark this done.");
    if (!switchMx.satisfied)
        item.refusal =
            tr("%1 comes after the MX switch: Check DNS must first find the MX record of every mail "
               "domain pointing at the service.")
                .arg(InteropProgress::stepLabel(item.step));
    else if (!switchMx.marked)
        item.refusal =
            tr("%1 comes after the MX switch: mark \"%2\" done first.")
                .arg(InteropProgress::stepLabel(item.step), InteropProgress::stepLabel(switchMx.step));
}

Error notOnTheChecklist(InteropStep step)
{
    return makeError(ErrorCode::InvalidValue, QStringLiteral("step"),
                     tr("%1 is not on the decommission checklist.").arg(InteropProgress::stepLabel(step)));
}

} // namespace

QString checklistStateName(ChecklistItem::State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("Done");
    case State::Left:
        return QStringLiteral("Left");
    case State::Wrong:
        return QStringLiteral("Wrong");
    case State::NotChecked:
        return QStringLiteral("NotChecked");
    }
    return {};
}

QString checklistStateLabel(ChecklistItem::State state)
{
    switch (state) {
    case State::Done:
        return tr("Done");
    case State::Left:
        return tr("To do");
    case State::Wrong:
        return tr("Wrong");
    case State::NotChecked:
        return tr("Not checked");
    }
    return {};
}

QVector<ChecklistItem> decommissionChecklist(const ChecklistInput& input)
{
    QVector<Domain> mailDomains;
    for (const Domain& d : input.domains)
        if (!d.isTest)
            mailDomains.append(d);

    QVector<ChecklistItem> items;
    for (InteropStep step : interopChecklist()) {
        ChecklistItem item;
        item.step = step;
        for (const InteropStepDone& d : input.done)
            if (d.step == step && d.subject.isEmpty()) {
                item.marked = true;
                item.doneAt = d.doneAt;
                item.doneBy = d.doneBy;
            }
        switch (step) {
        case InteropStep::CreateResources:
            resourcesItem(item, input.resourceCount);
            break;
        case InteropStep::AutoDiscoverRecord:
            judgeDomains(item, mailDomains, DnsRecord::Purpose::AutoDiscover);
            break;
        case InteropStep::SwitchMx:
            judgeDomains(item, mailDomains, DnsRecord::Purpose::MailExchange);
            break;
        case InteropStep::Decommission:
            decommissionItem(item, items.at(interopChecklist().indexOf(InteropStep::SwitchMx)));
            break;
        default:
            break;
        }
        if (item.marked) {
            item.state = State::Done;
            item.refusal.clear();
        }
        items.append(item);
    }
    return items;
}

DecommissionChecklist::DecommissionChecklist(Engine& engine) : m_engine(engine) {}

Result<QVector<ChecklistItem>> DecommissionChecklist::items(const QString& orgId)
{
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    auto domains = m_engine.domains().list(orgId);
    if (!domains)
        return domains.error();
    auto resources = m_engine.resources().list(orgId);
    if (!resources)
        return resources.error();
    auto done = m_engine.interopProgress().done(orgId);
    if (!done)
        return done.error();
    return decommissionChecklist({org.value(), domains.value(), int(resources.value().size()), done.value()});
}

Result<InteropStepDone> DecommissionChecklist::markDone(const QString& orgId, InteropStep step)
{
    if (!isChecklistStep(step))
        return notOnTheChecklist(step);
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    // Still in the mode: the progress says so in its own words, before any checklist rule.
    if (!org.value().interoperability) {
        auto all = items(orgId);
        if (!all)
            return all.error();
        const ChecklistItem& item = all.value().at(interopChecklist().indexOf(step));
        if (!item.marked && !item.refusal.isEmpty())
            return makeError(ErrorCode::WrongState, interopStepName(step), item.refusal);
    }
    return m_engine.interopProgress().markDone(orgId, step);
}

} // namespace mailroom::interop
