#!/usr/bin/env bash
# Seeds the fuzz corpora from the shared test data:
#   scap_reader: the first 16 kB of every capture, decompressed, and small captures (header
#     blocks and the first events) cut by scap-format's cut_events example;
#   event_decoder: one event of each (type, parameter count) found in the captures;
#   converter: runs of consecutive events of each capture (old ones: enter/exit pairs);
#   state_sequence: the converter's runs twice, with the mode byte of seeded tables (1) and of
#     empty tables bounded at 16 threads (0x1e);
#   rules_loader: every rule file;
#   filter: every one-line condition of the rule files;
#   format: every rule output (folded ones joined), and sysdig -p formats;
#   config: Falco's falco.yaml and its test configurations, one with -o overrides.
#   scripts/fuzz-corpus.sh SHARED_DIR CORPUS_ROOT
set -euo pipefail
shared=$1; root=$2
for t in scap_reader event_decoder converter state_sequence rules_loader filter format config; do
  mkdir -p "$root/$t"
done
plain=$(mktemp -d); trap 'rm -rf "$plain"' EXIT
for f in "$shared"/captures/*/*.scap "$shared"/captures/*/*.scap.gz; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .gz)
  if [ "$(head -c2 "$f" | od -An -tx1 | tr -d ' ')" = "1f8b" ]; then
    { gzip -dc "$f" || true; } | head -c 4000000 > "$plain/$name"
  else
    cp "$f" "$plain/$name"
  fi
  head -c 16384 "$plain/$name" > "$root/scap_reader/$name"
done
cargo run --quiet --release -p scap-format --example cut_events -- "$root" "$plain"/*.scap
for f in "$root"/converter/*; do
  name=$(basename "$f")
  { printf '\001'; tail -c +2 "$f"; } > "$root/state_sequence/${name}_seeded"
  { printf '\036'; tail -c +2 "$f"; } > "$root/state_sequence/${name}_bound16"
done
cp "$shared"/rules/*.yaml "$root/rules_loader/"
grep -h '^ *condition: ' "$shared"/rules/*.yaml | sed 's/^ *condition: //' | grep -v '^[>|]' |
  split -l 1 -a 4 - "$root/filter/cond"
# `output: >` folds the indented lines below it into one line.
awk '/^ *output: *[>|]/ { fold = 1; line = ""; next }
     fold && /^    / { sub(/^ +/, ""); line = line (line == "" ? "" : " ") $0; next }
     fold { print line; fold = 0 }
     /^ *output: / { sub(/^ *output: /, ""); print }' "$shared"/rules/*.yaml |
  split -l 1 -a 4 - "$root/format/out"
printf '%s' '*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info' \
  > "$root/format/sysdig_default"
printf '%s' '*%evt.num|%evt.rawtime|%evt.cpu|%evt.dir|%evt.type|%thread.tid|%proc.pid|%proc.ppid|%proc.name|%proc.exe|%proc.cmdline|%user.uid|%fd.num|%fd.typechar|%fd.name|%evt.rawres' \
  > "$root/format/sysdig_golden"
printf '%s' '%evt.time %evt.arg.fd %evt.arg[0] %(proc.name) %% %fd.name[0] %evt.rawarg.res' \
  > "$root/format/sysdig_args"
cp "$shared"/compat/falco-legacy/falco.yaml "$root/config/falco.yaml"
cp "$shared"/compat/falco-legacy/testing_configs/*.yaml "$root/config/"
printf 'json_output: true\n\0rules[].disable.rule=*\0append_output[].match.source=syscall\0engine.kind=kmod\0config_files=[a.yaml]' \
  > "$root/config/overrides"
