#pragma once
// The tests of the system keychain (IOP-4) run against a real Secret Service: ctest starts them
// through tests/support/keyring-session.sh (mailroom_add_test(... KEYRING)), which runs GNOME
// Keyring on a fresh, unlocked keyring in a private D-Bus session and stops both afterwards.

#include <QString>

namespace mailroom::test {

// Proves that a Secret Service answers by writing, reading back and deleting a probe secret. When
// none does, ends the test run with a fatal error that says how to run the test: the keychain
// tests fail rather than skip without one.
void requireSecretService();

} // namespace mailroom::test
