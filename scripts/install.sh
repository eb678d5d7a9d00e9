#!/usr/bin/env bash
# `make install`: the rfalco binary, falco.ko for the test kernel, the default rules, a
# configuration and the systemd unit, under $DESTDIR (empty: the real root).
#   scripts/install.sh RFALCO_BINARY KO KERNEL_RELEASE
set -euo pipefail
bin=$1; ko=$2; krel=$3
root=${DESTDIR:-}
install -D -m 0755 "$bin" "$root/usr/bin/rfalco"
install -D -m 0644 "$ko" "$root/lib/modules/$krel/extra/falco.ko"
install -D -m 0644 rules/rfalco_rules.yaml "$root/etc/falco/rfalco_rules.yaml"
install -d -m 0755 "$root/etc/falco/rules.d"
# An existing configuration is the operator's: kept.
[ -e "$root/etc/falco/falco.yaml" ] || install -D -m 0644 packaging/falco.yaml "$root/etc/falco/falco.yaml"
install -D -m 0644 packaging/rfalco.service "$root/lib/systemd/system/rfalco.service"
install -D -m 0644 docs/operations.md "$root/usr/share/doc/rfalco/operations.md"
if [ -z "$root" ]; then
  depmod "$krel" || true
  systemctl daemon-reload 2>/dev/null || true
fi
echo "installed under ${root:-/}: /usr/bin/rfalco, falco.ko for $krel, /etc/falco, rfalco.service"
