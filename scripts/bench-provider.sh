#!/usr/bin/env bash
# Compares the reference inference server (provider/, release build; its bit-exact encoder and
# the float candle path it replaced) with sentence-transformers (PyTorch CPU, from PyPI) on
# all-MiniLM-L6-v2: embeddings per second at batch 1 and batch 32, the same local model files,
# the same texts, the same cores and thread counts. Also runs the
# HTTP server under 1 and 32 concurrent clients (dynamic batching end to end), checks that every
# answer is the same bytes at both, and reads the server's peak RSS.
#
# Prints a table and writes ${BENCH_OUT:-target/bench}/provider.json.
#
#   bash scripts/bench-provider.sh
#
# Settings (environment): PROVIDER_BENCH_TEXTS (embeddings per measurement, default 512),
# PROVIDER_BENCH_CPUS (cores both sides are pinned to, default 0,1; the thread count of both is
# the number of cores listed), INFERA_BENCH_PROVIDER_VENV (the bench-only Python venv, default
# ~/.cache/infera/venv-bench-provider; created and filled from PyPI on first use, ~4 GB because
# PyPI's Linux torch wheel pulls CUDA libraries even though only its CPU path runs here).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"

COUNT="${PROVIDER_BENCH_TEXTS:-512}"
CPUS="${PROVIDER_BENCH_CPUS:-0,1}"
OUT_DIR="${BENCH_OUT:-$ROOT/target/bench}"
VENV="${INFERA_BENCH_PROVIDER_VENV:-$INFERA_STATE_DIR/venv-bench-provider}"
MODEL_DIR="$INFERA_MODELS_DIR/all-MiniLM-L6-v2"
# The reference's versions, pinned so that runs compare.
TORCH_VERSION=2.15.0
SENTENCE_TRANSFORMERS_VERSION=6.2.0
BATCH=32

