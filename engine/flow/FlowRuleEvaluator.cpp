#include "FlowRuleEvaluator.h"

#include <QCoreApplication>
#include <QUrl>

namespace mailroom {

namespace {

// The address as the index keys it: lower case, the domain in A-label form.
QString normalizedAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    const int at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QString domain = trimmed.mid(at + 1);
    while (domain.endsWith(u'.'))
        domain.chop(1);
    // Most senders are plain ASCII: IDNA processing only for the others.
    const bool ascii = std::all_of(domain.begin(), domain.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString ace = ascii ? domain.toLower() : QString::fromLatin1(QUrl::toAce(domain)).toLower();
    return trimmed.left(at).toLower() + u'@' + (ace.isEmpty() ? domain.toLower() : ace);
}

} // namespace

QString flowLostReason(FlowMatch::Lost lost)
{
    switch (lost) {
    case FlowMatch::Lost::No:
        return {};
    case FlowMatch::Lost::LessSpecific:
        return QCoreApplication::translate("FlowRuleEvaluator", "less specific than the deciding pattern");
    case FlowMatch::Lost::LessRestrictive:
        return QCoreApplication::translate(
            "FlowRuleEvaluator", "as specific as the deciding pattern, with a less restrictive action");
    case FlowMatch::Lost::SameRuleOrder:
        return QCoreApplication::translate(
            "FlowRuleEvaluator", "as specific and as restrictive as the deciding pattern, which came first");
    case FlowMatch::Lost::OtherHeaderDecided:
        return QCoreApplication::translate("FlowRuleEvaluator",
                                           "the Sender header matched, so the From address was not used");
    }
    return {};
}

void FlowRuleEvaluator::rebuild(const QVector<FlowRule>& rules)
{
    m_rules = rules;
    m_addresses.clear();
    m_domains.clear();
    m_wildcards.clear();
    m_everyone.clear();
    m_patternCount = 0;
    for (int r = 0; r < m_rules.size(); ++r) {
        for (int p = 0; p < m_rules.at(r).patterns.size(); ++p) {
            const SenderPattern& pattern = m_rules.at(r).patterns.at(p);
            const Entry entry{r, p};
            switch (pattern.kind) {
            case SenderPattern::Kind::Address:
                m_addresses[pattern.key].append(entry);
                break;
            case SenderPattern::Kind::Domain:
                m_domains[pattern.key].append(entry);
                break;
            case SenderPattern::Kind::Wildcard:
                m_wildcards[pattern.key].append(entry);
                break;
            case SenderPattern::Kind::Everyone:
                m_everyone.append(entry);
                break;
            }
            ++m_patternCount;
        }
    }
}

const SenderPattern& FlowRuleEvaluator::patternOf(const FlowMatch& m) const
{
    return m_rules.at(m.rule).patterns.at(m.pattern);
}

QVector<FlowMatch> FlowRuleEvaluator::matches(const QString& address, const QString& header) const
{
    QVector<FlowMatch> found;
    const QString key = normalizedAddress(address);
    if (key.isEmpty())
        return found;
    auto add = [&](const QVector<Entry>& entries) {
        for (const Entry& e : entries)
            found.append({e.rule, e.pattern, header, FlowMatch::Lost::No});
    };
    add(m_addresses.value(key));
    QString domain = key.section(u'@', 1);
    add(m_domains.value(domain));
    // The domain itself and each parent: *.example.com covers example.com and a.b.example.com.
    while (!domain.isEmpty()) {
        add(m_wildcards.value(domain));
        const int dot = domain.indexOf(u'.');
        domain = dot < 0 ? QString() : domain.mid(dot + 1);
    }
    add(m_everyone);
    return found;
}

bool FlowRuleEvaluator::beats(const FlowMatch& a, const FlowMatch& b) const
{
    const int sa = patternOf(a).specificity();
    const int sb = patternOf(b).specificity();
    if (sa != sb)
        return sa > sb;
    const FlowAction aa = m_rules.at(a.rule).action;
    const FlowAction ab = m_rules.at(b.rule).action;
    if (aa != ab)
        return int(aa) < int(ab); // FLOW-3: earlier in the order is more restrictive
    return std::pair(a.rule, a.pattern) < std::pair(b.rule, b.pattern);
}

FlowDecision FlowRuleEvaluator::evaluate(const QString& from, const QString& sender) const
{
    FlowDecision decision;
    QVector<FlowMatch> candidates =
        sender.trimmed().isEmpty() ? QVector<FlowMatch>{} : matches(sender, QStringLiteral("Sender"));
    QVector<FlowMatch> unused;
    if (candidates.isEmpty()) {
        candidates = matches(from, QStringLiteral("From"));
    } else {
        unused = matches(from, QStringLiteral("From"));
        for (FlowMatch& m : unused)
            m.lost = FlowMatch::Lost::OtherHeaderDecided;
    }
    if (candidates.isEmpty())
        return decision;
    int best = 0;
    for (int i = 1; i < candidates.size(); ++i)
        if (beats(candidates.at(i), candidates.at(best)))
            best = i;
    const FlowMatch winner = candidates.at(best);
    decision.action = m_rules.at(winner.rule).action;
    decision.decidedBy = winner;
    for (int i = 0; i < candidates.size(); ++i) {
        if (i == best)
            continue;
        FlowMatch m = candidates.at(i);
        if (patternOf(m).specificity() < patternOf(winner).specificity())
            m.lost = FlowMatch::Lost::LessSpecific;
        else if (m_rules.at(m.rule).action != decision.action)
            m.lost = FlowMatch::Lost::LessRestrictive;
        else
            m.lost = FlowMatch::Lost::SameRuleOrder;
        decision.others.append(m);
    }
    decision.others += unused;
    return decision;
}

} // namespace mailroom
