#pragma once
// A directory's password policy (USR-6). The default: at least 8 and fewer than 64 characters,
// Basic Latin or Latin-1 only, and 3 of the 5 classes (upper case, lower case, digit, symbol,
// Latin-1 supplement letter).

#include "core/Result.h"

namespace mailroom {

struct PasswordPolicy
{
    int minLength = 8;
    int maxLengthExclusive = 64;
    int requiredClasses = 3;

    // Errors: Required, PasswordRejected (field "password"), naming what is missing.
    Status check(const QString& password) const;
};

} // namespace mailroom
