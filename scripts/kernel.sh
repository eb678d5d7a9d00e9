#!/usr/bin/env bash
# Builds the test kernel named in kernels.toml into the cache directory (never the repository):
# toolchain (apt, bindgen-cli), Debian kernel source, tinyconfig + our fragment, bzImage.
# A stamp (hash of the kernels.toml entry and the fragment) skips everything when unchanged.
#   scripts/kernel.sh            # uses RFALCO_CACHE (default ~/.cache/rfalco)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${RFALCO_CACHE:-$HOME/.cache/rfalco}
field() { python3 -c "import tomllib,sys; print(tomllib.load(open('$ROOT/kernels.toml','rb'))['kernel'][0]['$1'])"; }
NAME=$(field name); PKG=$(field debian_package); VERSION=$(field version); SUITE=$(field suite)
FRAG=$ROOT/$(field config_fragment); BINDGEN_V=$(field bindgen); CLANG=$(field libclang)
K=$CACHE/kernels/$NAME
BINDGEN=$CACHE/tools/bindgen-$BINDGEN_V/bin/bindgen
export LIBCLANG_PATH=/usr/lib/llvm-$CLANG/lib
# Always Debian's rustc (it ships the library source the kernel needs), never rustup's.
KMAKE=(RUSTC=/usr/bin/rustc HOSTRUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc "BINDGEN=$BINDGEN")
STAMP=$(cat "$ROOT/kernels.toml" "$FRAG" | sha256sum | cut -c1-16)

if [ -f "$K/build/.rfalco-stamp" ] && [ "$(cat "$K/build/.rfalco-stamp")" = "$STAMP" ] \
   && [ -f "$K/build/arch/x86/boot/bzImage" ]; then
  echo "kernel $NAME: cached in $K/build"; exit 0
fi

# Package sources: bookworm lacks a new enough qemu and kernel source. Add bookworm-backports
# (qemu 10) and the kernel's suite (linux-source, downloaded only), both pinned low.
apt_sources() {
  [ -f /etc/apt/sources.list.d/rfalco-backports.sources ] && return 0
  cat > /etc/apt/sources.list.d/rfalco-backports.sources <<SRC
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports $SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  printf 'Package: *\nPin: release n=bookworm-backports\nPin-Priority: 100\n\nPackage: *\nPin: release n=%s\nPin-Priority: 50\n' "$SUITE" \
    > /etc/apt/preferences.d/rfalco-backports
  apt-get update -qq
}

# Toolchain.
if ! [ -x /usr/bin/rustc ] || ! [ -d /usr/lib/llvm-$CLANG ] || ! command -v qemu-system-x86_64 >/dev/null \
   || ! [ -x /bin/busybox ] || ! command -v cpio >/dev/null; then
  apt_sources
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    build-essential bc flex bison libelf-dev libssl-dev cpio python3 \
    rustc-web rust-web-src "libclang-$CLANG-dev" busybox-static \
    qemu-system-x86/bookworm-backports qemu-system-common/bookworm-backports \
    qemu-system-data/bookworm-backports seabios/bookworm-backports
fi
[ -x "$BINDGEN" ] || cargo install bindgen-cli --version "$BINDGEN_V" --locked --root "$CACHE/tools/bindgen-$BINDGEN_V"

# Source.
mkdir -p "$K/src"
SRC=$K/src/$PKG
if ! [ -f "$SRC/Makefile" ]; then
  cd "$K/src"
  ls ${PKG}_*_all.deb >/dev/null 2>&1 || { apt_sources; apt-get download "$PKG=$VERSION"; }
  rm -rf deb && dpkg-deb -x ${PKG}_*_all.deb deb
  tar -xf deb/usr/src/$PKG.tar.xz
  rm -rf deb
fi

# Config: tinyconfig + fragment, and every requested line must survive olddefconfig.
rm -rf "$K/build"; mkdir -p "$K/build"; cd "$SRC"
make O="$K/build" "${KMAKE[@]}" rustavailable
make O="$K/build" "${KMAKE[@]}" tinyconfig >/dev/null
scripts/kconfig/merge_config.sh -m -O "$K/build" "$K/build/.config" "$FRAG" >/dev/null
make O="$K/build" "${KMAKE[@]}" olddefconfig >/dev/null
bad=0
while read -r l; do
  case "$l" in
    "# CONFIG_"*" is not set") opt=${l#\# }; opt=${opt% is not set}
      ! grep -q "^$opt=" "$K/build/.config" || { echo "config: $l lost"; bad=1; } ;;
    CONFIG_*) grep -qx "$l" "$K/build/.config" || { echo "config: $l lost"; bad=1; } ;;
  esac
done < "$FRAG"
[ $bad = 0 ]

# Build.
make O="$K/build" "${KMAKE[@]}" -j"$(nproc)" all
echo "$STAMP" > "$K/build/.rfalco-stamp"
echo "kernel $NAME: built in $K/build"
