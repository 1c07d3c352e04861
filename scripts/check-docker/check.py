"""Structural checks of docker/Dockerfile, docker/docker-compose.yml and .dockerignore, for
machines without a Docker engine (run by scripts/check-docker.sh, which sets up the venv).

Prints one line per check ("ok" or "FAIL") and exits 1 if any failed.
Usage: check.py REPO_ROOT
"""

import json
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from dockerfile_parse import DockerfileParser

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
DOCKERFILE = ROOT / "docker/Dockerfile"
COMPOSE = ROOT / "docker/docker-compose.yml"
HADOLINT_CONFIG = Path(__file__).with_name("hadolint.yaml")
# The Debian toolchain of scripts/setup.sh's fallback route: not in the images.
FALLBACK_TOOLCHAIN = ["rustc-web", "cargo-web", "rust-web-src", "libstd-rust-web-dev", "rust-web-llvm", "lld-22"]
# Ports that must not be published on all interfaces: JSON-RPC and Prometheus (node defaults).
PRIVATE_PORTS = {"--rpc-port": 9944, "--prometheus-port": 9615}
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
INSTRUCTIONS = {
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
}
CONTEXT_LIMIT_MIB = 100

failures = []


def ok(message):
    print(f"ok   {message}")


def fail(message):
    failures.append(message)
    print(f"FAIL {message}")


def check(condition, message, why=""):
    if condition:
        ok(message)
    else:
        fail(f"{message}{': ' + why if why else ''}")
    return condition


# ---- .dockerignore: moby's matching (Go's filepath.Match plus `**`; a path is excluded when it
# or a directory above it matches; the last matching pattern wins, `!` re-includes).


def pattern_regex(pattern):
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
            continue
        if pattern.startswith("**", i):
            out, i = out + ".*", i + 2
            continue
        c = pattern[i]
        if c == "*":
            out += "[^/]*"
        elif c == "?":
            out += "[^/]"
        elif c == "[" and "]" in pattern[i + 1 :]:
            end = pattern.index("]", i + 1)
            out += "[" + pattern[i + 1 : end].replace("\\", "\\\\") + "]"
            i = end
        elif c == "\\" and i + 1 < len(pattern):
            i += 1
            out += re.escape(pattern[i])
        else:
            out += re.escape(c)
        i += 1
    return re.compile(f"^{out}$")


def load_dockerignore():
    path = ROOT / ".dockerignore"
    if not path.exists():
        return None
    patterns = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        line = os.path.normpath(line.lstrip("!").strip()).lstrip("/")
        patterns.append((negate, pattern_regex(line)))
    return patterns


def ignored(patterns, rel):
    parts = rel.strip("/").split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    result = False
    for negate, regex in patterns or []:
        if any(regex.match(p) for p in prefixes):
            result = not negate
    return result


# ---- Dockerfile: stages, their dependencies (FROM a stage, COPY --from, RUN --mount=from=).


class Stage:
    def __init__(self, index, name, base):
        self.index, self.name, self.base = index, name, base
        self.parent = None  # the stage it is FROM, if any
        self.instructions = []  # (INSTRUCTION, value)

    def label(self):
        return self.name or f"stage {self.index}"

    def runs(self):
        return [v for i, v in self.instructions if i == "RUN"]


def expand(value, args):
    return re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: args.get(m.group(1), m.group(0)), value)


def parse_dockerfile(path):
    parser = DockerfileParser(str(path))
    structure = [s for s in parser.structure if s["instruction"] != "COMMENT"]
    global_args, stages = {}, []
    for item in structure:
        instruction, value = item["instruction"].upper(), item["value"]
        if instruction not in INSTRUCTIONS:
            raise ValueError(f"line {item['startline'] + 1}: unknown instruction {item['instruction']}")
        if instruction == "FROM":
            tokens = [t for t in value.split() if not t.startswith("--")]
            name = tokens[2].lower() if len(tokens) >= 3 and tokens[1].lower() == "as" else None
            stage = Stage(len(stages), name, expand(tokens[0], global_args))
            stage.parent = find_stage(stages, stage.base)
            stages.append(stage)
        elif not stages:
            if instruction == "ARG":
                key, _, default = value.partition("=")
                global_args[key.strip()] = default.strip().strip('"')
            else:
                raise ValueError(f"line {item['startline'] + 1}: {instruction} before the first FROM")
        else:
            stages[-1].instructions.append((instruction, value))
    return structure, stages


