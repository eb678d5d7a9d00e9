//! Native (x86_64 Linux) argument values and their event-schema encodings.
//!
//! The kernel module sees syscall arguments as the kernel does; events carry Falco's portable
//! `PPM_*` encodings, which differ for open, clone, mmap and ptrace flags. Each function maps one
//! native value set to its schema value set, bit by bit; bits with no schema counterpart are left
//! out, as Falco's driver leaves them out.

/// Native open(2) flag bits (x86_64, octal as in the uapi headers).
pub mod o {
    /// `O_WRONLY`.
    pub const WRONLY: u32 = 0o1;
    /// `O_RDWR`.
    pub const RDWR: u32 = 0o2;
    /// `O_ACCMODE`.
    pub const ACCMODE: u32 = 0o3;
    /// `O_CREAT`.
    pub const CREAT: u32 = 0o100;
    /// `O_EXCL`.
    pub const EXCL: u32 = 0o200;
    /// `O_TRUNC`.
    pub const TRUNC: u32 = 0o1000;
    /// `O_APPEND`.
    pub const APPEND: u32 = 0o2000;
    /// `O_NONBLOCK`.
    pub const NONBLOCK: u32 = 0o4000;
    /// `O_DSYNC`.
    pub const DSYNC: u32 = 0o10000;
    /// `O_DIRECT`.
    pub const DIRECT: u32 = 0o40000;
    /// `O_LARGEFILE`.
    pub const LARGEFILE: u32 = 0o100000;
    /// `O_DIRECTORY`.
    pub const DIRECTORY: u32 = 0o200000;
    /// `O_CLOEXEC`.
    pub const CLOEXEC: u32 = 0o2000000;
    /// `__O_SYNC` (`O_SYNC` is this plus `O_DSYNC`).
    pub const SYNC_BIT: u32 = 0o4000000;
    /// `__O_TMPFILE` (`O_TMPFILE` is this plus `O_DIRECTORY`).
    pub const TMPFILE_BIT: u32 = 0o20000000;
}

/// Schema open flags (`file_flags`).
pub mod ppm_o {
    /// `PPM_O_RDONLY`.
    pub const RDONLY: u32 = 1 << 0;
    /// `PPM_O_WRONLY`.
    pub const WRONLY: u32 = 1 << 1;
    /// `PPM_O_RDWR`.
    pub const RDWR: u32 = RDONLY | WRONLY;
    /// `PPM_O_CREAT`.
    pub const CREAT: u32 = 1 << 2;
    /// `PPM_O_APPEND`.
    pub const APPEND: u32 = 1 << 3;
    /// `PPM_O_DSYNC`.
    pub const DSYNC: u32 = 1 << 4;
    /// `PPM_O_EXCL`.
    pub const EXCL: u32 = 1 << 5;
    /// `PPM_O_NONBLOCK`.
    pub const NONBLOCK: u32 = 1 << 6;
    /// `PPM_O_SYNC`.
    pub const SYNC: u32 = 1 << 7;
    /// `PPM_O_TRUNC`.
    pub const TRUNC: u32 = 1 << 8;
    /// `PPM_O_DIRECT`.
    pub const DIRECT: u32 = 1 << 9;
    /// `PPM_O_DIRECTORY`.
    pub const DIRECTORY: u32 = 1 << 10;
    /// `PPM_O_LARGEFILE`.
    pub const LARGEFILE: u32 = 1 << 11;
    /// `PPM_O_CLOEXEC`.
    pub const CLOEXEC: u32 = 1 << 12;
    /// `PPM_O_TMPFILE`.
    pub const TMPFILE: u32 = 1 << 13;
    /// `PPM_O_F_CREATED`: the open created the file.
    pub const F_CREATED: u32 = 1 << 14;
}

const fn map_bits(native: u64, table: &[(u64, u32)]) -> u32 {
    let mut out = 0;
    let mut i = 0;
    while i < table.len() {
        if native & table[i].0 != 0 {
            out |= table[i].1;
        }
        i += 1;
    }
    out
}

