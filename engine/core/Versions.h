#pragma once
// Versions of editable objects and settings documents, and the Conflict error (ARCHITECTURE.md:
// a write names what it was based on and is refused when that moved on). Objects named by a
// Change are raised by Engine::mutate itself; a settings document is raised by the operation
// that writes it.

#include "Change.h"
#include "Result.h"
#include "store/tables/VersionTable.h"

namespace mailroom {

class Engine;

// The kinds of settings documents, each versioned apart from the object it belongs to.
namespace versionKind {
inline const QString Journaling = QStringLiteral("journaling");         // per organization
inline const QString MigrationAdmin = QStringLiteral("migrationadmin"); // per organization
inline const QString MobilePolicy = QStringLiteral("mobilepolicy");     // per organization (its Change)
inline const QString IdentityPolicy = QStringLiteral("identitypolicy"); // per domain id
inline const QString Availability = QStringLiteral("availability");     // per organization and domain
inline const QString Booking = QStringLiteral("booking");               // per resource
} // namespace versionKind

class Versions
{
public:
    explicit Versions(Engine& engine);

    // The kind under which a Change's subject is versioned ("user").
    static QString kindOf(Change::Subject subject) { return nameOf(subject); }

    Result<qint64> of(const QString& kind, const QString& id);
    Result<VersionRow> last(const QString& kind, const QString& id) { return m_table.row(kind, id); }
    // Conflict unless basedOn is 0 or the version now (a shortcut for a caller that read last()).
    static Status require(const VersionRow& last, qint64 basedOn, const QString& what);
    Result<QHash<QString, qint64>> allOf(const QString& kind) { return m_table.allOf(kind); }

    // A read that carries its version: the version is read first, so that a change between the
    // two reads makes the version older than the value (a later write is refused, never lost).
    template <typename T, typename Read>
    Result<T> read(const QString& kind, const QString& id, Read&& readValue)
    {
        auto version = of(kind, id);
        if (!version)
            return version.error();
        Result<T> value = readValue();
        if (value)
            value.value().version = version.value();
        return value;
    }
    // The same for a list; idOf names each item's versioned id.
    template <typename T, typename Read, typename IdOf>
    Result<QVector<T>> readAll(const QString& kind, Read&& readValues, IdOf&& idOf)
    {
        auto versions = m_table.allOf(kind);
        if (!versions)
            return versions.error();
        Result<QVector<T>> values = readValues();
        if (values)
            for (T& item : values.value())
                item.version = versions.value().value(idOf(item), 1);
        return values;
    }
    // Inside an operation: Conflict when basedOn is not the version now; basedOn 0 means "over
    // whatever is there" (an explicit choice of the caller, such as Keep mine). what names the
    // object for people ("the journaling settings of acme").
    Status require(const QString& kind, const QString& id, qint64 basedOn, const QString& what);
    Status bump(const QString& kind, const QString& id);
    // A settings document's write: require(basedOn), then bump.
    Status advance(const QString& kind, const QString& id, qint64 basedOn, const QString& what);
    Status forget(const QString& kind, const QString& id);

private:
    Engine& m_engine;
    VersionTable m_table;
};

// Collects the fields an edit changed whose stored value is no longer the one the edit was
// based on; result() is Conflict naming each of them (field, read, current), or Done.
class ConflictCheck
{
public:
    explicit ConflictCheck(QString what) : m_what(std::move(what)) {}
    void field(const QString& name, const QString& read, const QString& current);
    // For sets: a member the edit adds or removes that someone else already added or removed is
    // no conflict (the set ends the same); this records one that is.
    void member(const QString& id, const QString& read, const QString& current);
    bool clean() const { return m_conflicts.isEmpty(); }
    Status result(const VersionRow& last) const;

private:
    QString m_what;
    QVector<FieldConflict> m_conflicts;
};

// A field edit (ARCHITECTURE.md): the fields the edit changed (edited differs from base) go onto
// current, each only while current still holds the value it was read with, else it is a conflict.
// A field someone else set to the same value is no conflict.
template <typename T> class FieldMerge
{
public:
    FieldMerge(const T& base, const T& edited, const T& current, ConflictCheck& check)
        : m_base(base), m_edited(edited), m_current(current), m_result(current), m_check(check)
    {
    }

    template <typename M, typename Text> void field(const QString& name, M T::*member, Text&& text)
    {
        if (m_edited.*member == m_base.*member)
            return;
        if (m_current.*member != m_base.*member && m_current.*member != m_edited.*member)
            m_check.field(name, text(m_base.*member), text(m_current.*member));
        m_result.*member = m_edited.*member;
        m_changed = true;
    }
    void field(const QString& name, QString T::*member)
    {
        field(name, member, [](const QString& s) { return s; });
    }

    bool changed() const { return m_changed; }
    const T& result() const { return m_result; }

private:
    const T& m_base;
    const T& m_edited;
    const T& m_current;
    T m_result;
    ConflictCheck& m_check;
    bool m_changed = false;
};

// The Conflict error: what names the object, conflicts what moved (may be empty for a document),
// last the object's version now with who changed it last and when.
Error conflictError(const QString& what, const QVector<FieldConflict>& conflicts, const VersionRow& last);

} // namespace mailroom
