//! Tests of the off-chain worker: HTTP requests against a scripted server, transactions taken
//! from a test pool and dispatched.

use crate::{
	mock::*,
	commitment_of,
	offchain::{
		infer_url, nonce_key, remote_input_allowed, request_body, requests_per_run, work_lock, work_lock_key, work_record_key,
		Answer, WorkFailure, WorkRecord, ALLOW_PRIVATE_URIS_KEY, HTTP_TIMEOUT_MS, MAX_REQUESTS_PER_RUN,
		MAX_REQUESTS_PER_RUN_KEY, MAX_REQUESTS_PER_RUN_LIMIT, SERVER_AUTH_KEY,
	},
	input_rejected_hash, AuditStage, Call, Event, FailReason, JobId, JobStatus, Payload,
};
use infera_primitives::Perbill;
use infera_worker_protocol::{auth_tag, to_hex, InferRequest};
use codec::{Decode, Encode};
use frame_support::{assert_ok, traits::Hooks};
use sp_core::{
	offchain::{
		testing::{OffchainState, PendingRequest, PoolState, TestOffchainExt, TestTransactionPoolExt},
		Duration, Externalities, HttpError, HttpRequestId, HttpRequestStatus, OffchainDbExt, OffchainWorkerExt,
		OpaqueNetworkState, StorageKind, Timestamp, TransactionPoolExt,
	},
	OpaquePeerId, H256,
};
use sp_runtime::{
	generic::Preamble,
	testing::UintAuthorityId,
	traits::{BlakeTwo256, Dispatchable, Hash},
};
use std::sync::Arc;
use parking_lot::RwLock;

const ENDPOINT: &str = "http://10.0.0.1:8080";

/// A test externality with off-chain, local storage and transaction pool extensions, providers
/// P1 and P2, and `keys` in the "keystore".
fn offchain_ext(keys: Vec<AccountId>) -> (sp_io::TestExternalities, Arc<RwLock<OffchainState>>, Arc<RwLock<PoolState>>) {
	offchain_ext_with(keys, |offchain| offchain)
}

/// [`offchain_ext`] with the worker's off-chain externalities (HTTP, time) made by `worker`
/// from the test ones.
fn offchain_ext_with<W: Externalities + 'static>(
	keys: Vec<AccountId>,
	worker: impl FnOnce(TestOffchainExt) -> W,
) -> (sp_io::TestExternalities, Arc<RwLock<OffchainState>>, Arc<RwLock<PoolState>>) {
	let (offchain, state) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let mut ext = ExtBuilder::default().providers(vec![P1, P2]).build();
	ext.register_extension(OffchainWorkerExt::new(worker(offchain.clone())));
	ext.register_extension(OffchainDbExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	UintAuthorityId::set_all_keys(keys);
	(ext, state, pool_state)
}

/// Scripts the server's answer to an inference request for `input`.
fn expect_inference(state: &Arc<RwLock<OffchainState>>, input: &[u8], response: &[u8]) {
	state.write().expect_request(PendingRequest {
		method: "POST".into(),
		uri: format!("{ENDPOINT}/v1/infer"),
		headers: vec![("Content-Type".into(), "application/json".into())],
		body: request_body(&H256([MODEL as u8; 32]), input),
		response: Some(response.to_vec()),
		sent: true,
		..Default::default()
	});
}

/// Scripts the answer `data` to a download of the remote input at `uri`.
fn expect_download(state: &Arc<RwLock<OffchainState>>, uri: &str, data: &[u8]) {
	state.write().expect_request(PendingRequest {
		method: "GET".into(),
		uri: uri.into(),
		response: Some(data.to_vec()),
		sent: true,
		..Default::default()
	});
}

/// Takes the transactions from the pool: (signer, call).
fn take_transactions(pool: &Arc<RwLock<PoolState>>) -> Vec<(AccountId, RuntimeCall)> {
	pool.write()
		.transactions
		.drain(..)
		.map(|raw| {
			let xt = Extrinsic::decode(&mut &raw[..]).unwrap();
			let Preamble::Signed(signer, (), ()) = xt.preamble else { panic!("not signed") };
			(signer, xt.function)
		})
		.collect()
}

fn run_worker(at: u64) {
	System::set_block_number(at);
	Jobs::offchain_worker(at);
}

/// Submits a single-provider job and draws it (what the next block's hook does; the worker
/// tests keep their own block numbers).
fn submit_single(input: Payload<Vec<u8>, Vec<u8>>) -> JobId {
	let id = crate::NextJobId::<Test>::get();
	assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(ALICE), MODEL, input, PRICE, 1, System::block_number() + 10));
	Jobs::draw_submitted();
	id
}

fn record_of(job_id: JobId, provider: AccountId) -> Option<WorkRecord<u64>> {
	let key = work_record_key(job_id, &provider);
	sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, &key).map(|raw| WorkRecord::decode(&mut &raw[..]).unwrap())
}

/// The worker's requests are the shared protocol's (`infera-worker-protocol` tests the codec
/// and the parsing of answers): the body of [`InferRequest`] for the job's model and input, to
/// the provider's endpoint's `/v1/infer`.
#[test]
fn requests_are_built_with_the_shared_protocol() {
	assert_eq!(
		String::from_utf8(request_body(&H256::repeat_byte(1), b"hi")).unwrap(),
		format!("{{\"model\":\"0x{}\",\"input\":\"0x6869\"}}", "01".repeat(32))
	);
	assert_eq!(request_body(&H256::repeat_byte(1), b"hi"), InferRequest::new(&[1; 32], b"hi").to_json());
	assert_eq!(infer_url(b"http://10.0.0.1:8080/"), Ok("http://10.0.0.1:8080/v1/infer".into()));
	assert_eq!(infer_url(b"http://\xff"), Err(WorkFailure::BadUrl));
}

