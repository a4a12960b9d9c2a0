#pragma once
// Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str), never as text.

#include "core/Result.h"

namespace mailroom {

class PasswordHasher
{
public:
    struct Cost
    {
        unsigned long long operations;
        size_t memoryBytes;
    };
    static Cost interactive(); // libsodium's interactive limits: what the product uses
    static Cost minimal();     // the smallest limits: for tests and the benchmark's bulk data

    explicit PasswordHasher(Cost cost = interactive());

    // Errors: StoreFailure when libsodium cannot hash (out of memory).
    Result<QString> hash(const QString& password) const;
    bool verify(const QString& hash, const QString& password) const;

private:
    Cost m_cost;
};

} // namespace mailroom
