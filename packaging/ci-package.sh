#!/usr/bin/env bash
# CI: build the desktop bundle and the .deb, run the self-test on both, and remove the package again.
# Called by .ci/run after `make test`, as root on a throwaway machine. Any failure exits non-zero.
#
# Needs: dpkg-deb, desktop-file-validate (desktop-file-utils), binutils' strip (dpkg-dev brings it),
# the Qt libraries listed in the .deb's Depends, and, optionally, xvfb-run to also try the real X11
# (xcb) platform plugin.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
say() { echo "== ci-package: $*"; }
fail() { echo "== ci-package: FAILED: $*" >&2; exit 1; }

PY=.venv/bin/python
VERSION=$("$PY" packaging/bundle_data.py version)
DEB="dist/iepdesk_${VERSION}_$(dpkg --print-architecture).deb"

# Self-tests run with their own HOME and TMPDIR, which must be empty afterwards (no trace left).
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
selftest() {  # selftest LABEL COMMAND...
    local label=$1; shift
    local home="$SCRATCH/home-$label" tmp="$SCRATCH/tmp-$label"
    mkdir -p "$home" "$tmp"
    say "self-test: $label"
    local t0; t0=$(date +%s%N)
    if ! (cd / && env HOME="$home" TMPDIR="$tmp" XDG_RUNTIME_DIR="$tmp" "$@"); then
        fail "self-test ($label)"
    fi
    echo "   ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
    if [ -n "$(find "$tmp" -mindepth 1 -name 'iepdesk*' -print -quit)" ]; then
        find "$tmp" -mindepth 1 >&2
        fail "self-test ($label) left files in TMPDIR"
    fi
    # The self-test's child is "Selftest Núñez-Ørsted": no file in its HOME or TMPDIR may hold that
    # name in plain text (UTF-8 or UTF-16).
    if grep -r -a -l -P 'Selftest N|S\x00e\x00l\x00f\x00t\x00e\x00s\x00t\x00 \x00N' "$home" "$tmp"; then
        fail "self-test ($label) left plaintext behind"
    fi
}

say "build the bundle and the .deb (make package)"
t0=$(date +%s)
IEPDESK_DEB_STRICT=1 make package
say "built in $(( $(date +%s) - t0 )) s: bundle $(du -sh dist/iepdesk | cut -f1), $DEB $(du -h "$DEB" | cut -f1)"

[ -x dist/iepdesk/iepdesk ] || fail "no dist/iepdesk/iepdesk"
[ -f "$DEB" ] || fail "no $DEB"
if [ -n "$(find dist/iepdesk -name '*.py' -print -quit)" ]; then
    find dist/iepdesk -name '*.py' | head >&2
    fail "Python source in the bundle (bytecode only)"
fi

say "bundle: dist/iepdesk/iepdesk --version"
dist/iepdesk/iepdesk --version
selftest bundle-offscreen env QT_QPA_PLATFORM=offscreen "$PWD/dist/iepdesk/iepdesk" --self-test
if command -v xvfb-run >/dev/null 2>&1; then
    selftest bundle-xcb xvfb-run -a env QT_QPA_PLATFORM=xcb "$PWD/dist/iepdesk/iepdesk" --self-test
else
    say "xvfb-run not installed: the X11 (xcb) plugin is not tried"
fi

say "install $DEB with dpkg -i"
if dpkg-query -W -f='${Status}' iepdesk 2>/dev/null | grep -q "installed"; then
    dpkg -r iepdesk >/dev/null
fi
if ! dpkg -i "$DEB"; then
    say "dpkg -i left dependencies missing; installing them (apt-get -f install)"
    apt-get install -f -y -qq --no-install-recommends
fi
[ "$(dpkg-query -W -f='${Status}' iepdesk)" = "install ok installed" ] || fail "iepdesk is not installed"

for path in /opt/iepdesk/iepdesk /usr/bin/iepdesk /usr/share/applications/iepdesk.desktop \
    /usr/share/icons/hicolor/256x256/apps/iepdesk.png /usr/share/icons/hicolor/scalable/apps/iepdesk.svg; do
    [ -e "$path" ] || fail "$path is not installed"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate /usr/share/applications/iepdesk.desktop || fail "the installed .desktop file is not valid"
fi

say "installed: iepdesk --version"
(cd / && iepdesk --version)
selftest installed env -u QT_QPA_PLATFORM /usr/bin/iepdesk --self-test

say "remove: dpkg -r iepdesk"
dpkg -r iepdesk
[ ! -e /opt/iepdesk ] || { find /opt/iepdesk | head >&2; fail "dpkg -r left /opt/iepdesk behind"; }
for path in /usr/bin/iepdesk /usr/share/applications/iepdesk.desktop /usr/share/icons/hicolor/256x256/apps/iepdesk.png; do
    [ ! -e "$path" ] || fail "dpkg -r left $path behind"
done
dpkg -P iepdesk >/dev/null 2>&1 || true

say "ok in $(( $(date +%s) - started )) s"
