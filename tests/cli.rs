//! The command line as a batch user meets it: JSON Lines in, one analysis per line out, in order,
//! bad lines reported by number without stopping the run.
use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

fn wenxi(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run wenxi");
    // A bad option ends the CLI before it reads its input, so the pipe may already be closed.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
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
    let values: Vec<&str> =
        out[3]["entities"].as_array().unwrap().iter().map(|e| e["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["2020-05-06", "2020-05-06T17:00"]);

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 2") && stderr.contains("line 3"), "stderr: {stderr}");
    assert!(!stderr.contains("line 5"), "stderr: {stderr}");
}

#[test]
fn one_document_from_stdin_with_a_reference_date() {
    let output = wenxi(&["analyze", "--reference-date", "2021-06-01", "-"], "去年，去年5月6日".as_bytes());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let analysis: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let date = &analysis["entities"][0];
    assert_eq!(date["type"], "date");
    assert_eq!(date["value"], "2020");
    // A year word before a month and day is one date in that year, not the reference's.
    let full = &analysis["entities"][1];
    assert_eq!((full["text"].as_str(), full["value"].as_str()), (Some("去年5月6日"), Some("2020-05-06")));
    assert_eq!(full["unresolved"], "-P1Y");
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

#[test]
fn an_error_line_keeps_the_id_of_its_input_line() {
    let input = concat!(
        "{\"id\":\"no-text\"}\n",
        "{\"id\":2,\"text\":42}\n",
        "{\"id\":[\"x\"],\"text\":null}\n",
        "{\"id\":\"bad-date\",\"text\":\"今天\",\"reference_date\":20210601}\n",
        "{\"text\":\"没有编号\",\"id\":\"after\",\"reference_date\":\"2021-13-01\"}\n",
        "[1,2,3]\n",
    );
    let mut input = input.as_bytes().to_vec();
    input.extend_from_slice(b"{\"id\":\"bytes\",\"text\":\"\xff\"}\n");
    let output = wenxi(&["analyze", "--jsonl"], &input);
    assert_eq!(output.status.code(), Some(1));
    let out = lines(&output);
    let ids: Vec<&Value> = out.iter().map(|o| &o["id"]).collect();
    let expected =
        [json!("no-text"), json!(2), json!(["x"]), json!("bad-date"), json!("after"), Value::Null, json!("bytes")];
    assert_eq!(ids, expected.iter().collect::<Vec<_>>());
    for (n, o) in out.iter().enumerate() {
        let error = o["error"].as_str().unwrap_or_default();
        assert!(error.contains(&format!("line {}", n + 1)), "{o}");
        assert!(o.get("tokens").is_none(), "{o}");
    }
    assert!(out[0]["error"].as_str().unwrap().contains("missing field `text`"), "{}", out[0]);
    assert!(out[1]["error"].as_str().unwrap().contains("expected a string"), "{}", out[1]);
}

#[test]
fn a_lone_surrogate_reads_as_a_replacement_character_as_in_javascript() {
    // JSON's \ud800 with no trail: JavaScript's TextEncoder (the wasm API's way in) makes it
    // U+FFFD, one UTF-16 unit, so the CLI does too; a valid pair stays one character.
    let input = "{\"id\":\"s\",\"text\":\"甲\\ud800乙\\udc00丙\\ud842\\udfb7\"}\n";
    let output = wenxi(&["analyze", "--jsonl"], input.as_bytes());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let out = lines(&output);
    let tokens = out[0]["tokens"].as_array().expect("tokens");
    let text: String = tokens.iter().map(|t| t["text"].as_str().unwrap()).collect();
    assert_eq!(text, "甲\u{FFFD}乙\u{FFFD}丙\u{20BB7}");
    let last = tokens.last().unwrap();
    assert_eq!((last["start"].as_u64(), last["end"].as_u64()), (Some(5), Some(7)), "{last}");
}

#[test]
fn threads_are_bounded_and_options_that_do_nothing_are_refused() {
    for n in ["257", "100000"] {
        let output = wenxi(&["analyze", "--jsonl", "--threads", n], b"{\"text\":\"x\"}\n");
        assert_eq!(output.status.code(), Some(2), "--threads {n}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("0..=256"),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let output = wenxi(&["analyze", "--jsonl", "--threads", "256"], b"{\"id\":1,\"text\":\"x\"}\n");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(lines(&output)[0]["id"], 1);
    for args in [&["analyze", "--threads", "2", "-"][..], &["analyze", "--jsonl", "--pretty"][..]] {
        let output = wenxi(args, b"x");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_directory_is_named_in_its_error() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let output = wenxi(&["analyze", dir], b"");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains(dir), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn the_model_is_asked_for_and_a_bad_model_file_is_a_clear_error() {
    let text = "{\"id\":1,\"text\":\"记者王明在北京报道。\",\"reference_date\":\"2021-06-01\"}\n";
    let output = wenxi(&["analyze", "--jsonl", "--model"], text.as_bytes());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(lines(&output)[0]["id"], 1);
    // --model-file goes with --model only; a file that is no model is refused before any text.
    let output = wenxi(&["analyze", "--model-file", "Cargo.toml", "-"], b"x");
    assert_eq!(output.status.code(), Some(2));
    let output = wenxi(&["analyze", "--model", "--model-file", "Cargo.toml", "-"], b"x");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a names model"));
}
