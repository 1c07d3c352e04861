//! Which remote inputs the worker may download: public `https` hosts only (no SSRF), unless
//! the node's operator allows private addresses for development.

use alloc::vec::Vec;
use sp_runtime::offchain::storage::StorageValueRef;

/// Persistent local storage key that, set to the byte `0x01` (SCALE `true`; e.g. with the
/// node's unsafe RPC `offchain_localStorageSet`), lets this node's worker download remote inputs
/// from any `http` or `https` URI, private and loopback addresses included: for local
/// development and tests only (see [`remote_input_allowed`]).
pub const ALLOW_PRIVATE_URIS_KEY: &[u8] = b"infera/jobs/allow-private-uris";

/// Whether the worker may download a remote input from `uri`: `https://` only, no user info,
/// and a host that is a dotted name or a public IPv4 address — not `localhost` (or `*.localhost`,
/// `*.local`, `*.internal`), not a private, loopback, link-local, shared, multicast or reserved
/// IPv4 address, no IPv6 literal and no numeric host in another form (e.g. `2130706433`). A
/// submitter could otherwise make every assigned provider's node request its own internal
/// services (SSRF). `allow_private` (the node's dev override) accepts any `http(s)` URI.
///
/// A name that resolves to a private address is not caught here (the runtime cannot resolve
/// names); operators should run the node where its outbound requests cannot reach anything
/// private.
pub fn remote_input_allowed(uri: &[u8], allow_private: bool) -> bool {
	let Ok(uri) = core::str::from_utf8(uri) else { return false };
	if allow_private {
		return uri.starts_with("https://") || uri.starts_with("http://");
	}
	let Some(rest) = uri.strip_prefix("https://") else { return false };
	let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
	if authority.contains('@') || authority.starts_with('[') {
		return false;
	}
	let host = authority.split(':').next().unwrap_or_default().to_ascii_lowercase();
	let host = host.trim_end_matches('.');
	if host.is_empty() ||
		host == "localhost" ||
		[".localhost", ".local", ".internal"].iter().any(|suffix| host.ends_with(suffix))
	{
		return false;
	}
	// A host without letters is numeric: only a canonical public dotted quad passes.
	if !host.bytes().any(|b| b.is_ascii_alphabetic()) || host.starts_with("0x") {
		let octets: Vec<u8> = host.split('.').filter_map(|part| part.parse::<u8>().ok()).collect();
		let canonical = octets.len() == 4 && host.split('.').all(|p| p == "0" || !p.starts_with('0'));
		return canonical && is_public_ipv4(&octets);
	}
	// A name needs a dot (a single label resolves through the node's search domains, i.e. to
	// internal hosts) and a top-level label with a letter.
	host.contains('.') && host.split('.').next_back().is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// Whether an IPv4 address (4 octets) is publicly routable.
fn is_public_ipv4(octets: &[u8]) -> bool {
	match *octets {
		[0, ..] | [10, ..] | [127, ..] | [169, 254, ..] | [192, 168, ..] => false,
		[172, b, ..] if (16..=31).contains(&b) => false,
		[100, b, ..] if (64..=127).contains(&b) => false,
		[192, 0, 0, _] | [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] => false,
		[198, b, ..] if b == 18 || b == 19 => false,
		[a, ..] if a >= 224 => false,
		[_, _, _, _] => true,
		_ => false,
	}
}

/// Whether the worker may download remote inputs from private addresses (the node's dev
/// override under [`ALLOW_PRIVATE_URIS_KEY`]).
pub(super) fn private_uris_allowed() -> bool {
	StorageValueRef::persistent(ALLOW_PRIVATE_URIS_KEY).get::<u8>().ok().flatten().is_some_and(|flag| flag == 1)
}