#[test]
fn the_worker_runs_the_job_on_the_endpoint_commits_then_reveals_with_the_provider_key() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		let id = submit_single(Payload::Inline(b"hello".to_vec()));
		let provider = assigned_provider(id);
		expect_inference(&state, b"hello", br#"{"output":"0x0102ff"}"#);
		run_worker(1);
		let txs = take_transactions(&pool);
		assert_eq!(txs.len(), 1);
		let (signer, call) = txs.into_iter().next().unwrap();
		assert_eq!(signer, provider);
		assert!(matches!(call, RuntimeCall::Jobs(Call::commit_result { job_id, .. }) if job_id == id));
		assert_ok!(call.dispatch(RuntimeOrigin::signed(signer)));
		assert!(matches!(Jobs::job(id).unwrap().status, JobStatus::Revealing { .. }));

		// Next block: the reveal, with the output the server gave.
		run_worker(2);
		let (signer, call) = take_transactions(&pool).into_iter().next().unwrap();
		assert_eq!(signer, provider);
		let RuntimeCall::Jobs(Call::reveal_result { job_id, output, .. }) = call.clone() else { panic!("not a reveal") };
		assert_eq!((job_id, output), (id, Payload::Inline(vec![1, 2, 0xff])));
		assert_ok!(call.dispatch(RuntimeOrigin::signed(signer)));
		System::assert_last_event(
			Event::ChallengeWindowOpened {
				job_id: id,
				output_hash: BlakeTwo256::hash(&[1, 2, 0xff]),
				until: 2 + CHALLENGE,
			}
			.into(),
		);
		// Nothing left to do: no request, no transaction, and the kept answer is deleted.
		assert!(record_of(id, provider).is_some());
		run_worker(3);
		assert!(take_transactions(&pool).is_empty());
		assert_eq!(record_of(id, provider), None);
	});
}

/// Runs the block hook at `at` (the draw of an auditor or a tie-breaker).
fn run_hook(at: u64) {
	System::set_block_number(at);
	Jobs::on_initialize(at);
}

/// Includes every transaction in the pool in block `at` (dispatched with its signer); returns
/// the calls.
fn include_all(pool: &Arc<RwLock<PoolState>>, at: u64) -> Vec<RuntimeCall> {
	System::set_block_number(at);
	take_transactions(pool)
		.into_iter()
		.map(|(signer, call)| {
			assert_ok!(call.clone().dispatch(RuntimeOrigin::signed(signer)));
			call
		})
		.collect()
}

