#pragma once
// The domains of an organization (DOM-1..DOM-7): add, records, default, removal guarded by the
// addresses that use the domain, the identity policy, and the outcome of DNS checks.
// Names are accepted as typed (Unicode or A-label, any case, with or without a trailing dot).

#include "DnsReport.h"
#include "Domain.h"
#include "core/Change.h"
#include "core/Result.h"
#include "store/tables/DomainTable.h"

namespace mailroom {

class Engine;

class Domains
{
public:
    explicit Domains(Engine& engine);

    // The A-label form of a typed name. Errors (field "domain"): Required, InvalidValue.
    static Result<QString> normalizedName(const QString& typed);

    // As the administrator types: the form, the limit and that the organization lacks it.
    // Errors: Required, InvalidValue, NameTaken, LimitReached.
    Status checkNew(const QString& orgId, const QString& typed);
    // Adds a Pending domain with a new token, DKIM selectors and identity policy.
    // Errors: those of checkNew, WrongState (organization not Active), AccessDenied.
    Result<Domain> add(const QString& orgId, const QString& typed);

    Result<QVector<Domain>> list(const QString& orgId);
    Result<Domain> get(const QString& orgId, const QString& typed); // NotFound
    Result<QVector<DnsRecord>> records(const QString& orgId, const QString& typed);

    // DOM-5: new addresses use it; no existing address changes. Errors: DomainNotVerified.
    Result<Domain> setDefault(const QString& orgId, const QString& typed);

    // The addresses that keep the domain from being removed (at most limit).
    Result<QVector<DomainAddressUse>> addressesOn(const QString& orgId, const QString& typed,
                                                  int limit = 1000);
    // DOM-4. Errors: ConfirmationMismatch (typed must be the name), WrongState (test domain),
    // DomainInUse (the message lists the addresses), NotFound.
    Status remove(const QString& orgId, const QString& typed, const QString& confirmation);

    // DOM-7. Errors: InvalidValue (field "policy") for text that is not a policy.
    // basedOn: the policyVersion it was read at (0: over whatever is there). Errors: Conflict.
    Result<Domain> setPolicy(const QString& orgId, const QString& typed, const QString& json,
                             qint64 basedOn = 0);
    Result<Domain> fixPolicy(const QString& orgId, const QString& typed); // adds "ses:*"
    bool policyNeedsFix(const Domain& domain) const;

    // WrongState for the test domain, which has nothing to check.
    Status checkable(const Domain& domain) const;
    // Keeps a finished check's report. A found TXT record verifies the domain; a pending domain
    // whose TXT record is missing or wrong VerificationGraceHours after it was added fails; an
    // unanswered question changes no status. The test domain is never changed.
    // Errors: WrongState (organization not Active; a report made for an earlier token).
    Result<Domain> recordCheck(const QString& orgId, const DnsReport& report);

private:
    Result<Domain> changeable(const QString& orgId, const QString& typed);
    Result<Domain> writePolicy(Change& change, const Domain& domain, const QString& policy, qint64 basedOn);

    Engine& m_engine;
    DomainTable m_table;
};

} // namespace mailroom
