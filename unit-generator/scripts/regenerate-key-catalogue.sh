#!/bin/sh
# Regenerates the catalogue of unit-file keys that Stead checks configurations against, from the
# systemd installed on this machine (or the binary named by $SYSTEMD). Run it after upgrading
# systemd, then run the unit-generator tests: KeyCatalogueResourceTest compares the shipped list
# with the machine's whenever their versions agree.
set -eu
module=$(cd "$(dirname "$0")/.." && pwd)
dir=$module/src/main/resources/io/stead/unitgenerator/internal/catalogue
systemd=${SYSTEMD:-/usr/lib/systemd/systemd}
"$systemd" --dump-configuration-items > "$dir/systemd-configuration-items.txt"
"$systemd" --version | sed -n '1s/^systemd \([0-9][0-9]*\).*/\1/p' > "$dir/systemd-configuration-items.version"
echo "catalogue regenerated from systemd $(cat "$dir/systemd-configuration-items.version")"