#[test]
fn an_audited_jobs_worker_and_auditor_open_their_hashes_then_publish_without_waiting_to_resend() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2, P3]);
	ext.execute_with(|| {
		ModelAuditChance::set(Perbill::from_percent(100));
		register_provider(P3, MODEL, PRICE, STAKE);
		let id = submit_single(Payload::Inline(b"hello".to_vec()));
		expect_inference(&state, b"hello", br#"{"output":"0x01"}"#);
		run_worker(1);
		assert_eq!(include_all(&pool, 2).len(), 1);
		assert_eq!(Jobs::job(id).unwrap().status, JobStatus::AwaitingAuditor);
		run_hook(3);
		assert_eq!(Jobs::job(id).unwrap().audit, AuditStage::Auditing);
		// The auditor runs the job; the worker keeps its answer meanwhile.
		expect_inference(&state, b"hello", br#"{"output":"0x01"}"#);
		run_worker(3);
		assert_eq!(include_all(&pool, 4).len(), 1);
		assert!(matches!(Jobs::job(id).unwrap().status, JobStatus::Revealing { .. }));
		// The opening: hashes only, from both.
		run_worker(4);
		let calls = include_all(&pool, 5);
		assert_eq!(calls.len(), 2);
		for call in &calls {
			let RuntimeCall::Jobs(Call::reveal_output_hash { job_id, output_hash, .. }) = call else {
				panic!("not an opening: {call:?}")
			};
			assert_eq!((*job_id, *output_hash), (id, BlakeTwo256::hash(&[1])));
		}
		assert_eq!(Jobs::job(id).unwrap().audit, AuditStage::Publishing);
		// The block that included the openings publishes the outputs (no wait to resend).
		run_worker(5);
		let calls = include_all(&pool, 6);
		assert_eq!(calls.len(), 2);
		assert!(calls.iter().all(|call| matches!(
			call,
			RuntimeCall::Jobs(Call::reveal_result { output: Payload::Inline(output), .. }) if output == &vec![1u8]
		)));
		assert_eq!(Jobs::job(id).unwrap().status, JobStatus::Settled);
		run_worker(7);
		assert!(take_transactions(&pool).is_empty());
	});
}

/// A job that ends on a provider's own reveal leaves the job (and `ProviderJobs`) before that
/// provider's next worker run, which would have deleted its work record: pruning the job
/// deletes it through offchain indexing. (The test database keeps indexed changes under its
/// own prefix, so the records are put there directly; on a node both use the persistent
/// local storage.)
#[test]
fn pruning_a_job_clears_its_work_records() {
	use sp_core::offchain::OffchainStorage;
	let mut ext = ExtBuilder::default().build();
	let mut db = ext.offchain_db();
	let (id, providers) = ext.execute_with(|| {
		let id = crate::tests::submit(ALICE, 2, PRICE);
		let providers = crate::tests::assigned(id);
		crate::tests::answer(id, &[b"same", b"same"]);
		assert_eq!(Jobs::job(id).unwrap().status, JobStatus::Settled);
		(id, providers)
	});
	for p in &providers {
		db.set(b"", &work_record_key(id, p), b"kept answer");
	}
	ext.persist_offchain_overlay();
	for p in &providers {
		assert!(db.get(&work_record_key(id, p)).is_some(), "kept until the job is pruned");
	}
	ext.execute_with(|| {
		let Some(prune_at) = Jobs::job(id).unwrap().due_at else { panic!("not scheduled for pruning") };
		run_to_block(prune_at + 1);
		assert!(Jobs::job(id).is_none());
	});
	ext.persist_offchain_overlay();
	for p in &providers {
		assert_eq!(db.get(&work_record_key(id, p)), None);
	}
}

#[test]
fn a_job_held_by_an_overlapping_worker_run_is_left_alone_and_that_runs_answer_is_the_one_committed() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		let id = submit_single(Payload::Inline(b"hello".to_vec()));
		let provider = assigned_provider(id);
		// Another run (of the previous block) holds the job: this one asks no server (the
		// scripted server has no request to expect) and sends nothing.
		let lock_key = work_lock_key(id, &provider);
		let mut lock = work_lock(&lock_key);
		let guard = lock.try_lock().unwrap();
		run_worker(1);
		assert!(take_transactions(&pool).is_empty());
		assert_eq!(record_of(id, provider), None);

		// That run keeps its answer and lets go: the next run commits exactly that answer.
		let salt = H256::repeat_byte(7);
		let record = WorkRecord::<u64> { answer: Some((Answer::Output(vec![9, 9]), salt)), ..Default::default() };
		sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, &work_record_key(id, &provider), &record.encode());
		drop(guard);
		run_worker(2);
		let txs = take_transactions(&pool);
		assert_eq!(txs.len(), 1);
		let RuntimeCall::Jobs(Call::commit_result { job_id, commitment }) = txs[0].1.clone() else { panic!("not a commit") };
		assert_eq!((job_id, commitment), (id, commitment_of(id, &provider, &BlakeTwo256::hash(&[9, 9]), &salt)));
		assert!(state.read().requests.is_empty());
		assert_eq!(record_of(id, provider).unwrap().commit_sent_at, Some(2));

		// In the reveal phase too, a held job gets no transaction from another run.
		assert_ok!(txs[0].1.clone().dispatch(RuntimeOrigin::signed(provider)));
		let guard = lock.try_lock().unwrap();
		run_worker(3);
		assert!(take_transactions(&pool).is_empty());
		drop(guard);
		run_worker(4);
		let RuntimeCall::Jobs(Call::reveal_result { output, salt: revealed_salt, .. }) = take_transactions(&pool)[0].1.clone() else {
			panic!("not a reveal")
		};
		assert_eq!((output, revealed_salt), (Payload::Inline(vec![9, 9]), salt));
	});
}

/// Takes the (signer, nonce) pairs of the transactions signed since the last call.
fn take_nonces() -> Vec<(AccountId, u32)> {
	SIGNED_NONCES.with(|n| n.borrow_mut().drain(..).collect())
}

#[test]
fn nonces_count_past_transactions_still_in_the_pool_and_restart_from_the_chain_after_a_stall() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		// Two single-provider jobs with the same provider (the other is offline).
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		let first = submit_single(Payload::Inline(b"one".to_vec()));
		expect_inference(&state, b"one", br#"{"output":"0x01"}"#);
		run_worker(1);
		let second = submit_single(Payload::Inline(b"two".to_vec()));
		expect_inference(&state, b"two", br#"{"output":"0x02"}"#);
		// The first commit is still in the pool (not on chain) when the next run sends the
		// second: it gets the next nonce, not the chain's again.
		run_worker(2);
		assert_eq!(take_nonces(), vec![(P1, 0), (P1, 1)]);
		let txs = take_transactions(&pool);
		assert_eq!(txs.len(), 2);
		assert!(matches!(txs[1].1, RuntimeCall::Jobs(Call::commit_result { job_id, .. }) if job_id == second));

		// Neither lands and the chain's nonce does not move: after RESEND_AFTER blocks the
		// worker assumes a gap and starts again from the chain's nonce, re-sending both.
		run_worker(2 + crate::offchain::RESEND_AFTER as u64);
		assert_eq!(take_nonces(), vec![(P1, 0), (P1, 1)]);
		// Both land (the chain's nonce moves to 2); the reveals continue from there.
		for (signer, call) in take_transactions(&pool) {
			frame_system::Pallet::<Test>::inc_account_nonce(signer);
			assert_ok!(call.dispatch(RuntimeOrigin::signed(signer)));
		}
		run_worker(3 + crate::offchain::RESEND_AFTER as u64);
		assert_eq!(take_nonces(), vec![(P1, 2), (P1, 3)]);
		let mut reveals: Vec<JobId> = take_transactions(&pool)
			.into_iter()
			.map(|(_, call)| match call {
				RuntimeCall::Jobs(Call::reveal_result { job_id, .. }) => job_id,
				other => panic!("not a reveal: {other:?}"),
			})
			.collect();
		reveals.sort();
		assert_eq!(reveals, vec![first, second]);
	});
}

