#!/usr/bin/env bash
# Checks that the reference inference server's canonical output is the same to the bit across
# kernels (SIMD widths), batch sizes, thread counts and builds, on a corpus of generated
# sentences (issue #18), and measures its accuracy against the float (candle) path.
#
#   bash scripts/check-bit-exact.sh
#
# 1. release build (target-cpu x86-64, the default), 2 threads: every kernel the CPU runs
#    (avx2, avx512vnni) at batch 32 and the fastest at batch 1 against the portable kernel (the
#    plain-Rust reference, standing in for a build without SIMD) at batch 32, and the cosine of
#    every text's embedding to the float path's;
# 2. the same build on 1 thread, fastest kernel at batch 32 (a digest);
# 3. with CHECK_NATIVE=1: a second release build with RUSTFLAGS="-C target-cpu=native" (its own
#    target directory; rebuilds every dependency, ~10 minutes on 2 cores), 2 threads (a digest).
# Every run prints a BLAKE2-256 digest of all f32 embeddings; the script fails unless every
# configuration has 0 mismatches and all digests are equal. Compare the digest printed here with
# another machine's (same corpus size) to check across machines.
#
# Settings (environment): CHECK_TEXTS (sentences, default 10000), CHECK_NATIVE (0/1).
# Writes ${BENCH_OUT:-target/bench}/bit-exact.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"

COUNT="${CHECK_TEXTS:-10000}"
OUT_DIR="${BENCH_OUT:-$ROOT/target/bench}"
mkdir -p "$OUT_DIR"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

build() { # build <target dir> [RUSTFLAGS]
	echo "== building infera-provider (release${2:+, RUSTFLAGS=$2}) into $1" >&2
	RUSTFLAGS="${2:-}" CARGO_TARGET_DIR="$1" cargo build --release --locked --manifest-path "$ROOT/provider/Cargo.toml" >&2
}

# check <name> <binary> <threads> [extra arguments]: runs the check, keeps its JSON report.
check() {
	local name=$1 bin=$2 threads=$3
	shift 3
	echo "== $name: $COUNT sentences, $threads thread(s) $*" >&2
	local started=$SECONDS
	RAYON_NUM_THREADS="$threads" "$bin" --models-dir "$INFERA_MODELS_DIR" --max-batch 32 --check-bit-exact "$COUNT" \
		--check-json "$WORK/$name.json" "$@" >/dev/null
	echo "   $((SECONDS - started)) s" >&2
}

BASE_DIR="$INFERA_PROVIDER_TARGET_DIR"
build "$BASE_DIR"
BASE="$BASE_DIR/release/infera-provider"
check full "$BASE" 2
check quick-1-thread "$BASE" 1 --check-quick
if [ "${CHECK_NATIVE:-0}" = 1 ]; then
	NATIVE_DIR="$INFERA_PROVIDER_TARGET_DIR-native"
	build "$NATIVE_DIR" "-C target-cpu=native"
	check native-quick-2-threads "$NATIVE_DIR/release/infera-provider" 2 --check-quick
fi

python3 - "$WORK" "$OUT_DIR/bit-exact.json" <<'EOF'
import glob, json, os, sys
work, out = sys.argv[1], sys.argv[2]
runs = {os.path.basename(p)[:-5]: json.load(open(p)) for p in sorted(glob.glob(f"{work}/*.json"))}
full = runs["full"]
print(f"{full['texts']} sentences, {full['tokens']} tokens; reference {full['reference']} on {full['threads']} threads")
print(f"| {'configuration':<34} | {'f32 mismatches':>14} | {'byte mismatches':>15} | {'embeddings/s':>12} |")
print(f"|{'-' * 36}|{'-' * 16}|{'-' * 17}|{'-' * 14}|")
failed = False
for c in full["configurations"]:
    failed |= c["mismatches"] != 0
    label = f"{c['name']} ({full['threads']} threads)"
    print(f"| {label:<34} | {c['mismatches']:>14} | {c['output_mismatches']:>15} | {c['per_second']:>12.1f} |")
for name, run in runs.items():
    same = run["embeddings_digest"] == full["embeddings_digest"]
    failed |= not same
    print(f"| {name + ' digest':<34} | {'same' if same else 'DIFFERENT':>14} | {'':>15} | {'':>12} |")
print(f"digest of all f32 embeddings: {full['embeddings_digest']}")
print(f"accuracy vs the float path: cosine mean {full['cosine_mean']:.6f}, min {full['cosine_min']:.6f}; "
      f"canonical bytes equal to the float path's for {full['outputs_equal_to_float']}/{full['texts']} texts")
print(f"float path (candle) at batch 32: {full['float_per_second']:.1f} embeddings/s")
json.dump({"runs": runs}, open(out, "w"), indent=2)
print(f"wrote {out}")
sys.exit(1 if failed else 0)
EOF
