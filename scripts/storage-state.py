#!/usr/bin/env python3
"""Adds N funded accounts to a plain chain spec, so that `benchmark storage` measures reads and
writes in a trie of a realistic size instead of the dev chain's few dozen genesis keys.

    storage-state.py PLAIN_SPEC_IN PLAIN_SPEC_OUT N

The accounts are 32-byte public keys blake2b(b"infera-storage-bench" ++ index), SS58 (prefix 42),
each endowed with 10 INFR. Only the standard library is used.
"""
import hashlib
import json
import sys

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = ALPHABET[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def ss58(public: bytes, prefix: int = 42) -> str:
    payload = bytes([prefix]) + public
    checksum = hashlib.blake2b(b"SS58PRE" + payload, digest_size=64).digest()[:2]
    return base58(payload + checksum)


def main() -> None:
    source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    spec = json.load(open(source))
    patch = spec["genesis"]["runtimeGenesis"]["patch"]
    balances = patch.setdefault("balances", {}).setdefault("balances", [])
    unit = 10**12
    for index in range(count):
        public = hashlib.blake2b(b"infera-storage-bench" + index.to_bytes(4, "little"), digest_size=32).digest()
        balances.append([ss58(public), 10 * unit])
    json.dump(spec, open(target, "w"))
    print(f"{target}: {len(balances)} endowed accounts")


if __name__ == "__main__":
    main()
