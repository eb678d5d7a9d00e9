//! `syslog_output`: each alert as one datagram on the local syslog socket (`/dev/log`), in the
//! format the C library's `syslog(3)` sends (`<PRI>Mmm dd hh:mm:ss rfalco[PID]: message`), with
//! facility `user` and the severity of the rule's priority (Falco's priorities are syslog's
//! eight levels, in the same order).

use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};

use rfalco_rules::Priority;

/// The system's syslog socket.
pub const DEV_LOG: &str = "/dev/log";

/// `LOG_USER`.
const FACILITY_USER: u8 = 1;

/// A connection to a syslog socket; reconnects once when a send fails (syslogd restarted).
#[derive(Debug)]
pub struct Syslog {
    path: PathBuf,
    sock: Option<UnixDatagram>,
    /// Alerts that could not be sent (counted, reported at exit).
    pub failed: u64,
}

/// The syslog severity of a Falco priority (emergency 0 ... debug 7).
pub fn severity(p: Priority) -> u8 {
    match p {
        Priority::Emergency => 0,
        Priority::Alert => 1,
        Priority::Critical => 2,
        Priority::Error => 3,
        Priority::Warning => 4,
        Priority::Notice => 5,
        Priority::Informational => 6,
        Priority::Debug => 7,
    }
}

/// `Mmm dd hh:mm:ss` (RFC 3164), in UTC.
fn timestamp(ts_ns: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut iso = String::with_capacity(32);
    rfalco_fields::time::write_iso8601(&mut iso, ts_ns);
    // 2026-11-28T22:45:01.123456789Z
    let month = iso
        .get(5..7)
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
        .copied()
        .unwrap_or("Jan");
    let day: u32 = iso.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    format!("{month} {day:>2} {}", iso.get(11..19).unwrap_or("00:00:00"))
}

/// One syslog datagram.
pub fn datagram(priority: Priority, ts_ns: u64, pid: u32, message: &str) -> String {
    let pri = u16::from(FACILITY_USER) * 8 + u16::from(severity(priority));
    format!("<{pri}>{} rfalco[{pid}]: {message}", timestamp(ts_ns))
}

impl Syslog {
    /// A sender to the socket at `path` (connected on first use).
    pub fn new(path: &Path) -> Syslog {
        Syslog {
            path: path.to_path_buf(),
            sock: None,
            failed: 0,
        }
    }

    fn connect(&mut self) -> std::io::Result<&UnixDatagram> {
        if self.sock.is_none() {
            let s = UnixDatagram::unbound()?;
            s.connect(&self.path)?;
            self.sock = Some(s);
        }
        self.sock
            .as_ref()
            .ok_or_else(|| std::io::Error::other("not connected"))
    }

    /// Sends one alert; a failure is counted (and retried once on a fresh connection), never
    /// fatal: a missing syslog daemon must not stop detection.
    pub fn send(&mut self, priority: Priority, ts_ns: u64, message: &str) {
        let line = datagram(priority, ts_ns, std::process::id(), message.trim_end());
        for _ in 0..2 {
            match self.connect().and_then(|s| s.send(line.as_bytes())) {
                Ok(_) => return,
                Err(_) => self.sock = None,
            }
        }
        self.failed += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datagrams_have_the_syslog_header() {
        // 2016-08-04T16:17:57Z, a Warning: facility user (1) * 8 + severity 4.
        let d = datagram(
            Priority::Warning,
            1_470_327_477_881_781_397,
            42,
            "An open was seen",
        );
        assert_eq!(d, "<12>Aug  4 16:17:57 rfalco[42]: An open was seen");
        assert!(datagram(Priority::Emergency, 0, 1, "x").starts_with("<8>Jan  1 00:00:00 "));
        assert!(datagram(Priority::Debug, 0, 1, "x").starts_with("<15>"));
    }

    #[test]
    fn sends_to_a_local_socket_and_counts_failures() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("log");
        let server = UnixDatagram::bind(&path).expect("bind");
        let mut s = Syslog::new(&path);
        s.send(Priority::Error, 0, "first\n");
        let mut buf = [0u8; 256];
        let n = server.recv(&mut buf).expect("recv");
        let got = std::str::from_utf8(&buf[..n]).expect("utf-8");
        assert!(got.starts_with("<11>Jan  1 00:00:00 rfalco["), "{got}");
        assert!(got.ends_with("]: first"), "{got}");
        assert_eq!(s.failed, 0);
        drop(server);
        let mut gone = Syslog::new(&dir.path().join("nobody"));
        gone.send(Priority::Error, 0, "lost");
        assert_eq!(gone.failed, 1);
    }
}
