#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# screenshots.sh [BUILD_DIR] [OUT_DIR]: screenshots of the real application with the sample portfolio, light and
# dark, taken under Xvfb (xvfb-run, xdotool, ImageMagick's import). Each run starts from an empty HOME, opens
# `credfolio --sample` and goes through the screens as a user would: the library, a credential's details, the
# pathways, the export dialog and the settings; then opens a portfolio package as an advisor would. Look at every picture before keeping one.
set -euo pipefail

tour() { # runs inside Xvfb: APP OUT THEME PACKAGE
    local app=$1 out=$2 theme=$3 package=$4
    "$app" --sample >"$out/credfolio-$theme.log" 2>&1 &
    local pid=$!
    local window
    window=$(xdotool search --sync --name "Sample portfolio" | head -1)
    sleep 3
    xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800 windowfocus "$window"
    shot() { sleep "${2:-2}"; import -window root "$out/$1-$theme.png"; }
    shot library-grid
    xdotool mousemove 410 230 click 1
    shot credential-detail
    xdotool key ctrl+2
    shot pathways
    xdotool key ctrl+1
    sleep 1
    xdotool key ctrl+e
    shot export 5
    xdotool key Escape
    sleep 1
    xdotool windowfocus "$window" key ctrl+comma
    shot settings
    xdotool key Escape
    kill "$pid"
    wait "$pid" || true
    # An advisor opens the package a learner sent (a double-click runs `credfolio FILE.credfolio`).
    "$app" "$package" >>"$out/credfolio-$theme.log" 2>&1 &
    pid=$!
    window=$(xdotool search --sync --onlyvisible --name "^Credfolio" | head -1)
    sleep 2
    xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800 windowfocus "$window"
    shot review 4
    kill "$pid"
}

if [ "${1:-}" = --tour ]; then # inside Xvfb
    shift
    tour "$@"
    exit 0
fi
cd "$(dirname "$0")/.."
script=$(pwd)/scripts/screenshots.sh
build=${1:-build/dev}
out=${2:-build/screenshots}
app=$(cd "$build/app/gui" && pwd)/credfolio
mkdir -p "$out"
out=$(cd "$out" && pwd)
scripts/install-deps.sh scripts/debian-packages-screenshots.txt


for theme in light dark; do
    home=$(mktemp -d)
    mkdir -p "$home/.config/Credfolio"
    printf '[General]\nappearance=%s\n' "$theme" >"$home/.config/Credfolio/Credfolio.conf"
    HOME=$home LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" "$script" --tour "$app" "$out" "$theme" "$(pwd)/tests/data/package/sample.credfolio"
    rm -rf "$home"
done
ls "$out"/*.png
