#!/usr/bin/env bash
# Build dist/iepdesk_<version>_<arch>.deb from the PyInstaller bundle in dist/iepdesk/ (make package
# runs this after PyInstaller). Needs dpkg-deb (dpkg) and, for the Depends check, dpkg-query.
#
#   packaging/build-deb.sh            # warn when a library the bundle needs is not installed here
#   IEPDESK_DEB_STRICT=1 packaging/build-deb.sh   # CI: fail instead
#
# Installs: /opt/iepdesk/ (the bundle), /usr/bin/iepdesk (a wrapper), the menu entry and the icons.
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
BUNDLE=dist/iepdesk
if [ ! -x "$BUNDLE/iepdesk" ]; then
    echo "build-deb: no bundle at $BUNDLE (run: make package)" >&2
    exit 1
fi

NAME=iepdesk
VERSION=$("$PY" packaging/bundle_data.py version)
ARCH=$(dpkg --print-architecture)
DEB="dist/${NAME}_${VERSION}_${ARCH}.deb"
STAGE="build/deb/${NAME}_${VERSION}_${ARCH}"

echo "build-deb: checking Depends against the bundle's libraries"
STRICT=()
[ "${IEPDESK_DEB_STRICT:-0}" = "1" ] && STRICT=(--strict)
"$PY" packaging/linux/check_deb_depends.py "$BUNDLE" "${STRICT[@]}"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/doc/$NAME"

cp -a "$BUNDLE" "$STAGE/opt/$NAME"
install -m 0755 packaging/linux/iepdesk.sh "$STAGE/usr/bin/$NAME"
install -m 0644 packaging/linux/iepdesk.desktop "$STAGE/usr/share/applications/$NAME.desktop"
for size in $("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_data as b; print(*b.ICON_SIZES)'); do
    install -D -m 0644 "resources/icons/iepdesk-$size.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
install -D -m 0644 resources/icons/iepdesk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
install -m 0644 packaging/linux/copyright "$STAGE/usr/share/doc/$NAME/copyright"

# Ownership and modes as Debian expects: root:root (dpkg-deb --root-owner-group), no group/other write.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/opt" -type f -exec chmod go-w {} +

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
DEPENDS=$("$PY" packaging/bundle_data.py depends)
RECOMMENDS=$("$PY" packaging/bundle_data.py recommends)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: $("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_data as b; print(b.MAINTAINER)')
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: $RECOMMENDS
Section: misc
Priority: optional
Description: private, offline record of a child's IEP
 IEPDesk helps parents whose child has an IEP keep one encrypted case on their
 own computer: the IEP written down precisely, a day-by-day log of what was
 delivered and what was not, the minutes owed, every document and message, and
 a printed meeting binder with calm, correct letters. No account, no cloud, no
 network.
EOF
install -m 0755 packaging/linux/postinst "$STAGE/DEBIAN/postinst"
install -m 0755 packaging/linux/postrm "$STAGE/DEBIAN/postrm"

rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "build-deb: $DEB ($(du -h "$DEB" | cut -f1), installs $((INSTALLED_KB / 1024)) MiB)"
