#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-tests.sh BUILD_DIR [CTEST_ARGS...]
# Runs CTest in a private, throw-away desktop session: a temporary HOME, the offscreen Qt platform, and a
# private D-Bus session with an unlocked gnome-keyring (a real Secret Service for the keychain tests).
set -euo pipefail
build=$(cd "$1" && pwd)
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime" QT_QPA_PLATFORM=offscreen
start=$(date +%s)
status=0
dbus-run-session -- bash -c '
    echo -n credfolio-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    build=$1; shift
    exec ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 900 "$@"
' run-tests "$build" "$@" 2> >(grep -v "Failed to set fd limit" >&2) || status=$?
echo "Tests in $build took $(( $(date +%s) - start )) s"
exit $status
