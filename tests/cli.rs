//! The command line as a batch user meets it: JSON Lines in, one analysis per line out, in order,
//! bad lines reported by number without stopping the run.
use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn wenxi(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run wenxi");
    // A run refused before it reads stdin (a bad --reference-date) may close the pipe first:
    // the write then fails with EPIPE, which is no failure of the run.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("wait for wenxi")
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

#[test]
fn jsonl_keeps_order_echoes_ids_and_reports_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice("{\"id\":\"a\",\"text\":\"记者 高洪驰\",\"source\":\"ignored\"}\n".as_bytes());
    input.extend_from_slice(b"not json\n");
    input.extend_from_slice(b"{\"id\":\"bytes\",\"text\":\"\xff\xfe\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice("{\"id\":7,\"text\":\"当日17时\",\"reference_date\":\"2020-05-06\"}\n".as_bytes());
    let output = wenxi(&["analyze", "--jsonl"], &input);

    assert_eq!(output.status.code(), Some(1), "a failed line makes the run fail");
    let out = lines(&output);
    assert_eq!(out.len(), 4, "one line per non-blank input line: {out:?}");

    assert_eq!(out[0]["id"], "a");
    let person = &out[0]["entities"][0];
    assert_eq!((person["type"].as_str(), person["text"].as_str()), (Some("person"), Some("高洪驰")));
    assert_eq!((person["start"].as_u64(), person["end"].as_u64()), (Some(3), Some(6)));

    assert!(out[1]["error"].as_str().unwrap().contains("line 2"), "{}", out[1]);
    assert!(out[2]["error"].as_str().unwrap().contains("line 3"), "{}", out[2]);

    // 当日 is the reference date; 17时 on that day.
    assert_eq!(out[3]["id"], 7);
    let values: Vec<&str> = out[3]["entities"].as_array().unwrap().iter().map(|e| e["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["2020-05-06", "2020-05-06T17:00"]);

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 2") && stderr.contains("line 3"), "stderr: {stderr}");
    assert!(!stderr.contains("line 5"), "stderr: {stderr}");
}

#[test]
fn one_document_from_stdin_with_a_reference_date() {
    let output = wenxi(&["analyze", "--reference-date", "2021-06-01", "-"], "去年".as_bytes());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let analysis: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let date = &analysis["entities"][0];
    assert_eq!(date["type"], "date");
    assert_eq!(date["value"], "2020");
}

#[test]
fn bad_reference_date_and_invalid_utf8_are_clear_errors() {
    let output = wenxi(&["analyze", "--reference-date", "June", "-"], b"x");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("June"));

    let output = wenxi(&["analyze", "-"], b"ok \xc3\x28");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("UTF-8"));
}
