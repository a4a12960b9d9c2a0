#pragma once
// Every engine operation returns a Result: a value, or an Error with a stable code,
// the field it concerns (empty when none) and a message for people.

#include <QDateTime>
#include <QString>
#include <QVector>
#include <utility>
#include <variant>

namespace mailroom {

enum class ErrorCode
{
    InvalidValue,            // a field breaks its rule (the message names the rule)
    Required,                // a required field is empty
    AliasTaken,              // organization alias already used in the account
    NameTaken,               // a name already used (directory in its region, domain, group, resource)
    UsernameTaken,           // username already used in the directory
    AddressTaken,            // address already used in the organization
    DomainNotVerified,       // address on a domain the organization cannot use
    LimitReached,            // a service limit (organizations, directories, aliases, trial users)
    NotFound,                // no such object
    WrongState,              // the object's state forbids the operation
    AccessDenied,            // the administrator's access level forbids it (ADM-1)
    SystemUser,              // system users cannot be changed
    NotSupportedByDirectory, // the directory type forbids it (AD Connector)
    PasswordRejected,        // the directory's password policy refused the password
    DirectoryInUse,          // the directory backs an organization
    DomainInUse,             // addresses still use the domain (DOM-4)
    MembershipCycle,         // the membership would make a group contain itself (GRP-1)
    ConfirmationMismatch,    // the typed confirmation does not match
    NotMailroomDatabase,     // the file is not a Mailroom database
    DatabaseTooNew,          // written by a newer Mailroom
    DatabaseCorrupt,         // SQLite reports damage
    StoreFailure,            // the database could not be read or written
    FileError,               // a file could not be read or written
    Cancelled,               // the administrator cancelled
    KeychainUnavailable,     // no system keychain service answers, or it is locked (IOP-4)
    KeychainFailure,         // the system keychain refused or failed the operation (IOP-4)
    Conflict,     // the object changed since it was read (another console or a script): nothing written
    DatabaseBusy, // another program kept the database's write lock past the wait
};

// The stable name of a code, as the CLI prints it ("AliasTaken").
QString errorCodeName(ErrorCode code);

// With Conflict: one field or member that changed since it was read, with the value it was read
// with and the value it holds now (text as the CLI prints it; empty when absent).
struct FieldConflict
{
    QString field;   // engine field name ("phone"), or a member's id for sets
    QString read;    // what the writer based the edit on
    QString current; // what the object holds now
};

struct Error
{
    Error() = default;
    Error(ErrorCode code_, QString field_, QString message_)
        : code(code_), field(std::move(field_)), message(std::move(message_))
    {
    }

    ErrorCode code = ErrorCode::StoreFailure;
    QString field;                    // engine field name ("alias", "username", "password", …) or empty
    QString message;                  // translated, for people
    QVector<FieldConflict> conflicts; // Conflict: what changed meanwhile
    qint64 currentVersion = 0;        // Conflict: the object's version now
    QString changedBy;                // Conflict: who changed it last, when known
    QDateTime changedAt;
};

struct Done
{
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// The result of an operation that returns nothing but success.
using Status = Result<Done>;

// The success or error of a Result, without its value.
template <typename T> Status statusOf(const Result<T>& result)
{
    if (!result)
        return result.error();
    return Done{};
}

inline Error makeError(ErrorCode code, QString field, QString message)
{
    return Error(code, std::move(field), std::move(message));
}

} // namespace mailroom
