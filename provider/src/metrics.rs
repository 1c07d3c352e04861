//! The server's Prometheus metrics, in one registry that `GET /metrics` writes in the text
//! exposition format.
//!
//! | metric | type | labels | meaning |
//! | --- | --- | --- | --- |
//! | `infera_provider_requests_total` | counter | `result`: `ok`, `client_error`, `server_error` | `POST /v1/infer` requests answered, by the class of their status (4xx, 5xx) |
//! | `infera_provider_inference_seconds_total` | counter | | seconds spent running inferences (queueing in the batcher and the forward pass, or a whole generation) |
//! | `infera_provider_inference_duration_seconds` | histogram | `task`: `TextEmbedding`, `TextGeneration` | the same time, per request |
//! | `infera_provider_models` | gauge | | models served |
//! | `infera_provider_batches_total` | counter | | embedding forward passes (batches) run, over all models |
//! | `infera_provider_batched_requests_total` | counter | | embedding requests run in those batches |
//! | `infera_provider_forward_seconds_total` | counter | | seconds spent in those forward passes |
//!
//! `scripts/bench-provider.sh` reads the batch counters; `docs/provider.md` lists the same.

use std::time::Duration;

use prometheus::{Counter, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};

use crate::batcher::BatchStats;

/// Upper bounds of the inference latency buckets, in seconds: an embedding takes milliseconds,
/// a generation seconds, and the node gives up on a request after 30 s.
const LATENCY_BUCKETS: [f64; 14] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0];

/// How a `POST /v1/infer` request ended: the `result` label of `infera_provider_requests_total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
	/// Answered 200.
	Ok,
	/// Refused with a 4xx status (bad input, unknown model, wrong key).
	ClientError,
	/// Failed with a 5xx status (busy, or an error while running).
	ServerError,
}

impl Outcome {
	/// Every outcome, in the order the label values are created.
	const ALL: [Outcome; 3] = [Outcome::Ok, Outcome::ClientError, Outcome::ServerError];

	/// The label value.
	fn label(self) -> &'static str {
		match self {
			Outcome::Ok => "ok",
			Outcome::ClientError => "client_error",
			Outcome::ServerError => "server_error",
		}
	}
}

/// What a model computes: the `task` label of the latency histogram, named as `/health` and the
/// chain name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
	/// A sentence encoder (`main.rs`).
	TextEmbedding,
	/// A GGUF chat model (`textgen.rs`).
	TextGeneration,
}

impl Task {
	/// Every task, in the order the label values are created.
	const ALL: [Task; 2] = [Task::TextEmbedding, Task::TextGeneration];

	/// The label value.
	fn label(self) -> &'static str {
		match self {
			Task::TextEmbedding => "TextEmbedding",
			Task::TextGeneration => "TextGeneration",
		}
	}
}

/// The server's metrics (see the module docs), registered in their own registry.
pub struct Metrics {
	registry: Registry,
	requests: IntCounterVec,
	inference_seconds: Counter,
	inference_duration: HistogramVec,
	models: IntGauge,
	/// Shared by every model's batcher, so the batch counters sum over the models.
	batches: BatchStats,
}

impl Metrics {
	/// Creates and registers every metric, each labelled series at 0 (so it is listed before
	/// its first request).
	pub fn new() -> prometheus::Result<Self> {
		let requests = IntCounterVec::new(
			Opts::new("infera_provider_requests_total", "Inference requests answered, by result (ok, client_error: 4xx, server_error: 5xx)."),
			&["result"],
		)?;
		let inference_seconds = Counter::new(
			"infera_provider_inference_seconds_total",
			"Seconds spent running inferences (batch queueing and forward pass, or a whole generation).",
		)?;
		let inference_duration = HistogramVec::new(
			HistogramOpts::new("infera_provider_inference_duration_seconds", "Seconds one inference took, by task (as infera_provider_inference_seconds_total counts them).")
				.buckets(LATENCY_BUCKETS.to_vec()),
			&["task"],
		)?;
		let models = IntGauge::new("infera_provider_models", "Models served.")?;
		let batches = BatchStats {
			batches: IntCounter::new("infera_provider_batches_total", "Embedding forward passes (batches) run, over all models.")?,
			inputs: IntCounter::new("infera_provider_batched_requests_total", "Embedding requests run in those forward passes.")?,
			busy_seconds: Counter::new("infera_provider_forward_seconds_total", "Seconds spent in embedding forward passes.")?,
		};
		let registry = Registry::new();
		registry.register(Box::new(requests.clone()))?;
		registry.register(Box::new(inference_seconds.clone()))?;
		registry.register(Box::new(inference_duration.clone()))?;
		registry.register(Box::new(models.clone()))?;
		registry.register(Box::new(batches.batches.clone()))?;
		registry.register(Box::new(batches.inputs.clone()))?;
		registry.register(Box::new(batches.busy_seconds.clone()))?;
		for outcome in Outcome::ALL {
			requests.with_label_values(&[outcome.label()]);
		}
		for task in Task::ALL {
			inference_duration.with_label_values(&[task.label()]);
		}
		Ok(Self { registry, requests, inference_seconds, inference_duration, models, batches })
	}

