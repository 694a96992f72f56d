#!/usr/bin/env bash
# Prepares a fresh machine (Node 20 + npm is enough) to run Factline: Node 22, pnpm from the
# lockfile, and — with --browser — Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false

want_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  echo "==> Installing Node 22 from the npm registry (wrangler, vitest and miniflare need >= 22.12)"
  npm install -g --prefix /usr/local node@22 >/dev/null
  hash -r
  node_ok || { echo "Node 22 is not first on PATH (have $(node --version)); put /usr/local/bin first" >&2; exit 1; }
fi
echo "==> node $(node --version)"

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "==> Installing pnpm $pnpm_version"
  npm install -g --prefix /usr/local "pnpm@$pnpm_version" >/dev/null
  hash -r
fi
echo "==> pnpm $(pnpm --version)"

pnpm install --frozen-lockfile

if $want_browser && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "==> Installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
echo "==> ready"
