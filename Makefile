# rfalco: every task a developer runs. `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

# Test data lives beside the repository, never inside it.
SHARED ?= $(abspath $(CURDIR)/../shared)
CARGO ?= cargo
RFALCO := $(or $(CARGO_TARGET_DIR),target)/release/rfalco
DIST := $(or $(CARGO_TARGET_DIR),target)/dist
DEMO_CAPTURE ?= $(SHARED)/captures/vm/vm_kmod0.23.2_triggers.scap
# Kernel trees and toolchains live outside the repository; rebuilt when missing.
RFALCO_CACHE ?= $(HOME)/.cache/rfalco
export RFALCO_CACHE

.PHONY: all help build demo test compat install install-test loom miri tsan lint fmt bench bench-kmod soak kernel kmod vm-test fuzz doc clean

all: build ## Build everything (release)

help: ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

build: ## Build the rfalco binary and benchmarks (release)
	$(CARGO) build --release --workspace

demo: build kmod ## The main job: the built-in rules on a real capture replayed, then live on falco.ko in the VM
	$(RFALCO) capture info $(DEMO_CAPTURE) | sed -n '1,4p'
	@echo
	@echo "--- replay: $(notdir $(DEMO_CAPTURE)) with the built-in ruleset (what Falco's replay engine prints) ---"
	$(RFALCO) -o engine.kind=replay -o engine.replay.capture_file=$(DEMO_CAPTURE)
	@echo
	@echo "--- live: booting the test VM with falco.ko and rfalco ---"
	PLAN=$(CURDIR)/tests/vm/demo.sh EXPECT='DEMO: DONE' scripts/vm-test.sh

test: lint loom ## Run every test: format, lints, unit, golden comparisons, Falco's legacy tests, loom, install, and the VM suite
	command -v python3 >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3)
	# promtool checks the webserver's /metrics text (a test fails without it).
	command -v promtool >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus)
	$(CARGO) test --workspace --release
	$(MAKE) install-test
	$(MAKE) vm-test

install: build kmod ## Install rfalco, falco.ko for the test kernel, rules, configuration and the systemd unit (DESTDIR=...)
	scripts/install.sh $(RFALCO) kmod/falco.ko $$(cat $(KBUILD)/include/config/kernel.release)

install-test: ## Install into a scratch root and check it (files, systemd-analyze verify, the installed config loads)
	command -v systemd-analyze >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd)
	tests/install-test.sh

compat: build ## Falco's legacy black-box tests run against rfalco, compared with Falco 0.44.1's results
	mkdir -p $(or $(CARGO_TARGET_DIR),target)/compat
	cd $(or $(CARGO_TARGET_DIR),target)/compat && python3 $(SHARED)/compat/falco-legacy/run_legacy.py --falco $(abspath $(RFALCO)) --json compat.json
	$(CARGO) test --release -p rfalco --test compat_legacy

loom: ## Model-check the ring head/tail protocol with loom
	RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=$(or $(CARGO_TARGET_DIR),target)/loom $(CARGO) test --release -p rfalco-ring --test loom

miri: ## Miri on the ring protocol and the in-place event decoder over a heap ring (nightly; adds the miri component if missing)
	rustup component add --toolchain nightly miri rust-src
	$(CARGO) +nightly miri test -p rfalco-ring --test heap_ring

tsan: ## ThreadSanitizer on the heap-ring and memfd-ring producer/consumer tests (nightly, std rebuilt with the sanitizer)
	rustup component add --toolchain nightly rust-src
	RUSTFLAGS="-Zsanitizer=thread" CARGO_TARGET_DIR=$(or $(CARGO_TARGET_DIR),target)/tsan $(CARGO) +nightly test -Zbuild-std --target x86_64-unknown-linux-gnu -p rfalco-ring --test heap_ring --test memfd_ring

lint: ## rustfmt, clippy and rustdoc, warnings as errors
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --release -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps

fmt: ## Format the code
	$(CARGO) fmt --all

bench: ## Decode, decode + state, rule evaluation, and a 10 M-event synthetic capture at 10 k / 100 k threads, against sysdig and Falco's recorded figures, then one summary table (profile dist; installs sysdig if missing; ~2 GB of synthetic captures under target/perf-cache)
	command -v sysdig >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sysdig)
	$(CARGO) build --profile dist -p rfalco -p rfalco-perf
	rm -f target/perf-cache/summary.tsv
	$(DIST)/decode-bench $(SHARED)/captures/vm/vm_kmod0.23.2_bulk.scap.gz
	$(DIST)/state-bench $(SHARED)/captures/vm/vm_kmod0.23.2_bulk.scap.gz
	$(DIST)/rules-bench --rfalco $(DIST)/rfalco $(SHARED)/captures/vm/vm_kmod0.23.2_bulk.scap.gz
	$(DIST)/pipeline-bench --rfalco $(DIST)/rfalco
	$(DIST)/synth-bench --runs 3 --rfalco $(DIST)/rfalco $(SHARED)/captures/vm/vm_kmod0.23.2_bulk.scap.gz
	$(DIST)/bench-summary

bench-kmod: kmod ## falco.ko's per-syscall overhead and zero-drop storm rate, then rfalco under alert storms at 8 MiB, 1 MiB and 256 KiB rings, measured in the VM
	PLAN=$(CURDIR)/tests/vm/bench.sh EXPECT='BENCH: DONE' scripts/vm-test.sh

soak: kmod ## Ten minutes of rfalco live under a steady workload with a rule reload every minute (RSS, latency drift, counters; not in `make test`)
	PLAN=$(CURDIR)/tests/vm/soak.sh EXPECT='SOAK: PASS' VM_TIMEOUT=900 scripts/vm-test.sh

kernel: ## Build the kernel of kernels.toml into $(RFALCO_CACHE) (installs the toolchain; cached)
	scripts/kernel.sh

KBUILD = $(RFALCO_CACHE)/kernels/linux-7.3/build
KMAKE = RUSTC=/usr/bin/rustc HOSTRUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc BINDGEN=$(RFALCO_CACHE)/tools/bindgen-0.72.1/bin/bindgen

kmod: kernel ## Build kmod/falco.ko against the test kernel
	LIBCLANG_PATH=/usr/lib/llvm-19/lib $(MAKE) -C $(KBUILD) M=$(CURDIR)/kmod $(KMAKE) modules

vm-test: kmod ## Boot the test kernel in QEMU with falco.ko and run the VM suite
	scripts/vm-test.sh

FUZZ_SECONDS ?= 60
fuzz: ## Fuzz every target (capture reader, event decoder, converter, state sequences, rules loader, filters, formats, config) for FUZZ_SECONDS each (needs nightly + cargo-fuzz)
	command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	scripts/fuzz-corpus.sh $(SHARED) fuzz/corpus
	cd fuzz && $(CARGO) +nightly fuzz run -s none scap_reader corpus/scap_reader -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none event_decoder corpus/event_decoder -- -max_total_time=$(FUZZ_SECONDS) -max_len=2048 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none converter corpus/converter -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none state_sequence corpus/state_sequence -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none rules_loader corpus/rules_loader -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none filter corpus/filter -- -max_total_time=$(FUZZ_SECONDS) -max_len=1024 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none format corpus/format -- -max_total_time=$(FUZZ_SECONDS) -max_len=1024 -timeout=10
	cd fuzz && $(CARGO) +nightly fuzz run -s none config corpus/config -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10

doc: ## API documentation, warnings as errors
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps

clean: ## Remove build outputs
	$(CARGO) clean