/// Open flags to `file_flags`.
pub const fn open_flags(flags: u32) -> u32 {
    let mut out = match flags & o::ACCMODE {
        o::WRONLY => ppm_o::WRONLY,
        o::RDWR => ppm_o::RDWR,
        _ => ppm_o::RDONLY,
    };
    out |= map_bits(
        flags as u64,
        &[
            (o::CREAT as u64, ppm_o::CREAT),
            (o::APPEND as u64, ppm_o::APPEND),
            (o::DSYNC as u64, ppm_o::DSYNC),
            (o::EXCL as u64, ppm_o::EXCL),
            (o::NONBLOCK as u64, ppm_o::NONBLOCK),
            (o::SYNC_BIT as u64, ppm_o::SYNC),
            (o::TRUNC as u64, ppm_o::TRUNC),
            (o::DIRECT as u64, ppm_o::DIRECT),
            (o::DIRECTORY as u64, ppm_o::DIRECTORY),
            (o::LARGEFILE as u64, ppm_o::LARGEFILE),
            (o::CLOEXEC as u64, ppm_o::CLOEXEC),
            (o::TMPFILE_BIT as u64, ppm_o::TMPFILE),
        ],
    );
    out
}

/// The mode argument of an open, as events carry it: permission bits, and only when the open
/// may create a file (`O_CREAT` or `O_TMPFILE`), 0 otherwise.
pub const fn open_mode(flags: u32, mode: u32) -> u32 {
    if flags & (o::CREAT | o::TMPFILE_BIT) != 0 {
        mode & 0o7777
    } else {
        0
    }
}

/// Only the flags `dup3`, `pipe2`, `socket`, `inotify_init1` and friends can take (close-on-exec
/// and non-blocking, native values shared with open), to `file_flags`.
pub const fn fd_flags(flags: u32) -> u32 {
    map_bits(
        flags as u64,
        &[
            (o::CLOEXEC as u64, ppm_o::CLOEXEC),
            (o::NONBLOCK as u64, ppm_o::NONBLOCK),
        ],
    )
}

/// Native clone flags to `clone_flags`.
pub const fn clone_flags(flags: u64) -> u32 {
    map_bits(
        flags,
        &[
            (0x0000_0100, 0x8000),      // CLONE_VM
            (0x0000_0200, 0x2),         // CLONE_FS
            (0x0000_0400, 0x1),         // CLONE_FILES
            (0x0000_0800, 0x800),       // CLONE_SIGHAND
            (0x0000_2000, 0x400),       // CLONE_PTRACE
            (0x0000_4000, 0x800_0000),  // CLONE_VFORK
            (0x0000_8000, 0x100),       // CLONE_PARENT
            (0x0001_0000, 0x2000),      // CLONE_THREAD
            (0x0002_0000, 0x20),        // CLONE_NEWNS
            (0x0004_0000, 0x1000),      // CLONE_SYSVSEM
            (0x0008_0000, 0x200_0000),  // CLONE_SETTLS
            (0x0010_0000, 0x200),       // CLONE_PARENT_SETTID
            (0x0020_0000, 0x80_0000),   // CLONE_CHILD_CLEARTID
            (0x0080_0000, 0x4000),      // CLONE_UNTRACED
            (0x0100_0000, 0x100_0000),  // CLONE_CHILD_SETTID
            (0x0200_0000, 0x1000_0000), // CLONE_NEWCGROUP
            (0x0400_0000, 0x80),        // CLONE_NEWUTS
            (0x0800_0000, 0x8),         // CLONE_NEWIPC
            (0x1000_0000, 0x10_0000),   // CLONE_NEWUSER
            (0x2000_0000, 0x40),        // CLONE_NEWPID
            (0x4000_0000, 0x10),        // CLONE_NEWNET
            (0x8000_0000, 0x4),         // CLONE_IO
        ],
    )
}

/// `clone_flags` bit set on a child created inside a new pid namespace
/// (`PPM_CL_CHILD_IN_PIDNS`).
pub const CLONE_CHILD_IN_PIDNS: u32 = 0x2000_0000;
/// `clone_flags` bits of a vfork (`CLONE_VFORK | CLONE_VM`).
pub const CLONE_VFORK_FLAGS: u32 = 0x800_0000 | 0x8000;

/// Native mmap/mprotect protection to `prot_flags`.
pub const fn prot_flags(prot: u64) -> u32 {
    map_bits(
        prot,
        &[
            (0x1, 0x1),          // PROT_READ
            (0x2, 0x2),          // PROT_WRITE
            (0x4, 0x4),          // PROT_EXEC
            (0x8, 0x8),          // PROT_SEM
            (0x0100_0000, 0x10), // PROT_GROWSDOWN
            (0x0200_0000, 0x20), // PROT_GROWSUP
        ],
    )
}