#[test]
fn a_worker_key_signs_for_its_provider_and_a_sent_transaction_is_resent_only_after_a_while() {
	let (mut ext, state, pool) = offchain_ext(vec![WORKER]);
	ext.execute_with(|| {
		assert_ok!(Compute::set_worker(RuntimeOrigin::signed(P1), Some(WORKER)));
		assert_ok!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), P1));
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		let id = submit_single(Payload::Inline(b"hello".to_vec()));
		assert_eq!(assigned_provider(id), P1);
		expect_inference(&state, b"hello", br#"{"output":"0x01"}"#);
		run_worker(1);
		let txs = take_transactions(&pool);
		assert_eq!(txs.iter().map(|(s, _)| *s).collect::<Vec<_>>(), vec![WORKER]);
		// The commitment is not on chain yet: no new request, no resend before RESEND_AFTER.
		run_worker(2);
		assert!(take_transactions(&pool).is_empty());
		run_worker(1 + crate::offchain::RESEND_AFTER as u64);
		let resent = take_transactions(&pool);
		assert_eq!(resent.len(), 1);
		assert_eq!(resent[0].1, txs[0].1, "the same commitment again");
	});
}

#[test]
fn a_failing_endpoint_is_retried_with_backoff_and_never_after_the_deadline() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		let id = submit_single(Payload::Inline(b"hello".to_vec()));
		let provider = assigned_provider(id);
		expect_inference(&state, b"hello", br#"{"error":"model not loaded"}"#);
		run_worker(1);
		assert!(take_transactions(&pool).is_empty());
		let record = record_of(id, provider).unwrap();
		assert_eq!((record.failures, record.retry_at, record.answer), (1, 3, None));
		// Block 2 is inside the backoff: no request (an unscripted one would panic).
		run_worker(2);
		expect_inference(&state, b"hello", br#"{"error":"still not"}"#);
		run_worker(3);
		assert_eq!(record_of(id, provider).unwrap().retry_at, 3 + 4);
		// The deadline is block 11: at 11 the worker no longer answers.
		run_worker(11);
		assert!(take_transactions(&pool).is_empty());
		assert_eq!(record_of(id, provider).unwrap().failures, 2);
	});
}

#[test]
fn remote_input_is_fetched_and_checked_against_its_hash() {
	let (mut ext, state, pool) = offchain_ext(vec![P1]);
	ext.execute_with(|| {
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		let data = b"a long document".to_vec();
		let expect_download = |uri: &str| expect_download(&state, uri, &data);
		let good = submit_single(Payload::Remote { hash: BlakeTwo256::hash(&data), uri: b"https://files.example/doc".to_vec() });
		expect_download("https://files.example/doc");
		expect_inference(&state, &data, br#"{"output":"0x00"}"#);
		run_worker(1);
		let txs = take_transactions(&pool);
		assert_eq!(txs.len(), 1);
		assert!(matches!(txs[0].1, RuntimeCall::Jobs(Call::commit_result { job_id, .. }) if job_id == good));
		// Data that does not match the declared hash is not run: the worker answers "input
		// rejected" (no inference request), committed like an output and revealed with
		// `reveal_rejection`.
		let bad = submit_single(Payload::Remote { hash: H256::repeat_byte(9), uri: b"https://files.example/x".to_vec() });
		expect_download("https://files.example/x");
		run_worker(2);
		let txs = take_transactions(&pool);
		let salt = match &record_of(bad, P1).unwrap().answer {
			Some((Answer::InputRejected, salt)) => *salt,
			other => panic!("not a rejection: {other:?}"),
		};
		assert_eq!(
			txs.iter().map(|(_, call)| call.clone()).collect::<Vec<_>>(),
			vec![RuntimeCall::Jobs(Call::commit_result {
				job_id: bad,
				commitment: commitment_of(bad, &P1, &input_rejected_hash(), &salt),
			})]
		);
		assert_ok!(txs[0].1.clone().dispatch(RuntimeOrigin::signed(P1)));
		run_worker(3);
		let txs = take_transactions(&pool);
		assert_eq!(txs.iter().map(|(_, call)| call.clone()).collect::<Vec<_>>(), vec![RuntimeCall::Jobs(Call::reveal_rejection { job_id: bad, salt })]);
		assert_ok!(txs[0].1.clone().dispatch(RuntimeOrigin::signed(P1)));
		// Unchallenged, the rejection fails the job: P1 is paid the rejection price, not slashed.
		run_to_block(4 + CHALLENGE);
		assert_eq!(Jobs::job(bad).unwrap().status, JobStatus::Failed(FailReason::InputRejected));
		assert_eq!(pallet_compute::Reputations::<Test>::get(P1).slashes, 0);
	});
}

/// Attack 4 (starvation): the old worker handled only the first 32 jobs of a provider in
/// storage order. Now it handles every open job (at most `MaxActiveJobs`), earliest phase end
/// first.
#[test]
fn the_worker_answers_every_open_job_of_its_provider_earliest_deadline_first() {
	let (mut ext, state, pool) = offchain_ext(vec![P1]);
	ext.execute_with(|| {
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		// MAX_ACTIVE_JOBS jobs, the later submitted ones with earlier deadlines.
		let jobs: Vec<(JobId, u64)> = (0..MAX_ACTIVE_JOBS as u64)
			.map(|i| {
				let id = crate::NextJobId::<Test>::get();
				let deadline = 30 - i;
				let input = Payload::Inline(format!("job {id}").into_bytes());
				assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(ALICE), MODEL, input, PRICE, 1, deadline));
				Jobs::draw_submitted();
				(id, deadline)
			})
			.collect();
		let mut by_deadline = jobs.clone();
		by_deadline.sort_by_key(|(_, deadline)| *deadline);
		for (id, _) in &by_deadline {
			let input = format!("job {}", id).into_bytes();
			expect_inference(&state, &input, br#"{"output":"0x01"}"#);
		}
		run_worker(1);
		let committed: Vec<JobId> = take_transactions(&pool)
			.into_iter()
			.map(|(_, call)| match call {
				RuntimeCall::Jobs(Call::commit_result { job_id, .. }) => job_id,
				other => panic!("not a commit: {other:?}"),
			})
			.collect();
		assert_eq!(committed, by_deadline.iter().map(|(id, _)| *id).collect::<Vec<_>>());
		// The provider is at its limit: a further job waits in the queue.
		let queued = submit_single(Payload::Inline(b"one more".to_vec()));
		assert_eq!(Jobs::job(queued).unwrap().status, JobStatus::Queued);
	});
}

