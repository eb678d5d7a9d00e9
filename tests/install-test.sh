#!/usr/bin/env bash
# Installs into a scratch root and checks it: every file in place, the unit file accepted by
# `systemd-analyze verify`, the installed configuration and rules loaded by the installed binary.
set -euo pipefail
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
make -s install DESTDIR="$root" >/dev/null
for f in usr/bin/rfalco etc/falco/falco.yaml etc/falco/rfalco_rules.yaml lib/systemd/system/rfalco.service \
         usr/share/doc/rfalco/operations.md; do
  [ -f "$root/$f" ] || { echo "install-test: missing $f"; exit 1; }
done
ls "$root"/lib/modules/*/extra/falco.ko >/dev/null
# The unit as installed, with its paths pointing into the scratch root, for verify to resolve.
sed -e "s#/usr/bin/rfalco#$root/usr/bin/rfalco#" -e "s#/etc/falco#$root/etc/falco#" \
  "$root/lib/systemd/system/rfalco.service" > "$root/rfalco.service"
systemd-analyze verify "$root/rfalco.service"
sed -i "s#/etc/falco#$root/etc/falco#g" "$root/etc/falco/falco.yaml"
"$root/usr/bin/rfalco" -c "$root/etc/falco/falco.yaml" --dry-run 2>&1 | grep -q '24 rules enabled'
echo "install-test: PASS"
