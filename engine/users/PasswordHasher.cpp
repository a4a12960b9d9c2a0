#include "PasswordHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace mailroom {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::Cost PasswordHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost) {}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), m_cost.operations,
                                                m_cost.memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::StoreFailure, QStringLiteral("password"),
                         QCoreApplication::translate("PasswordHasher", "The password could not be hashed "
                                                                       "(not enough memory)."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password) const
{
    if (!sodiumReady())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

} // namespace mailroom
