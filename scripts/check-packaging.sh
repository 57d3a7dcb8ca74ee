#!/bin/sh
# Checks the Debian package that scripts/build-package.sh made, as CI does (root needed: it
# installs and removes the package): the desktop file and AppStream metadata validate, the
# package installs with apt-get, `acmedesk-cli --version` runs from PATH, the installed GUI opens
# its window under Xvfb, and the package is removed again.
set -eu
cd "$(dirname "$0")/.."
deb=$(ls "$PWD"/build/package/acmedesk_*.deb | tail -n 1)
desktop-file-validate packaging/linux/org.acmedesk.AcmeDesk.desktop
appstreamcli validate --no-net --pedantic build/package/packaging/org.acmedesk.AcmeDesk.metainfo.xml

echo "package: $deb"
dpkg-deb --field "$deb" Package Version Section Depends
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q "$deb" >/dev/null
trap 'apt-get remove -y -q acmedesk >/dev/null 2>&1 || true' EXIT

version=$(cd / && acmedesk-cli --version)
echo "installed: $version"
[ "$(command -v acmedesk-cli)" = /usr/bin/acmedesk-cli ]
for f in /usr/share/applications/org.acmedesk.AcmeDesk.desktop \
         /usr/share/metainfo/org.acmedesk.AcmeDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.acmedesk.AcmeDesk.svg \
         /usr/share/icons/hicolor/256x256/apps/org.acmedesk.AcmeDesk.png \
         /usr/share/man/man1/acmedesk-cli.1.gz /usr/share/man/man1/acmedesk.1.gz \
         /usr/share/bash-completion/completions/acmedesk-cli \
         /usr/share/zsh/vendor-completions/_acmedesk-cli; do
    [ -f "$f" ] || { echo "missing from the package: $f" >&2; exit 1; }
done

# The installed GUI: started on a throwaway data folder, its window must appear within 30 s.
data=$(mktemp -d)
log=$(mktemp)
xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
    HOME="$1" acmedesk --data-dir "$1/data" >"$2" 2>&1 &
    app=$!
    for i in $(seq 1 60); do
        if xwininfo -root -tree | grep -q "\"AcmeDesk"; then
            echo "window shown after $((i / 2)) s"
            kill "$app"; wait "$app" || true
            exit 0
        fi
        kill -0 "$app" 2>/dev/null || { echo "acmedesk exited early:" >&2; cat "$2" >&2; exit 1; }
        sleep 0.5
    done
    echo "no AcmeDesk window within 30 s" >&2; cat "$2" >&2; kill "$app"; exit 1
' sh "$data" "$log"
rm -rf "$data" "$log"

apt-get remove -y -q acmedesk >/dev/null
trap - EXIT
if command -v acmedesk-cli >/dev/null; then
    echo "acmedesk-cli still on PATH after removal" >&2
    exit 1
fi
echo "packaging: all checks passed"
