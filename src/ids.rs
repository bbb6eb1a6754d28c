//! The ids of the output: "s1" for the first statement, "sp2", "p3", "c4".

/// The id of item `index` (from 0) of a kind: `id("sp", 1)` is "sp2". Written digit by
/// digit: `format!` costs more than the rest of a statement's ids together.
pub fn id(prefix: &str, index: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = index + 1;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(prefix.len() + digits.len() - at);
    id.push_str(prefix);
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

#[cfg(test)]
mod tests {
    use super::id;

    #[test]
    fn counts_from_one() {
        assert_eq!(id("s", 0), "s1");
        assert_eq!(id("sp", 9), "sp10");
        assert_eq!(id("c", 1234), "c1235");
        assert_eq!(id("p", usize::MAX - 1), format!("p{}", usize::MAX));
    }
}
