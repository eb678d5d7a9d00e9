// Generated from the falcosecurity/libs driver tables (schema 4.5.1); regenerate rather than edit.
//! Names of flag and enumeration values, for printing flags parameters.
//!
//! Values are the driver's architecture-independent encodings. Order matters: printing
//! walks a table in order.

use super::types::NameValue;

const fn nv(name: &'static str, value: u32) -> NameValue {
    NameValue { name, value }
}

/// Table `socket_families`, used by `socket`, `socketpair`.
pub static SOCKET_FAMILIES: &[NameValue] = &[
    nv("AF_NFC", 39),
    nv("AF_ALG", 38),
    nv("AF_CAIF", 37),
    nv("AF_IEEE802154", 36),
    nv("AF_PHONET", 35),
    nv("AF_ISDN", 34),
    nv("AF_RXRPC", 33),
    nv("AF_IUCV", 32),
    nv("AF_BLUETOOTH", 31),
    nv("AF_TIPC", 30),
    nv("AF_CAN", 29),
    nv("AF_LLC", 26),
    nv("AF_WANPIPE", 25),
    nv("AF_PPPOX", 24),
    nv("AF_IRDA", 23),
    nv("AF_SNA", 22),
    nv("AF_RDS", 21),
    nv("AF_ATMSVC", 20),
    nv("AF_ECONET", 19),
    nv("AF_ASH", 18),
    nv("AF_PACKET", 17),
    nv("AF_ROUTE", 16),
    nv("AF_NETLINK", 16),
    nv("AF_KEY", 15),
    nv("AF_SECURITY", 14),
    nv("AF_NETBEUI", 13),
    nv("AF_DECnet", 12),
    nv("AF_ROSE", 11),
    nv("AF_INET6", 10),
    nv("AF_X25", 9),
    nv("AF_ATMPVC", 8),
    nv("AF_BRIDGE", 7),
    nv("AF_NETROM", 6),
    nv("AF_APPLETALK", 5),
    nv("AF_IPX", 4),
    nv("AF_AX25", 3),
    nv("AF_INET", 2),
    nv("AF_LOCAL", 1),
    nv("AF_UNIX", 1),
    nv("AF_UNSPEC", 0),
];

/// Table `file_flags`, used by `open`, `socket`, `openat`, `userfaultfd`, `openat2`, `open_by_handle_at`, `dup3`, `pipe2`, `inotify_init1`, `eventfd2`, `signalfd4`, `task_file_regular`.
pub static FILE_FLAGS: &[NameValue] = &[
    nv("O_LARGEFILE", 0x800),
    nv("O_DIRECTORY", 0x400),
    nv("O_DIRECT", 0x200),
    nv("O_TRUNC", 0x100),
    nv("O_SYNC", 0x80),
    nv("O_NONBLOCK", 0x40),
    nv("O_EXCL", 0x20),
    nv("O_DSYNC", 0x10),
    nv("O_APPEND", 0x8),
    nv("O_CREAT", 0x4),
    nv("O_RDWR", 0x3),
    nv("O_WRONLY", 0x2),
    nv("O_RDONLY", 0x1),
    nv("O_CLOEXEC", 0x1000),
    nv("O_NONE", 0x0),
    nv("O_TMPFILE", 0x2000),
    nv("O_F_CREATED", 0x4000),
    nv("FD_UPPER_LAYER", 0x8000),
    nv("FD_LOWER_LAYER", 0x10000),
];

/// Table `creat_flags`, used by `creat`.
pub static CREAT_FLAGS: &[NameValue] = &[
    nv("FD_UPPER_LAYER_CREAT", 0x1),
    nv("FD_LOWER_LAYER_CREAT", 0x2),
];

/// Table `flock_flags`, used by `flock`.
pub static FLOCK_FLAGS: &[NameValue] = &[
    nv("LOCK_SH", 0x1),
    nv("LOCK_EX", 0x2),
    nv("LOCK_NB", 0x4),
    nv("LOCK_UN", 0x8),
    nv("LOCK_NONE", 0x0),
];

/// Table `clone_flags`, used by `clone`, `fork`, `vfork`, `setns`, `unshare`, `clone3`.
pub static CLONE_FLAGS: &[NameValue] = &[
    nv("CLONE_FILES", 0x1),
    nv("CLONE_FS", 0x2),
    nv("CLONE_IO", 0x4),
    nv("CLONE_NEWIPC", 0x8),
    nv("CLONE_NEWNET", 0x10),
    nv("CLONE_NEWNS", 0x20),
    nv("CLONE_NEWPID", 0x40),
    nv("CLONE_NEWUTS", 0x80),
    nv("CLONE_PARENT", 0x100),
    nv("CLONE_PARENT_SETTID", 0x200),
    nv("CLONE_PTRACE", 0x400),
    nv("CLONE_SIGHAND", 0x800),
    nv("CLONE_SYSVSEM", 0x1000),
    nv("CLONE_THREAD", 0x2000),
    nv("CLONE_UNTRACED", 0x4000),
    nv("CLONE_VM", 0x8000),
    nv("CLONE_INVERTED", 0x10000),
    nv("NAME_CHANGED", 0x20000),
    nv("CLOSED", 0x40000),
    nv("CLONE_NEWUSER", 0x100000),
    nv("CLONE_CHILD_CLEARTID", 0x800000),
    nv("CLONE_CHILD_SETTID", 0x1000000),
    nv("CLONE_SETTLS", 0x2000000),
    nv("CLONE_STOPPED", 0x4000000),
    nv("CLONE_VFORK", 0x8000000),
    nv("CLONE_NEWCGROUP", 0x10000000),
    nv("CLONE_CHILD_IN_PIDNS", 0x20000000),
];