fn assigned_provider(id: JobId) -> AccountId {
	Jobs::job(id).unwrap().assignments[0].provider
}

/// Attack 2, front-running: a copier puts the worker's commitment (seen in the pool) on chain
/// first. The worker notices and commits again with a fresh salt, at once.
#[test]
fn a_front_run_commitment_is_replaced_by_one_with_a_fresh_salt() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		let id = crate::NextJobId::<Test>::get();
		assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(ALICE), MODEL, Payload::Inline(b"hi".to_vec()), PRICE, 2, 11));
		Jobs::draw_submitted();
		expect_inference(&state, b"hi", br#"{"output":"0x01"}"#);
		expect_inference(&state, b"hi", br#"{"output":"0x01"}"#);
		state.write().seed = [1; 32];
		run_worker(1);
		let txs = take_transactions(&pool);
		let RuntimeCall::Jobs(Call::commit_result { commitment: p1_commitment, .. }) =
			txs.iter().find(|(signer, _)| *signer == P1).unwrap().1.clone()
		else {
			panic!("not a commit")
		};
		// P2 front-runs P1's commitment instead of sending its own.
		assert_ok!(Jobs::commit_result(RuntimeOrigin::signed(P2), id, p1_commitment));
		state.write().seed = [2; 32];
		run_worker(2);
		let txs = take_transactions(&pool);
		let resent: Vec<_> = txs.iter().filter(|(signer, _)| *signer == P1).collect();
		assert_eq!(resent.len(), 1, "sent again at once, not after RESEND_AFTER");
		let fresh = H256([2; 32]);
		assert_eq!(record_of(id, P1).unwrap().answer, Some((Answer::Output(vec![1]), fresh)));
		let expected = commitment_of(id, &P1, &BlakeTwo256::hash(&[1]), &fresh);
		assert_eq!(resent[0].1, RuntimeCall::Jobs(Call::commit_result { job_id: id, commitment: expected }));
		assert_ok!(resent[0].1.clone().dispatch(RuntimeOrigin::signed(P1)));
	});
}

/// Attack 9 (hostile server): a response body larger than `MAX_BODY_BYTES` is not read to the
/// end and not answered; the request counts as failed and is retried later.
#[test]
fn an_oversized_response_body_is_refused() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		let id = submit_single(Payload::Inline(b"hello".to_vec()));
		let provider = assigned_provider(id);
		let huge = vec![b' '; crate::offchain::MAX_BODY_BYTES + 1];
		expect_inference(&state, b"hello", &huge);
		run_worker(1);
		assert!(take_transactions(&pool).is_empty());
		let record = record_of(id, provider).unwrap();
		assert_eq!((record.failures, record.answer), (1, None));
	});
}

/// Attack 9 (SSRF): the worker fetches remote inputs only from `https` URIs of public hosts.
#[test]
fn remote_input_uris_must_be_https_to_a_public_host() {
	for ok in ["https://files.example/doc", "https://cdn.example.com:8443/a?b#c", "https://8.8.8.8/x", "https://Example.ORG."] {
		assert!(remote_input_allowed(ok.as_bytes(), false), "{ok}");
	}
	for bad in [
		"http://files.example/doc",
		"ftp://files.example/doc",
		"https://localhost/x",
		"https://api.localhost/x",
		"https://metadata.google.internal/x",
		"https://printer.local/x",
		"https://metadata/x",
		"https://127.0.0.1/x",
		"https://10.1.2.3/x",
		"https://172.20.0.1/x",
		"https://192.168.1.1/x",
		"https://169.254.169.254/latest/meta-data",
		"https://100.64.0.1/x",
		"https://0.0.0.0/x",
		"https://224.0.0.1/x",
		"https://[::1]/x",
		"https://2130706433/x",
		"https://0x7f.0.0.1/x",
		"https://127.000.000.001/x",
		"https://user@files.example/x",
		"https:///x",
	] {
		assert!(!remote_input_allowed(bad.as_bytes(), false), "{bad}");
	}
	// The node's dev override accepts any http(s) URI, and nothing else.
	assert!(remote_input_allowed(b"http://127.0.0.1:9000/x", true));
	assert!(!remote_input_allowed(b"file:///etc/passwd", true));
}

