"""Renders the performance table of docs/performance.md from the benchmark's JSON (never by hand).

    bench-report.py BENCH_DIR docs/performance.md

BENCH_DIR holds `bench.json` (tests/e2e/bench.mjs), and, when they were measured,
`bench-network.json` (the same on four validators), `provider.json`
(scripts/bench-provider.sh) and `build.json` (scripts/bench.sh). The table
replaces what stands between the page's `<!-- bench:begin -->` and `<!-- bench:end -->`
lines; a summary of the JSON (without per-job samples) goes to docs/bench/summary.json, so the
numbers on that page can be traced to a file in the repository.
"""
import json
import os
import sys

BEGIN = "<!-- bench:begin"
END = "<!-- bench:end -->"


def load(directory: str, name: str):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, int) or float(value).is_integer() and digits == 0:
        return f"{int(value):,}"
    return f"{value:,.{digits}f}"


def verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def rows(bench, network, provider, build):
    """The table's rows: (measure, result, goal, verdict)."""
    cfg = bench["config"]
    transfers, jobs = bench["phases"]
    block_s = bench["blockTimeMs"] / 1000
    out = []
    share = transfers["meanPerBlock"] / transfers["bound"]["perBlock"] * 100
    out.append((
        f"1. transfers, sustained {fmt(transfers['seconds'], 0)} s",
        f"{fmt(transfers['meanPerBlock'])} per block (max {fmt(transfers['maxPerBlock'], 0)}), "
        f"{fmt(transfers['includedPerSecond'])}/s; {fmt(share)} % of the "
        f"{fmt(transfers['bound']['perBlock'], 0)} per block the weights allow "
        f"({fmt(transfers['bound']['perExtrinsicUs'])} µs each); {transfers['included']:,} included, "
        f"{transfers.get('retriedWhenPoolFull', 0):,} sent again when the pool was full, "
        f"{transfers.get('droppedByPool', 0):,} accepted by the pool and dropped",
        ">= 60 s, vs the weight limit",
        verdict(transfers["seconds"] >= 60),
    ))
    ratio = bench["jobsPerTransferPerBlock"]
    out.append((
        f"2. submit_job (redundancy {cfg['redundancy']}, {cfg['providers']} providers)",
        f"{fmt(jobs['meanPerBlock'])} per block (max {fmt(jobs['maxPerBlock'], 0)}; cap "
        f"MaxDrawsPerBlock {jobs['bound']['maxDrawsPerBlock']}, weight bound {fmt(jobs['bound']['byWeight'], 0)}), "
        f"{fmt(jobs['includedPerSecond'])}/s; **{fmt(ratio, 3)}x** the transfers per block; "
        f"{jobs['included']:,} of {jobs['submitted']:,} included, {jobs['rejected']:,} refused by the pool",
        ">= 0.5x transfers per block",
        verdict(ratio >= 0.5),
    ))
    lat = bench["jobLatency"]
    outcomes = lat["outcomes"]
    settled = outcomes.get("JobSettled", 0)
    bad = lat["jobs"] - settled
    steps = lat["steps"]
    out.append((
        "3. job latency, inclusion -> JobSettled",
        f"p50 {lat['blocksFromInclusion']['p50']} / p95 {lat['blocksFromInclusion']['p95']} blocks "
        f"(p50 {fmt(lat['secondsFromInclusion']['p50'])} / p95 {fmt(lat['secondsFromInclusion']['p95'])} s); "
        f"{settled:,} of {lat['jobs']:,} settled, {bad} lost or failed; steps p50/p95: drawn "
        f"{steps['inclusionToAssigned']['p50']}/{steps['inclusionToAssigned']['p95']}, all committed "
        f"{steps['assignedToAllCommitted']['p50']}/{steps['assignedToAllCommitted']['p95']}, settled "
        f"{steps['allCommittedToSettled']['p50']}/{steps['allCommittedToSettled']['p95']} blocks",
        f"p50 <= 3, p95 <= 5 blocks at {fmt(block_s, 0)} s blocks; 0 lost of >= 1,000",
        verdict(lat["blocksFromInclusion"]["p50"] <= 3 and lat["blocksFromInclusion"]["p95"] <= 5
                and bad == 0 and lat["jobs"] >= 1000),
    ))
    lag_of = lambda run: "; ".join(  # noqa: E731
        f"{p['label']} p50 {p['finalityLagBlocks']['p50']} / p95 {p['finalityLagBlocks']['p95']} blocks"
        for p in run["phases"])
    # The goal is the four validators' lag; the dev node's stands in until that run exists.
    lag_met = verdict(all(p["finalityLagBlocks"]["p95"] <= 3 for p in (network or bench)["phases"]))
    if network:
        net_lat = network["jobLatency"]
        out.append((
            f"4. finality lag, {network['config']['validators']} validators under the same load",
            f"{lag_of(network)} (dev node: {lag_of(bench)}); there, "
            f"{fmt(network['phases'][0]['meanPerBlock'])} transfers and {fmt(network['phases'][1]['meanPerBlock'])} "
            f"submit_job per block, job latency p50 {net_lat['blocksFromInclusion']['p50']} / p95 "
            f"{net_lat['blocksFromInclusion']['p95']} blocks, {net_lat['outcomes'].get('JobSettled', 0):,} of "
            f"{net_lat['jobs']:,} settled",
            "p95 <= 3 blocks",
            lag_met,
        ))
    else:
        out.append((
            "4. finality lag (dev node: one validator)",
            lag_of(bench),
            "p95 <= 3 blocks (four validators: `scripts/bench.sh network`, not run)",
            lag_met + " (dev node)",
        ))
    if provider:
        p, ref = provider["provider"], provider["reference"]
        out.append((
            f"5. provider server, all-MiniLM-L6-v2, {p.get('threads', '?')} threads",
            f"batch 1: {fmt(p['batch1_per_s'])}/s vs {fmt(ref['batch1_per_s'])}/s ({fmt(provider['ratio_batch1'], 2)}x); "
            f"batch 32: {fmt(p['batch32_per_s'])}/s vs {fmt(ref['batch32_per_s'])}/s ({fmt(provider['ratio_batch32'], 2)}x) "
            f"{ref['name']}",
            ">= 1.0x at both",
            verdict(provider["ratio_batch1"] >= 1.0 and provider["ratio_batch32"] >= 1.0),
        ))
    memory = f"node {fmt(bench['nodeMemory']['peakMib'], 0)} MiB"
    if network:
        memory += f" (four validators: {fmt(network['nodeMemory']['peakOfAllMib'], 0)} MiB the largest)"
    if provider and provider["provider"].get("peak_rss_mib") is not None:
        memory += f", provider server {fmt(provider['provider']['peak_rss_mib'], 0)} MiB"
    out.append(("6. peak RSS under that load", memory, "measured", "-"))
    if build:
        out.append((
            f"7. build ({build['profile']} profile) and runtime",
            f"warm build of the node {fmt(build['build_seconds'], 0)} s (dependencies cached, every changed workspace "
            f"crate rebuilt; features: {build.get('features') or 'none'}); node binary "
            f"{fmt(build['node_binary_bytes'] / 2**20, 0)} MiB; compressed runtime WASM "
            f"{fmt(build['wasm_compressed_bytes'] / 1024, 0)} KiB",
            "measured",
            "-",
        ))
    return out