/// Native mmap flags to `mmap_flags`.
pub const fn mmap_flags(flags: u64) -> u32 {
    map_bits(
        flags,
        &[
            (0x1, 0x1),       // MAP_SHARED
            (0x2, 0x2),       // MAP_PRIVATE
            (0x10, 0x4),      // MAP_FIXED
            (0x20, 0x8),      // MAP_ANONYMOUS
            (0x40, 0x10),     // MAP_32BIT
            (0x100, 0x200),   // MAP_GROWSDOWN
            (0x800, 0x400),   // MAP_DENYWRITE
            (0x1000, 0x800),  // MAP_EXECUTABLE
            (0x2000, 0x4000), // MAP_LOCKED
            (0x4000, 0x40),   // MAP_NORESERVE
            (0x8000, 0x80),   // MAP_POPULATE
            (0x10000, 0x100), // MAP_NONBLOCK
        ],
    )
}

/// Native mount flags to `mount_flags`: the same bits, without the historic magic number some
/// callers still put in the upper half.
pub const fn mount_flags(flags: u64) -> u32 {
    const MGC_MASK: u64 = 0xffff_0000;
    const MGC_VAL: u64 = 0xc0ed_0000;
    let f = if flags & MGC_MASK == MGC_VAL {
        flags & !MGC_MASK
    } else {
        flags
    };
    f as u32
}

/// Native ptrace request to `ptrace_requests` (0, `PTRACE_UNKNOWN`, for requests it lacks).
pub const fn ptrace_request(req: u64) -> u16 {
    match req {
        0 => 1,
        1 => 2,
        2 => 3,
        3 => 4,
        4 => 5,
        5 => 6,
        6 => 7,
        7 => 8,
        8 => 9,
        9 => 10,
        12 => 26,
        13 => 27,
        14 => 28,
        15 => 29,
        16 => 11,
        17 => 12,
        18 => 30,
        19 => 31,
        24 => 13,
        25 => 33,
        26 => 34,
        30 => 35,
        31 => 36,
        32 => 37,
        33 => 38,
        0x4200 => 14,
        0x4201 => 15,
        0x4202 => 16,
        0x4203 => 17,
        0x4204 => 18,
        0x4205 => 19,
        0x4206 => 20,
        0x4207 => 21,
        0x4208 => 22,
        0x4209 => 23,
        0x420a => 24,
        0x420b => 25,
        _ => 0,
    }
}

/// Native `AT_*` flags of `execveat` to `execveat_flags`.
pub const fn execveat_flags(flags: u64) -> u32 {
    map_bits(flags, &[(0x1000, 0x1), (0x100, 0x2)])
}

/// Native `AT_*` flags of `fchownat` to `fchownat_flags`.
pub const fn fchownat_flags(flags: u64) -> u32 {
    map_bits(flags, &[(0x100, 0x400), (0x1000, 0x1000)])
}

/// Native `AT_*` flags of `newfstatat` to `newfstatat_flags`.
pub const fn newfstatat_flags(flags: u64) -> u32 {
    map_bits(flags, &[(0x1000, 0x1000), (0x800, 0x800), (0x100, 0x100)])
}

/// Native socket address families (`AF_*`), as the kernel stores them.
pub mod af {
    /// `AF_UNIX`.
    pub const UNIX: u16 = 1;
    /// `AF_INET`.
    pub const INET: u16 = 2;
    /// `AF_INET6`.
    pub const INET6: u16 = 10;
}

/// Socket families in events (`PPM_AF_*`): the native numbers for every family up to 39, 0
/// beyond (the schema's table ends there).
pub const fn socket_family(family: u64) -> u8 {
    if family <= 39 { family as u8 } else { 0 }
}

/// Socket type bits that are flags (`SOCK_NONBLOCK`, `SOCK_CLOEXEC`), to `file_flags`.
pub const fn socket_flags(ty: u64) -> u32 {
    fd_flags(ty as u32)
}

