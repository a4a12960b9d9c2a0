#pragma once
// A real engine on a real database in a temporary folder, with a clock the test moves and the
// cheapest Argon2id cost, plus helpers that build the common starting points.

#include "core/Clock.h"
#include "core/Engine.h"
#include "domains/Domain.h"
#include "organizations/Directory.h"
#include "organizations/Organization.h"
#include "users/User.h"

#include <QTemporaryDir>
#include <array>
#include <memory>

namespace mailroom::test {

// 2026-01-05 09:00 UTC: the tests' "now" unless they move it.
QDateTime startTime();

// Adds the domain to the organization and verifies it the way a DNS check that found its TXT
// record does (for tests that open a database of their own, such as the command line's).
Domain addVerifiedDomain(Engine& engine, const Organization& org, const QString& name);

class TestEngine
{
public:
    explicit TestEngine(AccessLevel access = AccessLevel::Full);
    Engine& operator*() { return *m_engine; }
    Engine* operator->() { return m_engine.get(); }
    Engine* get() { return m_engine.get(); }
    ManualClock& clock() { return *m_clock; }
    QString path() const { return m_path; }
    // Closes and opens the same database again, with the same clock.
    void reopen(AccessLevel access = AccessLevel::Full);
    // A second administrator: another engine on the same file, with its own connection, change
    // feed and actor, and the real clock (as another console or a script has).
    std::unique_ptr<Engine> another(const QString& actor, AccessLevel access = AccessLevel::Full) const;

    // An Active Quick-setup organization.
    Organization quickOrg(const QString& alias, const QString& region = QStringLiteral("us-east-1"));
    // An Active Standard-setup organization on a new directory of the type.
    Organization standardOrg(const QString& alias, DirectoryType type,
                             const QString& region = QStringLiteral("us-east-1"));
    // An Active Standard-setup organization on an AD Connector whose domain runs Microsoft
    // Exchange, in interoperability mode or not (IOP-1).
    Organization exchangeOrg(const QString& alias, bool interoperability = true);
    // A user added to the organization's directory, not yet enabled for mail.
    User directoryUser(const Organization& org, const QString& username);
    // A user created in the organization with a valid password.
    User user(const Organization& org, const QString& username);
    // Several: auto [ada, bob] = e.users(org, {"ada", "bob"}).
    template <std::size_t N>
    std::array<User, N> users(const Organization& org, const char* const (&usernames)[N])
    {
        std::array<User, N> made;
        for (std::size_t i = 0; i < N; ++i)
            made[i] = user(org, QString::fromUtf8(usernames[i]));
        return made;
    }
    // A domain added to the organization and verified the way a DNS check verifies it: a
    // report whose TXT record was found.
    Domain verifiedDomain(const Organization& org, const QString& name);
    // Moves past the 30-day trial so that more than 25 users may be enabled.
    void endTrial() { m_clock->advanceDays(31); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
};

inline constexpr const char* GoodPassword = "Correct-Horse9";

} // namespace mailroom::test
