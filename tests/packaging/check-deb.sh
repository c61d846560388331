#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh BUILD_DIR VERSION: build the .deb with CPack, unpack it (dpkg -x) into a temporary root, and
# check what a user gets: the binaries, the desktop integration files, and a CLI that runs.
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/credfolio_"$version"_*.deb)
info=$(dpkg-deb --info "$deb")
grep -q '^ Package: credfolio$' <<<"$info" || { echo "$info"; exit 1; }
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite fonts-dejavu-core; do
    grep -qE "^ Depends:.*\b$dep\b" <<<"$info" || { echo "Depends lacks $dep: $info"; exit 1; }
done
dpkg -x "$deb" "$work/root"
for f in usr/bin/credfolio usr/bin/credfolio-cli \
         usr/share/applications/org.example.Credfolio.desktop \
         usr/share/metainfo/org.example.Credfolio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.example.Credfolio.svg; do
    [ -e "$work/root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
done
out=$("$work/root/usr/bin/credfolio-cli" --version)
[ "$out" = "credfolio-cli $version" ] || { echo "installed credfolio-cli --version printed: $out"; exit 1; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, installed credfolio-cli runs: $out"