/// Linux `dev_t` (12-bit major, 20-bit minor) to the userspace encoding events carry
/// (`new_encode_dev`).
pub const fn encode_dev(dev: u32) -> u32 {
    let major = dev >> 20;
    let minor = dev & 0xf_ffff;
    (minor & 0xff) | (major << 8) | ((minor & !0xff) << 12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::flags::{CLONE_FLAGS, FILE_FLAGS, MMAP_FLAGS, PROT_FLAGS, PTRACE_REQUESTS};

    fn named(table: &[crate::abi::types::NameValue], name: &str) -> u32 {
        table
            .iter()
            .find(|n| n.name == name)
            .unwrap_or_else(|| panic!("{name} in table"))
            .value
    }

    #[test]
    fn open_flags_match_the_schema_table() {
        assert_eq!(open_flags(0), named(FILE_FLAGS, "O_RDONLY"));
        assert_eq!(open_flags(o::WRONLY), named(FILE_FLAGS, "O_WRONLY"));
        assert_eq!(open_flags(o::RDWR), named(FILE_FLAGS, "O_RDWR"));
        let all = o::CREAT | o::EXCL | o::TRUNC | o::APPEND | o::NONBLOCK | o::CLOEXEC;
        let want = [
            "O_WRONLY",
            "O_CREAT",
            "O_EXCL",
            "O_TRUNC",
            "O_APPEND",
            "O_NONBLOCK",
            "O_CLOEXEC",
        ]
        .iter()
        .fold(0, |acc, n| acc | named(FILE_FLAGS, n));
        assert_eq!(open_flags(all | o::WRONLY), want);
        // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; O_SYNC is __O_SYNC | O_DSYNC.
        assert_eq!(
            open_flags(o::TMPFILE_BIT | o::DIRECTORY | o::RDWR),
            named(FILE_FLAGS, "O_TMPFILE") | named(FILE_FLAGS, "O_DIRECTORY") | ppm_o::RDWR
        );
        assert_eq!(
            open_flags(o::SYNC_BIT | o::DSYNC),
            ppm_o::RDONLY | named(FILE_FLAGS, "O_SYNC") | named(FILE_FLAGS, "O_DSYNC")
        );
        assert_eq!(ppm_o::F_CREATED, named(FILE_FLAGS, "O_F_CREATED"));
        assert_eq!(open_mode(o::CREAT, 0o100644), 0o644);
        assert_eq!(open_mode(0, 0o644), 0);
    }

    #[test]
    fn clone_flags_match_the_schema_table() {
        // CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
        // CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID: what glibc's
        // pthread_create passes.
        let pthread = 0x3d0f00;
        let want = [
            "CLONE_VM",
            "CLONE_FS",
            "CLONE_FILES",
            "CLONE_SIGHAND",
            "CLONE_THREAD",
            "CLONE_SYSVSEM",
            "CLONE_SETTLS",
            "CLONE_PARENT_SETTID",
            "CLONE_CHILD_CLEARTID",
        ]
        .iter()
        .fold(0, |acc, n| acc | named(CLONE_FLAGS, n));
        assert_eq!(clone_flags(pthread), want);
        assert_eq!(clone_flags(0x11), 0, "the exit signal is not a flag");
        assert_eq!(
            CLONE_CHILD_IN_PIDNS,
            named(CLONE_FLAGS, "CLONE_CHILD_IN_PIDNS")
        );
        assert_eq!(
            CLONE_VFORK_FLAGS,
            named(CLONE_FLAGS, "CLONE_VFORK") | named(CLONE_FLAGS, "CLONE_VM")
        );
    }

    #[test]
    fn mmap_and_ptrace_match_the_schema_tables() {
        assert_eq!(prot_flags(0x7), 0x7);
        assert_eq!(prot_flags(0x0100_0000), named(PROT_FLAGS, "PROT_GROWSDOWN"));
        assert_eq!(
            mmap_flags(0x22),
            named(MMAP_FLAGS, "MAP_PRIVATE") | named(MMAP_FLAGS, "MAP_ANONYMOUS")
        );
        assert_eq!(mmap_flags(0x10), named(MMAP_FLAGS, "MAP_FIXED"));
        assert_eq!(
            ptrace_request(16) as u32,
            named(PTRACE_REQUESTS, "PTRACE_ATTACH")
        );
        assert_eq!(
            ptrace_request(0) as u32,
            named(PTRACE_REQUESTS, "PTRACE_TRACEME")
        );
        assert_eq!(
            ptrace_request(0x4206) as u32,
            named(PTRACE_REQUESTS, "PTRACE_SEIZE")
        );
        assert_eq!(ptrace_request(999), 0);
        assert_eq!(mount_flags(0xc0ed_0001), 1);
    }

    #[test]
    fn devices_encode_like_userspace() {
        // /dev/sda1 is 8:1 in both encodings; a large minor moves to the upper bits.
        assert_eq!(encode_dev((8 << 20) | 1), 0x801);
        assert_eq!(
            encode_dev((259 << 20) | 0x12345),
            0x12345 & 0xff | (259 << 8) | (0x12300 << 12)
        );
    }
}
