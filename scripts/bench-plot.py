"""Plots the end-to-end benchmark (tests/e2e/bench.mjs): bench-plot.py bench.json bench.png.

Left: extrinsics included per block, transfers vs submit_job, from the block after submission.
Right: distribution of job latency, submission -> JobSettled (seconds).
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
    fig, (blocks, latency) = plt.subplots(1, 2, figsize=(12, 4.5))

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
    samples = sorted(jobs["samplesSeconds"])
    if samples:
        latency.hist(samples, bins=min(30, max(5, len(samples) // 4)), color="tab:green", alpha=0.8)
        for label, value, style in (("p50", jobs["seconds"]["p50"], "--"), ("p95", jobs["seconds"]["p95"], ":")):
            latency.axvline(value, color="black", linestyle=style, label=f"{label} {value:.1f} s")
        latency.legend()
    latency.set_xlabel("seconds from submission to JobSettled")
    latency.set_ylabel("jobs")
    cfg = bench["config"]
    latency.set_title(f'Job latency ({jobs["jobs"]} jobs, redundancy {cfg["redundancy"]}, {cfg["providers"]} providers)')
    latency.grid(alpha=0.3)

    fig.suptitle(f'Infera end-to-end benchmark, spec {bench["runtime"]}, {bench["date"][:16]} UTC')
    fig.tight_layout()
    fig.savefig(target, dpi=110)
    print(f"plot: {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
