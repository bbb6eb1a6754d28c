//! The README's `console` examples, run for real: each `$ ` line is run by bash (with pipefail) from the
//! project root with this build's `claims` first on PATH, and its output must be the lines
//! shown under it. They pipe into jq; without jq installed the test says it skipped, unless
//! CLAIMS_REQUIRE_JQ is set (as .ci/run sets it), when it fails.

use std::path::Path;
use std::process::Command;

struct Example {
    command: String,
    expected: String,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut found = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            in_console = !in_console && line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            found.push(Example {
                command: command.to_string(),
                expected: String::new(),
            });
        } else if let Some(example) = found.last_mut() {
            example.expected.push_str(line);
            example.expected.push('\n');
        }
    }
    found
}

#[test]
fn readme_examples_print_what_the_readme_shows() {
    let has_jq = Command::new("jq").arg("--version").output().is_ok();
    if !has_jq {
        assert!(
            std::env::var_os("CLAIMS_REQUIRE_JQ").is_none(),
            "jq is required (CLAIMS_REQUIRE_JQ is set) but not installed"
        );
        eprintln!("skipped: jq is not installed");
        return;
    }
    let readme = std::fs::read_to_string("README.md").unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 4, "the README shows its jq examples");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_claims")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for example in &examples {
        let out = Command::new("bash")
            .args(["-o", "pipefail", "-c", &example.command])
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}\n{}",
            example.command,
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            example.expected,
            "README example: {}",
            example.command
        );
    }
}
