//! Batches: JSON Lines streams in, the same bytes out at every thread count, and bad
//! inputs that cost nobody else their result.

use assert_cmd::Command;
use serde_json::Value;

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap()
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_input_keeps_ids_and_order() {
    let stream = concat!(
        "{\"id\": \"first\", \"text\": \"“It works,” Mayor Ana Ruiz said.\"}\n",
        "\n",
        "{\"id\": 42, \"text\": \"Officials said the bridge would reopen.\"}\n",
        "this is not a record\n",
        "{\"id\": \"last\", \"text\": \"\"}\n",
    );
    let out = claims()
        .args([
            "analyze", "--input", "jsonl", "--format", "jsonl", "-j", "2",
        ])
        .write_stdin(stream)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("-:4:"))
        .get_output()
        .stdout
        .clone();
    let docs = lines(&out);
    let sources: Vec<&str> = docs.iter().map(|d| d["source"].as_str().unwrap()).collect();
    assert_eq!(sources, ["first", "42", "-:4", "last"]);
    assert_eq!(docs[0]["speakers"][0]["name"], "Ana Ruiz");
    assert_eq!(docs[2]["error"]["kind"], "bad_record");
    assert_eq!(docs[3]["statements"].as_array().unwrap().len(), 0);
}

#[test]
fn every_thread_count_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let mut articles = 1;
    for entry in std::fs::read_dir("fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            articles += 3;
            for copy in 0..3 {
                let name = format!("{copy}-{}", path.file_name().unwrap().to_string_lossy());
                std::fs::copy(&path, dir.path().join(name)).unwrap();
            }
        }
    }
    std::fs::write(dir.path().join("1-broken.txt"), b"bad \xff byte").unwrap();
    let run = |jobs: &str, format: &str| {
        claims()
            .args(["analyze", "--format", format, "-j", jobs])
            .arg(dir.path())
            .assert()
            .code(2)
            .get_output()
            .stdout
            .clone()
    };
    for format in ["jsonl", "json", "text"] {
        let one = run("1", format);
        assert!(!one.is_empty());
        for jobs in ["2", "3", "8"] {
            assert!(
                one == run(jobs, format),
                "-j {jobs} --format {format} differs"
            );
        }
    }
    let docs = lines(&run("4", "jsonl"));
    assert_eq!(docs.len(), articles);
    assert_eq!(docs.iter().filter(|d| d.get("error").is_some()).count(), 1);
}

#[test]
fn pipes_get_no_progress_line() {
    claims()
        .args(["analyze", "--format", "jsonl", "fixtures"])
        .assert()
        .success()
        .stderr("");
}

/// What the scale-out recipes (GNU parallel, Spark's RDD.pipe) rely on: a JSON Lines stream
/// cut into shards at line ends, each analysed by its own process, gives the same bytes as
/// the whole stream in one run.
#[test]
fn shards_analysed_apart_join_into_the_whole() {
    let mut records = Vec::new();
    for entry in std::fs::read_dir("fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let id = path.file_name().unwrap().to_string_lossy().into_owned();
            records.push(serde_json::json!({"id": id, "text": text}).to_string() + "\n");
        }
    }
    records.sort();
    let run = |stream: String| {
        claims()
            .args([
                "analyze", "--input", "jsonl", "--format", "jsonl", "-j", "1",
            ])
            .write_stdin(stream)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let whole = run(records.concat());
    let joined: Vec<u8> = records
        .chunks(3)
        .flat_map(|shard| run(shard.concat()))
        .collect();
    assert_eq!(lines(&whole).len(), records.len());
    assert!(whole == joined, "sharded output differs from the whole run");
}

/// Entries that cannot be read (a dangling link, a link loop, a folder without read
/// permission when not run as root) each get an error object; the rest of the folder its
/// results; the run ends with status 2.
#[cfg(unix)]
#[test]
fn unreadable_entries_cost_only_themselves() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("a-good.txt"),
        "Officials said the plan had stalled.",
    )
    .unwrap();
    std::fs::write(root.join("b-empty.txt"), "").unwrap();
    symlink("/no/such/target", root.join("c-dangling.txt")).unwrap();
    symlink("d-loop.txt", root.join("d-loop.txt")).unwrap();
    let locked = root.join("e-locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("inside.txt"), "Critics said it was late.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked_out = std::fs::read_dir(&locked).is_err(); // root reads it anyway
    let out = claims()
        .args(["analyze", "--format", "jsonl"])
        .arg(root)
        .assert()
        .code(2)
        .get_output()
        .clone();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let docs = lines(&out.stdout);
    let errors: Vec<&str> = docs
        .iter()
        .filter_map(|d| d["error"]["kind"].as_str())
        .collect();
    assert_eq!(errors.len(), 2 + usize::from(locked_out), "{docs:?}");
    assert!(errors.iter().all(|k| *k == "io"));
    let good = docs
        .iter()
        .find(|d| d["source"].as_str().unwrap().ends_with("a-good.txt"));
    assert_eq!(good.unwrap()["stats"]["statements"], 1);
    let empty = docs
        .iter()
        .find(|d| d["source"].as_str().unwrap().ends_with("b-empty.txt"));
    assert_eq!(empty.unwrap()["statements"].as_array().unwrap().len(), 0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("c-dangling.txt") && stderr.contains("d-loop.txt"),
        "{stderr}"
    );
}

/// `claims ... | head -n 1`: a closed stdout ends the run quietly, with status 0.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let bin = env!("CARGO_BIN_EXE_claims");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let args = std::iter::repeat_n(fixtures, 50)
        .collect::<Vec<_>>()
        .join(" ");
    let script = format!(
        "{bin} analyze --format jsonl -j 2 {args} 2>err | head -n 1 >/dev/null; \
         echo ${{PIPESTATUS[0]}}; cat err"
    );
    let out = std::process::Command::new("bash")
        .args(["-c", &script])
        .current_dir(tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n");
}