def find_stage(stages, ref):
    ref = ref.lower()
    if ref.isdigit() and int(ref) < len(stages):
        return stages[int(ref)]
    return next((s for s in stages if s.name == ref), None)


def copy_args(value):
    """(flags, sources, destination) of a COPY/ADD value (shell or JSON form)."""
    tokens = json.loads(value) if value.lstrip().startswith("[") else shlex.split(value)
    flags = {}
    while tokens and tokens[0].startswith("--"):
        key, _, flag_value = tokens.pop(0)[2:].partition("=")
        flags[key] = flag_value
    return flags, tokens[:-1], tokens[-1] if tokens else None


def dependencies(stage, stages):
    deps = [stage.parent] if stage.parent else []
    for instruction, value in stage.instructions:
        if instruction in ("COPY", "ADD"):
            source = copy_args(value)[0].get("from")
            if source is not None:
                deps.append(find_stage(stages, source))
        elif instruction == "RUN":
            for source in re.findall(r"--mount=\S*\bfrom=([^,\s]+)", value):
                deps.append(find_stage(stages, source))
    return [d for d in deps if d is not None]


def ancestry(stage, stages):
    seen, todo = [], [stage]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.append(current)
            todo.extend(dependencies(current, stages))
    return seen


def chain(stage):
    """The stage and the stages it is FROM (what its filesystem and settings start from)."""
    out = []
    while stage is not None:
        out.append(stage)
        stage = stage.parent
    return out


def local_copies(stages_chain):
    """Context paths COPY/ADD (without --from) bring into these stages."""
    sources = []
    for stage in stages_chain:
        for instruction, value in stage.instructions:
            if instruction in ("COPY", "ADD"):
                flags, srcs, _ = copy_args(value)
                if "from" not in flags:
                    sources += [os.path.normpath(s.lstrip("/")) for s in srcs]
    return sources


def covered(path, sources):
    return any(s == "." or path == s or path.startswith(s + "/") for s in sources)


def effective_user(stage):
    for s in chain(stage):
        users = [v for i, v in s.instructions if i == "USER"]
        if users:
            return users[-1].strip()
    return None  # the base image's: root for the images used here


def exec_form(value):
    value = value.strip()
    return json.loads(value) if value.startswith("[") else shlex.split(value)


def last(stage, instruction):
    for s in chain(stage):
        values = [v for i, v in s.instructions if i == instruction]
        if values:
            return exec_form(values[-1])
    return []


def rpc_problems(args):
    """Why these node arguments expose unsafe RPC, or None."""
    args = [a.lower() for a in args]
    flat = " ".join(args)
    external = "--rpc-external" in args or "--unsafe-rpc-external" in args
    unsafe_methods = re.search(r"--rpc-methods[ =]unsafe\b", flat) is not None
    if external and unsafe_methods:
        return "`--rpc-methods unsafe` with `--rpc-external`"
    return None


def private_ports(args):
    ports = dict(PRIVATE_PORTS)
    for i, a in enumerate(args):
        key, _, value = a.partition("=")
        if key in ports:
            value = value or (args[i + 1] if i + 1 < len(args) else "")
            if value.isdigit():
                ports[key] = int(value)
    return set(ports.values())


# ---- docker-compose.yml


def interpolate(value):
    """Compose's ${VAR:-default} with the defaults (the file as shipped, not this shell's env)."""
    if not isinstance(value, str):
        return value
    value = re.sub(r"\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=]([^}]*))?(?::?[?+][^}]*)?\}", lambda m: m.group(1) or "", value)
    return value.replace("$$", "$")


def port_range(text):
    low, _, high = str(text).partition("-")
    return set(range(int(low), int(high or low) + 1)) if low.isdigit() else set()


