#pragma once
// How one engine learns of the changes that other engines (other consoles, mailroomctl) commit
// to the same database. Each operation records its Change inside its own transaction; the feed
// delivers other origins' changes, in commit order, as arrived(). The SQLite feed probes
// PRAGMA data_version on a short timer and reads the change log only when it moved; a PostgreSQL
// store delivers the same through LISTEN/NOTIFY. Nothing above the store knows which one runs.

#include "core/Change.h"
#include "core/Result.h"

#include <QObject>

namespace mailroom {

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ChangeFeed() override = default;

    // This engine's origin: its own changes are never delivered back to it.
    virtual QString origin() const = 0;
    // Inside the committing transaction.
    virtual Status record(const Change& change) = 0;
    // Starts delivering; changes committed before start() are not delivered.
    virtual Status start() = 0;
    virtual void stop() = 0;
    // Looks for new changes now (the timer does this by itself); delivers any it finds. Nothing
    // before start() or after stop().
    virtual void poll() = 0;

Q_SIGNALS:
    void arrived(const mailroom::Change& change);
};

} // namespace mailroom
