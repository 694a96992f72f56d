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

wrangler="$PWD/apps/api/node_modules/.bin/wrangler"
state=$(mktemp -d)
api_port=${EXAMPLES_API_PORT:-8791}
worker_port=${EXAMPLES_WORKER_PORT:-8792}
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$state"
}
trap cleanup EXIT

# Waits for a local server to answer; prints its log and fails when it never does.
wait_for() {
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "examples: $1 never answered" >&2
  cat "$2" >&2
  return 1
}

echo "== the local API (migrated, seeded)"
(
  cd apps/api
  "$wrangler" d1 migrations apply DB --local --persist-to "$state/d1" >/dev/null
  pnpm --silent run db:seed --persist-to "$state/d1"
)
# The public API only: the admin UI's built assets are not needed (an empty folder stands in).
mkdir -p "$state/assets"
(cd apps/api && exec "$wrangler" dev --ip 127.0.0.1 --port "$api_port" --persist-to "$state/d1" \
  --assets "$state/assets" >"$state/api.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$api_port/v1/health" "$state/api.log"

echo "== examples/node against it"
(cd examples/node && FACTLINE_URL="http://127.0.0.1:$api_port" node index.ts) | tee "$state/node.out"
grep -q '^event: ' "$state/node.out" || { echo "examples/node listed no event" >&2; exit 1; }
grep -q '^problem: 400 ' "$state/node.out" || { echo "examples/node got no problem" >&2; exit 1; }

echo "== examples/worker against it (service binding)"
(cd examples/worker && exec "$wrangler" dev --ip 127.0.0.1 --port "$worker_port" \
  --var "FACTLINE_URL:http://127.0.0.1:$api_port" >"$state/worker.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$worker_port/" "$state/worker.log"
curl -fsS "http://127.0.0.1:$worker_port/" | tee "$state/worker.out"
echo
grep -q 'Taliban' "$state/worker.out" || { echo "examples/worker listed no seeded event" >&2; exit 1; }
echo "examples: ok"