/// Table `futex_operations`, used by `futex`.
pub static FUTEX_OPERATIONS: &[NameValue] = &[
    nv("FUTEX_CLOCK_REALTIME", 0x100),
    nv("FUTEX_PRIVATE_FLAG", 0x80),
    nv("FUTEX_CMP_REQUEUE_PI", 0xc),
    nv("FUTEX_WAIT_REQUEUE_PI", 0xb),
    nv("FUTEX_WAKE_BITSET", 0xa),
    nv("FUTEX_WAIT_BITSET", 0x9),
    nv("FUTEX_TRYLOCK_PI", 0x8),
    nv("FUTEX_UNLOCK_PI", 0x7),
    nv("FUTEX_LOCK_PI", 0x6),
    nv("FUTEX_WAKE_OP", 0x5),
    nv("FUTEX_CMP_REQUEUE", 0x4),
    nv("FUTEX_REQUEUE", 0x3),
    nv("FUTEX_FD", 0x2),
    nv("FUTEX_WAKE", 0x1),
    nv("FUTEX_WAIT", 0x0),
];

/// Table `poll_flags` (not referenced by the event table).
pub static POLL_FLAGS: &[NameValue] = &[
    nv("POLLIN", 0x1),
    nv("POLLPRI", 0x2),
    nv("POLLOUT", 0x4),
    nv("POLLRDHUP", 0x8),
    nv("POLLERR", 0x10),
    nv("POLLHUP", 0x20),
    nv("POLLNVAL", 0x40),
    nv("POLLRDNORM", 0x80),
    nv("POLLRDBAND", 0x100),
    nv("POLLWRNORM", 0x200),
    nv("POLLWRBAND", 0x400),
];

/// Table `mount_flags`, used by `mount`.
pub static MOUNT_FLAGS: &[NameValue] = &[
    nv("RDONLY", 0x1),
    nv("NOSUID", 0x2),
    nv("NODEV", 0x4),
    nv("NOEXEC", 0x8),
    nv("SYNCHRONOUS", 0x10),
    nv("REMOUNT", 0x20),
    nv("MANDLOCK", 0x40),
    nv("DIRSYNC", 0x80),
    nv("NOATIME", 0x400),
    nv("NODIRATIME", 0x800),
    nv("BIND", 0x1000),
    nv("MOVE", 0x2000),
    nv("REC", 0x4000),
    nv("SILENT", 0x8000),
    nv("POSIXACL", 0x10000),
    nv("UNBINDABLE", 0x20000),
    nv("PRIVATE", 0x40000),
    nv("SLAVE", 0x80000),
    nv("SHARED", 0x100000),
    nv("RELATIME", 0x200000),
    nv("KERNMOUNT", 0x400000),
    nv("I_VERSION", 0x800000),
    nv("STRICTATIME", 0x1000000),
    nv("LAZYTIME", 0x2000000),
    nv("NOSEC", 0x10000000),
    nv("BORN", 0x20000000),
    nv("ACTIVE", 0x40000000),
    nv("NOUSER", 0x80000000),
];

/// Table `umount_flags`, used by `umount`, `umount2`.
pub static UMOUNT_FLAGS: &[NameValue] = &[
    nv("FORCE", 0x1),
    nv("DETACH", 0x2),
    nv("EXPIRE", 0x4),
    nv("NOFOLLOW", 0x8),
];

/// Table `lseek_whence`, used by `lseek`, `llseek`.
pub static LSEEK_WHENCE: &[NameValue] = &[nv("SEEK_END", 2), nv("SEEK_CUR", 1), nv("SEEK_SET", 0)];

/// Table `shutdown_how`, used by `shutdown`.
pub static SHUTDOWN_HOW: &[NameValue] = &[
    nv("SHUT_UNKNOWN", 65535),
    nv("SHUT_RDWR", 2),
    nv("SHUT_WR", 1),
    nv("SHUT_RD", 0),
];

/// Table `rlimit_resources`, used by `getrlimit`, `setrlimit`, `prlimit`.
pub static RLIMIT_RESOURCES: &[NameValue] = &[
    nv("RLIMIT_UNKNOWN", 255),
    nv("RLIMIT_RTTIME", 15),
    nv("RLIMIT_RTPRIO", 14),
    nv("RLIMIT_NICE", 13),
    nv("RLIMIT_MSGQUEUE", 12),
    nv("RLIMIT_SIGPENDING", 11),
    nv("RLIMIT_LOCKS", 10),
    nv("RLIMIT_AS", 9),
    nv("RLIMIT_MEMLOCK", 8),
    nv("RLIMIT_NOFILE", 7),
    nv("RLIMIT_NPROC", 6),
    nv("RLIMIT_RSS", 5),
    nv("RLIMIT_CORE", 4),
    nv("RLIMIT_STACK", 3),
    nv("RLIMIT_DATA", 2),
    nv("RLIMIT_FSIZE", 1),
    nv("RLIMIT_CPU", 0),
];

