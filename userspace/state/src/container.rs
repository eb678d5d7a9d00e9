//! Container ids from a thread's cgroups, as Falco's container plugin derives them: the first
//! 12 hex characters of a 64-character id found in a docker, cri-containerd, crio, podman
//! (libpod) or systemd-slice cgroup path; `host` when none matches.

/// The id of a thread outside any container.
pub const HOST: &str = "host";

/// The container id for NUL-separated `subsys=/path` cgroup entries (or one path per line),
/// or `None` for the host.
pub fn container_id(cgroups: &[u8]) -> Option<[u8; 12]> {
    cgroups.split(|&b| b == 0 || b == b'\n').find_map(|entry| {
        let path = entry
            .iter()
            .position(|&b| b == b'=')
            .map_or(entry, |i| &entry[i + 1..]);
        id_in_path(path)
    })
}

/// Looks at each path component for a 64-hex id, bare (`/docker/<id>`, `/kubepods/.../<id>`)
/// or wrapped in a runtime's systemd scope (`docker-<id>.scope`, `cri-containerd-<id>.scope`,
/// `crio-<id>.scope`, `libpod-<id>.scope`).
fn id_in_path(path: &[u8]) -> Option<[u8; 12]> {
    const PREFIXES: [&[u8]; 5] = [b"docker-", b"cri-containerd-", b"crio-", b"libpod-", b""];
    for comp in path.split(|&b| b == b'/') {
        let comp = comp.strip_suffix(b".scope").unwrap_or(comp);
        for p in PREFIXES {
            if let Some(rest) = comp.strip_prefix(p) {
                if rest.len() == 64 && rest.iter().all(u8::is_ascii_hexdigit) {
                    let mut id = [0u8; 12];
                    id.copy_from_slice(&rest[..12]);
                    return Some(id);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::container_id;

    const ID: &str = "3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e";

    #[test]
    fn runtimes() {
        for path in [
            format!("cpu=/docker/{ID}"),
            format!("cpu=/system.slice/docker-{ID}.scope"),
            format!("cpu=/kubepods/besteffort/pod1/{ID}"),
            format!("cpu=/kubepods.slice/x/cri-containerd-{ID}.scope"),
            format!("cpu=/kubepods.slice/x/crio-{ID}.scope"),
            format!("cpu=/machine.slice/libpod-{ID}.scope/container"),
        ] {
            let mut v = b"memory=/user.slice\0".to_vec();
            v.extend_from_slice(path.as_bytes());
            assert_eq!(container_id(&v), Some(*b"3ad7b26ded6d"), "{path}");
        }
        assert_eq!(
            container_id(b"cpu=/user.slice/user-1000.slice/session-1.scope"),
            None
        );
        assert_eq!(container_id(b""), None);
    }
}
