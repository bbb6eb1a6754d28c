//! Any bytes: decoded as the CLI decodes them (lossy), analysed, and every span checked
//! against the text it claims to cover.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = claims::analyze(&text, "fuzz");
    if let Err(broken) = analysis.check_invariants(&text) {
        panic!("{broken}");
    }
});
