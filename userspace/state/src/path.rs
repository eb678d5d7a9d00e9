//! Lexical path resolution, as libsinsp's `concatenate_paths`: a relative path joined to a base
//! directory, `.` and `..` components and repeated slashes removed. No file system access.

/// Writes into `out` the normalised absolute form of `path` relative to `base` (a directory,
/// with or without trailing slash). An absolute `path` ignores `base`. An empty `path` gives
/// `base` normalised.
pub fn concat_into(base: &[u8], path: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.push(b'/');
    let parts = if path.first() == Some(&b'/') {
        [&b""[..], path]
    } else {
        [base, path]
    };
    for part in parts {
        for comp in part.split(|&b| b == b'/') {
            match comp {
                b"" | b"." => {}
                b".." => {
                    // Drop the last component, never the leading slash.
                    while out.len() > 1 && out.last() != Some(&b'/') {
                        out.pop();
                    }
                    if out.len() > 1 {
                        out.pop();
                    }
                }
                c => {
                    if out.len() > 1 {
                        out.push(b'/');
                    }
                    out.extend_from_slice(c);
                }
            }
        }
    }
}

/// [`concat_into`] returning a new buffer.
pub fn concat(base: &[u8], path: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(base.len() + path.len() + 1);
    concat_into(base, path, &mut v);
    v
}

#[cfg(test)]
mod tests {
    use super::concat;

    #[test]
    fn joins_and_normalises() {
        assert_eq!(concat(b"/root/", b"a/b"), b"/root/a/b");
        assert_eq!(concat(b"/root", b"./a//b/"), b"/root/a/b");
        assert_eq!(concat(b"/root/x/", b"../a"), b"/root/a");
        assert_eq!(concat(b"/", b"../../a"), b"/a");
        assert_eq!(concat(b"/tmp/", b"/etc/passwd"), b"/etc/passwd");
        assert_eq!(concat(b"/tmp/", b""), b"/tmp");
        assert_eq!(concat(b"/tmp/", b"."), b"/tmp");
    }
}
