//! Dynamic batching: requests for one model that arrive close together run as one forward pass.
//!
//! Callers [`Batcher::submit`] an input and await its output. Worker threads (one per forward
//! pass that may run at a time) take turns at the queue: the worker whose turn it is waits for
//! a first input, then gathers more until it has `max_batch` or `max_wait` has passed since the
//! first, hands the queue to the next worker and runs the batch. While one batch runs the next
//! one fills, so under load batches grow by themselves and an idle server adds at most
//! `max_wait` to a lone request.
//!
//! The batch function must give each input the output it would get alone (the encoder
//! guarantees this bit for bit, see `encoder.rs`); the batcher only guarantees that every
//! caller gets the output at its own input's position.

use std::{
	sync::{mpsc, Arc, Mutex},
	thread,
	time::{Duration, Instant},
};

use anyhow::anyhow;
use prometheus::{Counter, IntCounter};
use tokio::sync::oneshot;

/// How batches are formed.
#[derive(Clone, Copy, Debug)]
pub struct BatchConfig {
	/// Most inputs in one forward pass.
	pub max_batch: usize,
	/// Longest a batch waits for more inputs after its first one.
	pub max_wait: Duration,
	/// Forward passes that may run at the same time (worker threads).
	pub workers: usize,
}

/// One caller's input and where its output goes.
struct Job<I, O> {
	input: I,
	reply: oneshot::Sender<Result<O, String>>,
}

/// Counters of what a batcher ran: Prometheus counters, which the server registers (see
/// `metrics.rs`) and shares between its models' batchers. Clones count into the same counters.
#[derive(Clone)]
pub struct BatchStats {
	/// Forward passes run.
	pub batches: IntCounter,
	/// Inputs run, over all batches.
	pub inputs: IntCounter,
	/// Time spent in forward passes, in seconds.
	pub busy_seconds: Counter,
}

/// A queue in front of a batch function, served by worker threads (see the module docs).
pub struct Batcher<I, O> {
	queue: mpsc::Sender<Job<I, O>>,
}

impl<I: Send + 'static, O: Send + 'static> Batcher<I, O> {
	/// Starts `config.workers` threads named `name` that run batches through `run`, which must
	/// return one output per input, in order, and count them in `stats`. The threads end once
	/// the batcher is dropped and the queue is drained.
	pub fn spawn<F>(name: &str, config: BatchConfig, stats: BatchStats, run: F) -> anyhow::Result<Self>
	where
		F: Fn(Vec<I>) -> anyhow::Result<Vec<O>> + Send + Sync + 'static,
	{
		let (queue, receiver) = mpsc::channel();
		let receiver = Arc::new(Mutex::new(receiver));
		let run = Arc::new(run);
		let config = BatchConfig { max_batch: config.max_batch.max(1), workers: config.workers.max(1), ..config };
		for i in 0..config.workers {
			let (receiver, run, stats) = (receiver.clone(), run.clone(), stats.clone());
			thread::Builder::new()
				.name(format!("batch-{name}-{i}"))
				.spawn(move || worker(&receiver, config, &*run, &stats))?;
		}
		Ok(Self { queue })
	}

	/// Queues `input` and waits for its output.
	pub async fn submit(&self, input: I) -> anyhow::Result<O> {
		let (reply, output) = oneshot::channel();
		self.queue.send(Job { input, reply }).map_err(|_| anyhow!("the batcher has stopped"))?;
		output.await.map_err(|_| anyhow!("the batch worker stopped"))?.map_err(|e| anyhow!(e))
	}
}

/// A worker thread: takes its turn at the queue, gathers a batch, runs it, answers its callers.
fn worker<I, O>(receiver: &Mutex<mpsc::Receiver<Job<I, O>>>, config: BatchConfig, run: &dyn Fn(Vec<I>) -> anyhow::Result<Vec<O>>, stats: &BatchStats) {
	loop {
		let jobs = {
			// A poisoned lock means another worker panicked while gathering; the queue itself is
			// still sound.
			let receiver = receiver.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
			match gather(&receiver, config) {
				Some(jobs) => jobs,
				None => return,
			}
		};
		let (inputs, replies): (Vec<I>, Vec<_>) = jobs.into_iter().map(|job| (job.input, job.reply)).unzip();
		let count = inputs.len();
		let started = Instant::now();
		let outputs = run(inputs).and_then(|outputs| {
			if outputs.len() == count {
				Ok(outputs)
			} else {
				Err(anyhow!("the batch gave {} outputs for {count} inputs", outputs.len()))
			}
		});
		stats.busy_seconds.inc_by(started.elapsed().as_secs_f64());
		stats.batches.inc();
		stats.inputs.inc_by(count as u64);
		match outputs {
			// A caller that gave up (its request was dropped) no longer wants its answer.
			Ok(outputs) => replies.into_iter().zip(outputs).for_each(|(reply, output)| drop(reply.send(Ok(output)))),
			Err(error) => replies.into_iter().for_each(|reply| drop(reply.send(Err(format!("{error:#}"))))),
		}
	}
}

