#!/usr/bin/env bash
# The two commands of README.md:
#   scripts/dev.sh run    install what is missing, build, start the console
#   scripts/dev.sh test   install what is missing, build, run the whole test suite
# Installs only the Debian packages that are missing, and says which.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
  qtkeychain-qt6-dev libsecret-1-0 libsodium-dev libqt6svg6
  xvfb xauth dbus gnome-keyring dnsmasq-base openssl fonts-dejavu-core appstream desktop-file-utils dpkg-dev file clang-format
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "dev.sh: all build and test packages are present."
    return
  fi
  echo "dev.sh: installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  local preset=$1
  export CCACHE_BASEDIR="$PWD"
  cmake --preset "$preset"
  cmake --build --preset "$preset"
}

case "${1:-}" in
  run)
    install_missing
    build default
    shift
    exec ./build/default/app/mailroom/mailroom "$@"
    ;;
  test)
    install_missing
    build ci
    ctest --preset ci
    ;;
  *)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
