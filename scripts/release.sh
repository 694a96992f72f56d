#!/usr/bin/env bash
# `pnpm release`: a dry run of publishing @factline/domain, @factline/ingest and @factline/client
# (pending changesets, the package checks, `pnpm publish --dry-run`). `pnpm release --publish`
# publishes for real with the npm token of whoever runs it; it never runs in CI.
# Versions and CHANGELOGs come first, from `pnpm changeset version` (see .changeset/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGES=(--filter @factline/domain --filter @factline/ingest --filter @factline/client)

if [ "${1:-}" = "--publish" ] && [ -n "${CI:-}" ]; then
  echo "release: publishing never runs in CI" >&2
  exit 1
fi

pnpm changeset status --verbose || true
pnpm check:packages

if [ "${1:-}" = "--publish" ]; then
  # pnpm publish applies publishConfig (dist exports) and rewrites workspace: ranges.
  pnpm "${PACKAGES[@]}" publish --access public
  pnpm changeset tag
else
  pnpm "${PACKAGES[@]}" publish --dry-run --no-git-checks --access public
  echo "release: dry run only; 'pnpm release --publish' publishes"
fi
