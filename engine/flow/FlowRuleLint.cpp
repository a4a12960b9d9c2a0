#include "FlowRuleLint.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

bool isUnder(const QString& domain, const QString& base)
{
    return domain == base || domain.endsWith(u'.' + base);
}

bool blocks(FlowAction a)
{
    return a == FlowAction::Drop || a == FlowAction::Bounce;
}

} // namespace

QString flowLintKindName(FlowLintFinding::Kind kind)
{
    switch (kind) {
    case FlowLintFinding::Kind::Duplicate:
        return QStringLiteral("Duplicate");
    case FlowLintFinding::Kind::Shadowed:
        return QStringLiteral("Shadowed");
    case FlowLintFinding::Kind::Swallows:
        return QStringLiteral("Swallows");
    case FlowLintFinding::Kind::NeverDecides:
        return QStringLiteral("NeverDecides");
    }
    return {};
}

bool flowPatternWithin(const SenderPattern& inner, const SenderPattern& outer)
{
    using K = SenderPattern::Kind;
    if (inner == outer)
        return false;
    const QString innerDomain = inner.kind == K::Address ? inner.key.section(u'@', 1) : inner.key;
    switch (outer.kind) {
    case K::Everyone:
        return true;
    case K::Wildcard:
        if (inner.kind == K::Wildcard)
            return inner.key.endsWith(u'.' + outer.key);
        return inner.kind != K::Everyone && isUnder(innerDomain, outer.key);
    case K::Domain:
        return inner.kind == K::Address && innerDomain == outer.key;
    case K::Address:
        return false;
    }
    return false;
}

QVector<FlowLintFinding> lintFlowRules(const QVector<FlowRule>& rules)
{
    QVector<FlowLintFinding> findings;
    QVector<QVector<bool>> decides(rules.size());
    for (int r = 0; r < rules.size(); ++r)
        decides[r] = QVector<bool>(rules.at(r).patterns.size(), true);

    for (int r = 0; r < rules.size(); ++r) {
        const FlowRule& rule = rules.at(r);
        for (int p = 0; p < rule.patterns.size(); ++p) {
            const SenderPattern& pattern = rule.patterns.at(p);
            for (int s = 0; s < rules.size(); ++s) {
                const FlowRule& other = rules.at(s);
                for (int q = 0; q < other.patterns.size(); ++q) {
                    if (s == r && q == p)
                        continue;
                    const SenderPattern& against = other.patterns.at(q);
                    if (pattern == against) {
                        const bool earlier = std::pair(s, q) < std::pair(r, p);
                        if (int(other.action) < int(rule.action)) {
                            decides[r][p] = false;
                            findings.append(
                                {FlowLintFinding::Kind::Shadowed, r, p, s, q,
                                 QCoreApplication::translate(
                                     "mailroom::FlowRuleLint",
                                     "%1 in \"%2\" never decides: \"%3\" has the same pattern with the "
                                     "more restrictive action %4.")
                                     .arg(pattern.text(), rule.name, other.name, labelOf(other.action))});
                        } else if (earlier && (s != r || q != p)) {
                            if (other.action == rule.action)
                                decides[r][p] = false;
                            findings.append({FlowLintFinding::Kind::Duplicate, r, p, s, q,
                                             s == r
                                                 ? QCoreApplication::translate("mailroom::FlowRuleLint",
                                                                               "%1 appears twice in \"%2\".")
                                                       .arg(pattern.text(), rule.name)
                                                 : QCoreApplication::translate(
                                                       "mailroom::FlowRuleLint",
                                                       "%1 in \"%2\" is also a pattern of \"%3\".")
                                                       .arg(pattern.text(), rule.name, other.name)});
                        }
                    } else if (blocks(rule.action) && !blocks(other.action) &&
                               flowPatternWithin(pattern, against)) {
                        findings.append(
                            {FlowLintFinding::Kind::Swallows, r, p, s, q,
                             QCoreApplication::translate(
                                 "mailroom::FlowRuleLint",
                                 "%1 in \"%2\" (%3) takes mail from part of %4, which \"%5\" delivers.")
                                 .arg(pattern.text(), rule.name, labelOf(rule.action), against.text(),
                                      other.name)});
                    }
                }
            }
        }
    }
    for (int r = 0; r < rules.size(); ++r) {
        if (!rules.at(r).patterns.isEmpty() && !decides.at(r).contains(true))
            findings.append({FlowLintFinding::Kind::NeverDecides, r, -1, -1, -1,
                             QCoreApplication::translate(
                                 "mailroom::FlowRuleLint",
                                 "\"%1\" can never decide: other rules decide for every one of its patterns.")
                                 .arg(rules.at(r).name)});
    }
    return findings;
}

} // namespace mailroom
