"""Plots the end-to-end benchmark (tests/e2e/bench.mjs): bench-plot.py bench.json bench.png.

Left: extrinsics included per block, transfers vs submit_job, from the block after submission.
Middle: distribution of job latency, inclusion -> JobSettled (blocks).
Right: the node's resident memory over the run.
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402


def main(source: str, target: str) -> None:
    with open(source) as f:
        bench = json.load(f)
    fig, (blocks, latency, memory) = plt.subplots(1, 3, figsize=(17, 4.5))

    for phase in bench["phases"]:
        counts = [b["count"] for b in phase["perBlock"]]
        blocks.plot(range(1, len(counts) + 1), counts, marker="o", label=f'{phase["label"]} ({phase["included"]} extrinsics)')
    blocks.xaxis.set_major_locator(MaxNLocator(integer=True))
    blocks.set_xlabel("block after submission")
    blocks.set_ylabel("extrinsics included")
    blocks.set_title(f'Extrinsics per block ({bench["blockTimeMs"] / 1000:g} s blocks)')
    blocks.grid(alpha=0.3)
    blocks.legend()

    jobs = bench["jobLatency"]
    samples = jobs["samplesBlocks"]
    if samples:
        bins = range(min(samples), max(samples) + 2)
        latency.hist(samples, bins=bins, color="tab:green", alpha=0.8, align="left")
        for label, value, style in (("p50", jobs["blocksFromInclusion"]["p50"], "--"), ("p95", jobs["blocksFromInclusion"]["p95"], ":")):
            latency.axvline(value, color="black", linestyle=style, label=f"{label} {value} blocks")
        latency.legend()
    latency.xaxis.set_major_locator(MaxNLocator(integer=True))
    latency.set_xlabel("blocks from inclusion to JobSettled")
    latency.set_ylabel("jobs")
    cfg = bench["config"]
    latency.set_title(f'Job latency ({jobs["jobs"]} jobs, redundancy {cfg["redundancy"]}, {cfg["providers"]} providers)')
    latency.grid(alpha=0.3)

    rss = bench["nodeMemory"]["samples"]
    if rss:
        start = rss[0]["time"]
        memory.plot([(m["time"] - start) / 1000 for m in rss], [m["currentMib"] for m in rss], color="tab:purple")
    memory.set_xlabel("seconds into the run")
    memory.set_ylabel("MiB")
    memory.set_title(f'Node resident memory (peak {bench["nodeMemory"]["peakMib"]:.0f} MiB)')
    memory.grid(alpha=0.3)

    fig.suptitle(f'Infera end-to-end benchmark, spec {bench["runtime"]}, {bench["date"][:16]} UTC')
    fig.tight_layout()
    fig.savefig(target, dpi=110)
    print(f"plot: {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