def parse_port(entry):
    """(host ip or None = all interfaces, host ports, container ports) of one `ports` entry."""
    if isinstance(entry, dict):
        host_ip = interpolate(entry.get("host_ip")) or None
        return host_ip, port_range(interpolate(entry.get("published", ""))), port_range(entry.get("target", ""))
    text = interpolate(str(entry)).split("/")[0]
    host_ip = None
    if text.startswith("["):
        host_ip, _, text = text[1:].partition("]")
        text = text.lstrip(":")
        parts = text.split(":")
    else:
        parts = text.rsplit(":", 2)
        if len(parts) == 3:
            host_ip, parts = parts[0], parts[1:]
    container = port_range(parts[-1])
    host = port_range(parts[0]) if len(parts) == 2 else set()
    return host_ip or None, host, container


def as_args(value):
    if value is None:
        return None
    value = interpolate(value) if isinstance(value, str) else [interpolate(v) for v in value]
    return shlex.split(value) if isinstance(value, str) else [str(v) for v in value]


def path_dependencies(crates):
    """The directories (relative to ROOT) of every path dependency of the crates in `crates`
    (directories relative to ROOT), and of theirs in turn."""
    found, todo = set(), list(crates)
    seen = set(todo)
    while todo:
        crate = todo.pop()
        crate_manifest = tomllib.loads((ROOT / crate / "Cargo.toml").read_text())
        tables = [crate_manifest, crate_manifest.get("workspace", {})] + list(crate_manifest.get("target", {}).values())
        for table in tables:
            for key in ("dependencies", "dev-dependencies", "build-dependencies"):
                for dep in table.get(key, {}).values():
                    if isinstance(dep, dict) and "path" in dep:
                        path = os.path.normpath(os.path.join(crate, dep["path"]))
                        found.add(path)
                        if path not in seen:
                            seen.add(path)
                            todo.append(path)
    return found


