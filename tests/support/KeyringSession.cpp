#include "KeyringSession.h"

#include "net/SecretStore.h"

#include <QtGlobal>

namespace mailroom::test {

void requireSecretService()
{
    SecretStore store(QStringLiteral("org.mailroom.Mailroom.TestProbe"));
    store.setTimeout(std::chrono::seconds(20));
    const QString key = QStringLiteral("probe");
    const QString secret = QStringLiteral("probe-secret");
    const char* how = "the keychain tests need a Secret Service: ctest runs them through "
                      "tests/support/keyring-session.sh (GNOME Keyring in a private D-Bus session); "
                      "run them that way, with the packages dbus and gnome-keyring installed";
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        qFatal("no D-Bus session bus: %s", how);
    if (auto written = store.writeNow(key, secret); !written)
        qFatal("writing a probe secret failed (%s): %s", qPrintable(written.error().message), how);
    auto read = store.readNow(key);
    if (!read || read.value() != secret)
        qFatal("reading the probe secret back failed (%s): %s",
               qPrintable(read ? QStringLiteral("other text") : read.error().message), how);
    if (auto removed = store.removeNow(key); !removed)
        qFatal("deleting the probe secret failed (%s): %s", qPrintable(removed.error().message), how);
}

} // namespace mailroom::test