/// Table `fcntl_commands`, used by `fcntl`.
pub static FCNTL_COMMANDS: &[NameValue] = &[
    nv("F_GETPIPE_SZ", 29),
    nv("F_SETPIPE_SZ", 28),
    nv("F_NOTIFY", 27),
    nv("F_DUPFD_CLOEXEC", 26),
    nv("F_CANCELLK", 25),
    nv("F_GETLEASE", 24),
    nv("F_SETLEASE", 23),
    nv("F_GETOWN_EX", 22),
    nv("F_SETOWN_EX", 21),
    nv("F_SETLKW64", 19),
    nv("F_SETLK64", 18),
    nv("F_GETLK64", 17),
    nv("F_GETSIG", 15),
    nv("F_SETSIG", 13),
    nv("F_GETOWN", 12),
    nv("F_SETOWN", 10),
    nv("F_SETLKW", 9),
    nv("F_SETLK", 8),
    nv("F_GETLK", 6),
    nv("F_SETFL", 5),
    nv("F_GETFL", 4),
    nv("F_SETFD", 3),
    nv("F_GETFD", 2),
    nv("F_DUPFD", 1),
    nv("F_OFD_GETLK", 30),
    nv("F_OFD_SETLK", 31),
    nv("F_OFD_SETLKW", 32),
    nv("UNKNOWN", 0),
];

/// Table `sockopt_levels`, used by `setsockopt`, `getsockopt`.
pub static SOCKOPT_LEVELS: &[NameValue] =
    &[nv("SOL_SOCKET", 1), nv("SOL_TCP", 2), nv("UNKNOWN", 0)];

/// Table `sockopt_options`, used by `setsockopt`, `getsockopt`.
pub static SOCKOPT_OPTIONS: &[NameValue] = &[
    nv("SO_COOKIE", 53),
    nv("SO_MEMINFO", 52),
    nv("SO_PEERGROUPS", 51),
    nv("SO_ATTACH_BPF", 50),
    nv("SO_INCOMING_CPU", 49),
    nv("SO_BPF_EXTENSIONS", 48),
    nv("SO_MAX_PACING_RATE", 47),
    nv("SO_BUSY_POLL", 46),
    nv("SO_SELECT_ERR_QUEUE", 45),
    nv("SO_LOCK_FILTER", 44),
    nv("SO_NOFCS", 43),
    nv("SO_PEEK_OFF", 42),
    nv("SO_WIFI_STATUS", 41),
    nv("SO_RXQ_OVFL", 40),
    nv("SO_DOMAIN", 39),
    nv("SO_PROTOCOL", 38),
    nv("SO_TIMESTAMPING", 37),
    nv("SO_MARK", 36),
    nv("SO_TIMESTAMPNS", 35),
    nv("SO_PASSSEC", 34),
    nv("SO_PEERSEC", 31),
    nv("SO_ACCEPTCONN", 30),
    nv("SO_TIMESTAMP", 29),
    nv("SO_PEERNAME", 28),
    nv("SO_DETACH_FILTER", 27),
    nv("SO_ATTACH_FILTER", 26),
    nv("SO_BINDTODEVICE", 25),
    nv("SO_SECURITY_ENCRYPTION_NETWORK", 24),
    nv("SO_SECURITY_ENCRYPTION_TRANSPORT", 23),
    nv("SO_SECURITY_AUTHENTICATION", 22),
    nv("SO_SNDTIMEO", 21),
    nv("SO_RCVTIMEO", 20),
    nv("SO_SNDLOWAT", 19),
    nv("SO_RCVLOWAT", 18),
    nv("SO_PEERCRED", 17),
    nv("SO_PASSCRED", 16),
    nv("SO_REUSEPORT", 15),
    nv("SO_BSDCOMPAT", 14),
    nv("SO_LINGER", 13),
    nv("SO_PRIORITY", 12),
    nv("SO_NO_CHECK", 11),
    nv("SO_OOBINLINE", 10),
    nv("SO_KEEPALIVE", 9),
    nv("SO_RCVBUFFORCE", 33),
    nv("SO_SNDBUFFORCE", 32),
    nv("SO_RCVBUF", 8),
    nv("SO_SNDBUF", 7),
    nv("SO_BROADCAST", 6),
    nv("SO_DONTROUTE", 5),
    nv("SO_ERROR", 4),
    nv("SO_TYPE", 3),
    nv("SO_REUSEADDR", 2),
    nv("SO_DEBUG", 1),
    nv("UNKNOWN", 0),
];

/// Table `ptrace_requests`, used by `ptrace`.
pub static PTRACE_REQUESTS: &[NameValue] = &[
    nv("PTRACE_SINGLEBLOCK", 38),
    nv("PTRACE_SYSEMU_SINGLESTEP", 37),
    nv("PTRACE_SYSEMU", 36),
    nv("PTRACE_ARCH_PRCTL", 35),
    nv("PTRACE_SET_THREAD_AREA", 34),
    nv("PTRACE_GET_THREAD_AREA", 33),
    nv("PTRACE_OLDSETOPTIONS", 32),
    nv("PTRACE_SETFPXREGS", 31),
    nv("PTRACE_GETFPXREGS", 30),
    nv("PTRACE_SETFPREGS", 29),
    nv("PTRACE_GETFPREGS", 28),
    nv("PTRACE_SETREGS", 27),
    nv("PTRACE_GETREGS", 26),
    nv("PTRACE_SETSIGMASK", 25),
    nv("PTRACE_GETSIGMASK", 24),
    nv("PTRACE_PEEKSIGINFO", 23),
    nv("PTRACE_LISTEN", 22),
    nv("PTRACE_INTERRUPT", 21),
    nv("PTRACE_SEIZE", 20),
    nv("PTRACE_SETREGSET", 19),
    nv("PTRACE_GETREGSET", 18),
    nv("PTRACE_SETSIGINFO", 17),
    nv("PTRACE_GETSIGINFO", 16),
    nv("PTRACE_GETEVENTMSG", 15),
    nv("PTRACE_SETOPTIONS", 14),
    nv("PTRACE_SYSCALL", 13),
    nv("PTRACE_DETACH", 12),
    nv("PTRACE_ATTACH", 11),
    nv("PTRACE_SINGLESTEP", 10),
    nv("PTRACE_KILL", 9),
    nv("PTRACE_CONT", 8),
    nv("PTRACE_POKEUSR", 7),
    nv("PTRACE_POKEDATA", 6),
    nv("PTRACE_POKETEXT", 5),
    nv("PTRACE_PEEKUSR", 4),
    nv("PTRACE_PEEKDATA", 3),
    nv("PTRACE_PEEKTEXT", 2),
    nv("PTRACE_TRACEME", 1),
    nv("PTRACE_UNKNOWN", 0),
];