/// Attack 9 (SSRF): a remote input at a private address is answered "input rejected" without
/// any request (an unscripted request would fail the test); with the node's dev override it is
/// downloaded.
#[test]
fn a_remote_input_at_a_private_address_is_rejected_unless_the_node_allows_it() {
	let (mut ext, state, pool) = offchain_ext(vec![P1]);
	ext.execute_with(|| {
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		let data = b"internal".to_vec();
		let private = submit_single(Payload::Remote { hash: BlakeTwo256::hash(&data), uri: b"http://10.0.0.5/doc".to_vec() });
		run_worker(1);
		assert_eq!(take_transactions(&pool).len(), 1);
		assert!(matches!(record_of(private, P1).unwrap().answer, Some((Answer::InputRejected, _))));

		sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, ALLOW_PRIVATE_URIS_KEY, &1u8.encode());
		let allowed = submit_single(Payload::Remote { hash: BlakeTwo256::hash(&data), uri: b"http://10.0.0.5/doc".to_vec() });
		expect_download(&state, "http://10.0.0.5/doc", &data);
		expect_inference(&state, &data, br#"{"output":"0x01"}"#);
		run_worker(2);
		assert!(matches!(record_of(allowed, P1).unwrap().answer, Some((Answer::Output(_), _))));
	});
}

/// Attack 9 (anyone's requests): with a key shared with the provider's server, every inference
/// request carries `X-Infera-Auth: BLAKE2-256(key ++ body)`, which the server checks.
#[test]
fn inference_requests_are_authenticated_when_the_node_has_a_server_key() {
	let (mut ext, state, pool) = offchain_ext(vec![P1, P2]);
	ext.execute_with(|| {
		sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, SERVER_AUTH_KEY, b"shared secret");
		submit_single(Payload::Inline(b"hello".to_vec()));
		let body = request_body(&H256([MODEL as u8; 32]), b"hello");
		let tag = auth_tag(b"shared secret", &body);
		assert_eq!(tag, to_hex(BlakeTwo256::hash(&[b"shared secret".as_slice(), &body].concat()).as_bytes()));
		state.write().expect_request(PendingRequest {
			method: "POST".into(),
			uri: format!("{ENDPOINT}/v1/infer"),
			headers: vec![("Content-Type".into(), "application/json".into()), ("X-Infera-Auth".into(), tag)],
			body,
			response: Some(br#"{"output":"0x01"}"#.to_vec()),
			sent: true,
			..Default::default()
		});
		run_worker(1);
		assert_eq!(take_transactions(&pool).len(), 1);
	});
}

/// What the worker did over HTTP, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
enum HttpCall {
	/// Started a request: method and URI.
	Start(String),
	/// Awaited that many requests, until that deadline.
	Wait(usize, Option<Timestamp>),
}

/// The scripted server of `TestOffchainExt`, made slow: a response arrives `latency_ms` after
/// the worker starts awaiting it (requests awaited together are answered together), and a
/// request whose body is `hung` gets none before the deadline. The worker's HTTP calls are
/// logged.
struct SlowServer {
	inner: TestOffchainExt,
	latency_ms: u64,
	hung: Option<Vec<u8>>,
	log: Arc<RwLock<Vec<HttpCall>>>,
}

impl Externalities for SlowServer {
	fn is_validator(&self) -> bool {
		self.inner.is_validator()
	}
	fn network_state(&self) -> Result<OpaqueNetworkState, ()> {
		self.inner.network_state()
	}
	fn timestamp(&mut self) -> Timestamp {
		self.inner.timestamp()
	}
	fn sleep_until(&mut self, deadline: Timestamp) {
		self.inner.sleep_until(deadline)
	}
	fn random_seed(&mut self) -> [u8; 32] {
		self.inner.random_seed()
	}
	fn http_request_start(&mut self, method: &str, uri: &str, meta: &[u8]) -> Result<HttpRequestId, ()> {
		self.log.write().push(HttpCall::Start(format!("{method} {uri}")));
		self.inner.http_request_start(method, uri, meta)
	}
	fn http_request_add_header(&mut self, id: HttpRequestId, name: &str, value: &str) -> Result<(), ()> {
		self.inner.http_request_add_header(id, name, value)
	}
	fn http_request_write_body(&mut self, id: HttpRequestId, chunk: &[u8], deadline: Option<Timestamp>) -> Result<(), HttpError> {
		self.inner.http_request_write_body(id, chunk, deadline)
	}
	fn http_response_wait(&mut self, ids: &[HttpRequestId], deadline: Option<Timestamp>) -> Vec<HttpRequestStatus> {
		self.log.write().push(HttpCall::Wait(ids.len(), deadline));
		let statuses = self.inner.http_response_wait(ids, deadline);
		let hung: Vec<bool> = {
			let state = self.inner.0.read();
			ids.iter().map(|id| self.hung.is_some() && state.requests.get(id).map(|r| &r.body) == self.hung.as_ref()).collect()
		};
		let answered_at = self.inner.timestamp().add(Duration::from_millis(self.latency_ms));
		let deadline = deadline.expect("the worker always sets a deadline");
		assert!(answered_at < deadline, "the scripted latency is within the timeout");
		self.inner.sleep_until(if hung.contains(&true) { deadline } else { answered_at });
		statuses
			.into_iter()
			.zip(hung)
			.map(|(status, hung)| if hung { HttpRequestStatus::DeadlineReached } else { status })
			.collect()
	}
	fn http_response_headers(&mut self, id: HttpRequestId) -> Vec<(Vec<u8>, Vec<u8>)> {
		self.inner.http_response_headers(id)
	}
	fn http_response_read_body(&mut self, id: HttpRequestId, buffer: &mut [u8], deadline: Option<Timestamp>) -> Result<usize, HttpError> {
		self.inner.http_response_read_body(id, buffer, deadline)
	}
	fn set_authorized_nodes(&mut self, nodes: Vec<OpaquePeerId>, authorized_only: bool) {
		self.inner.set_authorized_nodes(nodes, authorized_only)
	}
}

