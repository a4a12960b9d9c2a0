#include "Result.h"

namespace mailroom {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidValue:
        return QStringLiteral("InvalidValue");
    case ErrorCode::Required:
        return QStringLiteral("Required");
    case ErrorCode::AliasTaken:
        return QStringLiteral("AliasTaken");
    case ErrorCode::NameTaken:
        return QStringLiteral("NameTaken");
    case ErrorCode::UsernameTaken:
        return QStringLiteral("UsernameTaken");
    case ErrorCode::AddressTaken:
        return QStringLiteral("AddressTaken");
    case ErrorCode::DomainNotVerified:
        return QStringLiteral("DomainNotVerified");
    case ErrorCode::LimitReached:
        return QStringLiteral("LimitReached");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::WrongState:
        return QStringLiteral("WrongState");
    case ErrorCode::AccessDenied:
        return QStringLiteral("AccessDenied");
    case ErrorCode::SystemUser:
        return QStringLiteral("SystemUser");
    case ErrorCode::NotSupportedByDirectory:
        return QStringLiteral("NotSupportedByDirectory");
    case ErrorCode::PasswordRejected:
        return QStringLiteral("PasswordRejected");
    case ErrorCode::DirectoryInUse:
        return QStringLiteral("DirectoryInUse");
    case ErrorCode::DomainInUse:
        return QStringLiteral("DomainInUse");
    case ErrorCode::MembershipCycle:
        return QStringLiteral("MembershipCycle");
    case ErrorCode::ConfirmationMismatch:
        return QStringLiteral("ConfirmationMismatch");
    case ErrorCode::NotMailroomDatabase:
        return QStringLiteral("NotMailroomDatabase");
    case ErrorCode::DatabaseTooNew:
        return QStringLiteral("DatabaseTooNew");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("DatabaseCorrupt");
    case ErrorCode::StoreFailure:
        return QStringLiteral("StoreFailure");
    case ErrorCode::FileError:
        return QStringLiteral("FileError");
    case ErrorCode::Cancelled:
        return QStringLiteral("Cancelled");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("KeychainUnavailable");
    case ErrorCode::KeychainFailure:
        return QStringLiteral("KeychainFailure");
    case ErrorCode::Conflict:
        return QStringLiteral("Conflict");
    case ErrorCode::DatabaseBusy:
        return QStringLiteral("DatabaseBusy");
    }
    return QStringLiteral("Unknown");
}

} // namespace mailroom
