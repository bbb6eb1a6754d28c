//! Any bytes: decoded as the CLI decodes them (lossy), analysed with quotations joined and
//! split, and every span checked against the text it claims to cover.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for split_quotes in [false, true] {
        let analysis = claims::analyze_with(&text, "fuzz", claims::Options { split_quotes });
        if let Err(broken) = analysis.check_invariants(&text) {
            panic!("{broken}");
        }
    }
});
