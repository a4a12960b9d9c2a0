#!/bin/sh
# keyring-session.sh COMMAND [ARGS…]
# Runs COMMAND in a private D-Bus session bus with GNOME Keyring's Secret Service on a fresh login
# keyring, unlocked with a throw-away password: what the tests of the system keychain (IOP-4) need,
# headless and without touching the developer's keyring. Nothing is system-wide: the bus and the
# daemon belong to this run, the keyring lives in $XDG_DATA_HOME/keyrings (ctest gives each test
# its own) and is wiped before and after. When COMMAND ends the daemon is stopped, then the bus.
# A missing dbus-run-session or gnome-keyring-daemon fails the run (exit 1): install the packages
# dbus and gnome-keyring (scripts/dev.sh does).
set -eu

if [ "${1:-}" = "--inside" ]; then
    shift
    # The password goes on stdin: an empty one would not create the login keyring headless.
    if ! echo mailroom-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "keyring-session: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    # The daemon forks before it owns its bus name: wait for the name (else the first request
    # would have the bus activate a second daemon), then learn its process id from the bus.
    daemon=""
    i=0
    while [ -z "$daemon" ] && [ $i -lt 100 ]; do
        daemon=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
            awk '{ print $NF }') || daemon=""
        [ -n "$daemon" ] || sleep 0.1
        i=$((i + 1))
    done
    if [ -z "$daemon" ]; then
        echo "keyring-session: no Secret Service on the session bus 10 s after starting gnome-keyring-daemon" >&2
        exit 1
    fi
    status=0
    "$@" || status=$?
    # Stop this session's daemon (by the id the bus gave), and wait until it is gone.
    kill "$daemon" 2>/dev/null || true
    i=0
    while kill -0 "$daemon" 2>/dev/null && [ $i -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    exit $status
fi

for program in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$program" >/dev/null 2>&1; then
        echo "keyring-session: $program is missing; install the Debian packages dbus and gnome-keyring" \
             "(scripts/dev.sh test does) to run the keychain tests" >&2
        exit 1
    fi
done
[ $# -gt 0 ] || { echo "usage: keyring-session.sh COMMAND [ARGS…]" >&2; exit 2; }

: "${XDG_DATA_HOME:=${HOME:?HOME must be set}/.local/share}"
: "${XDG_RUNTIME_DIR:=$HOME/run}"
export XDG_DATA_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
rm -rf "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR/keyring"
# No display: nothing may try to show an unlock prompt or autolaunch a bus on X11.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
dbus-run-session -- "$0" --inside "$@" || status=$?
rm -rf "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR/keyring"
exit $status
