//! A progress line on standard error for long batches: articles done, MB read, MB/s and,
//! when the total is known, the time left. Drawn only on a terminal, at most ten times a
//! second, and wiped before any diagnostic and at the end.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    shown: bool,
    drawn: bool,
    started: Instant,
    last_draw: Instant,
    articles: usize,
    bytes: u64,
    total_bytes: Option<u64>,
}

impl Progress {
    /// A progress line that shows itself only if standard error is a terminal, standard
    /// output is not (the report would be the progress), and `quiet` is off. The total,
    /// for the ETA, is counted only then.
    pub fn new(quiet: bool, total_bytes: impl FnOnce() -> Option<u64>) -> Self {
        let now = Instant::now();
        let shown = !quiet && io::stderr().is_terminal() && !io::stdout().is_terminal();
        Progress {
            shown,
            drawn: false,
            started: now,
            last_draw: now,
            articles: 0,
            bytes: 0,
            total_bytes: if shown { total_bytes() } else { None },
        }
    }

    /// Counts one finished article of `bytes` bytes.
    pub fn advance(&mut self, bytes: usize) {
        self.articles += 1;
        self.bytes += bytes as u64;
        let now = Instant::now();
        let waited = now.duration_since(self.last_draw) >= Duration::from_millis(100);
        if self.shown && waited && now.duration_since(self.started) >= Duration::from_millis(500) {
            self.last_draw = now;
            self.draw();
        }
    }

    fn draw(&mut self) {
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        let mb = self.bytes as f64 / 1e6;
        let rate = mb / seconds;
        let mut line = format!("{} articles, {mb:.1} MB, {rate:.1} MB/s", self.articles);
        if let Some(total) = self.total_bytes.filter(|&t| t >= self.bytes && rate > 0.0) {
            let left = (total - self.bytes) as f64 / 1e6 / rate;
            let percent = 100.0 * self.bytes as f64 / total.max(1) as f64;
            line += &format!(", {percent:.0}%, ETA {}", clock(left));
        }
        let _ = write!(io::stderr(), "\r\x1b[2Kclaims: {line}");
        self.drawn = true;
    }

    /// Wipes the line, so a diagnostic or the shell prompt starts on a clean line.
    pub fn clear(&mut self) {
        if self.drawn {
            let _ = write!(io::stderr(), "\r\x1b[2K");
            self.drawn = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}

fn clock(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn clock_reads_hours_minutes_seconds() {
        assert_eq!(super::clock(3725.4), "1:02:05");
        assert_eq!(super::clock(0.0), "0:00:00");
    }
}
