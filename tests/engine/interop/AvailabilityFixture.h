#pragma once
// What the availability settings tests share: a domain, its settings and a distinctive password,
// an organization in interoperability mode, and a search of files for the password's bytes.

#include "TestEngine.h"
#include "interop/AvailabilitySettings.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"

#include <QDirIterator>
#include <QFile>

namespace mailroom::test::availabilityFixture {

inline const QString DomainName = QStringLiteral("contoso.com");
inline const QString Url = QStringLiteral("https://mail.contoso.com/EWS/Exchange.asmx");
inline const QString Account = QStringLiteral("CONTOSO\\svc-availability");
// Distinctive, so that finding its bytes anywhere cannot be chance.
inline const QString Password = QStringLiteral("Zq7#avail-Secret-4711-Ünïcode");

// An Active Standard-setup organization in interoperability mode (IOP-1): an AD Connector
// directory whose domain runs Exchange, with a verified domain.
inline Organization interopOrg(TestEngine& e, const QString& alias)
{
    auto directory =
        e->directories().create(DirectoryType::ADConnector, alias + QStringLiteral(".corp.example.com"),
                                QStringLiteral("us-east-1"), true);
    if (!directory)
        qFatal("interopOrg: %s", qPrintable(directory.error().message));
    auto requested = e->organizations().requestStandardSetup(
        {alias, QStringLiteral("us-east-1"), directory.value().id, {}, true});
    if (!requested)
        qFatal("interopOrg: %s", qPrintable(requested.error().message));
    auto done = e->organizations().completeCreation(requested.value().id);
    if (!done || !done.value().interoperability)
        qFatal("interopOrg: not an interoperability organization");
    e.verifiedDomain(done.value(), DomainName);
    return done.value();
}

inline AvailabilityInput input(const QString& url = Url, const QString& account = Account,
                               const QString& password = Password)
{
    return {DomainName, url, account, password};
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The password as bytes in the encodings a file could hold it in.
inline QList<QByteArray> encodings(const QString& password)
{
    QByteArray utf16(reinterpret_cast<const char*>(password.utf16()), password.size() * 2);
    return {password.toUtf8(), utf16, password.toLatin1()};
}

// The files under dir whose bytes contain the password.
inline QStringList filesHolding(const QString& dir, const QString& password)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        for (const QByteArray& needle : encodings(password))
            if (bytes.contains(needle))
                found << path;
    }
    return found;
}

} // namespace mailroom::test::availabilityFixture