/// Table `prot_flags`, used by `mmap`, `mmap2`, `mprotect`.
pub static PROT_FLAGS: &[NameValue] = &[
    nv("PROT_READ", 0x1),
    nv("PROT_WRITE", 0x2),
    nv("PROT_EXEC", 0x4),
    nv("PROT_SEM", 0x8),
    nv("PROT_GROWSDOWN", 0x10),
    nv("PROT_GROWSUP", 0x20),
    nv("PROT_SAO", 0x40),
    nv("PROT_NONE", 0x0),
];

/// Table `mmap_flags`, used by `mmap`, `mmap2`.
pub static MMAP_FLAGS: &[NameValue] = &[
    nv("MAP_SHARED", 0x1),
    nv("MAP_PRIVATE", 0x2),
    nv("MAP_FIXED", 0x4),
    nv("MAP_ANONYMOUS", 0x8),
    nv("MAP_32BIT", 0x10),
    nv("MAP_RENAME", 0x20),
    nv("MAP_NORESERVE", 0x40),
    nv("MAP_POPULATE", 0x80),
    nv("MAP_NONBLOCK", 0x100),
    nv("MAP_GROWSDOWN", 0x200),
    nv("MAP_DENYWRITE", 0x400),
    nv("MAP_EXECUTABLE", 0x800),
    nv("MAP_INHERIT", 0x1000),
    nv("MAP_FILE", 0x2000),
    nv("MAP_LOCKED", 0x4000),
];

/// Table `splice_flags`, used by `splice`.
pub static SPLICE_FLAGS: &[NameValue] = &[
    nv("SPLICE_F_MOVE", 0x1),
    nv("SPLICE_F_NONBLOCK", 0x2),
    nv("SPLICE_F_MORE", 0x4),
    nv("SPLICE_F_GIFT", 0x8),
];

/// Table `quotactl_dqi_flags`, used by `quotactl`.
pub static QUOTACTL_DQI_FLAGS: &[NameValue] = &[nv("DQF_NONE", 0x1), nv("V1_DQF_RSQUASH", 0x2)];

/// Table `quotactl_cmds`, used by `quotactl`.
pub static QUOTACTL_CMDS: &[NameValue] = &[
    nv("Q_QUOTAON", 0x1),
    nv("Q_QUOTAOFF", 0x2),
    nv("Q_GETFMT", 0x4),
    nv("Q_GETINFO", 0x8),
    nv("Q_SETINFO", 0x10),
    nv("Q_GETQUOTA", 0x20),
    nv("Q_SETQUOTA", 0x40),
    nv("Q_SYNC", 0x80),
    nv("Q_XQUOTAON", 0x100),
    nv("Q_XQUOTAOFF", 0x200),
    nv("Q_XGETQUOTA", 0x400),
    nv("Q_XSETQLIM", 0x800),
    nv("Q_XGETQSTAT", 0x1000),
    nv("Q_XQUOTARM", 0x2000),
    nv("Q_XQUOTASYNC", 0x4000),
];

/// Table `quotactl_types`, used by `quotactl`.
pub static QUOTACTL_TYPES: &[NameValue] = &[nv("USRQUOTA", 0x1), nv("GRPQUOTA", 0x2)];

/// Table `quotactl_quota_fmts`, used by `quotactl`.
pub static QUOTACTL_QUOTA_FMTS: &[NameValue] = &[
    nv("QFMT_NOT_USED", 0x1),
    nv("QFMT_VFS_OLD", 0x2),
    nv("QFMT_VFS_V0", 0x4),
    nv("QFMT_VFS_V1", 0x8),
];

/// Table `semop_flags`, used by `semop`.
pub static SEMOP_FLAGS: &[NameValue] = &[nv("IPC_NOWAIT", 0x1), nv("SEM_UNDO", 0x2)];

/// Table `semget_flags`, used by `semget`.
pub static SEMGET_FLAGS: &[NameValue] = &[nv("IPC_EXCL", 0x4000), nv("IPC_CREAT", 0x2000)];

/// Table `semctl_commands`, used by `semctl`.
pub static SEMCTL_COMMANDS: &[NameValue] = &[
    nv("IPC_STAT", 0x1),
    nv("IPC_SET", 0x2),
    nv("IPC_RMID", 0x4),
    nv("IPC_INFO", 0x8),
    nv("SEM_INFO", 0x10),
    nv("SEM_STAT", 0x20),
    nv("GETALL", 0x40),
    nv("GETNCNT", 0x80),
    nv("GETPID", 0x100),
    nv("GETVAL", 0x200),
    nv("GETZCNT", 0x400),
    nv("SETALL", 0x800),
    nv("SETVAL", 0x1000),
];

/// Table `access_flags`, used by `access`.
pub static ACCESS_FLAGS: &[NameValue] = &[
    nv("F_OK", 0x0),
    nv("R_OK", 0x4),
    nv("W_OK", 0x2),
    nv("X_OK", 0x1),
];