def render(bench, network, provider, build) -> str:
    cfg = bench["config"]
    lines = [
        f"Measured by `scripts/bench.sh` on {bench['date'][:10]} (spec {bench['runtime']}, "
        f"{bench['blockTimeMs'] / 1000:g} s blocks, node `{os.path.basename(bench['node'])}` from "
        f"`{os.path.basename(os.path.dirname(bench['node']))}`"
        + (f" with `--pool-limit {cfg['poolLimit']}`" if cfg.get("poolLimit") else "")
        + f"; {cfg['accounts']} accounts, "
        f"{cfg['providers']} providers with stand-in servers, all on the same 2 cores):",
        "",
        "| measure | result | goal | |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(bench, network, provider, build)]
    return "\n".join(lines)


def slim(run):
    """A run's JSON without its per-sample arrays."""
    if run is None:
        return None
    run = json.loads(json.dumps(run))
    for phase in run["phases"]:
        phase.pop("perBlock", None)
    run["jobLatency"].pop("samplesSeconds", None)
    run["jobLatency"].pop("samplesBlocks", None)
    run["nodeMemory"].pop("samples", None)
    return run


def main(directory: str, page: str) -> None:
    bench = load(directory, "bench.json")
    network = load(directory, "bench-network.json")
    provider = load(directory, "provider.json")
    build = load(directory, "build.json")
    table = render(bench, network, provider, build)
    print(table)
    with open(page) as f:
        text = f.read()
    start = text.find(BEGIN)
    end = text.find(END)
    if start < 0 or end < start:
        sys.exit(f"{page} has no {BEGIN} ... {END} section")
    start = text.index("\n", start) + 1
    with open(page, "w") as f:
        f.write(text[:start] + table + "\n" + text[end:])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(os.path.join(root, "docs", "bench"), exist_ok=True)
    with open(os.path.join(root, "docs", "bench", "summary.json"), "w") as f:
        json.dump({"e2e": slim(bench), "network": slim(network), "provider": provider, "build": build}, f, indent=2)
        f.write("\n")
    print(f"performance table and docs/bench/summary.json written from {directory}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
