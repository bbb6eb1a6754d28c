//! Prints the sentences, cue words and statements the engine finds in its first argument:
//! `cargo run --example debug -- "Kim said the office is open."`
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = claims::text::Document::parse(&text);
    for s in &doc.sentences {
        println!("S {:?}", s.span.text(&text));
    }
    for c in claims::extract::find_cues(&doc) {
        let sentence = doc.sentences[c.sentence].span;
        let before = claims::resolve::mention::before(&text, sentence.start, c.span);
        println!(
            "C {:?} speaker before: {:?}",
            c.span.text(&text),
            before.map(|m| m.span.text(&text))
        );
    }
    for a in claims::extract::extract(&doc) {
        println!(
            "A {} {:?} <- {:?}",
            a.extractor,
            a.claim.text(&text),
            a.mention.map(|m| m.span.text(&text))
        );
    }
}
