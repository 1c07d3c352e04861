#!/usr/bin/env bash
# The marketplace web app (web/): builds it and serves it on http://127.0.0.1:${WEB_PORT:-4173}.
# It talks to the node at ws://127.0.0.1:9944 by default (a dev node from ./scripts/start.sh);
# another node: open http://127.0.0.1:4173/?rpc=ws://host:port or use the Node field.
#
#   scripts/web.sh          build and serve
#   scripts/web.sh dev      Vite's dev server with live reload (port 5173)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" >&2
cd "$ROOT/web"
if [ "${1:-}" = dev ]; then exec npx vite; fi
npm run build
echo "Infera web app: http://127.0.0.1:${WEB_PORT:-4173}/ (node ws://127.0.0.1:9944; Ctrl-C stops)"
exec npx vite preview --port "${WEB_PORT:-4173}" --strictPort
