//! The numeral parser on any string: a value or `None`, never a panic, never a non-finite value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wenxi::numbers::numeral;

fuzz_target!(|text: &str| {
    if let Some(v) = numeral::parse(text) {
        assert!(v.is_finite(), "{text:?} → {v}");
    }
});
