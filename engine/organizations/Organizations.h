#pragma once
// Organizations (ORG-1..ORG-6): Quick and Standard setup as creation steps, states, limits and
// removal confirmed by the alias.

#include "Organization.h"
#include "core/Result.h"
#include "store/tables/OrganizationTable.h"

#include <QStringList>
#include <functional>

namespace mailroom {

class Engine;

struct StandardSetupRequest
{
    QString alias;
    QString region;
    QString directoryId;
    QString kmsKey; // empty or "default" for the default master key, else a key ARN
    bool interoperability = false;
};

class Organizations
{
public:
    explicit Organizations(Engine& engine);

    // Validation as the administrator types. Errors: Required, InvalidValue, AliasTaken.
    Status checkAlias(const QString& alias);
    Status checkKmsKey(const QString& key, const QString& region);

    // Records the request (state Requested); the creation steps run through advanceCreation().
    // Errors: those of checkAlias, InvalidValue (region), LimitReached (2 Quick setups per region).
    Result<Organization> requestQuickSetup(const QString& alias, const QString& region);
    // Errors: as Quick setup, plus NotFound/InvalidValue (directory), DirectoryInUse,
    // InvalidValue (kmsKey, interoperability).
    Result<Organization> requestStandardSetup(const StandardSetupRequest& request);

    // The steps creation runs, as people read them.
    static QStringList creationSteps(SetupKind setup);
    // Runs the next creation step. After the last one the organization is Active. A step that
    // fails leaves the organization Failed with the reason, and returns the error.
    Result<Organization> advanceCreation(const QString& id);
    // Runs every remaining step (the command line's way).
    Result<Organization> completeCreation(const QString& id);
    Status resumePendingCreations();

    Result<QVector<Organization>> list(const QString& region = {});
    Result<Organization> get(const QString& id);
    // By id (m-…) or alias.
    Result<Organization> find(const QString& idOrAlias);
    // The organization, if it is Active. Errors: NotFound, WrongState.
    Result<Organization> requireActive(const QString& id);
    QDateTime trialEnds(const Organization& org) const;
    // During the 30-day trial at most 25 users may be enabled (ORG-6). Errors: LimitReached.
    Status checkTrialRoom(const Organization& org);

    // Irreversible: all mailboxes go; a registry directory stays. Errors: ConfirmationMismatch
    // when typedAlias is not the alias, NotFound.
    Status remove(const QString& id, const QString& typedAlias);

private:
    // Records the request after check() (run inside the same transaction) allows it.
    Result<Organization> request(Organization org, const std::function<Status()>& check);
    Status runStep(Organization& org);
    void markFailed(const QString& id, const QString& reason);

    Engine& m_engine;
    OrganizationTable m_table;
};

} // namespace mailroom