/// [`offchain_ext`] behind a [`SlowServer`]; also returns its log.
#[allow(clippy::type_complexity)]
fn slow_server_ext(
	keys: Vec<AccountId>,
	latency_ms: u64,
	hung: Option<Vec<u8>>,
) -> (sp_io::TestExternalities, Arc<RwLock<OffchainState>>, Arc<RwLock<PoolState>>, Arc<RwLock<Vec<HttpCall>>>) {
	let log = Arc::new(RwLock::new(Vec::new()));
	let server_log = log.clone();
	let (ext, state, pool) =
		offchain_ext_with(keys, move |inner| SlowServer { inner, latency_ms, hung, log: server_log });
	(ext, state, pool, log)
}

/// Submits a job with `redundancy` providers and `deadline`, and draws it.
fn submit_with(input: Payload<Vec<u8>, Vec<u8>>, redundancy: u32, deadline: u64) -> JobId {
	let id = crate::NextJobId::<Test>::get();
	assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(ALICE), MODEL, input, PRICE, redundancy, deadline));
	Jobs::draw_submitted();
	id
}

/// The (signer, job) of each `commit_result` taken from the pool, in order.
fn take_commits(pool: &Arc<RwLock<PoolState>>) -> Vec<(AccountId, JobId)> {
	take_transactions(pool)
		.into_iter()
		.map(|(signer, call)| match call {
			RuntimeCall::Jobs(Call::commit_result { job_id, .. }) => (signer, job_id),
			other => panic!("not a commit: {other:?}"),
		})
		.collect()
}