/// Table `pf_flags`, used by `page_fault`.
pub static PF_FLAGS: &[NameValue] = &[
    nv("PROTECTION_VIOLATION", 0x1),
    nv("PAGE_NOT_PRESENT", 0x2),
    nv("WRITE_ACCESS", 0x4),
    nv("READ_ACCESS", 0x8),
    nv("USER_FAULT", 0x10),
    nv("SUPERVISOR_FAULT", 0x20),
    nv("RESERVED_PAGE", 0x40),
    nv("INSTRUCTION_FETCH", 0x80),
];

/// Table `unlinkat_flags`, used by `unlinkat`.
pub static UNLINKAT_FLAGS: &[NameValue] = &[nv("AT_REMOVEDIR", 0x200)];

/// Table `linkat_flags`, used by `linkat`.
pub static LINKAT_FLAGS: &[NameValue] =
    &[nv("AT_SYMLINK_FOLLOW", 0x400), nv("AT_EMPTY_PATH", 0x1000)];

/// Table `newfstatat_flags`, used by `newfstatat`.
pub static NEWFSTATAT_FLAGS: &[NameValue] = &[
    nv("AT_EMPTY_PATH", 0x1000),
    nv("AT_NO_AUTOMOUNT", 0x800),
    nv("AT_SYMLINK_NOFOLLOW", 0x100),
];

/// Table `chmod_mode`, used by `fchmodat`, `chmod`, `fchmod`.
pub static CHMOD_MODE: &[NameValue] = &[
    nv("S_IXOTH", 0o1),
    nv("S_IWOTH", 0o2),
    nv("S_IROTH", 0o4),
    nv("S_IXGRP", 0o10),
    nv("S_IWGRP", 0o20),
    nv("S_IRGRP", 0o40),
    nv("S_IXUSR", 0o100),
    nv("S_IWUSR", 0o200),
    nv("S_IRUSR", 0o400),
    nv("S_ISVTX", 0o1000),
    nv("S_ISGID", 0o2000),
    nv("S_ISUID", 0o4000),
];

/// Table `fchownat_flags`, used by `fchownat`.
pub static FCHOWNAT_FLAGS: &[NameValue] = &[
    nv("AT_SYMLINK_NOFOLLOW", 0x400),
    nv("AT_EMPTY_PATH", 0x1000),
];

/// Table `renameat2_flags`, used by `renameat2`.
pub static RENAMEAT2_FLAGS: &[NameValue] = &[
    nv("RENAME_NOREPLACE", 0x1),
    nv("RENAME_EXCHANGE", 0x2),
    nv("RENAME_WHITEOUT", 0x4),
];

/// Table `openat2_flags`, used by `openat2`.
pub static OPENAT2_FLAGS: &[NameValue] = &[
    nv("RESOLVE_BENEATH", 0x1),
    nv("RESOLVE_IN_ROOT", 0x2),
    nv("RESOLVE_NO_MAGICLINKS", 0x4),
    nv("RESOLVE_NO_SYMLINKS", 0x8),
    nv("RESOLVE_NO_XDEV", 0x10),
    nv("RESOLVE_CACHED", 0x20),
];

/// Table `execve_flags`, used by `execve`, `execveat`, `task`.
pub static EXECVE_FLAGS: &[NameValue] = &[
    nv("EXE_WRITABLE", 0x1),
    nv("EXE_UPPER_LAYER", 0x2),
    nv("EXE_FROM_MEMFD", 0x4),
    nv("EXE_LOWER_LAYER", 0x8),
];

/// Table `execveat_flags`, used by `execveat`.
pub static EXECVEAT_FLAGS: &[NameValue] =
    &[nv("AT_EMPTY_PATH", 0x1), nv("AT_SYMLINK_NOFOLLOW", 0x2)];

/// Table `io_uring_setup_flags`, used by `io_uring_setup`.
pub static IO_URING_SETUP_FLAGS: &[NameValue] = &[
    nv("IORING_SETUP_IOPOLL", 0x1),
    nv("IORING_SETUP_SQPOLL", 0x2),
    nv("IORING_SQ_NEED_WAKEUP", 0x4),
    nv("IORING_SETUP_SQ_AFF", 0x8),
    nv("IORING_SETUP_CQSIZE", 0x10),
    nv("IORING_SETUP_CLAMP", 0x20),
    nv("IORING_SETUP_ATTACH_RW", 0x40),
    nv("IORING_SETUP_R_DISABLED", 0x80),
];

/// Table `io_uring_setup_feats`, used by `io_uring_setup`.
pub static IO_URING_SETUP_FEATS: &[NameValue] = &[
    nv("IORING_FEAT_SINGLE_MMAP", 0x1),
    nv("IORING_FEAT_NODROP", 0x2),
    nv("IORING_FEAT_SUBMIT_STABLE", 0x4),
    nv("IORING_FEAT_RW_CUR_POS", 0x8),
    nv("IORING_FEAT_CUR_PERSONALITY", 0x10),
    nv("IORING_FEAT_FAST_POLL", 0x20),
    nv("IORING_FEAT_POLL_32BITS", 0x40),
    nv("IORING_FEAT_SQPOLL_NONFIXED", 0x80),
    nv("IORING_FEAT_ENTER_EXT_ARG", 0x100),
    nv("IORING_FEAT_NATIVE_WORKERS", 0x200),
    nv("IORING_FEAT_RSRC_TAGS", 0x400),
];

/// Table `io_uring_enter_flags`, used by `io_uring_enter`.
pub static IO_URING_ENTER_FLAGS: &[NameValue] = &[
    nv("IORING_ENTER_GETEVENTS", 0x1),
    nv("IORING_ENTER_SQ_WAKEUP", 0x2),
    nv("IORING_ENTER_SQ_WAIT", 0x4),
    nv("IORING_ENTER_EXT_ARG", 0x8),
];

