// Generated from the falcosecurity/libs driver tables (schema 4.5.1); regenerate rather than edit.
//! The event table: one description per event code, indexed by code.
//!
//! Codes are those of the Falco driver schema; unused codes keep their slot with the name `NA`.

use super::dynamic::*;
use super::flags::*;
use super::types::*;

/// Event codes (`PPME_*`), named without the prefix.
pub mod code {
    /// `PPME_GENERIC_E`.
    pub const GENERIC_E: u16 = 0;
    /// `PPME_GENERIC_X`.
    pub const GENERIC_X: u16 = 1;
    /// `PPME_SYSCALL_OPEN_E`.
    pub const SYSCALL_OPEN_E: u16 = 2;
    /// `PPME_SYSCALL_OPEN_X`.
    pub const SYSCALL_OPEN_X: u16 = 3;
    /// `PPME_SYSCALL_CLOSE_E`.
    pub const SYSCALL_CLOSE_E: u16 = 4;
    /// `PPME_SYSCALL_CLOSE_X`.
    pub const SYSCALL_CLOSE_X: u16 = 5;
    /// `PPME_SYSCALL_READ_E`.
    pub const SYSCALL_READ_E: u16 = 6;
    /// `PPME_SYSCALL_READ_X`.
    pub const SYSCALL_READ_X: u16 = 7;
    /// `PPME_SYSCALL_WRITE_E`.
    pub const SYSCALL_WRITE_E: u16 = 8;
    /// `PPME_SYSCALL_WRITE_X`.
    pub const SYSCALL_WRITE_X: u16 = 9;
    /// `PPME_SYSCALL_BRK_1_E`.
    pub const SYSCALL_BRK_1_E: u16 = 10;
    /// `PPME_SYSCALL_BRK_1_X`.
    pub const SYSCALL_BRK_1_X: u16 = 11;
    /// `PPME_SYSCALL_EXECVE_8_E`.
    pub const SYSCALL_EXECVE_8_E: u16 = 12;
    /// `PPME_SYSCALL_EXECVE_8_X`.
    pub const SYSCALL_EXECVE_8_X: u16 = 13;
    /// `PPME_SYSCALL_CLONE_11_E`.
    pub const SYSCALL_CLONE_11_E: u16 = 14;
    /// `PPME_SYSCALL_CLONE_11_X`.
    pub const SYSCALL_CLONE_11_X: u16 = 15;
    /// `PPME_PROCEXIT_E`.
    pub const PROCEXIT_E: u16 = 16;
    /// `PPME_PROCEXIT_X`.
    pub const PROCEXIT_X: u16 = 17;
    /// `PPME_SOCKET_SOCKET_E`.
    pub const SOCKET_SOCKET_E: u16 = 18;
    /// `PPME_SOCKET_SOCKET_X`.
    pub const SOCKET_SOCKET_X: u16 = 19;
    /// `PPME_SOCKET_BIND_E`.
    pub const SOCKET_BIND_E: u16 = 20;
    /// `PPME_SOCKET_BIND_X`.
    pub const SOCKET_BIND_X: u16 = 21;
    /// `PPME_SOCKET_CONNECT_E`.
    pub const SOCKET_CONNECT_E: u16 = 22;
    /// `PPME_SOCKET_CONNECT_X`.
    pub const SOCKET_CONNECT_X: u16 = 23;
    /// `PPME_SOCKET_LISTEN_E`.
    pub const SOCKET_LISTEN_E: u16 = 24;
    /// `PPME_SOCKET_LISTEN_X`.
    pub const SOCKET_LISTEN_X: u16 = 25;
    /// `PPME_SOCKET_ACCEPT_E`.
    pub const SOCKET_ACCEPT_E: u16 = 26;
    /// `PPME_SOCKET_ACCEPT_X`.
    pub const SOCKET_ACCEPT_X: u16 = 27;
    /// `PPME_SOCKET_SEND_E`.
    pub const SOCKET_SEND_E: u16 = 28;
    /// `PPME_SOCKET_SEND_X`.
    pub const SOCKET_SEND_X: u16 = 29;
    /// `PPME_SOCKET_SENDTO_E`.
    pub const SOCKET_SENDTO_E: u16 = 30;
    /// `PPME_SOCKET_SENDTO_X`.
    pub const SOCKET_SENDTO_X: u16 = 31;
    /// `PPME_SOCKET_RECV_E`.
    pub const SOCKET_RECV_E: u16 = 32;
    /// `PPME_SOCKET_RECV_X`.
    pub const SOCKET_RECV_X: u16 = 33;
    /// `PPME_SOCKET_RECVFROM_E`.
    pub const SOCKET_RECVFROM_E: u16 = 34;
    /// `PPME_SOCKET_RECVFROM_X`.
    pub const SOCKET_RECVFROM_X: u16 = 35;
    /// `PPME_SOCKET_SHUTDOWN_E`.
    pub const SOCKET_SHUTDOWN_E: u16 = 36;
    /// `PPME_SOCKET_SHUTDOWN_X`.
    pub const SOCKET_SHUTDOWN_X: u16 = 37;
    /// `PPME_SOCKET_GETSOCKNAME_E`.
    pub const SOCKET_GETSOCKNAME_E: u16 = 38;
    /// `PPME_SOCKET_GETSOCKNAME_X`.
    pub const SOCKET_GETSOCKNAME_X: u16 = 39;
    /// `PPME_SOCKET_GETPEERNAME_E`.
    pub const SOCKET_GETPEERNAME_E: u16 = 40;
    /// `PPME_SOCKET_GETPEERNAME_X`.
    pub const SOCKET_GETPEERNAME_X: u16 = 41;
    /// `PPME_SOCKET_SOCKETPAIR_E`.
    pub const SOCKET_SOCKETPAIR_E: u16 = 42;
    /// `PPME_SOCKET_SOCKETPAIR_X`.
    pub const SOCKET_SOCKETPAIR_X: u16 = 43;
    /// `PPME_SOCKET_SETSOCKOPT_E`.
    pub const SOCKET_SETSOCKOPT_E: u16 = 44;
    /// `PPME_SOCKET_SETSOCKOPT_X`.
    pub const SOCKET_SETSOCKOPT_X: u16 = 45;
    /// `PPME_SOCKET_GETSOCKOPT_E`.
    pub const SOCKET_GETSOCKOPT_E: u16 = 46;
    /// `PPME_SOCKET_GETSOCKOPT_X`.
    pub const SOCKET_GETSOCKOPT_X: u16 = 47;
    /// `PPME_SOCKET_SENDMSG_E`.
    pub const SOCKET_SENDMSG_E: u16 = 48;
    /// `PPME_SOCKET_SENDMSG_X`.
    pub const SOCKET_SENDMSG_X: u16 = 49;
    /// `PPME_SOCKET_SENDMMSG_E`.
    pub const SOCKET_SENDMMSG_E: u16 = 50;
    /// `PPME_SOCKET_SENDMMSG_X`.
    pub const SOCKET_SENDMMSG_X: u16 = 51;
    /// `PPME_SOCKET_RECVMSG_E`.
    pub const SOCKET_RECVMSG_E: u16 = 52;
    /// `PPME_SOCKET_RECVMSG_X`.
    pub const SOCKET_RECVMSG_X: u16 = 53;
    /// `PPME_SOCKET_RECVMMSG_E`.
    pub const SOCKET_RECVMMSG_E: u16 = 54;
    /// `PPME_SOCKET_RECVMMSG_X`.
    pub const SOCKET_RECVMMSG_X: u16 = 55;
    /// `PPME_SOCKET_ACCEPT4_E`.
    pub const SOCKET_ACCEPT4_E: u16 = 56;
    /// `PPME_SOCKET_ACCEPT4_X`.
    pub const SOCKET_ACCEPT4_X: u16 = 57;
    /// `PPME_SYSCALL_CREAT_E`.
    pub const SYSCALL_CREAT_E: u16 = 58;
    /// `PPME_SYSCALL_CREAT_X`.
    pub const SYSCALL_CREAT_X: u16 = 59;
    /// `PPME_SYSCALL_PIPE_E`.
    pub const SYSCALL_PIPE_E: u16 = 60;
    /// `PPME_SYSCALL_PIPE_X`.
    pub const SYSCALL_PIPE_X: u16 = 61;
    /// `PPME_SYSCALL_EVENTFD_E`.
    pub const SYSCALL_EVENTFD_E: u16 = 62;
    /// `PPME_SYSCALL_EVENTFD_X`.
    pub const SYSCALL_EVENTFD_X: u16 = 63;
    /// `PPME_SYSCALL_FUTEX_E`.
    pub const SYSCALL_FUTEX_E: u16 = 64;
    /// `PPME_SYSCALL_FUTEX_X`.
    pub const SYSCALL_FUTEX_X: u16 = 65;
    /// `PPME_SYSCALL_STAT_E`.
    pub const SYSCALL_STAT_E: u16 = 66;
    /// `PPME_SYSCALL_STAT_X`.
    pub const SYSCALL_STAT_X: u16 = 67;
    /// `PPME_SYSCALL_LSTAT_E`.
    pub const SYSCALL_LSTAT_E: u16 = 68;
    /// `PPME_SYSCALL_LSTAT_X`.
    pub const SYSCALL_LSTAT_X: u16 = 69;
    /// `PPME_SYSCALL_FSTAT_E`.
    pub const SYSCALL_FSTAT_E: u16 = 70;
    /// `PPME_SYSCALL_FSTAT_X`.
    pub const SYSCALL_FSTAT_X: u16 = 71;
    /// `PPME_SYSCALL_STAT64_E`.
    pub const SYSCALL_STAT64_E: u16 = 72;
    /// `PPME_SYSCALL_STAT64_X`.
    pub const SYSCALL_STAT64_X: u16 = 73;
    /// `PPME_SYSCALL_LSTAT64_E`.
    pub const SYSCALL_LSTAT64_E: u16 = 74;
    /// `PPME_SYSCALL_LSTAT64_X`.
    pub const SYSCALL_LSTAT64_X: u16 = 75;
    /// `PPME_SYSCALL_FSTAT64_E`.
    pub const SYSCALL_FSTAT64_E: u16 = 76;
    /// `PPME_SYSCALL_FSTAT64_X`.
    pub const SYSCALL_FSTAT64_X: u16 = 77;
    /// `PPME_SYSCALL_EPOLLWAIT_E`.
    pub const SYSCALL_EPOLLWAIT_E: u16 = 78;
    /// `PPME_SYSCALL_EPOLLWAIT_X`.
    pub const SYSCALL_EPOLLWAIT_X: u16 = 79;
    /// `PPME_SYSCALL_POLL_E`.
    pub const SYSCALL_POLL_E: u16 = 80;
    /// `PPME_SYSCALL_POLL_X`.
    pub const SYSCALL_POLL_X: u16 = 81;
    /// `PPME_SYSCALL_SELECT_E`.
    pub const SYSCALL_SELECT_E: u16 = 82;
    /// `PPME_SYSCALL_SELECT_X`.
    pub const SYSCALL_SELECT_X: u16 = 83;
    /// `PPME_SYSCALL_NEWSELECT_E`.
    pub const SYSCALL_NEWSELECT_E: u16 = 84;
    /// `PPME_SYSCALL_NEWSELECT_X`.
    pub const SYSCALL_NEWSELECT_X: u16 = 85;
    /// `PPME_SYSCALL_LSEEK_E`.
    pub const SYSCALL_LSEEK_E: u16 = 86;
    /// `PPME_SYSCALL_LSEEK_X`.
    pub const SYSCALL_LSEEK_X: u16 = 87;
    /// `PPME_SYSCALL_LLSEEK_E`.
    pub const SYSCALL_LLSEEK_E: u16 = 88;
    /// `PPME_SYSCALL_LLSEEK_X`.
    pub const SYSCALL_LLSEEK_X: u16 = 89;
    /// `PPME_SYSCALL_IOCTL_2_E`.
    pub const SYSCALL_IOCTL_2_E: u16 = 90;
    /// `PPME_SYSCALL_IOCTL_2_X`.
    pub const SYSCALL_IOCTL_2_X: u16 = 91;
    /// `PPME_SYSCALL_GETCWD_E`.
    pub const SYSCALL_GETCWD_E: u16 = 92;
    /// `PPME_SYSCALL_GETCWD_X`.
    pub const SYSCALL_GETCWD_X: u16 = 93;
    /// `PPME_SYSCALL_CHDIR_E`.
    pub const SYSCALL_CHDIR_E: u16 = 94;
    /// `PPME_SYSCALL_CHDIR_X`.
    pub const SYSCALL_CHDIR_X: u16 = 95;
    /// `PPME_SYSCALL_FCHDIR_E`.
    pub const SYSCALL_FCHDIR_E: u16 = 96;
    /// `PPME_SYSCALL_FCHDIR_X`.
    pub const SYSCALL_FCHDIR_X: u16 = 97;
    /// `PPME_SYSCALL_MKDIR_E`.
    pub const SYSCALL_MKDIR_E: u16 = 98;
    /// `PPME_SYSCALL_MKDIR_X`.
    pub const SYSCALL_MKDIR_X: u16 = 99;
    /// `PPME_SYSCALL_RMDIR_E`.
    pub const SYSCALL_RMDIR_E: u16 = 100;
    /// `PPME_SYSCALL_RMDIR_X`.
    pub const SYSCALL_RMDIR_X: u16 = 101;
    /// `PPME_SYSCALL_OPENAT_E`.
    pub const SYSCALL_OPENAT_E: u16 = 102;
    /// `PPME_SYSCALL_OPENAT_X`.
    pub const SYSCALL_OPENAT_X: u16 = 103;
    /// `PPME_SYSCALL_LINK_E`.
    pub const SYSCALL_LINK_E: u16 = 104;
    /// `PPME_SYSCALL_LINK_X`.
    pub const SYSCALL_LINK_X: u16 = 105;
    /// `PPME_SYSCALL_LINKAT_E`.
    pub const SYSCALL_LINKAT_E: u16 = 106;
    /// `PPME_SYSCALL_LINKAT_X`.
    pub const SYSCALL_LINKAT_X: u16 = 107;
    /// `PPME_SYSCALL_UNLINK_E`.
    pub const SYSCALL_UNLINK_E: u16 = 108;
    /// `PPME_SYSCALL_UNLINK_X`.
    pub const SYSCALL_UNLINK_X: u16 = 109;
    /// `PPME_SYSCALL_UNLINKAT_E`.
    pub const SYSCALL_UNLINKAT_E: u16 = 110;
    /// `PPME_SYSCALL_UNLINKAT_X`.
    pub const SYSCALL_UNLINKAT_X: u16 = 111;
    /// `PPME_SYSCALL_PREAD_E`.
    pub const SYSCALL_PREAD_E: u16 = 112;
    /// `PPME_SYSCALL_PREAD_X`.
    pub const SYSCALL_PREAD_X: u16 = 113;
    /// `PPME_SYSCALL_PWRITE_E`.
    pub const SYSCALL_PWRITE_E: u16 = 114;
    /// `PPME_SYSCALL_PWRITE_X`.
    pub const SYSCALL_PWRITE_X: u16 = 115;
    /// `PPME_SYSCALL_READV_E`.
    pub const SYSCALL_READV_E: u16 = 116;
    /// `PPME_SYSCALL_READV_X`.
    pub const SYSCALL_READV_X: u16 = 117;
    /// `PPME_SYSCALL_WRITEV_E`.
    pub const SYSCALL_WRITEV_E: u16 = 118;
    /// `PPME_SYSCALL_WRITEV_X`.
    pub const SYSCALL_WRITEV_X: u16 = 119;
    /// `PPME_SYSCALL_PREADV_E`.
    pub const SYSCALL_PREADV_E: u16 = 120;
    /// `PPME_SYSCALL_PREADV_X`.
    pub const SYSCALL_PREADV_X: u16 = 121;
    /// `PPME_SYSCALL_PWRITEV_E`.
    pub const SYSCALL_PWRITEV_E: u16 = 122;
    /// `PPME_SYSCALL_PWRITEV_X`.
    pub const SYSCALL_PWRITEV_X: u16 = 123;
    /// `PPME_SYSCALL_DUP_E`.
    pub const SYSCALL_DUP_E: u16 = 124;
    /// `PPME_SYSCALL_DUP_X`.
    pub const SYSCALL_DUP_X: u16 = 125;
    /// `PPME_SYSCALL_SIGNALFD_E`.
    pub const SYSCALL_SIGNALFD_E: u16 = 126;
    /// `PPME_SYSCALL_SIGNALFD_X`.
    pub const SYSCALL_SIGNALFD_X: u16 = 127;
    /// `PPME_SYSCALL_KILL_E`.
    pub const SYSCALL_KILL_E: u16 = 128;
    /// `PPME_SYSCALL_KILL_X`.
    pub const SYSCALL_KILL_X: u16 = 129;
    /// `PPME_SYSCALL_TKILL_E`.
    pub const SYSCALL_TKILL_E: u16 = 130;
    /// `PPME_SYSCALL_TKILL_X`.
    pub const SYSCALL_TKILL_X: u16 = 131;
    /// `PPME_SYSCALL_TGKILL_E`.
    pub const SYSCALL_TGKILL_E: u16 = 132;
    /// `PPME_SYSCALL_TGKILL_X`.
    pub const SYSCALL_TGKILL_X: u16 = 133;
    /// `PPME_SYSCALL_NANOSLEEP_E`.
    pub const SYSCALL_NANOSLEEP_E: u16 = 134;
    /// `PPME_SYSCALL_NANOSLEEP_X`.
    pub const SYSCALL_NANOSLEEP_X: u16 = 135;
    /// `PPME_SYSCALL_TIMERFD_CREATE_E`.
    pub const SYSCALL_TIMERFD_CREATE_E: u16 = 136;
    /// `PPME_SYSCALL_TIMERFD_CREATE_X`.
    pub const SYSCALL_TIMERFD_CREATE_X: u16 = 137;
    /// `PPME_SYSCALL_INOTIFY_INIT_E`.
    pub const SYSCALL_INOTIFY_INIT_E: u16 = 138;
    /// `PPME_SYSCALL_INOTIFY_INIT_X`.
    pub const SYSCALL_INOTIFY_INIT_X: u16 = 139;
    /// `PPME_SYSCALL_GETRLIMIT_E`.
    pub const SYSCALL_GETRLIMIT_E: u16 = 140;
    /// `PPME_SYSCALL_GETRLIMIT_X`.
    pub const SYSCALL_GETRLIMIT_X: u16 = 141;
    /// `PPME_SYSCALL_SETRLIMIT_E`.
    pub const SYSCALL_SETRLIMIT_E: u16 = 142;
    /// `PPME_SYSCALL_SETRLIMIT_X`.
    pub const SYSCALL_SETRLIMIT_X: u16 = 143;
    /// `PPME_SYSCALL_PRLIMIT_E`.
    pub const SYSCALL_PRLIMIT_E: u16 = 144;
    /// `PPME_SYSCALL_PRLIMIT_X`.
    pub const SYSCALL_PRLIMIT_X: u16 = 145;
    /// `PPME_SCHEDSWITCH_1_E`.
    pub const SCHEDSWITCH_1_E: u16 = 146;
    /// `PPME_SCHEDSWITCH_1_X`.
    pub const SCHEDSWITCH_1_X: u16 = 147;
    /// `PPME_DROP_E`.
    pub const DROP_E: u16 = 148;
    /// `PPME_DROP_X`.
    pub const DROP_X: u16 = 149;
    /// `PPME_SYSCALL_FCNTL_E`.
    pub const SYSCALL_FCNTL_E: u16 = 150;
    /// `PPME_SYSCALL_FCNTL_X`.
    pub const SYSCALL_FCNTL_X: u16 = 151;
    /// `PPME_SCHEDSWITCH_6_E`.
    pub const SCHEDSWITCH_6_E: u16 = 152;
    /// `PPME_SCHEDSWITCH_6_X`.
    pub const SCHEDSWITCH_6_X: u16 = 153;
    /// `PPME_SYSCALL_EXECVE_13_E`.
    pub const SYSCALL_EXECVE_13_E: u16 = 154;
    /// `PPME_SYSCALL_EXECVE_13_X`.
    pub const SYSCALL_EXECVE_13_X: u16 = 155;
    /// `PPME_SYSCALL_CLONE_16_E`.
    pub const SYSCALL_CLONE_16_E: u16 = 156;
    /// `PPME_SYSCALL_CLONE_16_X`.
    pub const SYSCALL_CLONE_16_X: u16 = 157;
    /// `PPME_SYSCALL_BRK_4_E`.
    pub const SYSCALL_BRK_4_E: u16 = 158;
    /// `PPME_SYSCALL_BRK_4_X`.
    pub const SYSCALL_BRK_4_X: u16 = 159;
    /// `PPME_SYSCALL_MMAP_E`.
    pub const SYSCALL_MMAP_E: u16 = 160;
    /// `PPME_SYSCALL_MMAP_X`.
    pub const SYSCALL_MMAP_X: u16 = 161;
    /// `PPME_SYSCALL_MMAP2_E`.
    pub const SYSCALL_MMAP2_E: u16 = 162;
    /// `PPME_SYSCALL_MMAP2_X`.
    pub const SYSCALL_MMAP2_X: u16 = 163;
    /// `PPME_SYSCALL_MUNMAP_E`.
    pub const SYSCALL_MUNMAP_E: u16 = 164;
    /// `PPME_SYSCALL_MUNMAP_X`.
    pub const SYSCALL_MUNMAP_X: u16 = 165;
    /// `PPME_SYSCALL_SPLICE_E`.
    pub const SYSCALL_SPLICE_E: u16 = 166;
    /// `PPME_SYSCALL_SPLICE_X`.
    pub const SYSCALL_SPLICE_X: u16 = 167;
    /// `PPME_SYSCALL_PTRACE_E`.
    pub const SYSCALL_PTRACE_E: u16 = 168;
    /// `PPME_SYSCALL_PTRACE_X`.
    pub const SYSCALL_PTRACE_X: u16 = 169;
    /// `PPME_SYSCALL_IOCTL_3_E`.
    pub const SYSCALL_IOCTL_3_E: u16 = 170;
    /// `PPME_SYSCALL_IOCTL_3_X`.
    pub const SYSCALL_IOCTL_3_X: u16 = 171;
    /// `PPME_SYSCALL_EXECVE_14_E`.
    pub const SYSCALL_EXECVE_14_E: u16 = 172;
    /// `PPME_SYSCALL_EXECVE_14_X`.
    pub const SYSCALL_EXECVE_14_X: u16 = 173;
    /// `PPME_SYSCALL_RENAME_E`.
    pub const SYSCALL_RENAME_E: u16 = 174;
    /// `PPME_SYSCALL_RENAME_X`.
    pub const SYSCALL_RENAME_X: u16 = 175;
    /// `PPME_SYSCALL_RENAMEAT_E`.
    pub const SYSCALL_RENAMEAT_E: u16 = 176;
    /// `PPME_SYSCALL_RENAMEAT_X`.
    pub const SYSCALL_RENAMEAT_X: u16 = 177;
    /// `PPME_SYSCALL_SYMLINK_E`.
    pub const SYSCALL_SYMLINK_E: u16 = 178;
    /// `PPME_SYSCALL_SYMLINK_X`.
    pub const SYSCALL_SYMLINK_X: u16 = 179;
    /// `PPME_SYSCALL_SYMLINKAT_E`.
    pub const SYSCALL_SYMLINKAT_E: u16 = 180;
    /// `PPME_SYSCALL_SYMLINKAT_X`.
    pub const SYSCALL_SYMLINKAT_X: u16 = 181;
    /// `PPME_SYSCALL_FORK_E`.
    pub const SYSCALL_FORK_E: u16 = 182;
    /// `PPME_SYSCALL_FORK_X`.
    pub const SYSCALL_FORK_X: u16 = 183;
    /// `PPME_SYSCALL_VFORK_E`.
    pub const SYSCALL_VFORK_E: u16 = 184;
    /// `PPME_SYSCALL_VFORK_X`.
    pub const SYSCALL_VFORK_X: u16 = 185;
    /// `PPME_PROCEXIT_1_E`.
    pub const PROCEXIT_1_E: u16 = 186;
    /// `PPME_PROCEXIT_1_X`.
    pub const PROCEXIT_1_X: u16 = 187;
    /// `PPME_SYSCALL_SENDFILE_E`.
    pub const SYSCALL_SENDFILE_E: u16 = 188;
    /// `PPME_SYSCALL_SENDFILE_X`.
    pub const SYSCALL_SENDFILE_X: u16 = 189;
    /// `PPME_SYSCALL_QUOTACTL_E`.
    pub const SYSCALL_QUOTACTL_E: u16 = 190;
    /// `PPME_SYSCALL_QUOTACTL_X`.
    pub const SYSCALL_QUOTACTL_X: u16 = 191;
    /// `PPME_SYSCALL_SETRESUID_E`.
    pub const SYSCALL_SETRESUID_E: u16 = 192;
    /// `PPME_SYSCALL_SETRESUID_X`.
    pub const SYSCALL_SETRESUID_X: u16 = 193;
    /// `PPME_SYSCALL_SETRESGID_E`.
    pub const SYSCALL_SETRESGID_E: u16 = 194;
    /// `PPME_SYSCALL_SETRESGID_X`.
    pub const SYSCALL_SETRESGID_X: u16 = 195;
    /// `PPME_SCAPEVENT_E`.
    pub const SCAPEVENT_E: u16 = 196;
    /// `PPME_SCAPEVENT_X`.
    pub const SCAPEVENT_X: u16 = 197;
    /// `PPME_SYSCALL_SETUID_E`.
    pub const SYSCALL_SETUID_E: u16 = 198;
    /// `PPME_SYSCALL_SETUID_X`.
    pub const SYSCALL_SETUID_X: u16 = 199;
    /// `PPME_SYSCALL_SETGID_E`.
    pub const SYSCALL_SETGID_E: u16 = 200;
    /// `PPME_SYSCALL_SETGID_X`.
    pub const SYSCALL_SETGID_X: u16 = 201;
    /// `PPME_SYSCALL_GETUID_E`.
    pub const SYSCALL_GETUID_E: u16 = 202;
    /// `PPME_SYSCALL_GETUID_X`.
    pub const SYSCALL_GETUID_X: u16 = 203;
    /// `PPME_SYSCALL_GETEUID_E`.
    pub const SYSCALL_GETEUID_E: u16 = 204;
    /// `PPME_SYSCALL_GETEUID_X`.
    pub const SYSCALL_GETEUID_X: u16 = 205;
    /// `PPME_SYSCALL_GETGID_E`.
    pub const SYSCALL_GETGID_E: u16 = 206;
    /// `PPME_SYSCALL_GETGID_X`.
    pub const SYSCALL_GETGID_X: u16 = 207;
    /// `PPME_SYSCALL_GETEGID_E`.
    pub const SYSCALL_GETEGID_E: u16 = 208;
    /// `PPME_SYSCALL_GETEGID_X`.
    pub const SYSCALL_GETEGID_X: u16 = 209;
    /// `PPME_SYSCALL_GETRESUID_E`.
    pub const SYSCALL_GETRESUID_E: u16 = 210;
    /// `PPME_SYSCALL_GETRESUID_X`.
    pub const SYSCALL_GETRESUID_X: u16 = 211;
    /// `PPME_SYSCALL_GETRESGID_E`.
    pub const SYSCALL_GETRESGID_E: u16 = 212;
    /// `PPME_SYSCALL_GETRESGID_X`.
    pub const SYSCALL_GETRESGID_X: u16 = 213;
    /// `PPME_SYSCALL_EXECVE_15_E`.
    pub const SYSCALL_EXECVE_15_E: u16 = 214;
    /// `PPME_SYSCALL_EXECVE_15_X`.
    pub const SYSCALL_EXECVE_15_X: u16 = 215;
    /// `PPME_SYSCALL_CLONE_17_E`.
    pub const SYSCALL_CLONE_17_E: u16 = 216;
    /// `PPME_SYSCALL_CLONE_17_X`.
    pub const SYSCALL_CLONE_17_X: u16 = 217;
    /// `PPME_SYSCALL_FORK_17_E`.
    pub const SYSCALL_FORK_17_E: u16 = 218;
    /// `PPME_SYSCALL_FORK_17_X`.
    pub const SYSCALL_FORK_17_X: u16 = 219;
    /// `PPME_SYSCALL_VFORK_17_E`.
    pub const SYSCALL_VFORK_17_E: u16 = 220;
    /// `PPME_SYSCALL_VFORK_17_X`.
    pub const SYSCALL_VFORK_17_X: u16 = 221;
    /// `PPME_SYSCALL_CLONE_20_E`.
    pub const SYSCALL_CLONE_20_E: u16 = 222;
    /// `PPME_SYSCALL_CLONE_20_X`.
    pub const SYSCALL_CLONE_20_X: u16 = 223;
    /// `PPME_SYSCALL_FORK_20_E`.
    pub const SYSCALL_FORK_20_E: u16 = 224;
    /// `PPME_SYSCALL_FORK_20_X`.
    pub const SYSCALL_FORK_20_X: u16 = 225;
    /// `PPME_SYSCALL_VFORK_20_E`.
    pub const SYSCALL_VFORK_20_E: u16 = 226;
    /// `PPME_SYSCALL_VFORK_20_X`.
    pub const SYSCALL_VFORK_20_X: u16 = 227;
    /// `PPME_CONTAINER_E`.
    pub const CONTAINER_E: u16 = 228;
    /// `PPME_CONTAINER_X`.
    pub const CONTAINER_X: u16 = 229;
    /// `PPME_SYSCALL_EXECVE_16_E`.
    pub const SYSCALL_EXECVE_16_E: u16 = 230;
    /// `PPME_SYSCALL_EXECVE_16_X`.
    pub const SYSCALL_EXECVE_16_X: u16 = 231;
    /// `PPME_SIGNALDELIVER_E`.
    pub const SIGNALDELIVER_E: u16 = 232;
    /// `PPME_SIGNALDELIVER_X`.
    pub const SIGNALDELIVER_X: u16 = 233;
    /// `PPME_PROCINFO_E`.
    pub const PROCINFO_E: u16 = 234;
    /// `PPME_PROCINFO_X`.
    pub const PROCINFO_X: u16 = 235;
    /// `PPME_SYSCALL_GETDENTS_E`.
    pub const SYSCALL_GETDENTS_E: u16 = 236;
    /// `PPME_SYSCALL_GETDENTS_X`.
    pub const SYSCALL_GETDENTS_X: u16 = 237;
    /// `PPME_SYSCALL_GETDENTS64_E`.
    pub const SYSCALL_GETDENTS64_E: u16 = 238;
    /// `PPME_SYSCALL_GETDENTS64_X`.
    pub const SYSCALL_GETDENTS64_X: u16 = 239;
    /// `PPME_SYSCALL_SETNS_E`.
    pub const SYSCALL_SETNS_E: u16 = 240;
    /// `PPME_SYSCALL_SETNS_X`.
    pub const SYSCALL_SETNS_X: u16 = 241;
    /// `PPME_SYSCALL_FLOCK_E`.
    pub const SYSCALL_FLOCK_E: u16 = 242;
    /// `PPME_SYSCALL_FLOCK_X`.
    pub const SYSCALL_FLOCK_X: u16 = 243;
    /// `PPME_CPU_HOTPLUG_E`.
    pub const CPU_HOTPLUG_E: u16 = 244;
    /// `PPME_CPU_HOTPLUG_X`.
    pub const CPU_HOTPLUG_X: u16 = 245;
    /// `PPME_SOCKET_ACCEPT_5_E`.
    pub const SOCKET_ACCEPT_5_E: u16 = 246;
    /// `PPME_SOCKET_ACCEPT_5_X`.
    pub const SOCKET_ACCEPT_5_X: u16 = 247;
    /// `PPME_SOCKET_ACCEPT4_5_E`.
    pub const SOCKET_ACCEPT4_5_E: u16 = 248;
    /// `PPME_SOCKET_ACCEPT4_5_X`.
    pub const SOCKET_ACCEPT4_5_X: u16 = 249;
    /// `PPME_SYSCALL_SEMOP_E`.
    pub const SYSCALL_SEMOP_E: u16 = 250;
    /// `PPME_SYSCALL_SEMOP_X`.
    pub const SYSCALL_SEMOP_X: u16 = 251;
    /// `PPME_SYSCALL_SEMCTL_E`.
    pub const SYSCALL_SEMCTL_E: u16 = 252;
    /// `PPME_SYSCALL_SEMCTL_X`.
    pub const SYSCALL_SEMCTL_X: u16 = 253;
    /// `PPME_SYSCALL_PPOLL_E`.
    pub const SYSCALL_PPOLL_E: u16 = 254;
    /// `PPME_SYSCALL_PPOLL_X`.
    pub const SYSCALL_PPOLL_X: u16 = 255;
    /// `PPME_SYSCALL_MOUNT_E`.
    pub const SYSCALL_MOUNT_E: u16 = 256;
    /// `PPME_SYSCALL_MOUNT_X`.
    pub const SYSCALL_MOUNT_X: u16 = 257;
    /// `PPME_SYSCALL_UMOUNT_E`.
    pub const SYSCALL_UMOUNT_E: u16 = 258;
    /// `PPME_SYSCALL_UMOUNT_X`.
    pub const SYSCALL_UMOUNT_X: u16 = 259;
    /// `PPME_K8S_E`.
    pub const K8S_E: u16 = 260;
    /// `PPME_K8S_X`.
    pub const K8S_X: u16 = 261;
    /// `PPME_SYSCALL_SEMGET_E`.
    pub const SYSCALL_SEMGET_E: u16 = 262;
    /// `PPME_SYSCALL_SEMGET_X`.
    pub const SYSCALL_SEMGET_X: u16 = 263;
    /// `PPME_SYSCALL_ACCESS_E`.
    pub const SYSCALL_ACCESS_E: u16 = 264;
    /// `PPME_SYSCALL_ACCESS_X`.
    pub const SYSCALL_ACCESS_X: u16 = 265;
    /// `PPME_SYSCALL_CHROOT_E`.
    pub const SYSCALL_CHROOT_E: u16 = 266;
    /// `PPME_SYSCALL_CHROOT_X`.
    pub const SYSCALL_CHROOT_X: u16 = 267;
    /// `PPME_TRACER_E`.
    pub const TRACER_E: u16 = 268;
    /// `PPME_TRACER_X`.
    pub const TRACER_X: u16 = 269;
    /// `PPME_MESOS_E`.
    pub const MESOS_E: u16 = 270;
    /// `PPME_MESOS_X`.
    pub const MESOS_X: u16 = 271;
    /// `PPME_CONTAINER_JSON_E`.
    pub const CONTAINER_JSON_E: u16 = 272;
    /// `PPME_CONTAINER_JSON_X`.
    pub const CONTAINER_JSON_X: u16 = 273;
    /// `PPME_SYSCALL_SETSID_E`.
    pub const SYSCALL_SETSID_E: u16 = 274;
    /// `PPME_SYSCALL_SETSID_X`.
    pub const SYSCALL_SETSID_X: u16 = 275;
    /// `PPME_SYSCALL_MKDIR_2_E`.
    pub const SYSCALL_MKDIR_2_E: u16 = 276;
    /// `PPME_SYSCALL_MKDIR_2_X`.
    pub const SYSCALL_MKDIR_2_X: u16 = 277;
    /// `PPME_SYSCALL_RMDIR_2_E`.
    pub const SYSCALL_RMDIR_2_E: u16 = 278;
    /// `PPME_SYSCALL_RMDIR_2_X`.
    pub const SYSCALL_RMDIR_2_X: u16 = 279;
    /// `PPME_NOTIFICATION_E`.
    pub const NOTIFICATION_E: u16 = 280;
    /// `PPME_NOTIFICATION_X`.
    pub const NOTIFICATION_X: u16 = 281;
    /// `PPME_SYSCALL_EXECVE_17_E`.
    pub const SYSCALL_EXECVE_17_E: u16 = 282;
    /// `PPME_SYSCALL_EXECVE_17_X`.
    pub const SYSCALL_EXECVE_17_X: u16 = 283;
    /// `PPME_SYSCALL_UNSHARE_E`.
    pub const SYSCALL_UNSHARE_E: u16 = 284;
    /// `PPME_SYSCALL_UNSHARE_X`.
    pub const SYSCALL_UNSHARE_X: u16 = 285;
    /// `PPME_INFRASTRUCTURE_EVENT_E`.
    pub const INFRASTRUCTURE_EVENT_E: u16 = 286;
    /// `PPME_INFRASTRUCTURE_EVENT_X`.
    pub const INFRASTRUCTURE_EVENT_X: u16 = 287;
    /// `PPME_SYSCALL_EXECVE_18_E`.
    pub const SYSCALL_EXECVE_18_E: u16 = 288;
    /// `PPME_SYSCALL_EXECVE_18_X`.
    pub const SYSCALL_EXECVE_18_X: u16 = 289;
    /// `PPME_PAGE_FAULT_E`.
    pub const PAGE_FAULT_E: u16 = 290;
    /// `PPME_PAGE_FAULT_X`.
    pub const PAGE_FAULT_X: u16 = 291;
    /// `PPME_SYSCALL_EXECVE_19_E`.
    pub const SYSCALL_EXECVE_19_E: u16 = 292;
    /// `PPME_SYSCALL_EXECVE_19_X`.
    pub const SYSCALL_EXECVE_19_X: u16 = 293;
    /// `PPME_SYSCALL_SETPGID_E`.
    pub const SYSCALL_SETPGID_E: u16 = 294;
    /// `PPME_SYSCALL_SETPGID_X`.
    pub const SYSCALL_SETPGID_X: u16 = 295;
    /// `PPME_SYSCALL_BPF_E`.
    pub const SYSCALL_BPF_E: u16 = 296;
    /// `PPME_SYSCALL_BPF_X`.
    pub const SYSCALL_BPF_X: u16 = 297;
    /// `PPME_SYSCALL_SECCOMP_E`.
    pub const SYSCALL_SECCOMP_E: u16 = 298;
    /// `PPME_SYSCALL_SECCOMP_X`.
    pub const SYSCALL_SECCOMP_X: u16 = 299;
    /// `PPME_SYSCALL_UNLINK_2_E`.
    pub const SYSCALL_UNLINK_2_E: u16 = 300;
    /// `PPME_SYSCALL_UNLINK_2_X`.
    pub const SYSCALL_UNLINK_2_X: u16 = 301;
    /// `PPME_SYSCALL_UNLINKAT_2_E`.
    pub const SYSCALL_UNLINKAT_2_E: u16 = 302;
    /// `PPME_SYSCALL_UNLINKAT_2_X`.
    pub const SYSCALL_UNLINKAT_2_X: u16 = 303;
    /// `PPME_SYSCALL_MKDIRAT_E`.
    pub const SYSCALL_MKDIRAT_E: u16 = 304;
    /// `PPME_SYSCALL_MKDIRAT_X`.
    pub const SYSCALL_MKDIRAT_X: u16 = 305;
    /// `PPME_SYSCALL_OPENAT_2_E`.
    pub const SYSCALL_OPENAT_2_E: u16 = 306;
    /// `PPME_SYSCALL_OPENAT_2_X`.
    pub const SYSCALL_OPENAT_2_X: u16 = 307;
    /// `PPME_SYSCALL_LINK_2_E`.
    pub const SYSCALL_LINK_2_E: u16 = 308;
    /// `PPME_SYSCALL_LINK_2_X`.
    pub const SYSCALL_LINK_2_X: u16 = 309;
    /// `PPME_SYSCALL_LINKAT_2_E`.
    pub const SYSCALL_LINKAT_2_E: u16 = 310;
    /// `PPME_SYSCALL_LINKAT_2_X`.
    pub const SYSCALL_LINKAT_2_X: u16 = 311;
    /// `PPME_SYSCALL_FCHMODAT_E`.
    pub const SYSCALL_FCHMODAT_E: u16 = 312;
    /// `PPME_SYSCALL_FCHMODAT_X`.
    pub const SYSCALL_FCHMODAT_X: u16 = 313;
    /// `PPME_SYSCALL_CHMOD_E`.
    pub const SYSCALL_CHMOD_E: u16 = 314;
    /// `PPME_SYSCALL_CHMOD_X`.
    pub const SYSCALL_CHMOD_X: u16 = 315;
    /// `PPME_SYSCALL_FCHMOD_E`.
    pub const SYSCALL_FCHMOD_E: u16 = 316;
    /// `PPME_SYSCALL_FCHMOD_X`.
    pub const SYSCALL_FCHMOD_X: u16 = 317;
    /// `PPME_SYSCALL_RENAMEAT2_E`.
    pub const SYSCALL_RENAMEAT2_E: u16 = 318;
    /// `PPME_SYSCALL_RENAMEAT2_X`.
    pub const SYSCALL_RENAMEAT2_X: u16 = 319;
    /// `PPME_SYSCALL_USERFAULTFD_E`.
    pub const SYSCALL_USERFAULTFD_E: u16 = 320;
    /// `PPME_SYSCALL_USERFAULTFD_X`.
    pub const SYSCALL_USERFAULTFD_X: u16 = 321;
    /// `PPME_PLUGINEVENT_E`.
    pub const PLUGINEVENT_E: u16 = 322;
    /// `PPME_PLUGINEVENT_X`.
    pub const PLUGINEVENT_X: u16 = 323;
    /// `PPME_CONTAINER_JSON_2_E`.
    pub const CONTAINER_JSON_2_E: u16 = 324;
    /// `PPME_CONTAINER_JSON_2_X`.
    pub const CONTAINER_JSON_2_X: u16 = 325;
    /// `PPME_SYSCALL_OPENAT2_E`.
    pub const SYSCALL_OPENAT2_E: u16 = 326;
    /// `PPME_SYSCALL_OPENAT2_X`.
    pub const SYSCALL_OPENAT2_X: u16 = 327;
    /// `PPME_SYSCALL_MPROTECT_E`.
    pub const SYSCALL_MPROTECT_E: u16 = 328;
    /// `PPME_SYSCALL_MPROTECT_X`.
    pub const SYSCALL_MPROTECT_X: u16 = 329;
    /// `PPME_SYSCALL_EXECVEAT_E`.
    pub const SYSCALL_EXECVEAT_E: u16 = 330;
    /// `PPME_SYSCALL_EXECVEAT_X`.
    pub const SYSCALL_EXECVEAT_X: u16 = 331;
    /// `PPME_SYSCALL_COPY_FILE_RANGE_E`.
    pub const SYSCALL_COPY_FILE_RANGE_E: u16 = 332;
    /// `PPME_SYSCALL_COPY_FILE_RANGE_X`.
    pub const SYSCALL_COPY_FILE_RANGE_X: u16 = 333;
    /// `PPME_SYSCALL_CLONE3_E`.
    pub const SYSCALL_CLONE3_E: u16 = 334;
    /// `PPME_SYSCALL_CLONE3_X`.
    pub const SYSCALL_CLONE3_X: u16 = 335;
    /// `PPME_SYSCALL_OPEN_BY_HANDLE_AT_E`.
    pub const SYSCALL_OPEN_BY_HANDLE_AT_E: u16 = 336;
    /// `PPME_SYSCALL_OPEN_BY_HANDLE_AT_X`.
    pub const SYSCALL_OPEN_BY_HANDLE_AT_X: u16 = 337;
    /// `PPME_SYSCALL_IO_URING_SETUP_E`.
    pub const SYSCALL_IO_URING_SETUP_E: u16 = 338;
    /// `PPME_SYSCALL_IO_URING_SETUP_X`.
    pub const SYSCALL_IO_URING_SETUP_X: u16 = 339;
    /// `PPME_SYSCALL_IO_URING_ENTER_E`.
    pub const SYSCALL_IO_URING_ENTER_E: u16 = 340;
    /// `PPME_SYSCALL_IO_URING_ENTER_X`.
    pub const SYSCALL_IO_URING_ENTER_X: u16 = 341;
    /// `PPME_SYSCALL_IO_URING_REGISTER_E`.
    pub const SYSCALL_IO_URING_REGISTER_E: u16 = 342;
    /// `PPME_SYSCALL_IO_URING_REGISTER_X`.
    pub const SYSCALL_IO_URING_REGISTER_X: u16 = 343;
    /// `PPME_SYSCALL_MLOCK_E`.
    pub const SYSCALL_MLOCK_E: u16 = 344;
    /// `PPME_SYSCALL_MLOCK_X`.
    pub const SYSCALL_MLOCK_X: u16 = 345;
    /// `PPME_SYSCALL_MUNLOCK_E`.
    pub const SYSCALL_MUNLOCK_E: u16 = 346;
    /// `PPME_SYSCALL_MUNLOCK_X`.
    pub const SYSCALL_MUNLOCK_X: u16 = 347;
    /// `PPME_SYSCALL_MLOCKALL_E`.
    pub const SYSCALL_MLOCKALL_E: u16 = 348;
    /// `PPME_SYSCALL_MLOCKALL_X`.
    pub const SYSCALL_MLOCKALL_X: u16 = 349;
    /// `PPME_SYSCALL_MUNLOCKALL_E`.
    pub const SYSCALL_MUNLOCKALL_E: u16 = 350;
    /// `PPME_SYSCALL_MUNLOCKALL_X`.
    pub const SYSCALL_MUNLOCKALL_X: u16 = 351;
    /// `PPME_SYSCALL_CAPSET_E`.
    pub const SYSCALL_CAPSET_E: u16 = 352;
    /// `PPME_SYSCALL_CAPSET_X`.
    pub const SYSCALL_CAPSET_X: u16 = 353;
    /// `PPME_USER_ADDED_E`.
    pub const USER_ADDED_E: u16 = 354;
    /// `PPME_USER_ADDED_X`.
    pub const USER_ADDED_X: u16 = 355;
    /// `PPME_USER_DELETED_E`.
    pub const USER_DELETED_E: u16 = 356;
    /// `PPME_USER_DELETED_X`.
    pub const USER_DELETED_X: u16 = 357;
    /// `PPME_GROUP_ADDED_E`.
    pub const GROUP_ADDED_E: u16 = 358;
    /// `PPME_GROUP_ADDED_X`.
    pub const GROUP_ADDED_X: u16 = 359;
    /// `PPME_GROUP_DELETED_E`.
    pub const GROUP_DELETED_E: u16 = 360;
    /// `PPME_GROUP_DELETED_X`.
    pub const GROUP_DELETED_X: u16 = 361;
    /// `PPME_SYSCALL_DUP2_E`.
    pub const SYSCALL_DUP2_E: u16 = 362;
    /// `PPME_SYSCALL_DUP2_X`.
    pub const SYSCALL_DUP2_X: u16 = 363;
    /// `PPME_SYSCALL_DUP3_E`.
    pub const SYSCALL_DUP3_E: u16 = 364;
    /// `PPME_SYSCALL_DUP3_X`.
    pub const SYSCALL_DUP3_X: u16 = 365;
    /// `PPME_SYSCALL_DUP_1_E`.
    pub const SYSCALL_DUP_1_E: u16 = 366;
    /// `PPME_SYSCALL_DUP_1_X`.
    pub const SYSCALL_DUP_1_X: u16 = 367;
    /// `PPME_SYSCALL_BPF_2_E`.
    pub const SYSCALL_BPF_2_E: u16 = 368;
    /// `PPME_SYSCALL_BPF_2_X`.
    pub const SYSCALL_BPF_2_X: u16 = 369;
    /// `PPME_SYSCALL_MLOCK2_E`.
    pub const SYSCALL_MLOCK2_E: u16 = 370;
    /// `PPME_SYSCALL_MLOCK2_X`.
    pub const SYSCALL_MLOCK2_X: u16 = 371;
    /// `PPME_SYSCALL_FSCONFIG_E`.
    pub const SYSCALL_FSCONFIG_E: u16 = 372;
    /// `PPME_SYSCALL_FSCONFIG_X`.
    pub const SYSCALL_FSCONFIG_X: u16 = 373;
    /// `PPME_SYSCALL_EPOLL_CREATE_E`.
    pub const SYSCALL_EPOLL_CREATE_E: u16 = 374;
    /// `PPME_SYSCALL_EPOLL_CREATE_X`.
    pub const SYSCALL_EPOLL_CREATE_X: u16 = 375;
    /// `PPME_SYSCALL_EPOLL_CREATE1_E`.
    pub const SYSCALL_EPOLL_CREATE1_E: u16 = 376;
    /// `PPME_SYSCALL_EPOLL_CREATE1_X`.
    pub const SYSCALL_EPOLL_CREATE1_X: u16 = 377;
    /// `PPME_SYSCALL_CHOWN_E`.
    pub const SYSCALL_CHOWN_E: u16 = 378;
    /// `PPME_SYSCALL_CHOWN_X`.
    pub const SYSCALL_CHOWN_X: u16 = 379;
    /// `PPME_SYSCALL_LCHOWN_E`.
    pub const SYSCALL_LCHOWN_E: u16 = 380;
    /// `PPME_SYSCALL_LCHOWN_X`.
    pub const SYSCALL_LCHOWN_X: u16 = 381;
    /// `PPME_SYSCALL_FCHOWN_E`.
    pub const SYSCALL_FCHOWN_E: u16 = 382;
    /// `PPME_SYSCALL_FCHOWN_X`.
    pub const SYSCALL_FCHOWN_X: u16 = 383;
    /// `PPME_SYSCALL_FCHOWNAT_E`.
    pub const SYSCALL_FCHOWNAT_E: u16 = 384;
    /// `PPME_SYSCALL_FCHOWNAT_X`.
    pub const SYSCALL_FCHOWNAT_X: u16 = 385;
    /// `PPME_SYSCALL_UMOUNT_1_E`.
    pub const SYSCALL_UMOUNT_1_E: u16 = 386;
    /// `PPME_SYSCALL_UMOUNT_1_X`.
    pub const SYSCALL_UMOUNT_1_X: u16 = 387;
    /// `PPME_SOCKET_ACCEPT4_6_E`.
    pub const SOCKET_ACCEPT4_6_E: u16 = 388;
    /// `PPME_SOCKET_ACCEPT4_6_X`.
    pub const SOCKET_ACCEPT4_6_X: u16 = 389;
    /// `PPME_SYSCALL_UMOUNT2_E`.
    pub const SYSCALL_UMOUNT2_E: u16 = 390;
    /// `PPME_SYSCALL_UMOUNT2_X`.
    pub const SYSCALL_UMOUNT2_X: u16 = 391;
    /// `PPME_SYSCALL_PIPE2_E`.
    pub const SYSCALL_PIPE2_E: u16 = 392;
    /// `PPME_SYSCALL_PIPE2_X`.
    pub const SYSCALL_PIPE2_X: u16 = 393;
    /// `PPME_SYSCALL_INOTIFY_INIT1_E`.
    pub const SYSCALL_INOTIFY_INIT1_E: u16 = 394;
    /// `PPME_SYSCALL_INOTIFY_INIT1_X`.
    pub const SYSCALL_INOTIFY_INIT1_X: u16 = 395;
    /// `PPME_SYSCALL_EVENTFD2_E`.
    pub const SYSCALL_EVENTFD2_E: u16 = 396;
    /// `PPME_SYSCALL_EVENTFD2_X`.
    pub const SYSCALL_EVENTFD2_X: u16 = 397;
    /// `PPME_SYSCALL_SIGNALFD4_E`.
    pub const SYSCALL_SIGNALFD4_E: u16 = 398;
    /// `PPME_SYSCALL_SIGNALFD4_X`.
    pub const SYSCALL_SIGNALFD4_X: u16 = 399;
    /// `PPME_SYSCALL_PRCTL_E`.
    pub const SYSCALL_PRCTL_E: u16 = 400;
    /// `PPME_SYSCALL_PRCTL_X`.
    pub const SYSCALL_PRCTL_X: u16 = 401;
    /// `PPME_ASYNCEVENT_E`.
    pub const ASYNCEVENT_E: u16 = 402;
    /// `PPME_ASYNCEVENT_X`.
    pub const ASYNCEVENT_X: u16 = 403;
    /// `PPME_SYSCALL_MEMFD_CREATE_E`.
    pub const SYSCALL_MEMFD_CREATE_E: u16 = 404;
    /// `PPME_SYSCALL_MEMFD_CREATE_X`.
    pub const SYSCALL_MEMFD_CREATE_X: u16 = 405;
    /// `PPME_SYSCALL_PIDFD_GETFD_E`.
    pub const SYSCALL_PIDFD_GETFD_E: u16 = 406;
    /// `PPME_SYSCALL_PIDFD_GETFD_X`.
    pub const SYSCALL_PIDFD_GETFD_X: u16 = 407;
    /// `PPME_SYSCALL_PIDFD_OPEN_E`.
    pub const SYSCALL_PIDFD_OPEN_E: u16 = 408;
    /// `PPME_SYSCALL_PIDFD_OPEN_X`.
    pub const SYSCALL_PIDFD_OPEN_X: u16 = 409;
    /// `PPME_SYSCALL_INIT_MODULE_E`.
    pub const SYSCALL_INIT_MODULE_E: u16 = 410;
    /// `PPME_SYSCALL_INIT_MODULE_X`.
    pub const SYSCALL_INIT_MODULE_X: u16 = 411;
    /// `PPME_SYSCALL_FINIT_MODULE_E`.
    pub const SYSCALL_FINIT_MODULE_E: u16 = 412;
    /// `PPME_SYSCALL_FINIT_MODULE_X`.
    pub const SYSCALL_FINIT_MODULE_X: u16 = 413;
    /// `PPME_SYSCALL_MKNOD_E`.
    pub const SYSCALL_MKNOD_E: u16 = 414;
    /// `PPME_SYSCALL_MKNOD_X`.
    pub const SYSCALL_MKNOD_X: u16 = 415;
    /// `PPME_SYSCALL_MKNODAT_E`.
    pub const SYSCALL_MKNODAT_E: u16 = 416;
    /// `PPME_SYSCALL_MKNODAT_X`.
    pub const SYSCALL_MKNODAT_X: u16 = 417;
    /// `PPME_SYSCALL_NEWFSTATAT_E`.
    pub const SYSCALL_NEWFSTATAT_E: u16 = 418;
    /// `PPME_SYSCALL_NEWFSTATAT_X`.
    pub const SYSCALL_NEWFSTATAT_X: u16 = 419;
    /// `PPME_SYSCALL_PROCESS_VM_READV_E`.
    pub const SYSCALL_PROCESS_VM_READV_E: u16 = 420;
    /// `PPME_SYSCALL_PROCESS_VM_READV_X`.
    pub const SYSCALL_PROCESS_VM_READV_X: u16 = 421;
    /// `PPME_SYSCALL_PROCESS_VM_WRITEV_E`.
    pub const SYSCALL_PROCESS_VM_WRITEV_E: u16 = 422;
    /// `PPME_SYSCALL_PROCESS_VM_WRITEV_X`.
    pub const SYSCALL_PROCESS_VM_WRITEV_X: u16 = 423;
    /// `PPME_SYSCALL_DELETE_MODULE_E`.
    pub const SYSCALL_DELETE_MODULE_E: u16 = 424;
    /// `PPME_SYSCALL_DELETE_MODULE_X`.
    pub const SYSCALL_DELETE_MODULE_X: u16 = 425;
    /// `PPME_SYSCALL_SETREUID_E`.
    pub const SYSCALL_SETREUID_E: u16 = 426;
    /// `PPME_SYSCALL_SETREUID_X`.
    pub const SYSCALL_SETREUID_X: u16 = 427;
    /// `PPME_SYSCALL_SETREGID_E`.
    pub const SYSCALL_SETREGID_E: u16 = 428;
    /// `PPME_SYSCALL_SETREGID_X`.
    pub const SYSCALL_SETREGID_X: u16 = 429;
    /// `PPME_ITER_TASK_E`.
    pub const ITER_TASK_E: u16 = 430;
    /// `PPME_ITER_TASK_X`.
    pub const ITER_TASK_X: u16 = 431;
    /// `PPME_ITER_TASK_FILE_PIPE_E`.
    pub const ITER_TASK_FILE_PIPE_E: u16 = 432;
    /// `PPME_ITER_TASK_FILE_PIPE_X`.
    pub const ITER_TASK_FILE_PIPE_X: u16 = 433;
    /// `PPME_ITER_TASK_FILE_MEMFD_E`.
    pub const ITER_TASK_FILE_MEMFD_E: u16 = 434;
    /// `PPME_ITER_TASK_FILE_MEMFD_X`.
    pub const ITER_TASK_FILE_MEMFD_X: u16 = 435;
    /// `PPME_ITER_TASK_FILE_REGULAR_E`.
    pub const ITER_TASK_FILE_REGULAR_E: u16 = 436;
    /// `PPME_ITER_TASK_FILE_REGULAR_X`.
    pub const ITER_TASK_FILE_REGULAR_X: u16 = 437;
    /// `PPME_ITER_TASK_FILE_DIRECTORY_E`.
    pub const ITER_TASK_FILE_DIRECTORY_E: u16 = 438;
    /// `PPME_ITER_TASK_FILE_DIRECTORY_X`.
    pub const ITER_TASK_FILE_DIRECTORY_X: u16 = 439;
    /// `PPME_ITER_TASK_FILE_SOCKET_INET_E`.
    pub const ITER_TASK_FILE_SOCKET_INET_E: u16 = 440;
    /// `PPME_ITER_TASK_FILE_SOCKET_INET_X`.
    pub const ITER_TASK_FILE_SOCKET_INET_X: u16 = 441;
    /// `PPME_ITER_TASK_FILE_SOCKET_INET6_E`.
    pub const ITER_TASK_FILE_SOCKET_INET6_E: u16 = 442;
    /// `PPME_ITER_TASK_FILE_SOCKET_INET6_X`.
    pub const ITER_TASK_FILE_SOCKET_INET6_X: u16 = 443;
    /// `PPME_ITER_TASK_FILE_SOCKET_UNIX_E`.
    pub const ITER_TASK_FILE_SOCKET_UNIX_E: u16 = 444;
    /// `PPME_ITER_TASK_FILE_SOCKET_UNIX_X`.
    pub const ITER_TASK_FILE_SOCKET_UNIX_X: u16 = 445;
    /// `PPME_ITER_TASK_FILE_SOCKET_NETLINK_E`.
    pub const ITER_TASK_FILE_SOCKET_NETLINK_E: u16 = 446;
    /// `PPME_ITER_TASK_FILE_SOCKET_NETLINK_X`.
    pub const ITER_TASK_FILE_SOCKET_NETLINK_X: u16 = 447;
    /// `PPME_ITER_TASK_FILE_ANON_INODE_E`.
    pub const ITER_TASK_FILE_ANON_INODE_E: u16 = 448;
    /// `PPME_ITER_TASK_FILE_ANON_INODE_X`.
    pub const ITER_TASK_FILE_ANON_INODE_X: u16 = 449;
    /// `PPME_SYSCALL_CLOSE_RANGE_E`.
    pub const SYSCALL_CLOSE_RANGE_E: u16 = 450;
    /// `PPME_SYSCALL_CLOSE_RANGE_X`.
    pub const SYSCALL_CLOSE_RANGE_X: u16 = 451;
    /// `PPME_SYSCALL_KEYCTL_E`.
    pub const SYSCALL_KEYCTL_E: u16 = 452;
    /// `PPME_SYSCALL_KEYCTL_X`.
    pub const SYSCALL_KEYCTL_X: u16 = 453;
}