/// Issue #17 (OCW throughput): a run starts the inference requests of all its jobs before it
/// awaits any, and awaits them together with one deadline. The first job's server never
/// answers: the run still answers and commits the others, and takes one timeout in all. (The
/// old worker sent and awaited one request after the other, each with its own timeout: k
/// slow servers cost it k timeouts.)
#[test]
fn a_run_sends_all_its_inference_requests_before_awaiting_them_together_with_one_deadline() {
	let hung = request_body(&H256([MODEL as u8; 32]), b"hangs");
	let (mut ext, state, pool, log) = slow_server_ext(vec![P1], 10_000, Some(hung));
	ext.execute_with(|| {
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		let stuck = submit_with(Payload::Inline(b"hangs".to_vec()), 1, 20);
		let second = submit_with(Payload::Inline(b"two".to_vec()), 1, 21);
		let third = submit_with(Payload::Inline(b"three".to_vec()), 1, 22);
		for input in [&b"hangs"[..], b"two", b"three"] {
			expect_inference(&state, input, br#"{"output":"0x01"}"#);
		}
		run_worker(1);
		let post = HttpCall::Start(format!("POST {ENDPOINT}/v1/infer"));
		let deadline = Timestamp::from_unix_millis(HTTP_TIMEOUT_MS);
		assert_eq!(*log.read(), vec![post.clone(), post.clone(), post, HttpCall::Wait(3, Some(deadline))]);
		// One timeout for the whole run, not one per request.
		assert_eq!(sp_io::offchain::timestamp(), deadline);
		assert_eq!(take_commits(&pool), vec![(P1, second), (P1, third)]);
		let record = record_of(stuck, P1).unwrap();
		assert_eq!((record.failures, record.retry_at, record.answer), (1, 3, None));
	});
}

/// Issue #17: a run starts at most the request budget of each provider (here set by the
/// operator to 4: two jobs of two requests each, the download of a remote input, then the
/// inference), the downloads all at once and then the inference requests all at once; each
/// provider's later jobs wait for the next run, the earliest phase end first. The budget is each
/// provider's own: the old code shared one budget of `MAX_REQUESTS_PER_RUN` among all the
/// providers of the node (so four providers on one node were served at a quarter of the rate).
#[test]
fn a_run_starts_at_most_the_request_budget_of_each_provider_and_the_later_jobs_wait_for_the_next_run() {
	let (mut ext, state, pool, log) = slow_server_ext(vec![P1, P2], 10_000, None);
	ext.execute_with(|| {
		const BUDGET: u32 = 4;
		sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, MAX_REQUESTS_PER_RUN_KEY, &BUDGET.encode());
		assert_eq!(requests_per_run(), BUDGET);
		// MAX_ACTIVE_JOBS jobs for both providers, the later submitted ones with earlier
		// deadlines: 2 * MAX_ACTIVE_JOBS parts of 2 requests each.
		let mut jobs: Vec<(JobId, u64, Vec<u8>)> = (0..MAX_ACTIVE_JOBS as u64)
			.map(|i| {
				let data = format!("document {i}").into_bytes();
				let uri = format!("https://files.example/{i}").into_bytes();
				let id = submit_with(Payload::Remote { hash: BlakeTwo256::hash(&data), uri }, 2, 30 - i);
				(id, 30 - i, data)
			})
			.collect();
		jobs.sort_by_key(|(_, deadline, _)| *deadline);
		let parts: Vec<(AccountId, JobId, &Vec<u8>)> =
			jobs.iter().flat_map(|(id, _, data)| [(P1, *id, data), (P2, *id, data)]).collect();
		// Both providers' first BUDGET / 2 jobs in each run.
		let parts_per_run = BUDGET as usize;
		assert!(parts_per_run * 2 < parts.len(), "the parts take three runs or more");
		let uri_of = |id: JobId| {
			let i = jobs.iter().position(|(job, ..)| *job == id).unwrap();
			format!("https://files.example/{}", MAX_ACTIVE_JOBS as usize - 1 - i)
		};
		// Each run: the downloads all at once, then the inference requests all at once.
		let expect_run = |parts: &[(AccountId, JobId, &Vec<u8>)]| {
			for (_, id, data) in parts {
				expect_download(&state, &uri_of(*id), data);
			}
			for (_, _, data) in parts {
				expect_inference(&state, data, br#"{"output":"0x01"}"#);
			}
			let mut calls: Vec<HttpCall> = parts.iter().map(|(_, id, _)| HttpCall::Start(format!("GET {}", uri_of(*id)))).collect();
			calls.push(HttpCall::Wait(parts.len(), None));
			calls.extend(parts.iter().map(|_| HttpCall::Start(format!("POST {ENDPOINT}/v1/infer"))));
			calls.push(HttpCall::Wait(parts.len(), None));
			calls
		};
		// The deadlines are not compared here (the other test does).
		let calls_without_deadlines = || -> Vec<HttpCall> {
			log.write()
				.drain(..)
				.map(|call| match call {
					HttpCall::Wait(n, _) => HttpCall::Wait(n, None),
					start => start,
				})
				.collect()
		};
		let commits = |parts: &[(AccountId, JobId, &Vec<u8>)]| parts.iter().map(|(p, id, _)| (*p, *id)).collect::<Vec<_>>();

		for (run, batch) in parts.chunks(parts_per_run).enumerate() {
			let expected = expect_run(batch);
			run_worker(run as u64 + 1);
			let calls = calls_without_deadlines();
			let started = |provider: AccountId| {
				batch.iter().filter(|(p, ..)| *p == provider).count() * 2
			};
			assert_eq!((started(P1), started(P2)), (BUDGET as usize, BUDGET as usize), "run {run}: each provider's full budget");
			assert_eq!(calls.iter().filter(|call| matches!(call, HttpCall::Start(_))).count(), 2 * BUDGET as usize);
			assert_eq!(calls, expected, "run {run}");
			// The earlier runs' jobs are committed and wait for their commitments to land.
			assert_eq!(take_commits(&pool), commits(batch), "run {run}");
			for (provider, id, _) in &parts[(run + 1) * parts_per_run..] {
				assert_eq!(record_of(*id, *provider), None, "run {run}: not touched yet");
			}
		}
		// Two rounds of concurrent requests per run: two latencies, however many jobs.
		let runs = parts.len().div_ceil(parts_per_run) as u64;
		assert_eq!(sp_io::offchain::timestamp(), Timestamp::from_unix_millis(runs * 2 * 10_000));
	});
}

/// Without the operator's setting a provider's budget is `MAX_REQUESTS_PER_RUN`; a setting out
/// of range is clamped.
#[test]
fn the_request_budget_defaults_to_max_requests_per_run_and_is_clamped() {
	let (mut ext, ..) = slow_server_ext(vec![P1], 10_000, None);
	ext.execute_with(|| {
		assert_eq!(requests_per_run(), MAX_REQUESTS_PER_RUN);
		for (set, budget) in [(0u32, 1), (32, 32), (u32::MAX, MAX_REQUESTS_PER_RUN_LIMIT)] {
			sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, MAX_REQUESTS_PER_RUN_KEY, &set.encode());
			assert_eq!(requests_per_run(), budget);
		}
	});
}

/// The worker's persistent off-chain storage keys are what nodes already hold: renaming the
/// code (dispatch -> work) must never move them, or every node would lose its kept answers
/// and nonces. The exact bytes: a SCALE-encoded fixed-size array (no length prefix), then the
/// job id (u64, little-endian) and the provider (or worker) account.
#[test]
fn the_workers_offchain_storage_keys_keep_their_bytes() {
	let account: u64 = 0x0102;
	let tail = |job: Option<u64>| {
		let mut bytes = job.map(|j| j.to_le_bytes().to_vec()).unwrap_or_default();
		bytes.extend(account.to_le_bytes());
		bytes
	};
	assert_eq!(work_record_key(7, &account), [b"infera/jobs/dispatch".to_vec(), tail(Some(7))].concat());
	assert_eq!(work_lock_key(7, &account), [b"infera/jobs/dispatch-lock".to_vec(), tail(Some(7))].concat());
	assert_eq!(nonce_key(&account), [b"infera/jobs/nonce".to_vec(), tail(None)].concat());
	assert_eq!(SERVER_AUTH_KEY, b"infera/jobs/server-auth-key");
	assert_eq!(ALLOW_PRIVATE_URIS_KEY, b"infera/jobs/allow-private-uris");
	assert_eq!(MAX_REQUESTS_PER_RUN_KEY, b"infera/jobs/max-requests-per-run");
}

