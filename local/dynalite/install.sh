#!/usr/bin/env bash
# Installs the pinned dynalite (package-lock.json) unless that exact install is already present.
# Called by the Maven build (local/servers), so `mvn verify` needs no separate npm step.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/dynalite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