/// Table `io_uring_register_opcodes`, used by `io_uring_register`.
pub static IO_URING_REGISTER_OPCODES: &[NameValue] = &[
    nv("IORING_REGISTER_BUFFERS", 0),
    nv("IORING_UNREGISTER_BUFFERS", 1),
    nv("IORING_REGISTER_FILES", 2),
    nv("IORING_UNREGISTER_FILES", 3),
    nv("IORING_REGISTER_EVENTFD", 4),
    nv("IORING_UNREGISTER_EVENTFD", 5),
    nv("IORING_REGISTER_FILES_UPDATE", 6),
    nv("IORING_REGISTER_EVENTFD_ASYNC", 7),
    nv("IORING_REGISTER_PROBE", 8),
    nv("IORING_REGISTER_PERSONALITY", 9),
    nv("IORING_UNREGISTER_PERSONALITY", 10),
    nv("IORING_REGISTER_RESTRICTIONS", 11),
    nv("IORING_REGISTER_ENABLE_RINGS", 12),
    nv("IORING_REGISTER_FILES2", 13),
    nv("IORING_REGISTER_FILES_UPDATE2", 14),
    nv("IORING_REGISTER_BUFFERS2", 15),
    nv("IORING_REGISTER_BUFFERS_UPDATE", 16),
    nv("IORING_REGISTER_IOWQ_AFF", 17),
    nv("IORING_UNREGISTER_IOWQ_AFF", 18),
    nv("IORING_REGISTER_IOWQ_MAX_WORKERS", 19),
    nv("IORING_REGISTER_RING_FDS", 20),
    nv("IORING_UNREGISTER_RING_FDS", 21),
];

/// Table `mlockall_flags`, used by `mlockall`.
pub static MLOCKALL_FLAGS: &[NameValue] = &[
    nv("MCL_CURRENT", 0x1),
    nv("MCL_FUTURE", 0x2),
    nv("MCL_ONFAULT", 0x4),
];

/// Table `mlock2_flags`, used by `mlock2`.
pub static MLOCK2_FLAGS: &[NameValue] = &[nv("MLOCK_ONFAULT", 0x1)];

/// Table `fsconfig_cmds`, used by `fsconfig`.
pub static FSCONFIG_CMDS: &[NameValue] = &[
    nv("FSCONFIG_SET_FLAG", 0),
    nv("FSCONFIG_SET_STRING", 1),
    nv("FSCONFIG_SET_BINARY", 2),
    nv("FSCONFIG_SET_PATH", 3),
    nv("FSCONFIG_SET_PATH_EMPTY", 4),
    nv("FSCONFIG_SET_FD", 5),
    nv("FSCONFIG_CMD_CREATE", 6),
    nv("FSCONFIG_CMD_RECONFIGURE", 7),
];

/// Table `epoll_create1_flags`, used by `epoll_create1`.
pub static EPOLL_CREATE1_FLAGS: &[NameValue] = &[nv("EPOLL_CLOEXEC", 0x1)];

/// Table `prctl_options`, used by `prctl`.
pub static PRCTL_OPTIONS: &[NameValue] = &[
    nv("PR_GET_DUMPABLE", 3),
    nv("PR_SET_DUMPABLE", 4),
    nv("PR_GET_KEEPCAPS", 7),
    nv("PR_SET_KEEPCAPS", 8),
    nv("PR_SET_NAME", 15),
    nv("PR_GET_NAME", 16),
    nv("PR_GET_SECCOMP", 21),
    nv("PR_SET_SECCOMP", 22),
    nv("PR_CAPBSET_READ", 23),
    nv("PR_CAPBSET_DROP", 24),
    nv("PR_GET_SECUREBITS", 27),
    nv("PR_SET_SECUREBITS", 28),
    nv("PR_MCE_KILL", 33),
    nv("PR_MCE_KILL", 33),
    nv("PR_SET_MM", 35),
    nv("PR_SET_CHILD_SUBREAPER", 36),
    nv("PR_GET_CHILD_SUBREAPER", 37),
    nv("PR_SET_NO_NEW_PRIVS", 38),
    nv("PR_GET_NO_NEW_PRIVS", 39),
    nv("PR_GET_TID_ADDRESS", 40),
    nv("PR_SET_THP_DISABLE", 41),
    nv("PR_GET_THP_DISABLE", 42),
    nv("PR_CAP_AMBIENT", 47),
];

/// Table `keyctl_operations`, used by `keyctl`.
pub static KEYCTL_OPERATIONS: &[NameValue] = &[
    nv("KEYCTL_GET_KEYRING_ID", 0),
    nv("KEYCTL_JOIN_SESSION_KEYRING", 1),
    nv("KEYCTL_UPDATE", 2),
    nv("KEYCTL_REVOKE", 3),
    nv("KEYCTL_CHOWN", 4),
    nv("KEYCTL_SETPERM", 5),
    nv("KEYCTL_DESCRIBE", 6),
    nv("KEYCTL_CLEAR", 7),
    nv("KEYCTL_LINK", 8),
    nv("KEYCTL_UNLINK", 9),
    nv("KEYCTL_SEARCH", 10),
    nv("KEYCTL_READ", 11),
    nv("KEYCTL_INSTANTIATE", 12),
    nv("KEYCTL_NEGATE", 13),
    nv("KEYCTL_SET_REQKEY_KEYRING", 14),
    nv("KEYCTL_SET_TIMEOUT", 15),
    nv("KEYCTL_ASSUME_AUTHORITY", 16),
    nv("KEYCTL_GET_SECURITY", 17),
    nv("KEYCTL_SESSION_TO_PARENT", 18),
    nv("KEYCTL_REJECT", 19),
    nv("KEYCTL_INSTANTIATE_IOV", 20),
    nv("KEYCTL_INVALIDATE", 21),
    nv("KEYCTL_GET_PERSISTENT", 22),
    nv("KEYCTL_DH_COMPUTE", 23),
    nv("KEYCTL_PKEY_QUERY", 24),
    nv("KEYCTL_PKEY_ENCRYPT", 25),
    nv("KEYCTL_PKEY_DECRYPT", 26),
    nv("KEYCTL_PKEY_SIGN", 27),
    nv("KEYCTL_PKEY_VERIFY", 28),
    nv("KEYCTL_RESTRICT_KEYRING", 29),
    nv("KEYCTL_MOVE", 30),
    nv("KEYCTL_CAPABILITIES", 31),
    nv("KEYCTL_WATCH_KEY", 32),
];

