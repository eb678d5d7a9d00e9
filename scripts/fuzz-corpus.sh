#!/usr/bin/env bash
# Seeds a fuzz corpus with the first 200 kB of every shared capture, decompressed.
#   scripts/fuzz-corpus.sh SHARED_DIR CORPUS_DIR
set -euo pipefail
shared=$1; out=$2
mkdir -p "$out"
for f in "$shared"/captures/*/*.scap "$shared"/captures/*/*.scap.gz; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .gz)
  if [ "$(head -c2 "$f" | od -An -tx1 | tr -d ' ')" = "1f8b" ]; then
    { gzip -dc "$f" || true; } | head -c 200000 > "$out/$name"
  else
    head -c 200000 "$f" > "$out/$name"
  fi
done
