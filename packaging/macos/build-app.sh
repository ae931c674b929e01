#!/usr/bin/env bash
# Build dist/IEPDesk.app (and a .dmg) on macOS from the same pyinstaller.spec; sign and notarize it
# when an identity is given. Not run by the project's CI (PyInstaller cannot cross-build a Mac app).
#
#   packaging/macos/build-app.sh
#   IEPDESK_CODESIGN_IDENTITY="Developer ID Application: … (TEAMID)" \
#   IEPDESK_NOTARY_PROFILE=iepdesk-notary packaging/macos/build-app.sh
#
# Needs: Python 3.11 from python.org (universal2) or Homebrew, Xcode command line tools (iconutil,
# codesign, hdiutil, xcrun notarytool). See packaging/macos/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
    python3.11 -m venv .venv
fi
"$PY" -m pip install --quiet --disable-pip-version-check -r requirements.lock
"$PY" -m pip install --quiet --disable-pip-version-check --no-deps -e .
VERSION=$("$PY" packaging/bundle_data.py version)

# The app icon: an .iconset rendered from the SVG, turned into .icns (the spec picks it up).
rm -rf build/macos && mkdir -p build/macos
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py --iconset build/macos/iepdesk.iconset
iconutil -c icns build/macos/iepdesk.iconset -o build/macos/iepdesk.icns

.venv/bin/pyinstaller --noconfirm --clean pyinstaller.spec
APP=dist/IEPDesk.app
[ -d "$APP" ] || { echo "no $APP" >&2; exit 1; }

# The same self-test as on Linux, on the executable inside the .app.
"$APP/Contents/MacOS/iepdesk" --self-test

if [ -n "${IEPDESK_CODESIGN_IDENTITY:-}" ]; then
    # Hardened runtime (required for notarization); sign every nested library, then the app.
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$IEPDESK_CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    "$APP/Contents/MacOS/iepdesk" --self-test   # still starts once signed
fi

DMG="dist/IEPDesk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "IEPDesk" -srcfolder "$APP" -ov -format UDZO "$DMG"

if [ -n "${IEPDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$IEPDESK_CODESIGN_IDENTITY" "$DMG"
    if [ -n "${IEPDESK_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$IEPDESK_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        xcrun stapler staple "$APP"
    fi
fi
echo "built $APP and $DMG"
