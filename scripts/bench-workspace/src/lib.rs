//! Metadata-only helper crate; see Cargo.toml.
