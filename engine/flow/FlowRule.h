#pragma once
// Email flow rules (FLOW-1..FLOW-3): a rule has a name, 1–250 sender patterns and one action.
// A pattern is an address, a domain, a wildcard domain (*.domain, the domain and every
// subdomain) or * alone (every sender); patterns are compared case-insensitively, domains in
// A-label form.

#include "core/EnumTable.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace mailroom {

// FLOW-3, most restrictive first: the enum's order is the order of precedence.
enum class FlowAction
{
    Drop,
    Bounce,
    MoveToJunk,
    NormalDelivery,
    BypassSpamCheck
};

// In table order the most restrictive first.
constexpr auto describe(FlowAction)
{
    return enumTable<FlowAction>(
        "FlowAction",
        {{FlowAction::Drop, "Drop", QT_TRANSLATE_NOOP("FlowAction", "Drop")},
         {FlowAction::Bounce, "Bounce", QT_TRANSLATE_NOOP("FlowAction", "Bounce")},
         {FlowAction::MoveToJunk, "MoveToJunk", QT_TRANSLATE_NOOP("FlowAction", "Move to junk folder")},
         {FlowAction::NormalDelivery, "NormalDelivery", QT_TRANSLATE_NOOP("FlowAction", "Normal delivery")},
         {FlowAction::BypassSpamCheck, "BypassSpamCheck",
          QT_TRANSLATE_NOOP("FlowAction", "Bypass spam check")}});
}

struct SenderPattern
{
    enum class Kind
    {
        Everyone,
        Wildcard,
        Domain,
        Address
    };

    Kind kind = Kind::Everyone;
    QString key; // lower case; the address, the domain (A-label), or the wildcard's base domain

    // The pattern as stored and shown: "mailbox@domain.com", "domain.com", "*.domain.com", "*".
    QString text() const;
    // Larger is more specific (FLOW-4): an address beats a domain, a domain beats any wildcard, a
    // wildcard with more labels beats one with fewer, and "*" comes last.
    int specificity() const;
    bool operator==(const SenderPattern& other) const { return kind == other.kind && key == other.key; }

    // Reads one typed pattern. Errors (field "patterns"): InvalidValue naming the pattern's
    // number (from 1) and the rule it breaks.
    static Result<SenderPattern> parse(const QString& typed, int number = 1);
};

struct FlowRule
{
    QString id; // UUID
    QString organizationId;
    QString name;
    QVector<SenderPattern> patterns;
    FlowAction action = FlowAction::NormalDelivery;
    QDateTime createdAt;
    qint64 version = 0; // raised by every change (Versions); 0 when not read from the store

    QStringList patternTexts() const;
};

// What an administrator enters for a rule.
struct FlowRuleInput
{
    QString name;
    QStringList patterns; // as typed, one per entry
    FlowAction action = FlowAction::NormalDelivery;
};

namespace flow {
constexpr int MaxPatternsPerRule = 250;
constexpr int MaxPatternsPerOrganization = 1000;
constexpr int MaxNameLength = 64;
} // namespace flow

} // namespace mailroom
