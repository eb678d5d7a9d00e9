//! Timestamp rendering in the forms sysdig and Falco print (UTC).

use std::fmt::Write;

/// Appends `HH:MM:SS.nnnnnnnnn` (UTC) for a timestamp in ns since the epoch.
pub fn write_time(out: &mut String, ts: u64) {
    let secs = ts / 1_000_000_000;
    let ns = ts % 1_000_000_000;
    let day = secs % 86_400;
    let _ = write!(
        out,
        "{:02}:{:02}:{:02}.{:09}",
        day / 3600,
        (day / 60) % 60,
        day % 60,
        ns
    );
}

/// Appends `YYYY-MM-DD HH:MM:SS.nnnnnnnnn` (UTC).
pub fn write_datetime(out: &mut String, ts: u64) {
    let (y, m, d) = civil_date(ts / 1_000_000_000 / 86_400);
    let _ = write!(out, "{y:04}-{m:02}-{d:02} ");
    write_time(out, ts);
}

/// Appends ISO 8601 `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ` (UTC), Falco's JSON time form.
pub fn write_iso8601(out: &mut String, ts: u64) {
    write_date_t_time(out, ts);
    out.push('Z');
}

/// `evt.time.iso8601` as libsinsp renders it: `2016-08-04T16:17:57.881781397+0000`.
pub fn write_iso8601_offset(out: &mut String, ts: u64) {
    write_date_t_time(out, ts);
    out.push_str("+0000");
}

fn write_date_t_time(out: &mut String, ts: u64) {
    let (y, m, d) = civil_date(ts / 1_000_000_000 / 86_400);
    let _ = write!(out, "{y:04}-{m:02}-{d:02}T");
    write_time(out, ts);
}

/// Gregorian date of a day count since 1970-01-01 (Howard Hinnant's days-to-civil algorithm).
fn civil_date(days: u64) -> (i64, u32, u32) {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        let mut s = String::new();
        write_datetime(&mut s, 1_470_327_477_881_730_713);
        assert_eq!(s, "2016-08-04 16:17:57.881730713");
        s.clear();
        write_iso8601(&mut s, 0);
        assert_eq!(s, "1970-01-01T00:00:00.000000000Z");
        s.clear();
        write_iso8601_offset(&mut s, 1_470_327_477_881_781_397);
        assert_eq!(s, "2016-08-04T16:17:57.881781397+0000");
        s.clear();
        write_iso8601(&mut s, 951_782_400_000_000_000);
        assert_eq!(s, "2000-02-29T00:00:00.000000000Z");
    }
}
