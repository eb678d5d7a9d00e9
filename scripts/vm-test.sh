#!/usr/bin/env bash
# `make vm-test`: boots the test kernel under QEMU (TCG) with falco.ko, a static rfalco and the
# plan in an initramfs; fails on any failed check or any kernel warning in the guest log.
#   PLAN=tests/vm/demo.sh EXPECT='DEMO: DONE' scripts/vm-test.sh   # what `make demo` runs
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${RFALCO_CACHE:-$HOME/.cache/rfalco}
KBUILD=$CACHE/kernels/linux-7.3/build
OUT=$ROOT/target/vm
PLAN=${PLAN:-$ROOT/tests/vm/plan.sh}
EXPECT=${EXPECT:-VM-TEST: PASS}
mkdir -p "$OUT"
RUSTFLAGS="-C target-feature=+crt-static" cargo build --release -q -p rfalco -p falco-check -p rfalco-perf \
  --target x86_64-unknown-linux-gnu --target-dir "$OUT/target"
R=$(mktemp -d "$OUT/root.XXXXXX")
trap 'rm -rf "$R"' EXIT
mkdir -p "$R"/{bin,sbin,proc,sys,dev,tmp}
cp /bin/busybox "$R/bin/busybox"
cp "$ROOT/tests/vm/init" "$R/init"; cp "$PLAN" "$R/plan.sh"
cp "$ROOT/kmod/falco.ko" "$R/falco.ko"
cp "$KBUILD/samples/kmemleak/kmemleak-test.ko" "$R/kmemleak-test.ko" # the leak check's control
cp "$OUT/target/x86_64-unknown-linux-gnu/release/rfalco" "$R/rfalco"
cp "$OUT/target/x86_64-unknown-linux-gnu/release/falco-check" "$R/falco-check"
cp "$OUT/target/x86_64-unknown-linux-gnu/release/kmod-overhead" "$R/kmod-overhead"
(cd "$R" && find . -print0 | cpio --null -o -H newc --owner=0:0 --quiet) > "$OUT/initramfs.cpio"
timeout "${VM_TIMEOUT:-600}" qemu-system-x86_64 -accel tcg -cpu max -m 512M -smp 2 -nodefaults -no-reboot \
  -display none -monitor none -serial stdio \
  -kernel "$KBUILD/arch/x86/boot/bzImage" -initrd "$OUT/initramfs.cpio" \
  -append "console=ttyS0 rdinit=/init panic=-1 oops=panic" </dev/null 2>&1 \
  | sed -u 's/\r$//' | tee "$OUT/vm.log" | grep --line-buffered -v '^\[ *[0-9.]*\] ' || true
if grep -qE 'CHECK [a-z_]+ FAIL|\] (WARNING|BUG):|Oops|Kernel panic' "$OUT/vm.log" || ! grep -qF "$EXPECT" "$OUT/vm.log"; then
  echo "vm-test: FAILED (log: $OUT/vm.log)"; exit 1
fi
echo "vm: '$EXPECT' seen, $(grep -c 'CHECK .* PASS' "$OUT/vm.log") checks passed (log: $OUT/vm.log)"