def main():
    print(f"check-docker: {ROOT}")

    # -- Dockerfile: parses (dockerfile-parse for the structure, hadolint for the syntax rules).
    for path in (DOCKERFILE, COMPOSE):
        if not check(path.is_file(), f"{path.relative_to(ROOT)} exists"):
            return
    try:
        structure, stages = parse_dockerfile(DOCKERFILE)
    except Exception as error:  # noqa: BLE001 (any parse error is the finding)
        fail(f"{DOCKERFILE.relative_to(ROOT)} does not parse: {error}")
        return
    check(stages, f"Dockerfile parses: {len(stages)} stages: {', '.join(s.label() for s in stages)}", "no FROM")
    hadolint = Path(sys.executable).parent / "hadolint"
    lint = subprocess.run(
        [str(hadolint), "--no-color", "--config", str(HADOLINT_CONFIG), str(DOCKERFILE)], capture_output=True, text=True
    )
    check(
        lint.returncode == 0,
        f"hadolint (its rules but those ignored in {HADOLINT_CONFIG.name}, ShellCheck of RUN) finds nothing",
        "\n" + (lint.stdout + lint.stderr).strip(),
    )

    validator, provider = find_stage(stages, "validator"), find_stage(stages, "provider")
    if not check(validator and provider, "stages `validator` and `provider` exist"):
        return

    # -- Which stage builds what, and what each target's stage graph contains.
    def builds(stage, what):
        return any(re.search(r"\bcargo\s+build\b", run) and what in run for run in stage.runs())

    node_builds = [s for s in stages if builds(s, "infera-node")]
    provider_builds = [s for s in stages if builds(s, "provider/Cargo.toml")]
    check(node_builds, f"a stage builds infera-node: {', '.join(s.label() for s in node_builds)}")
    check(provider_builds, f"a stage builds provider/Cargo.toml: {', '.join(s.label() for s in provider_builds)}")
    for target, wanted, unwanted, what in [
        (validator, node_builds, provider_builds, "the provider"),
        (provider, provider_builds, node_builds, "the node"),
    ]:
        graph = ancestry(target, stages)
        names = ", ".join(s.label() for s in sorted(graph, key=lambda s: s.index))
        check(any(s in graph for s in wanted), f"--target {target.name} builds its binary (stages {names})")
        check(
            not any(s in graph for s in unwanted),
            f"--target {target.name} does not build {what} (no FROM/COPY --from/RUN --mount from its build stage)",
            f"its stages: {names}",
        )

    for stage in node_builds:
        run = " ".join(r for r in stage.runs() if "infera-node" in r)
        check(re.search(r"--profile[ =]production\b", run), f"{stage.label()}: cargo profile `production`")
        check(re.search(r"--features[ =]\S*metadata-hash", run), f"{stage.label()}: feature `metadata-hash`")
        toolchain = " ".join(r for s in chain(stage) for r in s.runs())
        check(
            re.search(r"rustup target add [^&;]*wasm32v1-none", toolchain),
            f"{stage.label()}: rustup's wasm32v1-none target (the standard Rust route)",
        )
    for stage in node_builds + provider_builds:
        check(
            all("--locked" in r for r in stage.runs() if re.search(r"\bcargo\s+build\b", r)),
            f"{stage.label()}: cargo build --locked",
        )

    # -- No Debian rustc-web route, no machine set-up script (comments may mention them).
    text = "\n".join(s["content"] for s in structure)
    found = [p for p in FALLBACK_TOOLCHAIN + ["setup.sh"] if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text)]
    check(not found, "no rustc-web fallback toolchain and no scripts/setup.sh in the instructions", ", ".join(found))

    # -- The final stages run as a non-root user.
    for stage in (validator, provider):
        user = effective_user(stage)
        name = (user or "root").split(":")[0]
        check(name not in ("root", "0"), f"{stage.name} runs as a non-root USER ({user or 'none: root'})")

    # -- COPY/ADD sources exist in the context and are not excluded by .dockerignore.
    patterns = load_dockerignore()
    missing, excluded, count = [], [], 0
    for stage in stages:
        for instruction, value in stage.instructions:
            if instruction not in ("COPY", "ADD"):
                continue
            flags, sources, _ = copy_args(value)
            if "from" in flags or any(s.startswith("<<") for s in sources):
                continue
            for source in sources:
                if re.match(r"^[a-z]+://", source):
                    continue
                count += 1
                rel = os.path.normpath(source.lstrip("/"))
                matches = list(ROOT.glob(rel)) if any(c in rel for c in "*?[") else [ROOT / rel]
                matches = [m for m in matches if m.exists()]
                if not matches:
                    missing.append(f"{stage.label()}: {source}")
                elif rel != "." and all(ignored(patterns, str(m.relative_to(ROOT))) for m in matches):
                    excluded.append(f"{stage.label()}: {source}")
    check(not missing, f"the {count} COPY/ADD sources from the context exist", "missing: " + ", ".join(missing))
    check(not excluded, "no COPY/ADD source is excluded by .dockerignore", ", ".join(excluded))

    # -- The node build copies every workspace member and path dependency; the provider build its crate.
    manifest = tomllib.loads((ROOT / "Cargo.toml").read_text())
    members = set()
    for pattern in manifest.get("workspace", {}).get("members", []):
        members |= {str(p.parent.relative_to(ROOT)) for p in ROOT.glob(f"{pattern}/Cargo.toml")}
    paths = path_dependencies(sorted(members) + ["."])
    for stage in node_builds:
        sources = local_copies(chain(stage))
        needed = sorted({"Cargo.toml", "Cargo.lock", ".cargo"} | members | paths)
        absent = [p for p in needed if not covered(p, sources)]
        check(
            not absent,
            f"{stage.label()} copies the workspace ({len(members)} members, Cargo.lock, .cargo)",
            "not copied: " + ", ".join(absent),
        )
    for stage in provider_builds:
        sources = local_copies(chain(stage))
        needed = ["provider/Cargo.toml", "provider/Cargo.lock", "provider/src"] + sorted(path_dependencies(["provider"]))
        absent = [p for p in needed if not covered(p, sources)]
        check(not absent, f"{stage.label()} copies the provider crate and its path dependencies", "not copied: " + ", ".join(absent))

    # -- .dockerignore: the context is the sources only.
    if check(patterns is not None, ".dockerignore exists"):
        must = [
            ".git",
            "target",
            "target/debug/infera-node",
            "node_modules",
            "web/node_modules",
            "tests/e2e/node_modules",
            "zombienet/node_modules",
            "provider/target",
            "tests/e2e/logs",
            "web/dist",
            "web/test-results",
        ]
        kept = [p for p in must if not ignored(patterns, p)]
        check(
            not kept,
            ".dockerignore excludes .git, target, node_modules (everywhere), logs and web build outputs",
            "not excluded: " + ", ".join(kept),
        )
        files, size = 0, 0
        for directory, dirs, names in os.walk(ROOT):
            rel_dir = os.path.relpath(directory, ROOT)
            dirs[:] = [d for d in dirs if not ignored(patterns, os.path.normpath(os.path.join(rel_dir, d)))]
            for name in names:
                rel = os.path.normpath(os.path.join(rel_dir, name))
                if not ignored(patterns, rel) and os.path.isfile(os.path.join(directory, name)):
                    files, size = files + 1, size + os.path.getsize(os.path.join(directory, name))
        mib = size / 2**20
        check(
            mib < CONTEXT_LIMIT_MIB,
            f"build context of this tree: {files} files, {mib:.1f} MiB (< {CONTEXT_LIMIT_MIB} MiB)",
        )

    # -- The images' own command: no unsafe RPC on all interfaces.
    for stage in (validator, provider):
        problem = rpc_problems(last(stage, "ENTRYPOINT") + last(stage, "CMD"))
        check(not problem, f"{stage.name}: ENTRYPOINT + CMD do not expose unsafe RPC", problem)

    # -- docker-compose.yml
    try:
        compose = yaml.safe_load(COMPOSE.read_text())
    except yaml.YAMLError as error:
        fail(f"{COMPOSE.relative_to(ROOT)} does not parse: {error}")
        return
    services = compose.get("services") if isinstance(compose, dict) else None
    if not check(
        isinstance(services, dict) and services, f"docker-compose.yml parses: services {', '.join(services or [])}"
    ):
        return
    for name, service in services.items():
        service = service or {}
        build, stage = service.get("build"), None
        if build is not None:
            build = {"context": build} if isinstance(build, str) else build
            context = (COMPOSE.parent / build.get("context", ".")).resolve()
            dockerfile = (context / build.get("dockerfile", "Dockerfile")).resolve()
            target = build.get("target")
            if dockerfile == DOCKERFILE.resolve():
                stage = find_stage(stages, target) if target else None
                check(stage is not None, f"{name}: build target `{target}` is a stage of docker/Dockerfile")
            else:
                fail(f"{name}: builds {dockerfile}, not docker/Dockerfile")
        entrypoint, command = as_args(service.get("entrypoint")), as_args(service.get("command"))
        if stage is not None:
            entrypoint = last(stage, "ENTRYPOINT") if entrypoint is None else entrypoint
            command = last(stage, "CMD") if command is None and service.get("entrypoint") is None else command
        args = (entrypoint or []) + (command or [])
        problem = rpc_problems(args)
        check(not problem, f"{name}: command does not expose unsafe RPC", problem)
        if service.get("network_mode") == "host":
            check(
                not any(a in args for a in ("--rpc-external", "--unsafe-rpc-external", "--prometheus-external")),
                f"{name}: no external RPC/metrics with network_mode host",
            )
        private = private_ports(args) if any("infera-node" in a for a in args) else set(PRIVATE_PORTS.values())
        public = []
        for entry in service.get("ports", []) or []:
            host_ip, host, container = parse_port(entry)
            if (host | container) & private and (
                host_ip is None or host_ip not in LOOPBACK and not host_ip.startswith("127.")
            ):
                public.append(str(entry))
        if service.get("ports"):
            check(
                not public,
                f"{name}: ports {', '.join(map(str, service['ports']))}: RPC/metrics ({', '.join(map(str, sorted(private)))}) on loopback only",
                "on all interfaces: " + ", ".join(public),
            )
        depends = service.get("depends_on") or []
        if depends:
            unknown = [d for d in depends if d not in services]
            check(not unknown, f"{name}: depends_on services exist", ", ".join(unknown))


if __name__ == "__main__":
    main()
    if failures:
        print(f"check-docker: {len(failures)} check(s) FAILED")
        sys.exit(1)
    print("check-docker: all checks passed")