/// Waits for a first job, then takes more until the batch is full or `max_wait` has passed.
/// `None` once the batcher is dropped and the queue is empty.
fn gather<I, O>(receiver: &mpsc::Receiver<Job<I, O>>, config: BatchConfig) -> Option<Vec<Job<I, O>>> {
	let first = receiver.recv().ok()?;
	let deadline = Instant::now() + config.max_wait;
	let mut jobs = vec![first];
	while jobs.len() < config.max_batch {
		let next = match receiver.try_recv() {
			Ok(job) => Ok(job),
			Err(mpsc::TryRecvError::Disconnected) => break,
			Err(mpsc::TryRecvError::Empty) => receiver.recv_timeout(deadline.saturating_duration_since(Instant::now())),
		};
		match next {
			Ok(job) => jobs.push(job),
			Err(_) => break,
		}
	}
	Some(jobs)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn config(max_batch: usize, max_wait_ms: u64, workers: usize) -> BatchConfig {
		BatchConfig { max_batch, max_wait: Duration::from_millis(max_wait_ms), workers }
	}

	/// Counters of their own (in no registry).
	fn stats() -> BatchStats {
		BatchStats {
			batches: IntCounter::new("batches", "batches").unwrap(),
			inputs: IntCounter::new("inputs", "inputs").unwrap(),
			busy_seconds: Counter::new("busy_seconds", "busy seconds").unwrap(),
		}
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
	async fn every_caller_gets_its_own_output_under_concurrency() {
		// Squares, with a batch function that reverses its work order internally and a worker
		// pool of 2, so a mix-up of positions or batches would show.
		let stats = stats();
		let batcher = Arc::new(
			Batcher::spawn("test", config(32, 5, 2), stats.clone(), |inputs: Vec<u64>| {
				let mut outputs: Vec<(usize, u64)> = inputs.iter().enumerate().rev().map(|(i, x)| (i, x * x)).collect();
				outputs.sort_by_key(|&(i, _)| i);
				thread::sleep(Duration::from_millis(2));
				Ok(outputs.into_iter().map(|(_, y)| y).collect())
			})
			.unwrap(),
		);
		let tasks: Vec<_> = (0..500u64)
			.map(|x| {
				let batcher = batcher.clone();
				tokio::spawn(async move { (x, batcher.submit(x).await.unwrap()) })
			})
			.collect();
		for task in tasks {
			let (x, y) = task.await.unwrap();
			assert_eq!(y, x * x, "caller {x} got someone else's output");
		}
		let batches = stats.batches.get();
		assert_eq!(stats.inputs.get(), 500);
		assert!(batches < 500, "concurrent requests were batched ({batches} batches for 500)");
	}

	#[tokio::test]
	async fn batches_are_bounded_and_errors_reach_every_caller() {
		let stats = stats();
		let batcher = Arc::new(
			Batcher::spawn("test", config(4, 50, 1), stats.clone(), |inputs: Vec<u32>| {
				assert!(inputs.len() <= 4, "batch of {}", inputs.len());
				if inputs.contains(&13) {
					anyhow::bail!("unlucky batch");
				}
				Ok(inputs)
			})
			.unwrap(),
		);
		let results = spawn_all((0..16).map(|x| {
			let batcher = batcher.clone();
			async move { batcher.submit(x).await }
		}))
		.await;
		for (x, result) in results.into_iter().enumerate() {
			match result {
				Ok(y) => assert_eq!(y as usize, x),
				Err(e) => assert!(e.to_string().contains("unlucky"), "{e}"),
			}
		}
		assert!(stats.batches.get() >= 4);
	}

	#[tokio::test]
	async fn a_wrong_number_of_outputs_is_an_error_not_a_mix_up() {
		let batcher = Batcher::spawn("test", config(8, 1, 1), stats(), |_: Vec<u32>| Ok(vec![1u32, 2, 3, 4, 5, 6, 7, 8, 9])).unwrap();
		let error = batcher.submit(1).await.unwrap_err();
		assert!(error.to_string().contains("9 outputs for 1 inputs"), "{error}");
	}

	/// Spawns `futures` and collects their outputs in order.
	async fn spawn_all<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
	where
		F: std::future::Future + Send + 'static,
		F::Output: Send + 'static,
	{
		let handles: Vec<_> = futures.map(tokio::spawn).collect();
		let mut outputs = Vec::new();
		for handle in handles {
			outputs.push(handle.await.unwrap());
		}
		outputs
	}
}
