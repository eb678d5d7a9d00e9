//! Falco's duration strings (`metrics.interval`): Prometheus' time-duration format.

use std::time::Duration;

/// Units in the order Prometheus (and Falco) requires them, with their length in milliseconds.
const UNITS: [(&str, u64); 7] = [
    ("y", 365 * 24 * 3_600_000),
    ("w", 7 * 24 * 3_600_000),
    ("d", 24 * 3_600_000),
    ("h", 3_600_000),
    ("m", 60_000),
    ("s", 1_000),
    ("ms", 1),
];

/// Parses `1h`, `15m`, `100ms`, `1h30m`, ... (units in decreasing order, each at most once;
/// whitespace is ignored, as Falco strips it). A bare number has no unit and is refused, as
/// Falco refuses it when metrics are enabled.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return None;
    }
    let mut rest = s.as_str();
    let mut next_unit = 0;
    let mut total: u64 = 0;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        if digits == 0 {
            return None;
        }
        let n: u64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        // `ms` before `m`, so try the longest unit spelled here.
        let unit = if rest.starts_with("ms") {
            "ms"
        } else {
            rest.get(..1)?
        };
        let at = UNITS[next_unit..].iter().position(|(u, _)| *u == unit)? + next_unit;
        total = total.checked_add(n.checked_mul(UNITS[at].1)?)?;
        next_unit = at + 1;
        rest = &rest[unit.len()..];
    }
    Some(Duration::from_millis(total))
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn single_units() {
        assert_eq!(parse_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_duration("15m"), Some(Duration::from_secs(900)));
        assert_eq!(parse_duration("100ms"), Some(Duration::from_millis(100)));
        assert_eq!(parse_duration("5s"), Some(Duration::from_secs(5)));
        assert_eq!(parse_duration("2d"), Some(Duration::from_secs(2 * 86_400)));
    }

    #[test]
    fn combined_units() {
        assert_eq!(parse_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(
            parse_duration(" 1m 500ms "),
            Some(Duration::from_millis(60_500))
        );
    }

    #[test]
    fn refused() {
        assert_eq!(parse_duration("5000"), None);
        assert_eq!(parse_duration(""), None);
        assert_eq!(parse_duration("1x"), None);
        assert_eq!(parse_duration("30m1h"), None);
        assert_eq!(parse_duration("1h1h"), None);
        assert_eq!(parse_duration("h"), None);
    }
}
