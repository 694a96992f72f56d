#!/usr/bin/env bash
# `pnpm examples`: packs the three packages (with the checks of `pnpm check:packages`), installs
# the tarballs — not workspace links — into examples/node and examples/worker, typechecks both
# and runs the Node one (FACTLINE_URL=http://127.0.0.1:8787 with `pnpm dev` running also reads
# the local API). Offline: dependencies come from the pnpm store that `pnpm install` filled, so
# the examples pin the catalog's versions (zod, typescript, @types/node, workers-types).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf examples/.tarballs
node scripts/check-packages.mjs --keep examples/.tarballs
for f in examples/.tarballs/factline-*-[0-9]*.tgz; do
  name=$(basename "$f" | sed -E 's/^(factline-[a-z]+)-[0-9].*\.tgz$/\1/')
  mv "$f" "examples/.tarballs/$name.tgz"
done
for ex in node worker; do
  echo "== examples/$ex"
  (
    cd "examples/$ex"
    rm -rf node_modules
    pnpm install --ignore-workspace --offline --no-lockfile --config.confirmModulesPurge=false
    pnpm exec tsc --noEmit
  )
done
(cd examples/node && node index.ts)
echo "examples: ok"