/// Table `memfd_create_flags`, used by `memfd_create`.
pub static MEMFD_CREATE_FLAGS: &[NameValue] = &[
    nv("MFD_CLOEXEC", 0x1),
    nv("MFD_ALLOW_SEALING", 0x2),
    nv("MFD_HUGETLB", 0x4),
];

/// Table `pidfd_open_flags`, used by `pidfd_open`.
pub static PIDFD_OPEN_FLAGS: &[NameValue] = &[nv("PIDFD_NONBLOCK", 0x1)];

/// Table `mknod_mode`, used by `mknod`, `mknodat`.
pub static MKNOD_MODE: &[NameValue] = &[
    nv("S_IXOTH", 0o1),
    nv("S_IWOTH", 0o2),
    nv("S_IROTH", 0o4),
    nv("S_IXGRP", 0o10),
    nv("S_IWGRP", 0o20),
    nv("S_IRGRP", 0o40),
    nv("S_IXUSR", 0o100),
    nv("S_IWUSR", 0o200),
    nv("S_IRUSR", 0o400),
    nv("S_ISVTX", 0o1000),
    nv("S_ISGID", 0o2000),
    nv("S_ISUID", 0o4000),
    nv("S_IFREG", 0o100000),
    nv("S_IFCHR", 0o20000),
    nv("S_IFBLK", 0o60000),
    nv("S_IFIFO", 0o10000),
    nv("S_IFSOCK", 0o140000),
];

/// Table `bpf_commands`, used by `bpf`.
pub static BPF_COMMANDS: &[NameValue] = &[
    nv("BPF_MAP_CREATE", 0),
    nv("BPF_MAP_LOOKUP_ELEM", 1),
    nv("BPF_MAP_UPDATE_ELEM", 2),
    nv("BPF_MAP_DELETE_ELEM", 3),
    nv("BPF_MAP_GET_NEXT_KEY", 4),
    nv("BPF_PROG_LOAD", 5),
    nv("BPF_OBJ_PIN", 6),
    nv("BPF_OBJ_GET", 7),
    nv("BPF_PROG_ATTACH", 8),
    nv("BPF_PROG_DETACH", 9),
    nv("BPF_PROG_TEST_RUN", 10),
    nv("BPF_PROG_RUN", 10),
    nv("BPF_PROG_GET_NEXT_ID", 11),
    nv("BPF_MAP_GET_NEXT_ID", 12),
    nv("BPF_PROG_GET_FD_BY_ID", 13),
    nv("BPF_MAP_GET_FD_BY_ID", 14),
    nv("BPF_OBJ_GET_INFO_BY_FD", 15),
    nv("BPF_PROG_QUERY", 16),
    nv("BPF_RAW_TRACEPOINT_OPEN", 17),
    nv("BPF_BTF_LOAD", 18),
    nv("BPF_BTF_GET_FD_BY_ID", 19),
    nv("BPF_TASK_FD_QUERY", 20),
    nv("BPF_MAP_LOOKUP_AND_DELETE_ELEM", 21),
    nv("BPF_MAP_FREEZE", 22),
    nv("BPF_BTF_GET_NEXT_ID", 23),
    nv("BPF_MAP_LOOKUP_BATCH", 24),
    nv("BPF_MAP_LOOKUP_AND_DELETE_BATCH", 25),
    nv("BPF_MAP_UPDATE_BATCH", 26),
    nv("BPF_MAP_DELETE_BATCH", 27),
    nv("BPF_LINK_CREATE", 28),
    nv("BPF_LINK_UPDATE", 29),
    nv("BPF_LINK_GET_FD_BY_ID", 30),
    nv("BPF_LINK_GET_NEXT_ID", 31),
    nv("BPF_ENABLE_STATS", 32),
    nv("BPF_ITER_CREATE", 33),
    nv("BPF_LINK_DETACH", 34),
    nv("BPF_PROG_BIND_MAP", 35),
];

/// Table `delete_module_flags`, used by `delete_module`.
pub static DELETE_MODULE_FLAGS: &[NameValue] = &[nv("O_NONBLOCK", 0x2), nv("O_TRUNC", 0x1)];

/// Table `close_range_flags`, used by `close_range`.
pub static CLOSE_RANGE_FLAGS: &[NameValue] = &[
    nv("CLOSE_RANGE_UNSHARE", 0x2),
    nv("CLOSE_RANGE_CLOEXEC", 0x4),
];

/// Table `finit_module_flags`, used by `finit_module`.
pub static FINIT_MODULE_FLAGS: &[NameValue] = &[
    nv("MODULE_INIT_IGNORE_MODVERSIONS", 0x1),
    nv("MODULE_INIT_IGNORE_VERMAGIC", 0x2),
    nv("MODULE_INIT_COMPRESSED_FILE", 0x4),
];

