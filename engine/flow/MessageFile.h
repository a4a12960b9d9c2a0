#pragma once
// A whole message for the rule test (MSG-1): its Sender and From addresses, the file names of its
// attachments and its size, read from an .eml file (RFC 5322 headers, MIME parts), and what the
// service refuses in it: attachments with an unsupported extension, and messages over 25 MB.

#include "core/Result.h"

#include <QStringList>

namespace mailroom {

struct MessageFile
{
    QString from;   // the From header's address, empty when none
    QString sender; // the Sender header's address, empty when none
    QString subject;
    QStringList attachments; // file names
    qint64 size = 0;         // bytes

    // Errors (field "eml"): FileError when the file cannot be read, InvalidValue when it has no
    // From header (the message says so).
    static Result<MessageFile> read(const QString& path);
    static MessageFile parse(const QByteArray& raw);

    // The refusals of MSG-1, each a sentence (translated); empty when the service accepts it.
    QStringList refusals() const;
};

namespace messages {
constexpr qint64 MaxSizeBytes = 25LL * 1024 * 1024;
// MSG-1: the extensions the service refuses, lower case, without the dot.
const QStringList& unsupportedExtensions();
// The last extension of a file name, lower case, or empty.
QString lastExtension(const QString& fileName);
} // namespace messages

} // namespace mailroom