# Threads = cores in the CPU list ("0,1", "0-3", "0,2-3").
THREADS=0
IFS=, read -ra parts <<<"$CPUS"
for part in "${parts[@]}"; do
	if [[ $part == *-* ]]; then THREADS=$((THREADS + ${part#*-} - ${part%-*} + 1)); else THREADS=$((THREADS + 1)); fi
done
PIN=(taskset -c "$CPUS")

[ -f "$MODEL_DIR/model.safetensors" ] || { echo "no model at $MODEL_DIR (run scripts/setup.sh)" >&2; exit 1; }
mkdir -p "$OUT_DIR"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
	if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
	rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building infera-provider (release)" >&2
CARGO_TARGET_DIR="$INFERA_PROVIDER_TARGET_DIR" cargo build --release --locked --manifest-path "$ROOT/provider/Cargo.toml" >&2
BIN="$INFERA_PROVIDER_TARGET_DIR/release/infera-provider"

if ! "$VENV/bin/python" -c "import torch, sentence_transformers" 2>/dev/null; then
	echo "== installing torch $TORCH_VERSION and sentence-transformers $SENTENCE_TRANSFORMERS_VERSION into $VENV" >&2
	python3 -m venv "$VENV"
	"$VENV/bin/pip" install --quiet --progress-bar off "torch==$TORCH_VERSION" "sentence-transformers==$SENTENCE_TRANSFORMERS_VERSION" >&2
fi

# The texts both sides embed, cycled: 16 sentences of 4 to 60 tokens.
cat >"$WORK/texts.txt" <<'EOF'
A man is eating food.
Two dogs play in the snow.
The new movie is awesome and everyone should see it.
Hi!
Blockchains let mutually distrusting parties agree on a shared ledger without a central operator.
A compute provider stakes tokens, serves registered models over HTTP and is paid per answer its peers agree with.
The quick brown fox jumps over the lazy dog while the farmer watches from the porch, sipping tea.
Quantising each component to one signed byte absorbs the last-bit float differences between honest machines.
Where is the nearest train station?
Validators produce a block every two seconds and finalise it a few blocks later with GRANDPA.
She sold sea shells by the sea shore, and the shells she sold were surely sea shells.
Please summarise the attached quarterly report in three bullet points, highlighting revenue growth, the largest cost increases and any risks the auditors flagged for the next fiscal year.
Mean pooling averages the token vectors of the last layer, and L2 normalisation scales the result to unit length.
It rained all day.
Dynamic batching groups requests that arrive within a few milliseconds into one forward pass, which keeps both cores busy with large matrix products instead of many small ones.
The cat sat on the mat.
EOF

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
echo "== infera-provider in process ($COUNT texts at batch 1 and $BATCH, $THREADS threads on cpus $CPUS)" >&2
"${PIN[@]}" env RAYON_NUM_THREADS="$THREADS" "$BIN" --models-dir "$INFERA_MODELS_DIR" --bench "$COUNT" --max-batch "$BATCH" \
	--bench-texts "$WORK/texts.txt" --bench-json "$WORK/provider.json" >&2

echo "== infera-provider over HTTP (1 and $BATCH concurrent clients, on the same cpus)" >&2
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${PIN[@]}" env RAYON_NUM_THREADS="$THREADS" "$BIN" --models-dir "$INFERA_MODELS_DIR" --listen "127.0.0.1:$PORT" \
	--max-batch "$BATCH" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
"${PIN[@]}" python3 - "$PORT" "$SERVER_PID" "$WORK/texts.txt" "$COUNT" "$BATCH" "$WORK/http.json" <<'EOF'
# A load client (stdlib only): embeds COUNT texts with 1 client and with BATCH clients, checks
# that every text got the same bytes both times, then reads the server's peak RSS.
import http.client, json, sys, threading, time

port, pid, texts_file, count, batch, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
texts = [line for line in open(texts_file).read().splitlines() if line.strip()]

def get(path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path)
    return json.loads(conn.getresponse().read())

for _ in range(600):
    try:
        model = get("/health")["models"][0]["hash"]
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("the server did not start")

def run(clients):
    outputs = [None] * count
    def client(first):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for i in range(first, count, clients):
            body = json.dumps({"model": model, "input": "0x" + texts[i % len(texts)].encode().hex()})
            conn.request("POST", "/v1/infer", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            answer = json.loads(response.read())
            if response.status != 200:
                raise SystemExit(f"HTTP {response.status}: {answer}")
            outputs[i] = answer["output"]
    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    started = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    rate = count / (time.perf_counter() - started)
    if None in outputs:
        sys.exit("a client failed")
    return rate, outputs

def metrics():
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/metrics")
    lines = conn.getresponse().read().decode().splitlines()
    return {name: float(value) for name, value in (l.rsplit(" ", 1) for l in lines if l and not l.startswith("#"))}

run(1)  # warm-up
single, single_outputs = run(1)
before = metrics()
batched, batched_outputs = run(batch)
after = metrics()
delta = {name: after[name] - before[name] for name in after}
# Same text -> same bytes, whatever batch it ran in (and each text always the same bytes).
mismatches = sum(a != b for a, b in zip(single_outputs, batched_outputs))
per_text = {}
for i, output in enumerate(batched_outputs):
    per_text.setdefault(i % len(texts), set()).add(output)
inconsistent = sum(len(v) > 1 for v in per_text.values())
peak_kib = next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmHWM:"))
json.dump({
    "http_concurrency1_per_s": single, f"http_concurrency{batch}_per_s": batched,
    "outputs_differing_between_1_and_batched": mismatches, "texts_with_more_than_one_output": inconsistent,
    "mean_batch_at_concurrency": delta["infera_provider_batched_requests_total"] / delta["infera_provider_batches_total"],
    "peak_rss_mib": peak_kib / 1024,
    "outputs": {texts[i]: single_outputs[i] for i in range(min(len(texts), count))},
}, open(out, "w"))
EOF
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

echo "== sentence-transformers (PyTorch CPU, $THREADS threads on cpus $CPUS)" >&2
"${PIN[@]}" env OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS" "$VENV/bin/python" - "$MODEL_DIR" "$WORK/texts.txt" "$COUNT" "$BATCH" "$THREADS" "$WORK/reference.json" "$WORK/http.json" <<'EOF'
# The reference: the same model directory as a plain BERT + mean pooling + L2 normalisation
# (what all-MiniLM-L6-v2's sentence-transformers config says), 256 tokens at most, like the
# server. Timed with encode() at batch_size 1 and BATCH over the same cycled texts.
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import torch, sentence_transformers, transformers
from sentence_transformers import SentenceTransformer, models

model_dir, texts_file, count, batch, threads, out, http_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
torch.set_num_threads(threads)
texts = [line for line in open(texts_file).read().splitlines() if line.strip()]
word = models.Transformer(model_dir, max_seq_length=256)
model = SentenceTransformer(modules=[word, models.Pooling(word.get_word_embedding_dimension(), "mean"), models.Normalize()], device="cpu")
corpus = [texts[i % len(texts)] for i in range(count)]

def rate(batch_size):
    model.encode(corpus[:batch_size], batch_size=batch_size)  # warm-up
    started = time.perf_counter()
    model.encode(corpus, batch_size=batch_size)
    return count / (time.perf_counter() - started)

result = {
    "name": f"sentence-transformers {sentence_transformers.__version__} / torch {torch.__version__} / transformers {transformers.__version__}",
    "threads": torch.get_num_threads(),
    "batch1_per_s": rate(1),
    f"batch{batch}_per_s": rate(batch),
}
# Same model, same answers: quantise the reference like the server and compare bytes.
served = json.load(open(http_file))["outputs"]
reference = model.encode(list(served), batch_size=1, convert_to_numpy=True)
same = 0
for text, embedding in zip(served, reference):
    quantised = bytes((int(max(-127, min(127, round(float(x) * 127)))) & 0xFF) for x in embedding)
    same += ("0x" + quantised.hex()) == served[text]
result["texts_with_identical_bytes_to_the_server"] = f"{same}/{len(served)}"
json.dump(result, open(out, "w"))
EOF

python3 - "$WORK/provider.json" "$WORK/http.json" "$WORK/reference.json" "$OUT_DIR/provider.json" "$BATCH" "$CPUS" "$LOAD_BEFORE" <<'EOF'
import json, os, sys
inproc, http, ref = (json.load(open(path)) for path in sys.argv[1:4])
out, batch, cpus = sys.argv[4], int(sys.argv[5]), sys.argv[6]
http.pop("outputs")
report = {
    "model": "all-MiniLM-L6-v2",
    "cpus": cpus,
    # Other work on the machine skews both sides (OpenMP and candle's spinning thread pools
    # suffer most); the 1-minute load average before and after the run says how busy it was.
    "load_average_before": float(sys.argv[7]),
    "load_average_after": os.getloadavg()[0],
    "texts_per_measurement": inproc["texts"],
    "provider": {
        "batch1_per_s": inproc["batch1_per_s"],
        f"batch{batch}_per_s": inproc["batched_per_s"],
        "kernel": inproc["kernel"],
        "float_batch1_per_s": inproc["float_batch1_per_s"],
        f"float_batch{batch}_per_s": inproc["float_batched_per_s"],
        "threads": inproc["threads"],
        "measured": "in process, through the function the batcher runs (tokenising included)",
        "peak_rss_mib": http["peak_rss_mib"],
        "peak_rss_measured": f"VmHWM of the HTTP server after 1 and {batch} concurrent clients",
        "bench_peak_rss_mib": inproc["peak_rss_mib"],
        **{k: v for k, v in http.items() if k != "peak_rss_mib"},
    },
    "reference": ref,
    "ratio_batch1": inproc["batch1_per_s"] / ref["batch1_per_s"],
    f"ratio_batch{batch}": inproc["batched_per_s"] / ref[f"batch{batch}_per_s"],
}
json.dump(report, open(out, "w"), indent=2)
p, r = report["provider"], report["reference"]
print(f"all-MiniLM-L6-v2, {inproc['texts']} texts per measurement, cpus {cpus}: infera-provider {p['threads']} threads, reference {r['threads']} threads")
print(f"| {'embeddings/s':<38} | {'batch 1':>9} | {'batch ' + str(batch):>9} |")
print(f"|{'-' * 40}|{'-' * 11}|{'-' * 11}|")
print(f"| {'infera-provider bit-exact (in process)':<38} | {p['batch1_per_s']:>9.1f} | {p[f'batch{batch}_per_s']:>9.1f} |")
print(f"| {'its former float path (candle)':<38} | {p['float_batch1_per_s']:>9.1f} | {p[f'float_batch{batch}_per_s']:>9.1f} |")
print(f"| {'infera-provider over HTTP (clients)':<38} | {p['http_concurrency1_per_s']:>9.1f} | {p[f'http_concurrency{batch}_per_s']:>9.1f} |")
print(f"| {r['name'][:38]:<38} | {r['batch1_per_s']:>9.1f} | {r[f'batch{batch}_per_s']:>9.1f} |")
print(f"| {'ratio (in process / reference)':<38} | {report['ratio_batch1']:>8.2f}x | {report[f'ratio_batch{batch}']:>8.2f}x |")
print(f"server peak RSS {p['peak_rss_mib']:.0f} MiB; mean batch at {batch} clients {p['mean_batch_at_concurrency']:.1f}; "
      f"outputs differing between 1 and {batch} clients: {p['outputs_differing_between_1_and_batched']}; "
      f"texts with the reference's bytes: {r['texts_with_identical_bytes_to_the_server']}")
print(f"load average {report['load_average_before']:.1f} before, {report['load_average_after']:.1f} after")
print(f"wrote {out}")
EOF