/// Table `anon_inode_fd_types`, used by `task_file_anon_inode`.
pub static ANON_INODE_FD_TYPES: &[NameValue] = &[
    nv("ANON_INODE_FD_TYPE_UNKNOWN", 0x0),
    nv("ANON_INODE_FD_TYPE_EVENTFD", 0x1),
    nv("ANON_INODE_FD_TYPE_EVENTPOLL", 0x2),
    nv("ANON_INODE_FD_TYPE_INOTIFY", 0x3),
    nv("ANON_INODE_FD_TYPE_SIGNALFD", 0x4),
    nv("ANON_INODE_FD_TYPE_TIMERFD", 0x5),
    nv("ANON_INODE_FD_TYPE_IO_URING", 0x6),
    nv("ANON_INODE_FD_TYPE_USERFAULTFD", 0x7),
    nv("ANON_INODE_FD_TYPE_PIDFD", 0x8),
    nv("ANON_INODE_FD_TYPE_BPF_MAP", 0x9),
    nv("ANON_INODE_FD_TYPE_BPF_PROG", 0xa),
    nv("ANON_INODE_FD_TYPE_BPF_LINK", 0xb),
    nv("ANON_INODE_FD_TYPE_BPF_ITER", 0xc),
    nv("ANON_INODE_FD_TYPE_PERF_EVENT", 0xd),
];

/// Every names table, with its driver name.
pub static ALL_FLAG_TABLES: &[(&str, &[NameValue])] = &[
    ("socket_families", SOCKET_FAMILIES),
    ("file_flags", FILE_FLAGS),
    ("creat_flags", CREAT_FLAGS),
    ("flock_flags", FLOCK_FLAGS),
    ("clone_flags", CLONE_FLAGS),
    ("futex_operations", FUTEX_OPERATIONS),
    ("poll_flags", POLL_FLAGS),
    ("mount_flags", MOUNT_FLAGS),
    ("umount_flags", UMOUNT_FLAGS),
    ("lseek_whence", LSEEK_WHENCE),
    ("shutdown_how", SHUTDOWN_HOW),
    ("rlimit_resources", RLIMIT_RESOURCES),
    ("fcntl_commands", FCNTL_COMMANDS),
    ("sockopt_levels", SOCKOPT_LEVELS),
    ("sockopt_options", SOCKOPT_OPTIONS),
    ("ptrace_requests", PTRACE_REQUESTS),
    ("prot_flags", PROT_FLAGS),
    ("mmap_flags", MMAP_FLAGS),
    ("splice_flags", SPLICE_FLAGS),
    ("quotactl_dqi_flags", QUOTACTL_DQI_FLAGS),
    ("quotactl_cmds", QUOTACTL_CMDS),
    ("quotactl_types", QUOTACTL_TYPES),
    ("quotactl_quota_fmts", QUOTACTL_QUOTA_FMTS),
    ("semop_flags", SEMOP_FLAGS),
    ("semget_flags", SEMGET_FLAGS),
    ("semctl_commands", SEMCTL_COMMANDS),
    ("access_flags", ACCESS_FLAGS),
    ("pf_flags", PF_FLAGS),
    ("unlinkat_flags", UNLINKAT_FLAGS),
    ("linkat_flags", LINKAT_FLAGS),
    ("newfstatat_flags", NEWFSTATAT_FLAGS),
    ("chmod_mode", CHMOD_MODE),
    ("fchownat_flags", FCHOWNAT_FLAGS),
    ("renameat2_flags", RENAMEAT2_FLAGS),
    ("openat2_flags", OPENAT2_FLAGS),
    ("execve_flags", EXECVE_FLAGS),
    ("execveat_flags", EXECVEAT_FLAGS),
    ("io_uring_setup_flags", IO_URING_SETUP_FLAGS),
    ("io_uring_setup_feats", IO_URING_SETUP_FEATS),
    ("io_uring_enter_flags", IO_URING_ENTER_FLAGS),
    ("io_uring_register_opcodes", IO_URING_REGISTER_OPCODES),
    ("mlockall_flags", MLOCKALL_FLAGS),
    ("mlock2_flags", MLOCK2_FLAGS),
    ("fsconfig_cmds", FSCONFIG_CMDS),
    ("epoll_create1_flags", EPOLL_CREATE1_FLAGS),
    ("prctl_options", PRCTL_OPTIONS),
    ("keyctl_operations", KEYCTL_OPERATIONS),
    ("memfd_create_flags", MEMFD_CREATE_FLAGS),
    ("pidfd_open_flags", PIDFD_OPEN_FLAGS),
    ("mknod_mode", MKNOD_MODE),
    ("bpf_commands", BPF_COMMANDS),
    ("delete_module_flags", DELETE_MODULE_FLAGS),
    ("close_range_flags", CLOSE_RANGE_FLAGS),
    ("finit_module_flags", FINIT_MODULE_FLAGS),
    ("anon_inode_fd_types", ANON_INODE_FD_TYPES),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables() {
        assert_eq!(ALL_FLAG_TABLES.len(), 55);
        assert_eq!(
            ALL_FLAG_TABLES.iter().map(|(_, t)| t.len()).sum::<usize>(),
            606
        );
        assert!(
            ALL_FLAG_TABLES
                .iter()
                .all(|(n, t)| !n.is_empty() && !t.is_empty())
        );
        assert!(FILE_FLAGS.contains(&NameValue {
            name: "O_RDONLY",
            value: 1
        }));
        assert_eq!(FILE_FLAGS[0].name, "O_LARGEFILE");
    }
}