/// Number of event codes (`PPM_EVENT_MAX`).
pub const EVENT_MAX: usize = 454;
const _: () = assert!(code::SYSCALL_KEYCTL_X as usize + 1 == EVENT_MAX);

/// Most parameters an event may have (`PPM_MAX_EVENT_PARAMS`).
pub const MAX_EVENT_PARAMS: usize = 32;
const _: () = assert!(MAX_EVENT_PARAMS == 32);

/// Description of every event, indexed by event code.
pub static EVENT_TABLE: [EventInfo; EVENT_MAX] = [
    // 0: PPME_GENERIC_E
    EventInfo {
        name: "syscall",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("ID", ParamType::SyscallId, PrintFormat::Dec),
            ParamInfo::new("nativeID", ParamType::Uint16, PrintFormat::Dec),
        ],
    },
    // 1: PPME_GENERIC_X
    EventInfo {
        name: "syscall",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("ID", ParamType::SyscallId, PrintFormat::Dec),
            ParamInfo::new("nativeID", ParamType::Uint16, PrintFormat::Dec),
        ],
    },
    // 2: PPME_SYSCALL_OPEN_E
    EventInfo {
        name: "open",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
        ],
    },
    // 3: PPME_SYSCALL_OPEN_X
    EventInfo {
        name: "open",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 4: PPME_SYSCALL_CLOSE_E
    EventInfo {
        name: "close",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_DESTROYS_FD
            | EF_USES_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 5: PPME_SYSCALL_CLOSE_X
    EventInfo {
        name: "close",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_DESTROYS_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
        ],
    },
    // 6: PPME_SYSCALL_READ_E
    EventInfo {
        name: "read",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 7: PPME_SYSCALL_READ_X
    EventInfo {
        name: "read",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 8: PPME_SYSCALL_WRITE_E
    EventInfo {
        name: "write",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 9: PPME_SYSCALL_WRITE_X
    EventInfo {
        name: "write",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 10: PPME_SYSCALL_BRK_1_E
    EventInfo {
        name: "brk",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec)],
    },
    // 11: PPME_SYSCALL_BRK_1_X
    EventInfo {
        name: "brk",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Uint64, PrintFormat::Hex)],
    },
    // 12: PPME_SYSCALL_EXECVE_8_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 13: PPME_SYSCALL_EXECVE_8_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 14: PPME_SYSCALL_CLONE_11_E
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 15: PPME_SYSCALL_CLONE_11_X
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 16: PPME_PROCEXIT_E
    EventInfo {
        name: "procexit",
        category: EC_PROCESS | EC_TRACEPOINT,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 17: PPME_PROCEXIT_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 18: PPME_SOCKET_SOCKET_E
    EventInfo {
        name: "socket",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::with(
                "domain",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKET_FAMILIES),
            ),
            ParamInfo::new("type", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("proto", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 19: PPME_SOCKET_SOCKET_X
    EventInfo {
        name: "socket",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "domain",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKET_FAMILIES),
            ),
            ParamInfo::new("type", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("proto", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
        ],
    },
    // 20: PPME_SOCKET_BIND_E
    EventInfo {
        name: "bind",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 21: PPME_SOCKET_BIND_X
    EventInfo {
        name: "bind",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::SockAddr, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
        ],
    },
    // 22: PPME_SOCKET_CONNECT_E
    EventInfo {
        name: "connect",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::SockAddr, PrintFormat::Na),
        ],
    },
    // 23: PPME_SOCKET_CONNECT_X
    EventInfo {
        name: "connect",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::SockAddr, PrintFormat::Na),
        ],
    },
    // 24: PPME_SOCKET_LISTEN_E
    EventInfo {
        name: "listen",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("backlog", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 25: PPME_SOCKET_LISTEN_X
    EventInfo {
        name: "listen",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("backlog", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 26: PPME_SOCKET_ACCEPT_E
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 27: PPME_SOCKET_ACCEPT_X
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("queuepct", ParamType::Uint8, PrintFormat::Dec),
        ],
    },
    // 28: PPME_SOCKET_SEND_E
    EventInfo {
        name: "send",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 29: PPME_SOCKET_SEND_X
    EventInfo {
        name: "send",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 30: PPME_SOCKET_SENDTO_E
    EventInfo {
        name: "sendto",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD
            | EF_WRITES_TO_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 31: PPME_SOCKET_SENDTO_X
    EventInfo {
        name: "sendto",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 32: PPME_SOCKET_RECV_E
    EventInfo {
        name: "recv",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 33: PPME_SOCKET_RECV_X
    EventInfo {
        name: "recv",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 34: PPME_SOCKET_RECVFROM_E
    EventInfo {
        name: "recvfrom",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD
            | EF_READS_FROM_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 35: PPME_SOCKET_RECVFROM_X
    EventInfo {
        name: "recvfrom",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 36: PPME_SOCKET_SHUTDOWN_E
    EventInfo {
        name: "shutdown",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "how",
                ParamType::EnumFlags8,
                PrintFormat::Hex,
                ParamExtra::Names(SHUTDOWN_HOW),
            ),
        ],
    },
    // 37: PPME_SOCKET_SHUTDOWN_X
    EventInfo {
        name: "shutdown",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "how",
                ParamType::EnumFlags8,
                PrintFormat::Hex,
                ParamExtra::Names(SHUTDOWN_HOW),
            ),
        ],
    },
    // 38: PPME_SOCKET_GETSOCKNAME_E
    EventInfo {
        name: "getsockname",
        category: EC_NET | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 39: PPME_SOCKET_GETSOCKNAME_X
    EventInfo {
        name: "getsockname",
        category: EC_NET | EC_SYSCALL,
        flags: 0,
        params: &[],
    },
    // 40: PPME_SOCKET_GETPEERNAME_E
    EventInfo {
        name: "getpeername",
        category: EC_NET | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 41: PPME_SOCKET_GETPEERNAME_X
    EventInfo {
        name: "getpeername",
        category: EC_NET | EC_SYSCALL,
        flags: 0,
        params: &[],
    },
    // 42: PPME_SOCKET_SOCKETPAIR_E
    EventInfo {
        name: "socketpair",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::with(
                "domain",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKET_FAMILIES),
            ),
            ParamInfo::new("type", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("proto", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 43: PPME_SOCKET_SOCKETPAIR_X
    EventInfo {
        name: "socketpair",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd1", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd2", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("source", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("peer", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::with(
                "domain",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKET_FAMILIES),
            ),
            ParamInfo::new("type", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("proto", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 44: PPME_SOCKET_SETSOCKOPT_E
    EventInfo {
        name: "setsockopt",
        category: EC_NET | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 45: PPME_SOCKET_SETSOCKOPT_X
    EventInfo {
        name: "setsockopt",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "level",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKOPT_LEVELS),
            ),
            ParamInfo::with(
                "optname",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKOPT_OPTIONS),
            ),
            ParamInfo::with(
                "val",
                ParamType::Dyn,
                PrintFormat::Dec,
                ParamExtra::Dynamic(SOCKOPT_DYNAMIC_PARAM),
            ),
            ParamInfo::new("optlen", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 46: PPME_SOCKET_GETSOCKOPT_E
    EventInfo {
        name: "getsockopt",
        category: EC_NET | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 47: PPME_SOCKET_GETSOCKOPT_X
    EventInfo {
        name: "getsockopt",
        category: EC_NET | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "level",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKOPT_LEVELS),
            ),
            ParamInfo::with(
                "optname",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(SOCKOPT_OPTIONS),
            ),
            ParamInfo::with(
                "val",
                ParamType::Dyn,
                PrintFormat::Dec,
                ParamExtra::Dynamic(SOCKOPT_DYNAMIC_PARAM),
            ),
            ParamInfo::new("optlen", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 48: PPME_SOCKET_SENDMSG_E
    EventInfo {
        name: "sendmsg",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD
            | EF_WRITES_TO_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 49: PPME_SOCKET_SENDMSG_X
    EventInfo {
        name: "sendmsg",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 50: PPME_SOCKET_SENDMMSG_E
    EventInfo {
        name: "sendmmsg",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 51: PPME_SOCKET_SENDMMSG_X
    EventInfo {
        name: "sendmmsg",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
        ],
    },
    // 52: PPME_SOCKET_RECVMSG_E
    EventInfo {
        name: "recvmsg",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD
            | EF_READS_FROM_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 53: PPME_SOCKET_RECVMSG_X
    EventInfo {
        name: "recvmsg",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("msgcontrol", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
        ],
    },
    // 54: PPME_SOCKET_RECVMMSG_E
    EventInfo {
        name: "recvmmsg",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 55: PPME_SOCKET_RECVMMSG_X
    EventInfo {
        name: "recvmmsg",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("msgcontrol", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 56: PPME_SOCKET_ACCEPT4_E
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("flags", ParamType::Int32, PrintFormat::Hex)],
    },
    // 57: PPME_SOCKET_ACCEPT4_X
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("queuepct", ParamType::Uint8, PrintFormat::Dec),
        ],
    },
    // 58: PPME_SYSCALL_CREAT_E
    EventInfo {
        name: "creat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
        ],
    },
    // 59: PPME_SYSCALL_CREAT_X
    EventInfo {
        name: "creat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "creat_flags",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(CREAT_FLAGS),
            ),
        ],
    },
    // 60: PPME_SYSCALL_PIPE_E
    EventInfo {
        name: "pipe",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 61: PPME_SYSCALL_PIPE_X
    EventInfo {
        name: "pipe",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd1", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd2", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 62: PPME_SYSCALL_EVENTFD_E
    EventInfo {
        name: "eventfd",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("initval", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 63: PPME_SYSCALL_EVENTFD_X
    EventInfo {
        name: "eventfd",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("initval", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 64: PPME_SYSCALL_FUTEX_E
    EventInfo {
        name: "futex",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::with(
                "op",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(FUTEX_OPERATIONS),
            ),
            ParamInfo::new("val", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 65: PPME_SYSCALL_FUTEX_X
    EventInfo {
        name: "futex",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::with(
                "op",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(FUTEX_OPERATIONS),
            ),
            ParamInfo::new("val", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 66: PPME_SYSCALL_STAT_E
    EventInfo {
        name: "stat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 67: PPME_SYSCALL_STAT_X
    EventInfo {
        name: "stat",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 68: PPME_SYSCALL_LSTAT_E
    EventInfo {
        name: "lstat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 69: PPME_SYSCALL_LSTAT_X
    EventInfo {
        name: "lstat",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 70: PPME_SYSCALL_FSTAT_E
    EventInfo {
        name: "fstat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na)],
    },
    // 71: PPME_SYSCALL_FSTAT_X
    EventInfo {
        name: "fstat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
        ],
    },
    // 72: PPME_SYSCALL_STAT64_E
    EventInfo {
        name: "stat64",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 73: PPME_SYSCALL_STAT64_X
    EventInfo {
        name: "stat64",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 74: PPME_SYSCALL_LSTAT64_E
    EventInfo {
        name: "lstat64",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 75: PPME_SYSCALL_LSTAT64_X
    EventInfo {
        name: "lstat64",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 76: PPME_SYSCALL_FSTAT64_E
    EventInfo {
        name: "fstat64",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na)],
    },
    // 77: PPME_SYSCALL_FSTAT64_X
    EventInfo {
        name: "fstat64",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 78: PPME_SYSCALL_EPOLLWAIT_E
    EventInfo {
        name: "epoll_wait",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new(
            "maxevents",
            ParamType::Errno,
            PrintFormat::Dec,
        )],
    },
    // 79: PPME_SYSCALL_EPOLLWAIT_X
    EventInfo {
        name: "epoll_wait",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("maxevents", ParamType::Errno, PrintFormat::Dec),
        ],
    },
    // 80: PPME_SYSCALL_POLL_E
    EventInfo {
        name: "poll",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fds", ParamType::FdList, PrintFormat::Dec),
            ParamInfo::new("timeout", ParamType::Int64, PrintFormat::Dec),
        ],
    },
    // 81: PPME_SYSCALL_POLL_X
    EventInfo {
        name: "poll",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fds", ParamType::FdList, PrintFormat::Dec),
            ParamInfo::new("timeout", ParamType::Int64, PrintFormat::Dec),
        ],
    },
    // 82: PPME_SYSCALL_SELECT_E
    EventInfo {
        name: "select",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION,
        params: &[],
    },
    // 83: PPME_SYSCALL_SELECT_X
    EventInfo {
        name: "select",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 84: PPME_SYSCALL_NEWSELECT_E
    EventInfo {
        name: "select",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION,
        params: &[],
    },
    // 85: PPME_SYSCALL_NEWSELECT_X
    EventInfo {
        name: "select",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 86: PPME_SYSCALL_LSEEK_E
    EventInfo {
        name: "lseek",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "whence",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(LSEEK_WHENCE),
            ),
        ],
    },
    // 87: PPME_SYSCALL_LSEEK_X
    EventInfo {
        name: "lseek",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "whence",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(LSEEK_WHENCE),
            ),
        ],
    },
    // 88: PPME_SYSCALL_LLSEEK_E
    EventInfo {
        name: "llseek",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "whence",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(LSEEK_WHENCE),
            ),
        ],
    },
    // 89: PPME_SYSCALL_LLSEEK_X
    EventInfo {
        name: "llseek",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "whence",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(LSEEK_WHENCE),
            ),
        ],
    },
    // 90: PPME_SYSCALL_IOCTL_2_E
    EventInfo {
        name: "ioctl",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("request", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 91: PPME_SYSCALL_IOCTL_2_X
    EventInfo {
        name: "ioctl",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 92: PPME_SYSCALL_GETCWD_E
    EventInfo {
        name: "getcwd",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 93: PPME_SYSCALL_GETCWD_X
    EventInfo {
        name: "getcwd",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 94: PPME_SYSCALL_CHDIR_E
    EventInfo {
        name: "chdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 95: PPME_SYSCALL_CHDIR_X
    EventInfo {
        name: "chdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 96: PPME_SYSCALL_FCHDIR_E
    EventInfo {
        name: "fchdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na)],
    },
    // 97: PPME_SYSCALL_FCHDIR_X
    EventInfo {
        name: "fchdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
        ],
    },
    // 98: PPME_SYSCALL_MKDIR_E
    EventInfo {
        name: "mkdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 99: PPME_SYSCALL_MKDIR_X
    EventInfo {
        name: "mkdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 100: PPME_SYSCALL_RMDIR_E
    EventInfo {
        name: "rmdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na)],
    },
    // 101: PPME_SYSCALL_RMDIR_X
    EventInfo {
        name: "rmdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 102: PPME_SYSCALL_OPENAT_E
    EventInfo {
        name: "openat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
        ],
    },
    // 103: PPME_SYSCALL_OPENAT_X
    EventInfo {
        name: "openat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 104: PPME_SYSCALL_LINK_E
    EventInfo {
        name: "link",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("oldpath", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("newpath", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 105: PPME_SYSCALL_LINK_X
    EventInfo {
        name: "link",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 106: PPME_SYSCALL_LINKAT_E
    EventInfo {
        name: "linkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("olddir", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("oldpath", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("newdir", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("newpath", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 107: PPME_SYSCALL_LINKAT_X
    EventInfo {
        name: "linkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 108: PPME_SYSCALL_UNLINK_E
    EventInfo {
        name: "unlink",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na)],
    },
    // 109: PPME_SYSCALL_UNLINK_X
    EventInfo {
        name: "unlink",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 110: PPME_SYSCALL_UNLINKAT_E
    EventInfo {
        name: "unlinkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 111: PPME_SYSCALL_UNLINKAT_X
    EventInfo {
        name: "unlinkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 112: PPME_SYSCALL_PREAD_E
    EventInfo {
        name: "pread",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 113: PPME_SYSCALL_PREAD_X
    EventInfo {
        name: "pread",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 114: PPME_SYSCALL_PWRITE_E
    EventInfo {
        name: "pwrite",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 115: PPME_SYSCALL_PWRITE_X
    EventInfo {
        name: "pwrite",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 116: PPME_SYSCALL_READV_E
    EventInfo {
        name: "readv",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 117: PPME_SYSCALL_READV_X
    EventInfo {
        name: "readv",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
        ],
    },
    // 118: PPME_SYSCALL_WRITEV_E
    EventInfo {
        name: "writev",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 119: PPME_SYSCALL_WRITEV_X
    EventInfo {
        name: "writev",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 120: PPME_SYSCALL_PREADV_E
    EventInfo {
        name: "preadv",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 121: PPME_SYSCALL_PREADV_X
    EventInfo {
        name: "preadv",
        category: EC_IO_READ | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 122: PPME_SYSCALL_PWRITEV_E
    EventInfo {
        name: "pwritev",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 123: PPME_SYSCALL_PWRITEV_X
    EventInfo {
        name: "pwritev",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_WRITES_TO_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pos", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 124: PPME_SYSCALL_DUP_E
    EventInfo {
        name: "dup",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD
            | EF_USES_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 125: PPME_SYSCALL_DUP_X
    EventInfo {
        name: "dup",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD
            | EF_USES_FD
            | EF_MODIFIES_STATE
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec)],
    },
    // 126: PPME_SYSCALL_SIGNALFD_E
    EventInfo {
        name: "signalfd",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("mask", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("flags", ParamType::Uint8, PrintFormat::Hex),
        ],
    },
    // 127: PPME_SYSCALL_SIGNALFD_X
    EventInfo {
        name: "signalfd",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("mask", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("flags", ParamType::Uint8, PrintFormat::Hex),
        ],
    },
    // 128: PPME_SYSCALL_KILL_E
    EventInfo {
        name: "kill",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 129: PPME_SYSCALL_KILL_X
    EventInfo {
        name: "kill",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 130: PPME_SYSCALL_TKILL_E
    EventInfo {
        name: "tkill",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 131: PPME_SYSCALL_TKILL_X
    EventInfo {
        name: "tkill",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 132: PPME_SYSCALL_TGKILL_E
    EventInfo {
        name: "tgkill",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 133: PPME_SYSCALL_TGKILL_X
    EventInfo {
        name: "tgkill",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 134: PPME_SYSCALL_NANOSLEEP_E
    EventInfo {
        name: "nanosleep",
        category: EC_SLEEP | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new(
            "interval",
            ParamType::RelTime,
            PrintFormat::Dec,
        )],
    },
    // 135: PPME_SYSCALL_NANOSLEEP_X
    EventInfo {
        name: "nanosleep",
        category: EC_SLEEP | EC_SYSCALL,
        flags: EF_WAITS | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("interval", ParamType::RelTime, PrintFormat::Dec),
        ],
    },
    // 136: PPME_SYSCALL_TIMERFD_CREATE_E
    EventInfo {
        name: "timerfd_create",
        category: EC_TIME | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("clockid", ParamType::Uint8, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint8, PrintFormat::Hex),
        ],
    },
    // 137: PPME_SYSCALL_TIMERFD_CREATE_X
    EventInfo {
        name: "timerfd_create",
        category: EC_TIME | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("clockid", ParamType::Uint8, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint8, PrintFormat::Hex),
        ],
    },
    // 138: PPME_SYSCALL_INOTIFY_INIT_E
    EventInfo {
        name: "inotify_init",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("flags", ParamType::Uint8, PrintFormat::Hex)],
    },
    // 139: PPME_SYSCALL_INOTIFY_INIT_X
    EventInfo {
        name: "inotify_init",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint8, PrintFormat::Hex),
        ],
    },
    // 140: PPME_SYSCALL_GETRLIMIT_E
    EventInfo {
        name: "getrlimit",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "resource",
            ParamType::EnumFlags8,
            PrintFormat::Dec,
            ParamExtra::Names(RLIMIT_RESOURCES),
        )],
    },
    // 141: PPME_SYSCALL_GETRLIMIT_X
    EventInfo {
        name: "getrlimit",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("cur", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("max", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::with(
                "resource",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(RLIMIT_RESOURCES),
            ),
        ],
    },
    // 142: PPME_SYSCALL_SETRLIMIT_E
    EventInfo {
        name: "setrlimit",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "resource",
            ParamType::EnumFlags8,
            PrintFormat::Dec,
            ParamExtra::Names(RLIMIT_RESOURCES),
        )],
    },
    // 143: PPME_SYSCALL_SETRLIMIT_X
    EventInfo {
        name: "setrlimit",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("cur", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("max", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::with(
                "resource",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(RLIMIT_RESOURCES),
            ),
        ],
    },
    // 144: PPME_SYSCALL_PRLIMIT_E
    EventInfo {
        name: "prlimit",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::with(
                "resource",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(RLIMIT_RESOURCES),
            ),
        ],
    },
    // 145: PPME_SYSCALL_PRLIMIT_X
    EventInfo {
        name: "prlimit",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("newcur", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("newmax", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("oldcur", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("oldmax", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::with(
                "resource",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(RLIMIT_RESOURCES),
            ),
        ],
    },
    // 146: PPME_SCHEDSWITCH_1_E
    EventInfo {
        name: "switch",
        category: EC_SCHEDULER | EC_TRACEPOINT,
        flags: EF_SKIPPARSERESET | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("next", ParamType::Pid, PrintFormat::Dec)],
    },
    // 147: PPME_SCHEDSWITCH_1_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 148: PPME_DROP_E
    EventInfo {
        name: "drop",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_SKIPPARSERESET,
        params: &[ParamInfo::new("ratio", ParamType::Uint32, PrintFormat::Dec)],
    },
    // 149: PPME_DROP_X
    EventInfo {
        name: "drop",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_SKIPPARSERESET,
        params: &[ParamInfo::new("ratio", ParamType::Uint32, PrintFormat::Dec)],
    },
    // 150: PPME_SYSCALL_FCNTL_E
    EventInfo {
        name: "fcntl",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "cmd",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(FCNTL_COMMANDS),
            ),
        ],
    },
    // 151: PPME_SYSCALL_FCNTL_X
    EventInfo {
        name: "fcntl",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "cmd",
                ParamType::EnumFlags8,
                PrintFormat::Dec,
                ParamExtra::Names(FCNTL_COMMANDS),
            ),
            ParamInfo::new("arg", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 152: PPME_SCHEDSWITCH_6_E
    EventInfo {
        name: "switch",
        category: EC_SCHEDULER | EC_TRACEPOINT,
        flags: 0,
        params: &[
            ParamInfo::new("next", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 153: PPME_SCHEDSWITCH_6_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 154: PPME_SYSCALL_EXECVE_13_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 155: PPME_SYSCALL_EXECVE_13_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 156: PPME_SYSCALL_CLONE_16_E
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 157: PPME_SYSCALL_CLONE_16_X
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 158: PPME_SYSCALL_BRK_4_E
    EventInfo {
        name: "brk",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex)],
    },
    // 159: PPME_SYSCALL_BRK_4_X
    EventInfo {
        name: "brk",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 160: PPME_SYSCALL_MMAP_E
    EventInfo {
        name: "mmap",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "prot",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PROT_FLAGS),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MMAP_FLAGS),
            ),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 161: PPME_SYSCALL_MMAP_X
    EventInfo {
        name: "mmap",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Hex),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "prot",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PROT_FLAGS),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MMAP_FLAGS),
            ),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 162: PPME_SYSCALL_MMAP2_E
    EventInfo {
        name: "mmap2",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "prot",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PROT_FLAGS),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MMAP_FLAGS),
            ),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("pgoffset", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 163: PPME_SYSCALL_MMAP2_X
    EventInfo {
        name: "mmap2",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Hex),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "prot",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PROT_FLAGS),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MMAP_FLAGS),
            ),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("pgoffset", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 164: PPME_SYSCALL_MUNMAP_E
    EventInfo {
        name: "munmap",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 165: PPME_SYSCALL_MUNMAP_X
    EventInfo {
        name: "munmap",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 166: PPME_SYSCALL_SPLICE_E
    EventInfo {
        name: "splice",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd_in", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd_out", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(SPLICE_FLAGS),
            ),
        ],
    },
    // 167: PPME_SYSCALL_SPLICE_X
    EventInfo {
        name: "splice",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd_in", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd_out", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(SPLICE_FLAGS),
            ),
        ],
    },
    // 168: PPME_SYSCALL_PTRACE_E
    EventInfo {
        name: "ptrace",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::with(
                "request",
                ParamType::EnumFlags16,
                PrintFormat::Dec,
                ParamExtra::Names(PTRACE_REQUESTS),
            ),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
        ],
    },
    // 169: PPME_SYSCALL_PTRACE_X
    EventInfo {
        name: "ptrace",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "addr",
                ParamType::Dyn,
                PrintFormat::Hex,
                ParamExtra::Dynamic(PTRACE_DYNAMIC_PARAM),
            ),
            ParamInfo::with(
                "data",
                ParamType::Dyn,
                PrintFormat::Hex,
                ParamExtra::Dynamic(PTRACE_DYNAMIC_PARAM),
            ),
            ParamInfo::with(
                "request",
                ParamType::EnumFlags16,
                PrintFormat::Dec,
                ParamExtra::Names(PTRACE_REQUESTS),
            ),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
        ],
    },
    // 170: PPME_SYSCALL_IOCTL_3_E
    EventInfo {
        name: "ioctl",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("request", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("argument", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 171: PPME_SYSCALL_IOCTL_3_X
    EventInfo {
        name: "ioctl",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("request", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("argument", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 172: PPME_SYSCALL_EXECVE_14_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 173: PPME_SYSCALL_EXECVE_14_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 174: PPME_SYSCALL_RENAME_E
    EventInfo {
        name: "rename",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 175: PPME_SYSCALL_RENAME_X
    EventInfo {
        name: "rename",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("oldpath", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("newpath", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 176: PPME_SYSCALL_RENAMEAT_E
    EventInfo {
        name: "renameat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 177: PPME_SYSCALL_RENAMEAT_X
    EventInfo {
        name: "renameat",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("olddirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "oldpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::new("newdirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "newpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(3),
            ),
        ],
    },
    // 178: PPME_SYSCALL_SYMLINK_E
    EventInfo {
        name: "symlink",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 179: PPME_SYSCALL_SYMLINK_X
    EventInfo {
        name: "symlink",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("target", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("linkpath", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 180: PPME_SYSCALL_SYMLINKAT_E
    EventInfo {
        name: "symlinkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 181: PPME_SYSCALL_SYMLINKAT_X
    EventInfo {
        name: "symlinkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("target", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("linkdirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "linkpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(2),
            ),
        ],
    },
    // 182: PPME_SYSCALL_FORK_E
    EventInfo {
        name: "fork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 183: PPME_SYSCALL_FORK_X
    EventInfo {
        name: "fork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 184: PPME_SYSCALL_VFORK_E
    EventInfo {
        name: "vfork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 185: PPME_SYSCALL_VFORK_X
    EventInfo {
        name: "vfork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 186: PPME_PROCEXIT_1_E
    EventInfo {
        name: "procexit",
        category: EC_PROCESS | EC_TRACEPOINT,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("status", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("ret", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
            ParamInfo::new("core", ParamType::Uint8, PrintFormat::Dec),
            ParamInfo::new("reaper_tid", ParamType::Pid, PrintFormat::Dec),
        ],
    },
    // 187: PPME_PROCEXIT_1_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 188: PPME_SYSCALL_SENDFILE_E
    EventInfo {
        name: "sendfile",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("out_fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("in_fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 189: PPME_SYSCALL_SENDFILE_X
    EventInfo {
        name: "sendfile",
        category: EC_IO_WRITE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("offset", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("out_fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("in_fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 190: PPME_SYSCALL_QUOTACTL_E
    EventInfo {
        name: "quotactl",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::with(
                "cmd",
                ParamType::Flags16,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_CMDS),
            ),
            ParamInfo::with(
                "type",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_TYPES),
            ),
            ParamInfo::new("id", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "quota_fmt",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_QUOTA_FMTS),
            ),
        ],
    },
    // 191: PPME_SYSCALL_QUOTACTL_X
    EventInfo {
        name: "quotactl",
        category: EC_USER | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("special", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("quotafilepath", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("dqb_bhardlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("dqb_bsoftlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("dqb_curspace", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("dqb_ihardlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("dqb_isoftlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("dqb_btime", ParamType::RelTime, PrintFormat::Dec),
            ParamInfo::new("dqb_itime", ParamType::RelTime, PrintFormat::Dec),
            ParamInfo::new("dqi_bgrace", ParamType::RelTime, PrintFormat::Dec),
            ParamInfo::new("dqi_igrace", ParamType::RelTime, PrintFormat::Dec),
            ParamInfo::with(
                "dqi_flags",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_DQI_FLAGS),
            ),
            ParamInfo::with(
                "quota_fmt_out",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_QUOTA_FMTS),
            ),
            ParamInfo::with(
                "cmd",
                ParamType::Flags16,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_CMDS),
            ),
            ParamInfo::with(
                "type",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_TYPES),
            ),
            ParamInfo::new("id", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "quota_fmt",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(QUOTACTL_QUOTA_FMTS),
            ),
        ],
    },
    // 192: PPME_SYSCALL_SETRESUID_E
    EventInfo {
        name: "setresuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("ruid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("euid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("suid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 193: PPME_SYSCALL_SETRESUID_X
    EventInfo {
        name: "setresuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("ruid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("euid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("suid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 194: PPME_SYSCALL_SETRESGID_E
    EventInfo {
        name: "setresgid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("rgid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("egid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("sgid", ParamType::Gid, PrintFormat::Dec),
        ],
    },
    // 195: PPME_SYSCALL_SETRESGID_X
    EventInfo {
        name: "setresgid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("rgid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("egid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("sgid", ParamType::Gid, PrintFormat::Dec),
        ],
    },
    // 196: PPME_SCAPEVENT_E
    EventInfo {
        name: "scapevent",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_SKIPPARSERESET,
        params: &[
            ParamInfo::new("event_type", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("event_data", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 197: PPME_SCAPEVENT_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 198: PPME_SYSCALL_SETUID_E
    EventInfo {
        name: "setuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("uid", ParamType::Uid, PrintFormat::Dec)],
    },
    // 199: PPME_SYSCALL_SETUID_X
    EventInfo {
        name: "setuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("uid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 200: PPME_SYSCALL_SETGID_E
    EventInfo {
        name: "setgid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("gid", ParamType::Gid, PrintFormat::Dec)],
    },
    // 201: PPME_SYSCALL_SETGID_X
    EventInfo {
        name: "setgid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Gid, PrintFormat::Dec),
        ],
    },
    // 202: PPME_SYSCALL_GETUID_E
    EventInfo {
        name: "getuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 203: PPME_SYSCALL_GETUID_X
    EventInfo {
        name: "getuid",
        category: EC_USER | EC_SYSCALL,
        flags: 0,
        params: &[ParamInfo::new("uid", ParamType::Uid, PrintFormat::Dec)],
    },
    // 204: PPME_SYSCALL_GETEUID_E
    EventInfo {
        name: "geteuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 205: PPME_SYSCALL_GETEUID_X
    EventInfo {
        name: "geteuid",
        category: EC_USER | EC_SYSCALL,
        flags: 0,
        params: &[ParamInfo::new("euid", ParamType::Uid, PrintFormat::Dec)],
    },
    // 206: PPME_SYSCALL_GETGID_E
    EventInfo {
        name: "getgid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 207: PPME_SYSCALL_GETGID_X
    EventInfo {
        name: "getgid",
        category: EC_USER | EC_SYSCALL,
        flags: 0,
        params: &[ParamInfo::new("gid", ParamType::Gid, PrintFormat::Dec)],
    },
    // 208: PPME_SYSCALL_GETEGID_E
    EventInfo {
        name: "getegid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 209: PPME_SYSCALL_GETEGID_X
    EventInfo {
        name: "getegid",
        category: EC_USER | EC_SYSCALL,
        flags: 0,
        params: &[ParamInfo::new("egid", ParamType::Gid, PrintFormat::Dec)],
    },
    // 210: PPME_SYSCALL_GETRESUID_E
    EventInfo {
        name: "getresuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 211: PPME_SYSCALL_GETRESUID_X
    EventInfo {
        name: "getresuid",
        category: EC_USER | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("ruid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("euid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("suid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 212: PPME_SYSCALL_GETRESGID_E
    EventInfo {
        name: "getresgid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 213: PPME_SYSCALL_GETRESGID_X
    EventInfo {
        name: "getresgid",
        category: EC_USER | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("rgid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("egid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("sgid", ParamType::Gid, PrintFormat::Dec),
        ],
    },
    // 214: PPME_SYSCALL_EXECVE_15_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 215: PPME_SYSCALL_EXECVE_15_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 216: PPME_SYSCALL_CLONE_17_E
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 217: PPME_SYSCALL_CLONE_17_X
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 218: PPME_SYSCALL_FORK_17_E
    EventInfo {
        name: "fork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 219: PPME_SYSCALL_FORK_17_X
    EventInfo {
        name: "fork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 220: PPME_SYSCALL_VFORK_17_E
    EventInfo {
        name: "vfork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 221: PPME_SYSCALL_VFORK_17_X
    EventInfo {
        name: "vfork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 222: PPME_SYSCALL_CLONE_20_E
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 223: PPME_SYSCALL_CLONE_20_X
    EventInfo {
        name: "clone",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vtid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("vpid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pidns_init_start_ts", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 224: PPME_SYSCALL_FORK_20_E
    EventInfo {
        name: "fork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 225: PPME_SYSCALL_FORK_20_X
    EventInfo {
        name: "fork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vtid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("vpid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pidns_init_start_ts", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 226: PPME_SYSCALL_VFORK_20_E
    EventInfo {
        name: "vfork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 227: PPME_SYSCALL_VFORK_20_X
    EventInfo {
        name: "vfork",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vtid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("vpid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pidns_init_start_ts", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 228: PPME_CONTAINER_E
    EventInfo {
        name: "container",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_MODIFIES_STATE | EF_SKIPPARSERESET | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("id", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("type", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("image", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 229: PPME_CONTAINER_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 230: PPME_SYSCALL_EXECVE_16_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 231: PPME_SYSCALL_EXECVE_16_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 232: PPME_SIGNALDELIVER_E
    EventInfo {
        name: "signaldeliver",
        category: EC_SIGNAL | EC_TRACEPOINT,
        flags: 0,
        params: &[
            ParamInfo::new("spid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("dpid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("sig", ParamType::SigType, PrintFormat::Dec),
        ],
    },
    // 233: PPME_SIGNALDELIVER_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 234: PPME_PROCINFO_E
    EventInfo {
        name: "procinfo",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_SKIPPARSERESET,
        params: &[
            ParamInfo::new("cpu_usr", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("cpu_sys", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 235: PPME_PROCINFO_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 236: PPME_SYSCALL_GETDENTS_E
    EventInfo {
        name: "getdents",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na)],
    },
    // 237: PPME_SYSCALL_GETDENTS_X
    EventInfo {
        name: "getdents",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
        ],
    },
    // 238: PPME_SYSCALL_GETDENTS64_E
    EventInfo {
        name: "getdents64",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na)],
    },
    // 239: PPME_SYSCALL_GETDENTS64_X
    EventInfo {
        name: "getdents64",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
        ],
    },
    // 240: PPME_SYSCALL_SETNS_E
    EventInfo {
        name: "setns",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
            ParamInfo::with(
                "nstype",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
        ],
    },
    // 241: PPME_SYSCALL_SETNS_X
    EventInfo {
        name: "setns",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
            ParamInfo::with(
                "nstype",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
        ],
    },
    // 242: PPME_SYSCALL_FLOCK_E
    EventInfo {
        name: "flock",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
            ParamInfo::with(
                "operation",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FLOCK_FLAGS),
            ),
        ],
    },
    // 243: PPME_SYSCALL_FLOCK_X
    EventInfo {
        name: "flock",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Na),
            ParamInfo::with(
                "operation",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FLOCK_FLAGS),
            ),
        ],
    },
    // 244: PPME_CPU_HOTPLUG_E
    EventInfo {
        name: "cpu_hotplug",
        category: EC_SYSTEM | EC_METAEVENT,
        flags: EF_MODIFIES_STATE | EF_SKIPPARSERESET,
        params: &[
            ParamInfo::new("cpu", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("action", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 245: PPME_CPU_HOTPLUG_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 246: PPME_SOCKET_ACCEPT_5_E
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 247: PPME_SOCKET_ACCEPT_5_X
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("queuepct", ParamType::Uint8, PrintFormat::Dec),
            ParamInfo::new("queuelen", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("queuemax", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 248: PPME_SOCKET_ACCEPT4_5_E
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("flags", ParamType::Int32, PrintFormat::Hex)],
    },
    // 249: PPME_SOCKET_ACCEPT4_5_X
    EventInfo {
        name: "accept",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("queuepct", ParamType::Uint8, PrintFormat::Dec),
            ParamInfo::new("queuelen", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("queuemax", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 250: PPME_SYSCALL_SEMOP_E
    EventInfo {
        name: "semop",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("semid", ParamType::Int32, PrintFormat::Dec)],
    },
    // 251: PPME_SYSCALL_SEMOP_X
    EventInfo {
        name: "semop",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("nsops", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("sem_num_0", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sem_op_0", ParamType::Int16, PrintFormat::Dec),
            ParamInfo::with(
                "sem_flg_0",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(SEMOP_FLAGS),
            ),
            ParamInfo::new("sem_num_1", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sem_op_1", ParamType::Int16, PrintFormat::Dec),
            ParamInfo::with(
                "sem_flg_1",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(SEMOP_FLAGS),
            ),
            ParamInfo::new("semid", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 252: PPME_SYSCALL_SEMCTL_E
    EventInfo {
        name: "semctl",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("semid", ParamType::Int32, PrintFormat::Dec),
            ParamInfo::new("semnum", ParamType::Int32, PrintFormat::Dec),
            ParamInfo::with(
                "cmd",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(SEMCTL_COMMANDS),
            ),
            ParamInfo::new("val", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 253: PPME_SYSCALL_SEMCTL_X
    EventInfo {
        name: "semctl",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("semid", ParamType::Int32, PrintFormat::Dec),
            ParamInfo::new("semnum", ParamType::Int32, PrintFormat::Dec),
            ParamInfo::with(
                "cmd",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(SEMCTL_COMMANDS),
            ),
            ParamInfo::new("val", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 254: PPME_SYSCALL_PPOLL_E
    EventInfo {
        name: "ppoll",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fds", ParamType::FdList, PrintFormat::Dec),
            ParamInfo::new("timeout", ParamType::RelTime, PrintFormat::Dec),
            ParamInfo::new("sigmask", ParamType::SigSet, PrintFormat::Dec),
        ],
    },
    // 255: PPME_SYSCALL_PPOLL_X
    EventInfo {
        name: "ppoll",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_WAITS | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fds", ParamType::FdList, PrintFormat::Dec),
            ParamInfo::new("timeout", ParamType::RelTime, PrintFormat::Dec),
            ParamInfo::new("sigmask", ParamType::SigSet, PrintFormat::Dec),
        ],
    },
    // 256: PPME_SYSCALL_MOUNT_E
    EventInfo {
        name: "mount",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "flags",
            ParamType::Flags32,
            PrintFormat::Hex,
            ParamExtra::Names(MOUNT_FLAGS),
        )],
    },
    // 257: PPME_SYSCALL_MOUNT_X
    EventInfo {
        name: "mount",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dev", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("dir", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("type", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MOUNT_FLAGS),
            ),
        ],
    },
    // 258: PPME_SYSCALL_UMOUNT_E
    EventInfo {
        name: "umount",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[ParamInfo::with(
            "flags",
            ParamType::Flags32,
            PrintFormat::Hex,
            ParamExtra::Names(UMOUNT_FLAGS),
        )],
    },
    // 259: PPME_SYSCALL_UMOUNT_X
    EventInfo {
        name: "umount",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 260: PPME_K8S_E
    EventInfo {
        name: "k8s",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_MODIFIES_STATE | EF_SKIPPARSERESET | EF_OLD_VERSION,
        params: &[ParamInfo::new("json", ParamType::CharBuf, PrintFormat::Na)],
    },
    // 261: PPME_K8S_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 262: PPME_SYSCALL_SEMGET_E
    EventInfo {
        name: "semget",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("key", ParamType::Int32, PrintFormat::Hex),
            ParamInfo::new("nsems", ParamType::Int32, PrintFormat::Dec),
            ParamInfo::with(
                "semflg",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(SEMGET_FLAGS),
            ),
        ],
    },
    // 263: PPME_SYSCALL_SEMGET_X
    EventInfo {
        name: "semget",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("key", ParamType::Int32, PrintFormat::Hex),
            ParamInfo::new("nsems", ParamType::Int32, PrintFormat::Dec),
            ParamInfo::with(
                "semflg",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(SEMGET_FLAGS),
            ),
        ],
    },
    // 264: PPME_SYSCALL_ACCESS_E
    EventInfo {
        name: "access",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "mode",
            ParamType::Flags32,
            PrintFormat::Hex,
            ParamExtra::Names(ACCESS_FLAGS),
        )],
    },
    // 265: PPME_SYSCALL_ACCESS_X
    EventInfo {
        name: "access",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "mode",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(ACCESS_FLAGS),
            ),
        ],
    },
    // 266: PPME_SYSCALL_CHROOT_E
    EventInfo {
        name: "chroot",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 267: PPME_SYSCALL_CHROOT_X
    EventInfo {
        name: "chroot",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 268: PPME_TRACER_E
    EventInfo {
        name: "tracer",
        category: EC_OTHER | EC_METAEVENT,
        flags: EF_OLD_VERSION,
        params: &[
            ParamInfo::new("id", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("tags", ParamType::CharBufArray, PrintFormat::Na),
            ParamInfo::new("args", ParamType::CharBufPairArray, PrintFormat::Na),
        ],
    },
    // 269: PPME_TRACER_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[
            ParamInfo::new("id", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("tags", ParamType::CharBufArray, PrintFormat::Na),
            ParamInfo::new("args", ParamType::CharBufPairArray, PrintFormat::Na),
        ],
    },
    // 270: PPME_MESOS_E
    EventInfo {
        name: "mesos",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_MODIFIES_STATE | EF_SKIPPARSERESET | EF_OLD_VERSION,
        params: &[ParamInfo::new("json", ParamType::CharBuf, PrintFormat::Na)],
    },
    // 271: PPME_MESOS_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 272: PPME_CONTAINER_JSON_E
    EventInfo {
        name: "container",
        category: EC_PROCESS | EC_METAEVENT,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("json", ParamType::CharBuf, PrintFormat::Na)],
    },
    // 273: PPME_CONTAINER_JSON_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 274: PPME_SYSCALL_SETSID_E
    EventInfo {
        name: "setsid",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 275: PPME_SYSCALL_SETSID_X
    EventInfo {
        name: "setsid",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec)],
    },
    // 276: PPME_SYSCALL_MKDIR_2_E
    EventInfo {
        name: "mkdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Hex)],
    },
    // 277: PPME_SYSCALL_MKDIR_2_X
    EventInfo {
        name: "mkdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 278: PPME_SYSCALL_RMDIR_2_E
    EventInfo {
        name: "rmdir",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 279: PPME_SYSCALL_RMDIR_2_X
    EventInfo {
        name: "rmdir",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 280: PPME_NOTIFICATION_E
    EventInfo {
        name: "notification",
        category: EC_OTHER | EC_METAEVENT,
        flags: EF_SKIPPARSERESET,
        params: &[
            ParamInfo::new("id", ParamType::CharBuf, PrintFormat::Dec),
            ParamInfo::new("desc", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 281: PPME_NOTIFICATION_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 282: PPME_SYSCALL_EXECVE_17_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[],
    },
    // 283: PPME_SYSCALL_EXECVE_17_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tty", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 284: PPME_SYSCALL_UNSHARE_E
    EventInfo {
        name: "unshare",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "flags",
            ParamType::Flags32,
            PrintFormat::Hex,
            ParamExtra::Names(CLONE_FLAGS),
        )],
    },
    // 285: PPME_SYSCALL_UNSHARE_X
    EventInfo {
        name: "unshare",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
        ],
    },
    // 286: PPME_INFRASTRUCTURE_EVENT_E
    EventInfo {
        name: "infra",
        category: EC_INTERNAL | EC_METAEVENT,
        flags: EF_SKIPPARSERESET,
        params: &[
            ParamInfo::new("source", ParamType::CharBuf, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("description", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("scope", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 287: PPME_INFRASTRUCTURE_EVENT_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 288: PPME_SYSCALL_EXECVE_18_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new(
            "filename",
            ParamType::FsPath,
            PrintFormat::Na,
        )],
    },
    // 289: PPME_SYSCALL_EXECVE_18_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tty", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 290: PPME_PAGE_FAULT_E
    EventInfo {
        name: "page_fault",
        category: EC_OTHER | EC_TRACEPOINT,
        flags: EF_SKIPPARSERESET,
        params: &[
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("ip", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::with(
                "error",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PF_FLAGS),
            ),
        ],
    },
    // 291: PPME_PAGE_FAULT_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 292: PPME_SYSCALL_EXECVE_19_E
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new(
            "filename",
            ParamType::FsPath,
            PrintFormat::Na,
        )],
    },
    // 293: PPME_SYSCALL_EXECVE_19_X
    EventInfo {
        name: "execve",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tty", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vpgid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("loginuid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(EXECVE_FLAGS),
            ),
            ParamInfo::new("cap_inheritable", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_permitted", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_effective", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("exe_ino", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("exe_ino_ctime", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("exe_ino_mtime", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("uid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("trusted_exepath", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("pgid", ParamType::Pid, PrintFormat::Na),
            ParamInfo::new("gid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("filename", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 294: PPME_SYSCALL_SETPGID_E
    EventInfo {
        name: "setpgid",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pgid", ParamType::Pid, PrintFormat::Dec),
        ],
    },
    // 295: PPME_SYSCALL_SETPGID_X
    EventInfo {
        name: "setpgid",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pgid", ParamType::Pid, PrintFormat::Dec),
        ],
    },
    // 296: PPME_SYSCALL_BPF_E
    EventInfo {
        name: "bpf",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("cmd", ParamType::Int64, PrintFormat::Dec)],
    },
    // 297: PPME_SYSCALL_BPF_X
    EventInfo {
        name: "bpf",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "res_or_fd",
            ParamType::Dyn,
            PrintFormat::Dec,
            ParamExtra::Dynamic(BPF_DYNAMIC_PARAM),
        )],
    },
    // 298: PPME_SYSCALL_SECCOMP_E
    EventInfo {
        name: "seccomp",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("op", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 299: PPME_SYSCALL_SECCOMP_X
    EventInfo {
        name: "seccomp",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("op", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 300: PPME_SYSCALL_UNLINK_2_E
    EventInfo {
        name: "unlink",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 301: PPME_SYSCALL_UNLINK_2_X
    EventInfo {
        name: "unlink",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 302: PPME_SYSCALL_UNLINKAT_2_E
    EventInfo {
        name: "unlinkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 303: PPME_SYSCALL_UNLINKAT_2_X
    EventInfo {
        name: "unlinkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "name",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(UNLINKAT_FLAGS),
            ),
        ],
    },
    // 304: PPME_SYSCALL_MKDIRAT_E
    EventInfo {
        name: "mkdirat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 305: PPME_SYSCALL_MKDIRAT_X
    EventInfo {
        name: "mkdirat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "path",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 306: PPME_SYSCALL_OPENAT_2_E
    EventInfo {
        name: "openat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "name",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(0),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
        ],
    },
    // 307: PPME_SYSCALL_OPENAT_2_X
    EventInfo {
        name: "openat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "name",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 308: PPME_SYSCALL_LINK_2_E
    EventInfo {
        name: "link",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 309: PPME_SYSCALL_LINK_2_X
    EventInfo {
        name: "link",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("oldpath", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("newpath", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 310: PPME_SYSCALL_LINKAT_2_E
    EventInfo {
        name: "linkat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 311: PPME_SYSCALL_LINKAT_2_X
    EventInfo {
        name: "linkat",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("olddir", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "oldpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::new("newdir", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "newpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(3),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(LINKAT_FLAGS),
            ),
        ],
    },
    // 312: PPME_SYSCALL_FCHMODAT_E
    EventInfo {
        name: "fchmodat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 313: PPME_SYSCALL_FCHMODAT_X
    EventInfo {
        name: "fchmodat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "filename",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::with(
                "mode",
                ParamType::Mode,
                PrintFormat::Oct,
                ParamExtra::Names(CHMOD_MODE),
            ),
        ],
    },
    // 314: PPME_SYSCALL_CHMOD_E
    EventInfo {
        name: "chmod",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 315: PPME_SYSCALL_CHMOD_X
    EventInfo {
        name: "chmod",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("filename", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "mode",
                ParamType::Mode,
                PrintFormat::Oct,
                ParamExtra::Names(CHMOD_MODE),
            ),
        ],
    },
    // 316: PPME_SYSCALL_FCHMOD_E
    EventInfo {
        name: "fchmod",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 317: PPME_SYSCALL_FCHMOD_X
    EventInfo {
        name: "fchmod",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "mode",
                ParamType::Mode,
                PrintFormat::Oct,
                ParamExtra::Names(CHMOD_MODE),
            ),
        ],
    },
    // 318: PPME_SYSCALL_RENAMEAT2_E
    EventInfo {
        name: "renameat2",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 319: PPME_SYSCALL_RENAMEAT2_X
    EventInfo {
        name: "renameat2",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("olddirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "oldpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::new("newdirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "newpath",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(3),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(RENAMEAT2_FLAGS),
            ),
        ],
    },
    // 320: PPME_SYSCALL_USERFAULTFD_E
    EventInfo {
        name: "userfaultfd",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 321: PPME_SYSCALL_USERFAULTFD_X
    EventInfo {
        name: "userfaultfd",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
        ],
    },
    // 322: PPME_PLUGINEVENT_E
    EventInfo {
        name: "pluginevent",
        category: EC_OTHER | EC_PLUGIN,
        flags: EF_LARGE_PAYLOAD,
        params: &[
            ParamInfo::new("plugin_id", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("event_data", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 323: PPME_PLUGINEVENT_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 324: PPME_CONTAINER_JSON_2_E
    EventInfo {
        name: "container",
        category: EC_PROCESS | EC_METAEVENT,
        flags: EF_MODIFIES_STATE | EF_LARGE_PAYLOAD,
        params: &[ParamInfo::new("json", ParamType::CharBuf, PrintFormat::Na)],
    },
    // 325: PPME_CONTAINER_JSON_2_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 326: PPME_SYSCALL_OPENAT2_E
    EventInfo {
        name: "openat2",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "name",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(0),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
            ParamInfo::with(
                "resolve",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(OPENAT2_FLAGS),
            ),
        ],
    },
    // 327: PPME_SYSCALL_OPENAT2_X
    EventInfo {
        name: "openat2",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "name",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mode", ParamType::Uint32, PrintFormat::Oct),
            ParamInfo::with(
                "resolve",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(OPENAT2_FLAGS),
            ),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 328: PPME_SYSCALL_MPROTECT_E
    EventInfo {
        name: "mprotect",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "prot",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PROT_FLAGS),
            ),
        ],
    },
    // 329: PPME_SYSCALL_MPROTECT_X
    EventInfo {
        name: "mprotect",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "prot",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PROT_FLAGS),
            ),
        ],
    },
    // 330: PPME_SYSCALL_EXECVEAT_E
    EventInfo {
        name: "execveat",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "pathname",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(0),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(EXECVEAT_FLAGS),
            ),
        ],
    },
    // 331: PPME_SYSCALL_EXECVEAT_X
    EventInfo {
        name: "execveat",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("env", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tty", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vpgid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("loginuid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(EXECVE_FLAGS),
            ),
            ParamInfo::new("cap_inheritable", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_permitted", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_effective", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("exe_ino", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("exe_ino_ctime", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("exe_ino_mtime", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("uid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("trusted_exepath", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("pgid", ParamType::Pid, PrintFormat::Na),
            ParamInfo::new("gid", ParamType::Gid, PrintFormat::Dec),
        ],
    },
    // 332: PPME_SYSCALL_COPY_FILE_RANGE_E
    EventInfo {
        name: "copy_file_range",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD
            | EF_READS_FROM_FD
            | EF_WRITES_TO_FD
            | EF_OLD_VERSION
            | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fdin", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offin", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("len", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 333: PPME_SYSCALL_COPY_FILE_RANGE_X
    EventInfo {
        name: "copy_file_range",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD | EF_WRITES_TO_FD | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fdout", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offout", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("fdin", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("offin", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("len", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 334: PPME_SYSCALL_CLONE3_E
    EventInfo {
        name: "clone3",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 335: PPME_SYSCALL_CLONE3_X
    EventInfo {
        name: "clone3",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("exe", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("args", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("tid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("ptid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("cgroups", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLONE_FLAGS),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vtid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("vpid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("pidns_init_start_ts", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 336: PPME_SYSCALL_OPEN_BY_HANDLE_AT_E
    EventInfo {
        name: "open_by_handle_at",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 337: PPME_SYSCALL_OPEN_BY_HANDLE_AT_X
    EventInfo {
        name: "open_by_handle_at",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("mountfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Hex),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 338: PPME_SYSCALL_IO_URING_SETUP_E
    EventInfo {
        name: "io_uring_setup",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 339: PPME_SYSCALL_IO_URING_SETUP_X
    EventInfo {
        name: "io_uring_setup",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("entries", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("sq_entries", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("cq_entries", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(IO_URING_SETUP_FLAGS),
            ),
            ParamInfo::new("sq_thread_cpu", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("sq_thread_idle", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "features",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(IO_URING_SETUP_FEATS),
            ),
        ],
    },
    // 340: PPME_SYSCALL_IO_URING_ENTER_E
    EventInfo {
        name: "io_uring_enter",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 341: PPME_SYSCALL_IO_URING_ENTER_X
    EventInfo {
        name: "io_uring_enter",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("to_submit", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("min_complete", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(IO_URING_ENTER_FLAGS),
            ),
            ParamInfo::new("sig", ParamType::SigSet, PrintFormat::Dec),
        ],
    },
    // 342: PPME_SYSCALL_IO_URING_REGISTER_E
    EventInfo {
        name: "io_uring_register",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 343: PPME_SYSCALL_IO_URING_REGISTER_X
    EventInfo {
        name: "io_uring_register",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "opcode",
                ParamType::EnumFlags16,
                PrintFormat::Dec,
                ParamExtra::Names(IO_URING_REGISTER_OPCODES),
            ),
            ParamInfo::new("arg", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("nr_args", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 344: PPME_SYSCALL_MLOCK_E
    EventInfo {
        name: "mlock",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 345: PPME_SYSCALL_MLOCK_X
    EventInfo {
        name: "mlock",
        category: EC_MEMORY | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("len", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 346: PPME_SYSCALL_MUNLOCK_E
    EventInfo {
        name: "munlock",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 347: PPME_SYSCALL_MUNLOCK_X
    EventInfo {
        name: "munlock",
        category: EC_MEMORY | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("len", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 348: PPME_SYSCALL_MLOCKALL_E
    EventInfo {
        name: "mlockall",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 349: PPME_SYSCALL_MLOCKALL_X
    EventInfo {
        name: "mlockall",
        category: EC_MEMORY | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MLOCKALL_FLAGS),
            ),
        ],
    },
    // 350: PPME_SYSCALL_MUNLOCKALL_E
    EventInfo {
        name: "munlockall",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 351: PPME_SYSCALL_MUNLOCKALL_X
    EventInfo {
        name: "munlockall",
        category: EC_MEMORY | EC_SYSCALL,
        flags: 0,
        params: &[ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec)],
    },
    // 352: PPME_SYSCALL_CAPSET_E
    EventInfo {
        name: "capset",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 353: PPME_SYSCALL_CAPSET_X
    EventInfo {
        name: "capset",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("cap_inheritable", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_permitted", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_effective", ParamType::Uint64, PrintFormat::Hex),
        ],
    },
    // 354: PPME_USER_ADDED_E
    EventInfo {
        name: "useradded",
        category: EC_PROCESS | EC_METAEVENT,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("home", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("shell", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("container_id", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 355: PPME_USER_ADDED_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 356: PPME_USER_DELETED_E
    EventInfo {
        name: "userdeleted",
        category: EC_PROCESS | EC_METAEVENT,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("home", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("shell", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("container_id", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 357: PPME_USER_DELETED_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 358: PPME_GROUP_ADDED_E
    EventInfo {
        name: "groupadded",
        category: EC_PROCESS | EC_METAEVENT,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("container_id", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 359: PPME_GROUP_ADDED_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 360: PPME_GROUP_DELETED_E
    EventInfo {
        name: "groupdeleted",
        category: EC_PROCESS | EC_METAEVENT,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("container_id", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 361: PPME_GROUP_DELETED_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 362: PPME_SYSCALL_DUP2_E
    EventInfo {
        name: "dup2",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 363: PPME_SYSCALL_DUP2_X
    EventInfo {
        name: "dup2",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("oldfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("newfd", ParamType::Fd, PrintFormat::Dec),
        ],
    },
    // 364: PPME_SYSCALL_DUP3_E
    EventInfo {
        name: "dup3",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 365: PPME_SYSCALL_DUP3_X
    EventInfo {
        name: "dup3",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("oldfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("newfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
        ],
    },
    // 366: PPME_SYSCALL_DUP_1_E
    EventInfo {
        name: "dup",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec)],
    },
    // 367: PPME_SYSCALL_DUP_1_X
    EventInfo {
        name: "dup",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("oldfd", ParamType::Fd, PrintFormat::Dec),
        ],
    },
    // 368: PPME_SYSCALL_BPF_2_E
    EventInfo {
        name: "bpf",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_OLD_VERSION,
        params: &[ParamInfo::new("cmd", ParamType::Int64, PrintFormat::Dec)],
    },
    // 369: PPME_SYSCALL_BPF_2_X
    EventInfo {
        name: "bpf",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_CREATES_FD,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "cmd",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(BPF_COMMANDS),
            ),
        ],
    },
    // 370: PPME_SYSCALL_MLOCK2_E
    EventInfo {
        name: "mlock2",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 371: PPME_SYSCALL_MLOCK2_X
    EventInfo {
        name: "mlock2",
        category: EC_MEMORY | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("addr", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("len", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MLOCK2_FLAGS),
            ),
        ],
    },
    // 372: PPME_SYSCALL_FSCONFIG_E
    EventInfo {
        name: "fsconfig",
        category: EC_SYSTEM | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 373: PPME_SYSCALL_FSCONFIG_X
    EventInfo {
        name: "fsconfig",
        category: EC_SYSTEM | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "cmd",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(FSCONFIG_CMDS),
            ),
            ParamInfo::new("key", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("value_bytebuf", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("value_charbuf", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("aux", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 374: PPME_SYSCALL_EPOLL_CREATE_E
    EventInfo {
        name: "epoll_create",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("size", ParamType::Int32, PrintFormat::Dec)],
    },
    // 375: PPME_SYSCALL_EPOLL_CREATE_X
    EventInfo {
        name: "epoll_create",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("size", ParamType::Int32, PrintFormat::Dec),
        ],
    },
    // 376: PPME_SYSCALL_EPOLL_CREATE1_E
    EventInfo {
        name: "epoll_create1",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "flags",
            ParamType::Flags32,
            PrintFormat::Hex,
            ParamExtra::Names(EPOLL_CREATE1_FLAGS),
        )],
    },
    // 377: PPME_SYSCALL_EPOLL_CREATE1_X
    EventInfo {
        name: "epoll_create1",
        category: EC_WAIT | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(EPOLL_CREATE1_FLAGS),
            ),
        ],
    },
    // 378: PPME_SYSCALL_CHOWN_E
    EventInfo {
        name: "chown",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 379: PPME_SYSCALL_CHOWN_X
    EventInfo {
        name: "chown",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 380: PPME_SYSCALL_LCHOWN_E
    EventInfo {
        name: "lchown",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 381: PPME_SYSCALL_LCHOWN_X
    EventInfo {
        name: "lchown",
        category: EC_FILE | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 382: PPME_SYSCALL_FCHOWN_E
    EventInfo {
        name: "fchown",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 383: PPME_SYSCALL_FCHOWN_X
    EventInfo {
        name: "fchown",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 384: PPME_SYSCALL_FCHOWNAT_E
    EventInfo {
        name: "fchownat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 385: PPME_SYSCALL_FCHOWNAT_X
    EventInfo {
        name: "fchownat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "pathname",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::new("uid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("gid", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FCHOWNAT_FLAGS),
            ),
        ],
    },
    // 386: PPME_SYSCALL_UMOUNT_1_E
    EventInfo {
        name: "umount",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 387: PPME_SYSCALL_UMOUNT_1_X
    EventInfo {
        name: "umount",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
        ],
    },
    // 388: PPME_SOCKET_ACCEPT4_6_E
    EventInfo {
        name: "accept4",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new("flags", ParamType::Int32, PrintFormat::Hex)],
    },
    // 389: PPME_SOCKET_ACCEPT4_6_X
    EventInfo {
        name: "accept4",
        category: EC_NET | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("tuple", ParamType::SockTuple, PrintFormat::Na),
            ParamInfo::new("queuepct", ParamType::Uint8, PrintFormat::Dec),
            ParamInfo::new("queuelen", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("queuemax", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Int32, PrintFormat::Hex),
        ],
    },
    // 390: PPME_SYSCALL_UMOUNT2_E
    EventInfo {
        name: "umount2",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::with(
            "flags",
            ParamType::Flags32,
            PrintFormat::Hex,
            ParamExtra::Names(UMOUNT_FLAGS),
        )],
    },
    // 391: PPME_SYSCALL_UMOUNT2_X
    EventInfo {
        name: "umount2",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(UMOUNT_FLAGS),
            ),
        ],
    },
    // 392: PPME_SYSCALL_PIPE2_E
    EventInfo {
        name: "pipe2",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 393: PPME_SYSCALL_PIPE2_X
    EventInfo {
        name: "pipe2",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd1", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("fd2", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("ino", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
        ],
    },
    // 394: PPME_SYSCALL_INOTIFY_INIT1_E
    EventInfo {
        name: "inotify_init1",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 395: PPME_SYSCALL_INOTIFY_INIT1_X
    EventInfo {
        name: "inotify_init1",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
        ],
    },
    // 396: PPME_SYSCALL_EVENTFD2_E
    EventInfo {
        name: "eventfd2",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[ParamInfo::new(
            "initval",
            ParamType::Uint64,
            PrintFormat::Dec,
        )],
    },
    // 397: PPME_SYSCALL_EVENTFD2_X
    EventInfo {
        name: "eventfd2",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("initval", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 398: PPME_SYSCALL_SIGNALFD4_E
    EventInfo {
        name: "signalfd4",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("mask", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 399: PPME_SYSCALL_SIGNALFD4_X
    EventInfo {
        name: "signalfd4",
        category: EC_SIGNAL | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
        params: &[
            ParamInfo::new("res", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags16,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("mask", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 400: PPME_SYSCALL_PRCTL_E
    EventInfo {
        name: "prctl",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 401: PPME_SYSCALL_PRCTL_X
    EventInfo {
        name: "prctl",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "option",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(PRCTL_OPTIONS),
            ),
            ParamInfo::new("arg2_str", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("arg2_int", ParamType::Int64, PrintFormat::Dec),
        ],
    },
    // 402: PPME_ASYNCEVENT_E
    EventInfo {
        name: "asyncevent",
        category: EC_OTHER | EC_METAEVENT,
        flags: EF_LARGE_PAYLOAD,
        params: &[
            ParamInfo::new("plugin_id", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 403: PPME_ASYNCEVENT_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 404: PPME_SYSCALL_MEMFD_CREATE_E
    EventInfo {
        name: "memfd_create",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 405: PPME_SYSCALL_MEMFD_CREATE_X
    EventInfo {
        name: "memfd_create",
        category: EC_MEMORY | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(MEMFD_CREATE_FLAGS),
            ),
        ],
    },
    // 406: PPME_SYSCALL_PIDFD_GETFD_E
    EventInfo {
        name: "pidfd_getfd",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 407: PPME_SYSCALL_PIDFD_GETFD_X
    EventInfo {
        name: "pidfd_getfd",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("pid_fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("target_fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("flags", ParamType::Uint32, PrintFormat::Hex),
        ],
    },
    // 408: PPME_SYSCALL_PIDFD_OPEN_E
    EventInfo {
        name: "pidfd_open",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 409: PPME_SYSCALL_PIDFD_OPEN_X
    EventInfo {
        name: "pidfd_open",
        category: EC_PROCESS | EC_SYSCALL,
        flags: EF_CREATES_FD | EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(PIDFD_OPEN_FLAGS),
            ),
        ],
    },
    // 410: PPME_SYSCALL_INIT_MODULE_E
    EventInfo {
        name: "init_module",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 411: PPME_SYSCALL_INIT_MODULE_X
    EventInfo {
        name: "init_module",
        category: EC_OTHER | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("img", ParamType::ByteBuf, PrintFormat::Na),
            ParamInfo::new("length", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("uargs", ParamType::CharBuf, PrintFormat::Na),
        ],
    },
    // 412: PPME_SYSCALL_FINIT_MODULE_E
    EventInfo {
        name: "finit_module",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 413: PPME_SYSCALL_FINIT_MODULE_X
    EventInfo {
        name: "finit_module",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_USES_FD | EF_READS_FROM_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("fd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::new("uargs", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FINIT_MODULE_FLAGS),
            ),
        ],
    },
    // 414: PPME_SYSCALL_MKNOD_E
    EventInfo {
        name: "mknod",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 415: PPME_SYSCALL_MKNOD_X
    EventInfo {
        name: "mknod",
        category: EC_OTHER | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "mode",
                ParamType::Mode,
                PrintFormat::Oct,
                ParamExtra::Names(MKNOD_MODE),
            ),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 416: PPME_SYSCALL_MKNODAT_E
    EventInfo {
        name: "mknodat",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 417: PPME_SYSCALL_MKNODAT_X
    EventInfo {
        name: "mknodat",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "path",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::with(
                "mode",
                ParamType::Mode,
                PrintFormat::Oct,
                ParamExtra::Names(MKNOD_MODE),
            ),
            ParamInfo::new("dev", ParamType::Uint32, PrintFormat::Dec),
        ],
    },
    // 418: PPME_SYSCALL_NEWFSTATAT_E
    EventInfo {
        name: "newfstatat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 419: PPME_SYSCALL_NEWFSTATAT_X
    EventInfo {
        name: "newfstatat",
        category: EC_FILE | EC_SYSCALL,
        flags: EF_USES_FD,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("dirfd", ParamType::Fd, PrintFormat::Dec),
            ParamInfo::with(
                "path",
                ParamType::FsRelPath,
                PrintFormat::Na,
                ParamExtra::DirFd(1),
            ),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(NEWFSTATAT_FLAGS),
            ),
        ],
    },
    // 420: PPME_SYSCALL_PROCESS_VM_READV_E
    EventInfo {
        name: "process_vm_readv",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 421: PPME_SYSCALL_PROCESS_VM_READV_X
    EventInfo {
        name: "process_vm_readv",
        category: EC_IPC | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 422: PPME_SYSCALL_PROCESS_VM_WRITEV_E
    EventInfo {
        name: "process_vm_writev",
        category: EC_IPC | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 423: PPME_SYSCALL_PROCESS_VM_WRITEV_X
    EventInfo {
        name: "process_vm_writev",
        category: EC_IPC | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Int64, PrintFormat::Dec),
            ParamInfo::new("pid", ParamType::Pid, PrintFormat::Dec),
            ParamInfo::new("data", ParamType::ByteBuf, PrintFormat::Na),
        ],
    },
    // 424: PPME_SYSCALL_DELETE_MODULE_E
    EventInfo {
        name: "delete_module",
        category: EC_OTHER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 425: PPME_SYSCALL_DELETE_MODULE_X
    EventInfo {
        name: "delete_module",
        category: EC_OTHER | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("name", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(DELETE_MODULE_FLAGS),
            ),
        ],
    },
    // 426: PPME_SYSCALL_SETREUID_E
    EventInfo {
        name: "setreuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE | EF_OLD_VERSION,
        params: &[],
    },
    // 427: PPME_SYSCALL_SETREUID_X
    EventInfo {
        name: "setreuid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("ruid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("euid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 428: PPME_SYSCALL_SETREGID_E
    EventInfo {
        name: "setregid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_OLD_VERSION,
        params: &[],
    },
    // 429: PPME_SYSCALL_SETREGID_X
    EventInfo {
        name: "setregid",
        category: EC_USER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("rgid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("egid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 430: PPME_ITER_TASK_E
    EventInfo {
        name: "task",
        category: EC_PROCESS | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("ppid", ParamType::Pid32, PrintFormat::Dec),
            ParamInfo::new("pgid", ParamType::Pid32, PrintFormat::Dec),
            ParamInfo::new("vpgid", ParamType::Pid32, PrintFormat::Dec),
            ParamInfo::new("sid", ParamType::Pid32, PrintFormat::Dec),
            ParamInfo::new("comm", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("argv", ParamType::CharBufArray, PrintFormat::Na),
            ParamInfo::new("exepath", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(EXECVE_FLAGS),
            ),
            ParamInfo::new("env", ParamType::CharBufArray, PrintFormat::Na),
            ParamInfo::new("cwd", ParamType::CharBuf, PrintFormat::Na),
            ParamInfo::new("fdlimit", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("euid", ParamType::Uid, PrintFormat::Dec),
            ParamInfo::new("egid", ParamType::Gid, PrintFormat::Dec),
            ParamInfo::new("cap_permitted", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_effective", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("cap_inheritable", ParamType::Uint64, PrintFormat::Hex),
            ParamInfo::new("exe_ino_num", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("exe_ino_ctime", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("exe_ino_mtime", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("vm_size", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_rss", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("vm_swap", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("pgft_maj", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("pgft_min", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("vtgid", ParamType::Pid32, PrintFormat::Dec),
            ParamInfo::new("vpid", ParamType::Pid32, PrintFormat::Dec),
            ParamInfo::new("pidns_init_start_ts", ParamType::Uint64, PrintFormat::Dec),
            ParamInfo::new("cgroups", ParamType::CharBufArray, PrintFormat::Na),
            ParamInfo::new("root", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("start_time", ParamType::AbsTime, PrintFormat::Dec),
            ParamInfo::new("tty", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("loginuid", ParamType::Uid, PrintFormat::Dec),
        ],
    },
    // 431: PPME_ITER_TASK_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 432: PPME_ITER_TASK_FILE_PIPE_E
    EventInfo {
        name: "task_file_pipe",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 433: PPME_ITER_TASK_FILE_PIPE_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 434: PPME_ITER_TASK_FILE_MEMFD_E
    EventInfo {
        name: "task_file_memfd",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 435: PPME_ITER_TASK_FILE_MEMFD_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 436: PPME_ITER_TASK_FILE_REGULAR_E
    EventInfo {
        name: "task_file_regular",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(FILE_FLAGS),
            ),
            ParamInfo::new("mnt_id", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 437: PPME_ITER_TASK_FILE_REGULAR_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 438: PPME_ITER_TASK_FILE_DIRECTORY_E
    EventInfo {
        name: "task_file_directory",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 439: PPME_ITER_TASK_FILE_DIRECTORY_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 440: PPME_ITER_TASK_FILE_SOCKET_INET_E
    EventInfo {
        name: "task_file_socket_inet",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("sk_type", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sk_proto", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("local_ip", ParamType::Ipv4Addr, PrintFormat::Hex),
            ParamInfo::new("local_port", ParamType::Port, PrintFormat::Hex),
            ParamInfo::new("remote_ip", ParamType::Ipv4Addr, PrintFormat::Hex),
            ParamInfo::new("remote_port", ParamType::Port, PrintFormat::Hex),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 441: PPME_ITER_TASK_FILE_SOCKET_INET_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 442: PPME_ITER_TASK_FILE_SOCKET_INET6_E
    EventInfo {
        name: "task_file_socket_inet6",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("sk_type", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sk_proto", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("local_ip", ParamType::Ipv6Addr, PrintFormat::Hex),
            ParamInfo::new("local_port", ParamType::Port, PrintFormat::Hex),
            ParamInfo::new("remote_ip", ParamType::Ipv6Addr, PrintFormat::Hex),
            ParamInfo::new("remote_port", ParamType::Port, PrintFormat::Hex),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 443: PPME_ITER_TASK_FILE_SOCKET_INET6_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 444: PPME_ITER_TASK_FILE_SOCKET_UNIX_E
    EventInfo {
        name: "task_file_socket_unix",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("sk_type", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sk_proto", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sk_pointer", ParamType::Uint64, PrintFormat::Na),
            ParamInfo::new("sun_path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 445: PPME_ITER_TASK_FILE_SOCKET_UNIX_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 446: PPME_ITER_TASK_FILE_SOCKET_NETLINK_E
    EventInfo {
        name: "task_file_socket_netlink",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::new("sk_type", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("sk_proto", ParamType::Uint16, PrintFormat::Dec),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 447: PPME_ITER_TASK_FILE_SOCKET_NETLINK_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 448: PPME_ITER_TASK_FILE_ANON_INODE_E
    EventInfo {
        name: "task_file_anon_inode",
        category: EC_FILE | EC_ITER,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("fd", ParamType::Fd32, PrintFormat::Dec),
            ParamInfo::with(
                "fd_type",
                ParamType::Flags8,
                PrintFormat::Dec,
                ParamExtra::Names(ANON_INODE_FD_TYPES),
            ),
            ParamInfo::new("path", ParamType::FsPath, PrintFormat::Na),
            ParamInfo::new("ino_num", ParamType::Uint64, PrintFormat::Dec),
        ],
    },
    // 449: PPME_ITER_TASK_FILE_ANON_INODE_X
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 450: PPME_SYSCALL_CLOSE_RANGE_E
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 451: PPME_SYSCALL_CLOSE_RANGE_X
    EventInfo {
        name: "close_range",
        category: EC_IO_OTHER | EC_SYSCALL,
        flags: EF_MODIFIES_STATE,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::new("first", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::new("last", ParamType::Uint32, PrintFormat::Dec),
            ParamInfo::with(
                "flags",
                ParamType::Flags32,
                PrintFormat::Hex,
                ParamExtra::Names(CLOSE_RANGE_FLAGS),
            ),
        ],
    },
    // 452: PPME_SYSCALL_KEYCTL_E
    EventInfo {
        name: "NA",
        category: EC_UNKNOWN,
        flags: EF_UNUSED,
        params: &[],
    },
    // 453: PPME_SYSCALL_KEYCTL_X
    EventInfo {
        name: "keyctl",
        category: EC_OTHER | EC_SYSCALL,
        flags: 0,
        params: &[
            ParamInfo::new("res", ParamType::Errno, PrintFormat::Dec),
            ParamInfo::with(
                "operation",
                ParamType::EnumFlags32,
                PrintFormat::Dec,
                ParamExtra::Names(KEYCTL_OPERATIONS),
            ),
            ParamInfo::with(
                "arg2",
                ParamType::Dyn,
                PrintFormat::Dec,
                ParamExtra::Dynamic(KEYCTL_DYNAMIC_PARAM),
            ),
            ParamInfo::with(
                "arg3",
                ParamType::Dyn,
                PrintFormat::Dec,
                ParamExtra::Dynamic(KEYCTL_DYNAMIC_PARAM),
            ),
            ParamInfo::with(
                "arg4",
                ParamType::Dyn,
                PrintFormat::Dec,
                ParamExtra::Dynamic(KEYCTL_DYNAMIC_PARAM),
            ),
            ParamInfo::with(
                "arg5",
                ParamType::Dyn,
                PrintFormat::Dec,
                ParamExtra::Dynamic(KEYCTL_DYNAMIC_PARAM),
            ),
        ],
    },
];

/// Description of the event with this code, if the code is in range.
pub fn event_info(code: u16) -> Option<&'static EventInfo> {
    EVENT_TABLE.get(code as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> impl Iterator<Item = (usize, &'static EventInfo)> {
        EVENT_TABLE.iter().enumerate()
    }

    #[test]
    fn table_is_complete() {
        assert_eq!(EVENT_TABLE.len(), EVENT_MAX);
        assert_eq!(EVENT_MAX, 454);
        assert_eq!(code::SYSCALL_KEYCTL_X as usize, EVENT_MAX - 1);
        assert!(event_info(EVENT_MAX as u16).is_none());
        assert_eq!(
            event_info(code::GENERIC_X).expect("generic").name,
            "syscall"
        );
    }

    #[test]
    fn params_fit() {
        for (c, e) in all() {
            assert!(e.params.len() <= MAX_EVENT_PARAMS, "event {c}");
            assert!(e.name.len() < 32, "event {c}");
            for p in e.params {
                assert!(!p.name.is_empty() && p.name.len() < 32, "event {c}");
            }
        }
        assert_eq!(all().map(|(_, e)| e.params.len()).max(), Some(32));
    }

    #[test]
    fn generic() {
        let e = &EVENT_TABLE[code::GENERIC_X as usize];
        assert_eq!(e.params.len(), 2);
        assert_eq!(e.params[0].name, "ID");
        assert_eq!(e.params[0].ty, ParamType::SyscallId);
        assert_eq!(e.params[1].name, "nativeID");
        assert_eq!(e.params[1].ty, ParamType::Uint16);
    }

    #[test]
    fn execve() {
        let e = &EVENT_TABLE[code::SYSCALL_EXECVE_19_X as usize];
        assert_eq!(e.name, "execve");
        assert_eq!(e.params.len(), 31);
        assert_eq!(e.params.last().expect("params").name, "filename");
        assert_eq!(e.params[0].name, "res");
        assert_eq!(e.params[0].ty, ParamType::Errno);
    }

    #[test]
    fn counts() {
        let current = all()
            .filter(|(_, e)| !e.is_unused() && !e.is_old_version())
            .count();
        assert_eq!(current, 196);
        assert_eq!(all().filter(|(_, e)| e.is_unused()).count(), 35);
        assert_eq!(all().filter(|(_, e)| e.is_old_version()).count(), 223);
        for (c, e) in all().filter(|(_, e)| e.is_unused()) {
            assert_eq!(e.name, "NA", "event {c}");
            assert_eq!(e.category, EC_UNKNOWN, "event {c}");
            // One unused slot keeps parameters in the C table (TRACER_X mirrors TRACER_E).
            assert!(
                e.params.is_empty() || c == code::TRACER_X as usize,
                "event {c}"
            );
        }
    }

    #[test]
    fn codes() {
        assert_eq!(code::GENERIC_E, 0);
        assert_eq!(code::SYSCALL_OPEN_E, 2);
        assert_eq!(code::PROCEXIT_1_E, 186);
        assert_eq!(code::SYSCALL_EXECVE_19_E, 292);
        assert_eq!(code::SYSCALL_EXECVE_19_X, 293);
    }

    #[test]
    fn dirfd_points_at_fd() {
        let mut n = 0;
        for (c, e) in all() {
            for p in e.params {
                match (p.ty, p.extra) {
                    (ParamType::FsRelPath, ParamExtra::DirFd(i)) => {
                        n += 1;
                        let d = &e.params[i as usize];
                        assert!(matches!(d.ty, ParamType::Fd | ParamType::Fd32), "event {c}");
                    }
                    (ParamType::FsRelPath, _) => panic!("event {c}: FsRelPath without DirFd"),
                    (_, ParamExtra::DirFd(_)) => panic!("event {c}: DirFd on another type"),
                    _ => {}
                }
            }
        }
        assert_eq!(n, 18);
    }

    #[test]
    fn flags_have_names() {
        for (c, e) in all() {
            for p in e.params {
                let is_flags = matches!(
                    p.ty,
                    ParamType::Flags8
                        | ParamType::Flags16
                        | ParamType::Flags32
                        | ParamType::EnumFlags8
                        | ParamType::EnumFlags16
                        | ParamType::EnumFlags32
                );
                if is_flags {
                    assert!(
                        matches!(p.extra, ParamExtra::Names(_)),
                        "event {c}: {}",
                        p.name
                    );
                }
                if let ParamExtra::Names(t) = p.extra {
                    assert!(!t.is_empty(), "event {c}: {}", p.name);
                }
                if p.ty == ParamType::Dyn {
                    assert!(
                        matches!(p.extra, ParamExtra::Dynamic(_)),
                        "event {c}: {}",
                        p.name
                    );
                }
            }
        }
    }
}
