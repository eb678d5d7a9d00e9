#!/usr/bin/env bash
# Seeds the fuzz corpora from the shared test data:
#   scap_reader: the first 200 kB of every capture, decompressed;
#   rules_loader: every rule file;
#   filter: every condition line of the rule files.
#   scripts/fuzz-corpus.sh SHARED_DIR CORPUS_ROOT
set -euo pipefail
shared=$1; root=$2
mkdir -p "$root/scap_reader" "$root/rules_loader" "$root/filter"
for f in "$shared"/captures/*/*.scap "$shared"/captures/*/*.scap.gz; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .gz)
  if [ "$(head -c2 "$f" | od -An -tx1 | tr -d ' ')" = "1f8b" ]; then
    { gzip -dc "$f" || true; } | head -c 200000 > "$root/scap_reader/$name"
  else
    head -c 200000 "$f" > "$root/scap_reader/$name"
  fi
done
cp "$shared"/rules/*.yaml "$root/rules_loader/"
i=0
grep -h '^ *condition: ' "$shared"/rules/*.yaml | sed 's/^ *condition: //' | grep -v '^[>|]' |
  while IFS= read -r c; do i=$((i+1)); printf '%s' "$c" > "$root/filter/cond$i"; done
