//! Ordered parallel batches: jobs are handed to worker threads in small chunks, and their
//! results come back to the caller in input order, each chunk as soon as it and everything
//! before it is done. At most `4 × threads` chunks are read and not yet written, so memory
//! is bounded by a few dozen articles, never by the corpus.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};

/// Runs `work` over `jobs` on `threads` threads and feeds each result to `sink` in the
/// order of `jobs`; `caught_up` is called whenever everything ready has been fed, the moment
/// to flush output. With one thread nothing is spawned. The first error from `sink` ends the
/// run (the remaining jobs are dropped unread) and is returned.
pub fn run_ordered<J, R, E>(
    jobs: impl Iterator<Item = J> + Send,
    threads: usize,
    work: impl Fn(J) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
    mut caught_up: impl FnMut() -> Result<(), E>,
) -> Result<(), E>
where
    J: Send,
    R: Send,
{
    if threads <= 1 {
        for job in jobs {
            sink(work(job))?;
            caught_up()?;
        }
        return Ok(());
    }
    // Chunks keep the hand-offs between threads few when articles are short.
    let mut jobs = jobs;
    let chunks = std::iter::from_fn(move || {
        let chunk: Vec<J> = jobs.by_ref().take(CHUNK).collect();
        (!chunk.is_empty()).then_some(chunk)
    });
    let work = |chunk: Vec<J>| chunk.into_iter().map(&work).collect::<Vec<R>>();
    let in_flight = threads * 4;
    std::thread::scope(|scope| {
        // A ticket per job in flight: the reader takes one, the sink gives it back.
        let (ticket_tx, ticket_rx) = sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            ticket_tx
                .send(())
                .expect("the channel has room for every ticket");
        }
        let (job_tx, job_rx) = sync_channel::<(usize, Vec<J>)>(in_flight);
        let (done_tx, done_rx) = sync_channel::<(usize, Vec<R>)>(in_flight);
        scope.spawn(move || {
            for (seq, job) in chunks.enumerate() {
                if ticket_rx.recv().is_err() || job_tx.send((seq, job)).is_err() {
                    return;
                }
            }
        });
        let job_rx = Arc::new(Mutex::new(job_rx));
        let work = &work;
        for _ in 0..threads {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                while let Some((seq, job)) = next_job(&job_rx) {
                    if done_tx.send((seq, work(job))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (seq, result) in done_rx {
            waiting.insert(seq, result);
            while let Some(results) = waiting.remove(&next) {
                for result in results {
                    sink(result)?;
                }
                next += 1;
                // The reader may have finished and dropped its end: nothing to give back.
                let _ = ticket_tx.send(());
            }
            caught_up()?;
        }
        Ok(())
    })
}

fn next_job<J>(jobs: &Mutex<Receiver<(usize, J)>>) -> Option<(usize, J)> {
    // A worker that panicked poisons the lock; the others carry on with the queue.
    let jobs = jobs.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    jobs.recv().ok()
}

/// Jobs per hand-off to a worker.
const CHUNK: usize = 8;

/// The number of threads to use when the user names none: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(threads: usize, n: usize) -> Vec<usize> {
        let mut out = Vec::new();
        run_ordered(
            0..n,
            threads,
            |i| {
                // Uneven work, so results finish out of order.
                std::thread::sleep(std::time::Duration::from_micros(
                    ((i * 7919) % 13) as u64 * 50,
                ));
                i * 2
            },
            |r| {
                out.push(r);
                Ok::<(), ()>(())
            },
            || Ok(()),
        )
        .unwrap();
        out
    }

    #[test]
    fn results_come_back_in_input_order() {
        let expected: Vec<usize> = (0..200).map(|i| i * 2).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(collect(threads, 200), expected, "{threads} threads");
        }
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let mut seen = 0;
        let result = run_ordered(
            0..10_000,
            4,
            |i| i,
            |_| {
                seen += 1;
                if seen == 5 { Err("closed") } else { Ok(()) }
            },
            || Ok(()),
        );
        assert_eq!(result, Err("closed"));
        assert_eq!(seen, 5);
    }
}