	/// The batch counters, for a model's batcher (all models share them).
	pub fn batch_stats(&self) -> BatchStats {
		self.batches.clone()
	}

	/// Sets the number of models served.
	pub fn set_models(&self, count: usize) {
		self.models.set(i64::try_from(count).unwrap_or(i64::MAX));
	}

	/// Counts one answered request.
	pub fn count_request(&self, outcome: Outcome) {
		self.requests.with_label_values(&[outcome.label()]).inc();
	}

	/// Adds one inference of `task` that took `elapsed`.
	pub fn observe_inference(&self, task: Task, elapsed: Duration) {
		let seconds = elapsed.as_secs_f64();
		self.inference_seconds.inc_by(seconds);
		self.inference_duration.with_label_values(&[task.label()]).observe(seconds);
	}

	/// Every metric in the text exposition format (`GET /metrics`).
	pub fn encode(&self) -> prometheus::Result<String> {
		TextEncoder::new().encode_to_string(&self.registry.gather())
	}
}

/// The `Content-Type` of [`Metrics::encode`]'s text.
pub const CONTENT_TYPE: &str = prometheus::TEXT_FORMAT;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_series_is_listed_at_zero_before_the_first_request() {
		let text = Metrics::new().unwrap().encode().unwrap();
		for line in [
			"infera_provider_requests_total{result=\"ok\"} 0",
			"infera_provider_requests_total{result=\"client_error\"} 0",
			"infera_provider_requests_total{result=\"server_error\"} 0",
			"infera_provider_inference_seconds_total 0",
			"infera_provider_inference_duration_seconds_count{task=\"TextEmbedding\"} 0",
			"infera_provider_inference_duration_seconds_count{task=\"TextGeneration\"} 0",
			"infera_provider_models 0",
			"infera_provider_batches_total 0",
			"infera_provider_batched_requests_total 0",
			"infera_provider_forward_seconds_total 0",
		] {
			assert!(text.lines().any(|l| l == line), "no line {line:?} in\n{text}");
		}
	}

	#[test]
	fn an_inference_lands_in_its_bucket_and_the_seconds_counter() {
		let metrics = Metrics::new().unwrap();
		metrics.observe_inference(Task::TextGeneration, Duration::from_millis(1500));
		metrics.count_request(Outcome::Ok);
		let text = metrics.encode().unwrap();
		for line in [
			"infera_provider_inference_seconds_total 1.5",
			"infera_provider_inference_duration_seconds_bucket{task=\"TextGeneration\",le=\"1\"} 0",
			"infera_provider_inference_duration_seconds_bucket{task=\"TextGeneration\",le=\"2.5\"} 1",
			"infera_provider_inference_duration_seconds_bucket{task=\"TextGeneration\",le=\"+Inf\"} 1",
			"infera_provider_inference_duration_seconds_sum{task=\"TextGeneration\"} 1.5",
			"infera_provider_inference_duration_seconds_count{task=\"TextEmbedding\"} 0",
			"infera_provider_requests_total{result=\"ok\"} 1",
		] {
			assert!(text.lines().any(|l| l == line), "no line {line:?} in\n{text}");
		}
	}
}
