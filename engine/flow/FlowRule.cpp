#include "FlowRule.h"

#include "domains/Domains.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailroom {

namespace {

// The context lupdate gives these strings.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::SenderPattern", text);
}

Error patternError(int number, const QString& typed, const QString& why)
{
    return makeError(ErrorCode::InvalidValue, QStringLiteral("patterns"),
                     QCoreApplication::translate("mailroom::SenderPattern", "Pattern %1 (%2): %3")
                         .arg(number)
                         .arg(typed, why));
}

} // namespace

QString SenderPattern::text() const
{
    switch (kind) {
    case Kind::Everyone:
        return QStringLiteral("*");
    case Kind::Wildcard:
        return QStringLiteral("*.") + key;
    case Kind::Domain:
    case Kind::Address:
        return key;
    }
    return key;
}

int SenderPattern::specificity() const
{
    switch (kind) {
    case Kind::Everyone:
        return 0;
    case Kind::Wildcard:
        return 1 + int(key.count(u'.')) + 1; // 1 + labels of the base domain
    case Kind::Domain:
        return 1000;
    case Kind::Address:
        return 2000;
    }
    return 0;
}

Result<SenderPattern> SenderPattern::parse(const QString& typed, int number)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return patternError(number, typed, tr("empty; enter an address, a domain, *.domain or *."));
    if (text.contains(u'+'))
        return patternError(number, text, tr("\"+\" is not allowed in a sender pattern."));
    if (text == QLatin1String("*"))
        return SenderPattern{Kind::Everyone, {}};
    QString domainPart = text;
    Kind kind = Kind::Domain;
    QString local;
    if (text.contains(u'@')) {
        local = text.section(u'@', 0, 0);
        domainPart = text.section(u'@', 1);
        static const QRegularExpression localRule(QStringLiteral("^[A-Za-z0-9._%-]{1,64}$"));
        if (text.count(u'@') != 1 || !localRule.match(local).hasMatch())
            return patternError(
                number, text,
                tr("not an address: use letters, digits and . _ % - before the @ (at most 64)."));
        kind = Kind::Address;
    } else if (text.startsWith(QLatin1String("*."))) {
        domainPart = text.mid(2);
        kind = Kind::Wildcard;
    }
    if (domainPart.contains(u'*'))
        return patternError(number, text,
                            tr("\"*\" is allowed only as the whole first label (*.domain.com) or alone."));
    auto domain = Domains::normalizedName(domainPart);
    if (!domain)
        return patternError(number, text, tr("%1 is not a domain name.").arg(domainPart));
    const QString key = kind == Kind::Address ? local.toLower() + u'@' + domain.value() : domain.value();
    return SenderPattern{kind, key};
}

QStringList FlowRule::patternTexts() const
{
    QStringList texts;
    for (const SenderPattern& p : patterns)
        texts << p.text();
    return texts;
}

} // namespace mailroom
