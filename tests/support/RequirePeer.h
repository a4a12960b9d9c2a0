#pragma once
// A real peer that a test talks to (dnsmasq, an HTTPS server, a socket on a loopback address)
// that could not start. On a developer's machine the test is skipped and says why; with CI=true it
// fails, so that a missing peer never passes for green.

#include <QByteArray>
#include <QString>
#include <QTest>

namespace mailroom::test {

inline bool peersRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace mailroom::test

// In a test function (or init): when started is false, fails with why under CI=true, else skips.
#define MAILROOM_REQUIRE_PEER(started, why)                                                                  \
    do {                                                                                                     \
        if (!(started)) {                                                                                    \
            const QByteArray reason_ = QString(why).toLocal8Bit();                                           \
            if (::mailroom::test::peersRequired())                                                           \
                QFAIL(reason_.constData());                                                                  \
            QSKIP(reason_.constData());                                                                      \
        }                                                                                                    \
    } while (false)
