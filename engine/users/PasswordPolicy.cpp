#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::PasswordPolicy", text);
}

bool isLatin1Letter(char16_t c)
{
    return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
}

} // namespace

Status PasswordPolicy::check(const QString& password) const
{
    const QString field = QStringLiteral("password");
    if (password.isEmpty())
        return makeError(ErrorCode::Required, field, tr("Password: enter a password."));
    if (password.size() < minLength)
        return makeError(
            ErrorCode::PasswordRejected, field,
            tr("Password: at least %1 characters (this one has %2).").arg(minLength).arg(password.size()));
    if (password.size() >= maxLengthExclusive)
        return makeError(ErrorCode::PasswordRejected, field,
                         tr("Password: fewer than %1 characters.").arg(maxLengthExclusive));

    bool upper = false, lower = false, digit = false, symbol = false, latin1 = false;
    for (const QChar qc : password) {
        const char16_t c = qc.unicode();
        if (c > 0xFF || c < 0x20 || (c >= 0x7F && c < 0xA0))
            return makeError(
                ErrorCode::PasswordRejected, field,
                tr("Password: use only Basic Latin and Latin-1 characters (\"%1\" is not one).").arg(qc));
        if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (isLatin1Letter(c))
            latin1 = true;
        else
            symbol = true;
    }
    const int classes = int(upper) + int(lower) + int(digit) + int(symbol) + int(latin1);
    if (classes < requiredClasses) {
        QStringList missing;
        if (!upper)
            missing << tr("upper case");
        if (!lower)
            missing << tr("lower case");
        if (!digit)
            missing << tr("digit");
        if (!symbol)
            missing << tr("symbol");
        if (!latin1)
            missing << tr("accented letter");
        return makeError(ErrorCode::PasswordRejected, field,
                         tr("Password: use at least %1 of the 5 kinds of character; add %2 of: %3.")
                             .arg(requiredClasses)
                             .arg(requiredClasses - classes)
                             .arg(missing.join(QStringLiteral(", "))));
    }
    return Done{};
}

} // namespace mailroom
