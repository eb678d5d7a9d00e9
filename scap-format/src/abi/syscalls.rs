// Generated from the falcosecurity/libs driver tables (schema 4.5.1); regenerate rather than edit.
//! System call codes (`ppm_sc`) and the x86_64 native system call table.

use super::events::code;

/// Number of `ppm_sc` codes (`PPM_SC_MAX`).
pub const PPM_SC_MAX: usize = 454;
const _: () = assert!(sc::RSEQ_SLICE_YIELD as usize + 1 == PPM_SC_MAX);

/// Name of every `ppm_sc` code (lowercase, as libscap prints it); `""` for codes with no name.
pub static PPM_SC_NAMES: [&str; PPM_SC_MAX] = [
    "unknown",                 // 0
    "restart_syscall",         // 1
    "exit",                    // 2
    "read",                    // 3
    "write",                   // 4
    "open",                    // 5
    "close",                   // 6
    "creat",                   // 7
    "link",                    // 8
    "unlink",                  // 9
    "chdir",                   // 10
    "time",                    // 11
    "mknod",                   // 12
    "chmod",                   // 13
    "stat",                    // 14
    "lseek",                   // 15
    "getpid",                  // 16
    "mount",                   // 17
    "ptrace",                  // 18
    "alarm",                   // 19
    "fstat",                   // 20
    "pause",                   // 21
    "utime",                   // 22
    "access",                  // 23
    "sync",                    // 24
    "kill",                    // 25
    "rename",                  // 26
    "mkdir",                   // 27
    "rmdir",                   // 28
    "dup",                     // 29
    "pipe",                    // 30
    "times",                   // 31
    "brk",                     // 32
    "acct",                    // 33
    "ioctl",                   // 34
    "fcntl",                   // 35
    "setpgid",                 // 36
    "umask",                   // 37
    "chroot",                  // 38
    "ustat",                   // 39
    "dup2",                    // 40
    "getppid",                 // 41
    "getpgrp",                 // 42
    "setsid",                  // 43
    "sethostname",             // 44
    "setrlimit",               // 45
    "getrusage",               // 46
    "gettimeofday",            // 47
    "settimeofday",            // 48
    "symlink",                 // 49
    "lstat",                   // 50
    "readlink",                // 51
    "uselib",                  // 52
    "swapon",                  // 53
    "reboot",                  // 54
    "mmap",                    // 55
    "munmap",                  // 56
    "truncate",                // 57
    "ftruncate",               // 58
    "fchmod",                  // 59
    "getpriority",             // 60
    "setpriority",             // 61
    "statfs",                  // 62
    "fstatfs",                 // 63
    "syslog",                  // 64
    "setitimer",               // 65
    "getitimer",               // 66
    "uname",                   // 67
    "vhangup",                 // 68
    "wait4",                   // 69
    "swapoff",                 // 70
    "sysinfo",                 // 71
    "fsync",                   // 72
    "setdomainname",           // 73
    "adjtimex",                // 74
    "mprotect",                // 75
    "init_module",             // 76
    "delete_module",           // 77
    "quotactl",                // 78
    "getpgid",                 // 79
    "fchdir",                  // 80
    "sysfs",                   // 81
    "personality",             // 82
    "getdents",                // 83
    "select",                  // 84
    "flock",                   // 85
    "msync",                   // 86
    "readv",                   // 87
    "writev",                  // 88
    "getsid",                  // 89
    "fdatasync",               // 90
    "mlock",                   // 91
    "munlock",                 // 92
    "mlockall",                // 93
    "munlockall",              // 94
    "sched_setparam",          // 95
    "sched_getparam",          // 96
    "sched_setscheduler",      // 97
    "sched_getscheduler",      // 98
    "sched_yield",             // 99
    "sched_get_priority_max",  // 100
    "sched_get_priority_min",  // 101
    "sched_rr_get_interval",   // 102
    "nanosleep",               // 103
    "mremap",                  // 104
    "poll",                    // 105
    "prctl",                   // 106
    "rt_sigaction",            // 107
    "rt_sigprocmask",          // 108
    "rt_sigpending",           // 109
    "rt_sigtimedwait",         // 110
    "rt_sigqueueinfo",         // 111
    "rt_sigsuspend",           // 112
    "getcwd",                  // 113
    "capget",                  // 114
    "capset",                  // 115
    "sendfile",                // 116
    "getrlimit",               // 117
    "lchown",                  // 118
    "getuid",                  // 119
    "getgid",                  // 120
    "geteuid",                 // 121
    "getegid",                 // 122
    "setreuid",                // 123
    "setregid",                // 124
    "getgroups",               // 125
    "setgroups",               // 126
    "fchown",                  // 127
    "setresuid",               // 128
    "getresuid",               // 129
    "setresgid",               // 130
    "getresgid",               // 131
    "chown",                   // 132
    "setuid",                  // 133
    "setgid",                  // 134
    "setfsuid",                // 135
    "setfsgid",                // 136
    "pivot_root",              // 137
    "mincore",                 // 138
    "madvise",                 // 139
    "gettid",                  // 140
    "setxattr",                // 141
    "lsetxattr",               // 142
    "fsetxattr",               // 143
    "getxattr",                // 144
    "lgetxattr",               // 145
    "fgetxattr",               // 146
    "listxattr",               // 147
    "llistxattr",              // 148
    "flistxattr",              // 149
    "removexattr",             // 150
    "lremovexattr",            // 151
    "fremovexattr",            // 152
    "tkill",                   // 153
    "futex",                   // 154
    "sched_setaffinity",       // 155
    "sched_getaffinity",       // 156
    "set_thread_area",         // 157
    "get_thread_area",         // 158
    "io_setup",                // 159
    "io_destroy",              // 160
    "io_getevents",            // 161
    "io_submit",               // 162
    "io_cancel",               // 163
    "exit_group",              // 164
    "epoll_create",            // 165
    "epoll_ctl",               // 166
    "epoll_wait",              // 167
    "remap_file_pages",        // 168
    "set_tid_address",         // 169
    "timer_create",            // 170
    "timer_settime",           // 171
    "timer_gettime",           // 172
    "timer_getoverrun",        // 173
    "timer_delete",            // 174
    "clock_settime",           // 175
    "clock_gettime",           // 176
    "clock_getres",            // 177
    "clock_nanosleep",         // 178
    "tgkill",                  // 179
    "utimes",                  // 180
    "mq_open",                 // 181
    "mq_unlink",               // 182
    "mq_timedsend",            // 183
    "mq_timedreceive",         // 184
    "mq_notify",               // 185
    "mq_getsetattr",           // 186
    "kexec_load",              // 187
    "waitid",                  // 188
    "add_key",                 // 189
    "request_key",             // 190
    "keyctl",                  // 191
    "ioprio_set",              // 192
    "ioprio_get",              // 193
    "inotify_init",            // 194
    "inotify_add_watch",       // 195
    "inotify_rm_watch",        // 196
    "openat",                  // 197
    "mkdirat",                 // 198
    "mknodat",                 // 199
    "fchownat",                // 200
    "futimesat",               // 201
    "unlinkat",                // 202
    "renameat",                // 203
    "linkat",                  // 204
    "symlinkat",               // 205
    "readlinkat",              // 206
    "fchmodat",                // 207
    "faccessat",               // 208
    "pselect6",                // 209
    "ppoll",                   // 210
    "unshare",                 // 211
    "set_robust_list",         // 212
    "get_robust_list",         // 213
    "splice",                  // 214
    "tee",                     // 215
    "vmsplice",                // 216
    "getcpu",                  // 217
    "epoll_pwait",             // 218
    "utimensat",               // 219
    "signalfd",                // 220
    "timerfd_create",          // 221
    "eventfd",                 // 222
    "timerfd_settime",         // 223
    "timerfd_gettime",         // 224
    "signalfd4",               // 225
    "eventfd2",                // 226
    "epoll_create1",           // 227
    "dup3",                    // 228
    "pipe2",                   // 229
    "inotify_init1",           // 230
    "preadv",                  // 231
    "pwritev",                 // 232
    "rt_tgsigqueueinfo",       // 233
    "perf_event_open",         // 234
    "fanotify_init",           // 235
    "prlimit64",               // 236
    "clock_adjtime",           // 237
    "syncfs",                  // 238
    "setns",                   // 239
    "getdents64",              // 240
    "socket",                  // 241
    "bind",                    // 242
    "connect",                 // 243
    "listen",                  // 244
    "accept",                  // 245
    "getsockname",             // 246
    "getpeername",             // 247
    "socketpair",              // 248
    "sendto",                  // 249
    "recvfrom",                // 250
    "shutdown",                // 251
    "setsockopt",              // 252
    "getsockopt",              // 253
    "sendmsg",                 // 254
    "sendmmsg",                // 255
    "recvmsg",                 // 256
    "recvmmsg",                // 257
    "accept4",                 // 258
    "semop",                   // 259
    "semget",                  // 260
    "semctl",                  // 261
    "msgsnd",                  // 262
    "msgrcv",                  // 263
    "msgget",                  // 264
    "msgctl",                  // 265
    "shmdt",                   // 266
    "shmget",                  // 267
    "shmctl",                  // 268
    "statfs64",                // 269
    "fstatfs64",               // 270
    "fstatat64",               // 271
    "sendfile64",              // 272
    "ugetrlimit",              // 273
    "bdflush",                 // 274
    "sigprocmask",             // 275
    "ipc",                     // 276
    "socketcall",              // 277
    "stat64",                  // 278
    "lstat64",                 // 279
    "fstat64",                 // 280
    "fcntl64",                 // 281
    "mmap2",                   // 282
    "_newselect",              // 283
    "sgetmask",                // 284
    "ssetmask",                // 285
    "sigpending",              // 286
    "olduname",                // 287
    "umount",                  // 288
    "signal",                  // 289
    "nice",                    // 290
    "stime",                   // 291
    "_llseek",                 // 292
    "waitpid",                 // 293
    "pread64",                 // 294
    "pwrite64",                // 295
    "arch_prctl",              // 296
    "shmat",                   // 297
    "rt_sigreturn",            // 298
    "fallocate",               // 299
    "newfstatat",              // 300
    "process_vm_readv",        // 301
    "process_vm_writev",       // 302
    "fork",                    // 303
    "vfork",                   // 304
    "setuid32",                // 305
    "getuid32",                // 306
    "setgid32",                // 307
    "geteuid32",               // 308
    "getgid32",                // 309
    "setresuid32",             // 310
    "setresgid32",             // 311
    "getresuid32",             // 312
    "getresgid32",             // 313
    "finit_module",            // 314
    "bpf",                     // 315
    "seccomp",                 // 316
    "sigaltstack",             // 317
    "getrandom",               // 318
    "fadvise64",               // 319
    "renameat2",               // 320
    "userfaultfd",             // 321
    "openat2",                 // 322
    "umount2",                 // 323
    "execve",                  // 324
    "execveat",                // 325
    "copy_file_range",         // 326
    "clone",                   // 327
    "clone3",                  // 328
    "open_by_handle_at",       // 329
    "io_uring_setup",          // 330
    "io_uring_enter",          // 331
    "io_uring_register",       // 332
    "mlock2",                  // 333
    "getegid32",               // 334
    "fsconfig",                // 335
    "fspick",                  // 336
    "fsmount",                 // 337
    "fsopen",                  // 338
    "open_tree",               // 339
    "move_mount",              // 340
    "mount_setattr",           // 341
    "memfd_create",            // 342
    "memfd_secret",            // 343
    "ioperm",                  // 344
    "kexec_file_load",         // 345
    "pidfd_getfd",             // 346
    "pidfd_open",              // 347
    "pidfd_send_signal",       // 348
    "pkey_alloc",              // 349
    "pkey_mprotect",           // 350
    "pkey_free",               // 351
    "landlock_create_ruleset", // 352
    "quotactl_fd",             // 353
    "landlock_restrict_self",  // 354
    "landlock_add_rule",       // 355
    "epoll_pwait2",            // 356
    "migrate_pages",           // 357
    "move_pages",              // 358
    "preadv2",                 // 359
    "pwritev2",                // 360
    "kcmp",                    // 361
    "sched_setattr",           // 362
    "mbind",                   // 363
    "epoll_ctl_old",           // 364
    "lookup_dcookie",          // 365
    "modify_ldt",              // 366
    "statx",                   // 367
    "set_mempolicy",           // 368
    "io_pgetevents",           // 369
    "set_mempolicy_home_node", // 370
    "semtimedop",              // 371
    "get_kernel_syms",         // 372
    "readahead",               // 373
    "futex_waitv",             // 374
    "getpmsg",                 // 375
    "name_to_handle_at",       // 376
    "process_mrelease",        // 377
    "nfsservctl",              // 378
    "epoll_wait_old",          // 379
    "rseq",                    // 380
    "create_module",           // 381
    "",                        // 382
    "sched_getattr",           // 383
    "faccessat2",              // 384
    "_sysctl",                 // 385
    "query_module",            // 386
    "get_mempolicy",           // 387
    "sync_file_range",         // 388
    "process_madvise",         // 389
    "membarrier",              // 390
    "iopl",                    // 391
    "close_range",             // 392
    "fanotify_mark",           // 393
    "recv",                    // 394
    "send",                    // 395
    "sched_process_exit",      // 396
    "sched_switch",            // 397
    "page_fault_user",         // 398
    "page_fault_kernel",       // 399
    "signal_deliver",          // 400
    "timerfd",                 // 401
    "s390_pci_mmio_read",      // 402
    "sigaction",               // 403
    "s390_pci_mmio_write",     // 404
    "readdir",                 // 405
    "s390_sthyi",              // 406
    "sigsuspend",              // 407
    "idle",                    // 408
    "s390_runtime_instr",      // 409
    "sigreturn",               // 410
    "s390_guarded_storage",    // 411
    "cachestat",               // 412
    "fchmodat2",               // 413
    "map_shadow_stack",        // 414
    "riscv_flush_icache",      // 415
    "riscv_hwprobe",           // 416
    "futex_wake",              // 417
    "futex_requeue",           // 418
    "futex_wait",              // 419
    "oldstat",                 // 420
    "switch_endian",           // 421
    "multiplexer",             // 422
    "oldlstat",                // 423
    "spu_create",              // 424
    "sync_file_range2",        // 425
    "oldfstat",                // 426
    "spu_run",                 // 427
    "swapcontext",             // 428
    "pciconfig_write",         // 429
    "rtas",                    // 430
    "pciconfig_read",          // 431
    "sys_debug_setcontext",    // 432
    "vm86",                    // 433
    "oldolduname",             // 434
    "subpage_prot",            // 435
    "pciconfig_iobase",        // 436
    "listmount",               // 437
    "statmount",               // 438
    "lsm_get_self_attr",       // 439
    "lsm_set_self_attr",       // 440
    "lsm_list_modules",        // 441
    "mseal",                   // 442
    "uretprobe",               // 443
    "removexattrat",           // 444
    "listxattrat",             // 445
    "getxattrat",              // 446
    "setxattrat",              // 447
    "open_tree_attr",          // 448
    "file_getattr",            // 449
    "file_setattr",            // 450
    "listns",                  // 451
    "uprobe",                  // 452
    "rseq_slice_yield",        // 453
];

/// The name of a `ppm_sc` code, if it is in range and has one.
pub fn ppm_sc_name(code: u16) -> Option<&'static str> {
    match PPM_SC_NAMES.get(code as usize) {
        Some(s) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// `ppm_sc` codes (`PPM_SC_*`), named without the prefix.
pub mod sc {
    /// `PPM_SC_UNKNOWN`.
    pub const UNKNOWN: u16 = 0;
    /// `PPM_SC_RESTART_SYSCALL`.
    pub const RESTART_SYSCALL: u16 = 1;
    /// `PPM_SC_EXIT`.
    pub const EXIT: u16 = 2;
    /// `PPM_SC_READ`.
    pub const READ: u16 = 3;
    /// `PPM_SC_WRITE`.
    pub const WRITE: u16 = 4;
    /// `PPM_SC_OPEN`.
    pub const OPEN: u16 = 5;
    /// `PPM_SC_CLOSE`.
    pub const CLOSE: u16 = 6;
    /// `PPM_SC_CREAT`.
    pub const CREAT: u16 = 7;
    /// `PPM_SC_LINK`.
    pub const LINK: u16 = 8;
    /// `PPM_SC_UNLINK`.
    pub const UNLINK: u16 = 9;
    /// `PPM_SC_CHDIR`.
    pub const CHDIR: u16 = 10;
    /// `PPM_SC_TIME`.
    pub const TIME: u16 = 11;
    /// `PPM_SC_MKNOD`.
    pub const MKNOD: u16 = 12;
    /// `PPM_SC_CHMOD`.
    pub const CHMOD: u16 = 13;
    /// `PPM_SC_STAT`.
    pub const STAT: u16 = 14;
    /// `PPM_SC_LSEEK`.
    pub const LSEEK: u16 = 15;
    /// `PPM_SC_GETPID`.
    pub const GETPID: u16 = 16;
    /// `PPM_SC_MOUNT`.
    pub const MOUNT: u16 = 17;
    /// `PPM_SC_PTRACE`.
    pub const PTRACE: u16 = 18;
    /// `PPM_SC_ALARM`.
    pub const ALARM: u16 = 19;
    /// `PPM_SC_FSTAT`.
    pub const FSTAT: u16 = 20;
    /// `PPM_SC_PAUSE`.
    pub const PAUSE: u16 = 21;
    /// `PPM_SC_UTIME`.
    pub const UTIME: u16 = 22;
    /// `PPM_SC_ACCESS`.
    pub const ACCESS: u16 = 23;
    /// `PPM_SC_SYNC`.
    pub const SYNC: u16 = 24;
    /// `PPM_SC_KILL`.
    pub const KILL: u16 = 25;
    /// `PPM_SC_RENAME`.
    pub const RENAME: u16 = 26;
    /// `PPM_SC_MKDIR`.
    pub const MKDIR: u16 = 27;
    /// `PPM_SC_RMDIR`.
    pub const RMDIR: u16 = 28;
    /// `PPM_SC_DUP`.
    pub const DUP: u16 = 29;
    /// `PPM_SC_PIPE`.
    pub const PIPE: u16 = 30;
    /// `PPM_SC_TIMES`.
    pub const TIMES: u16 = 31;
    /// `PPM_SC_BRK`.
    pub const BRK: u16 = 32;
    /// `PPM_SC_ACCT`.
    pub const ACCT: u16 = 33;
    /// `PPM_SC_IOCTL`.
    pub const IOCTL: u16 = 34;
    /// `PPM_SC_FCNTL`.
    pub const FCNTL: u16 = 35;
    /// `PPM_SC_SETPGID`.
    pub const SETPGID: u16 = 36;
    /// `PPM_SC_UMASK`.
    pub const UMASK: u16 = 37;
    /// `PPM_SC_CHROOT`.
    pub const CHROOT: u16 = 38;
    /// `PPM_SC_USTAT`.
    pub const USTAT: u16 = 39;
    /// `PPM_SC_DUP2`.
    pub const DUP2: u16 = 40;
    /// `PPM_SC_GETPPID`.
    pub const GETPPID: u16 = 41;
    /// `PPM_SC_GETPGRP`.
    pub const GETPGRP: u16 = 42;
    /// `PPM_SC_SETSID`.
    pub const SETSID: u16 = 43;
    /// `PPM_SC_SETHOSTNAME`.
    pub const SETHOSTNAME: u16 = 44;
    /// `PPM_SC_SETRLIMIT`.
    pub const SETRLIMIT: u16 = 45;
    /// `PPM_SC_GETRUSAGE`.
    pub const GETRUSAGE: u16 = 46;
    /// `PPM_SC_GETTIMEOFDAY`.
    pub const GETTIMEOFDAY: u16 = 47;
    /// `PPM_SC_SETTIMEOFDAY`.
    pub const SETTIMEOFDAY: u16 = 48;
    /// `PPM_SC_SYMLINK`.
    pub const SYMLINK: u16 = 49;
    /// `PPM_SC_LSTAT`.
    pub const LSTAT: u16 = 50;
    /// `PPM_SC_READLINK`.
    pub const READLINK: u16 = 51;
    /// `PPM_SC_USELIB`.
    pub const USELIB: u16 = 52;
    /// `PPM_SC_SWAPON`.
    pub const SWAPON: u16 = 53;
    /// `PPM_SC_REBOOT`.
    pub const REBOOT: u16 = 54;
    /// `PPM_SC_MMAP`.
    pub const MMAP: u16 = 55;
    /// `PPM_SC_MUNMAP`.
    pub const MUNMAP: u16 = 56;
    /// `PPM_SC_TRUNCATE`.
    pub const TRUNCATE: u16 = 57;
    /// `PPM_SC_FTRUNCATE`.
    pub const FTRUNCATE: u16 = 58;
    /// `PPM_SC_FCHMOD`.
    pub const FCHMOD: u16 = 59;
    /// `PPM_SC_GETPRIORITY`.
    pub const GETPRIORITY: u16 = 60;
    /// `PPM_SC_SETPRIORITY`.
    pub const SETPRIORITY: u16 = 61;
    /// `PPM_SC_STATFS`.
    pub const STATFS: u16 = 62;
    /// `PPM_SC_FSTATFS`.
    pub const FSTATFS: u16 = 63;
    /// `PPM_SC_SYSLOG`.
    pub const SYSLOG: u16 = 64;
    /// `PPM_SC_SETITIMER`.
    pub const SETITIMER: u16 = 65;
    /// `PPM_SC_GETITIMER`.
    pub const GETITIMER: u16 = 66;
    /// `PPM_SC_UNAME`.
    pub const UNAME: u16 = 67;
    /// `PPM_SC_VHANGUP`.
    pub const VHANGUP: u16 = 68;
    /// `PPM_SC_WAIT4`.
    pub const WAIT4: u16 = 69;
    /// `PPM_SC_SWAPOFF`.
    pub const SWAPOFF: u16 = 70;
    /// `PPM_SC_SYSINFO`.
    pub const SYSINFO: u16 = 71;
    /// `PPM_SC_FSYNC`.
    pub const FSYNC: u16 = 72;
    /// `PPM_SC_SETDOMAINNAME`.
    pub const SETDOMAINNAME: u16 = 73;
    /// `PPM_SC_ADJTIMEX`.
    pub const ADJTIMEX: u16 = 74;
    /// `PPM_SC_MPROTECT`.
    pub const MPROTECT: u16 = 75;
    /// `PPM_SC_INIT_MODULE`.
    pub const INIT_MODULE: u16 = 76;
    /// `PPM_SC_DELETE_MODULE`.
    pub const DELETE_MODULE: u16 = 77;
    /// `PPM_SC_QUOTACTL`.
    pub const QUOTACTL: u16 = 78;
    /// `PPM_SC_GETPGID`.
    pub const GETPGID: u16 = 79;
    /// `PPM_SC_FCHDIR`.
    pub const FCHDIR: u16 = 80;
    /// `PPM_SC_SYSFS`.
    pub const SYSFS: u16 = 81;
    /// `PPM_SC_PERSONALITY`.
    pub const PERSONALITY: u16 = 82;
    /// `PPM_SC_GETDENTS`.
    pub const GETDENTS: u16 = 83;
    /// `PPM_SC_SELECT`.
    pub const SELECT: u16 = 84;
    /// `PPM_SC_FLOCK`.
    pub const FLOCK: u16 = 85;
    /// `PPM_SC_MSYNC`.
    pub const MSYNC: u16 = 86;
    /// `PPM_SC_READV`.
    pub const READV: u16 = 87;
    /// `PPM_SC_WRITEV`.
    pub const WRITEV: u16 = 88;
    /// `PPM_SC_GETSID`.
    pub const GETSID: u16 = 89;
    /// `PPM_SC_FDATASYNC`.
    pub const FDATASYNC: u16 = 90;
    /// `PPM_SC_MLOCK`.
    pub const MLOCK: u16 = 91;
    /// `PPM_SC_MUNLOCK`.
    pub const MUNLOCK: u16 = 92;
    /// `PPM_SC_MLOCKALL`.
    pub const MLOCKALL: u16 = 93;
    /// `PPM_SC_MUNLOCKALL`.
    pub const MUNLOCKALL: u16 = 94;
    /// `PPM_SC_SCHED_SETPARAM`.
    pub const SCHED_SETPARAM: u16 = 95;
    /// `PPM_SC_SCHED_GETPARAM`.
    pub const SCHED_GETPARAM: u16 = 96;
    /// `PPM_SC_SCHED_SETSCHEDULER`.
    pub const SCHED_SETSCHEDULER: u16 = 97;
    /// `PPM_SC_SCHED_GETSCHEDULER`.
    pub const SCHED_GETSCHEDULER: u16 = 98;
    /// `PPM_SC_SCHED_YIELD`.
    pub const SCHED_YIELD: u16 = 99;
    /// `PPM_SC_SCHED_GET_PRIORITY_MAX`.
    pub const SCHED_GET_PRIORITY_MAX: u16 = 100;
    /// `PPM_SC_SCHED_GET_PRIORITY_MIN`.
    pub const SCHED_GET_PRIORITY_MIN: u16 = 101;
    /// `PPM_SC_SCHED_RR_GET_INTERVAL`.
    pub const SCHED_RR_GET_INTERVAL: u16 = 102;
    /// `PPM_SC_NANOSLEEP`.
    pub const NANOSLEEP: u16 = 103;
    /// `PPM_SC_MREMAP`.
    pub const MREMAP: u16 = 104;
    /// `PPM_SC_POLL`.
    pub const POLL: u16 = 105;
    /// `PPM_SC_PRCTL`.
    pub const PRCTL: u16 = 106;
    /// `PPM_SC_RT_SIGACTION`.
    pub const RT_SIGACTION: u16 = 107;
    /// `PPM_SC_RT_SIGPROCMASK`.
    pub const RT_SIGPROCMASK: u16 = 108;
    /// `PPM_SC_RT_SIGPENDING`.
    pub const RT_SIGPENDING: u16 = 109;
    /// `PPM_SC_RT_SIGTIMEDWAIT`.
    pub const RT_SIGTIMEDWAIT: u16 = 110;
    /// `PPM_SC_RT_SIGQUEUEINFO`.
    pub const RT_SIGQUEUEINFO: u16 = 111;
    /// `PPM_SC_RT_SIGSUSPEND`.
    pub const RT_SIGSUSPEND: u16 = 112;
    /// `PPM_SC_GETCWD`.
    pub const GETCWD: u16 = 113;
    /// `PPM_SC_CAPGET`.
    pub const CAPGET: u16 = 114;
    /// `PPM_SC_CAPSET`.
    pub const CAPSET: u16 = 115;
    /// `PPM_SC_SENDFILE`.
    pub const SENDFILE: u16 = 116;
    /// `PPM_SC_GETRLIMIT`.
    pub const GETRLIMIT: u16 = 117;
    /// `PPM_SC_LCHOWN`.
    pub const LCHOWN: u16 = 118;
    /// `PPM_SC_GETUID`.
    pub const GETUID: u16 = 119;
    /// `PPM_SC_GETGID`.
    pub const GETGID: u16 = 120;
    /// `PPM_SC_GETEUID`.
    pub const GETEUID: u16 = 121;
    /// `PPM_SC_GETEGID`.
    pub const GETEGID: u16 = 122;
    /// `PPM_SC_SETREUID`.
    pub const SETREUID: u16 = 123;
    /// `PPM_SC_SETREGID`.
    pub const SETREGID: u16 = 124;
    /// `PPM_SC_GETGROUPS`.
    pub const GETGROUPS: u16 = 125;
    /// `PPM_SC_SETGROUPS`.
    pub const SETGROUPS: u16 = 126;
    /// `PPM_SC_FCHOWN`.
    pub const FCHOWN: u16 = 127;
    /// `PPM_SC_SETRESUID`.
    pub const SETRESUID: u16 = 128;
    /// `PPM_SC_GETRESUID`.
    pub const GETRESUID: u16 = 129;
    /// `PPM_SC_SETRESGID`.
    pub const SETRESGID: u16 = 130;
    /// `PPM_SC_GETRESGID`.
    pub const GETRESGID: u16 = 131;
    /// `PPM_SC_CHOWN`.
    pub const CHOWN: u16 = 132;
    /// `PPM_SC_SETUID`.
    pub const SETUID: u16 = 133;
    /// `PPM_SC_SETGID`.
    pub const SETGID: u16 = 134;
    /// `PPM_SC_SETFSUID`.
    pub const SETFSUID: u16 = 135;
    /// `PPM_SC_SETFSGID`.
    pub const SETFSGID: u16 = 136;
    /// `PPM_SC_PIVOT_ROOT`.
    pub const PIVOT_ROOT: u16 = 137;
    /// `PPM_SC_MINCORE`.
    pub const MINCORE: u16 = 138;
    /// `PPM_SC_MADVISE`.
    pub const MADVISE: u16 = 139;
    /// `PPM_SC_GETTID`.
    pub const GETTID: u16 = 140;
    /// `PPM_SC_SETXATTR`.
    pub const SETXATTR: u16 = 141;
    /// `PPM_SC_LSETXATTR`.
    pub const LSETXATTR: u16 = 142;
    /// `PPM_SC_FSETXATTR`.
    pub const FSETXATTR: u16 = 143;
    /// `PPM_SC_GETXATTR`.
    pub const GETXATTR: u16 = 144;
    /// `PPM_SC_LGETXATTR`.
    pub const LGETXATTR: u16 = 145;
    /// `PPM_SC_FGETXATTR`.
    pub const FGETXATTR: u16 = 146;
    /// `PPM_SC_LISTXATTR`.
    pub const LISTXATTR: u16 = 147;
    /// `PPM_SC_LLISTXATTR`.
    pub const LLISTXATTR: u16 = 148;
    /// `PPM_SC_FLISTXATTR`.
    pub const FLISTXATTR: u16 = 149;
    /// `PPM_SC_REMOVEXATTR`.
    pub const REMOVEXATTR: u16 = 150;
    /// `PPM_SC_LREMOVEXATTR`.
    pub const LREMOVEXATTR: u16 = 151;
    /// `PPM_SC_FREMOVEXATTR`.
    pub const FREMOVEXATTR: u16 = 152;
    /// `PPM_SC_TKILL`.
    pub const TKILL: u16 = 153;
    /// `PPM_SC_FUTEX`.
    pub const FUTEX: u16 = 154;
    /// `PPM_SC_SCHED_SETAFFINITY`.
    pub const SCHED_SETAFFINITY: u16 = 155;
    /// `PPM_SC_SCHED_GETAFFINITY`.
    pub const SCHED_GETAFFINITY: u16 = 156;
    /// `PPM_SC_SET_THREAD_AREA`.
    pub const SET_THREAD_AREA: u16 = 157;
    /// `PPM_SC_GET_THREAD_AREA`.
    pub const GET_THREAD_AREA: u16 = 158;
    /// `PPM_SC_IO_SETUP`.
    pub const IO_SETUP: u16 = 159;
    /// `PPM_SC_IO_DESTROY`.
    pub const IO_DESTROY: u16 = 160;
    /// `PPM_SC_IO_GETEVENTS`.
    pub const IO_GETEVENTS: u16 = 161;
    /// `PPM_SC_IO_SUBMIT`.
    pub const IO_SUBMIT: u16 = 162;
    /// `PPM_SC_IO_CANCEL`.
    pub const IO_CANCEL: u16 = 163;
    /// `PPM_SC_EXIT_GROUP`.
    pub const EXIT_GROUP: u16 = 164;
    /// `PPM_SC_EPOLL_CREATE`.
    pub const EPOLL_CREATE: u16 = 165;
    /// `PPM_SC_EPOLL_CTL`.
    pub const EPOLL_CTL: u16 = 166;
    /// `PPM_SC_EPOLL_WAIT`.
    pub const EPOLL_WAIT: u16 = 167;
    /// `PPM_SC_REMAP_FILE_PAGES`.
    pub const REMAP_FILE_PAGES: u16 = 168;
    /// `PPM_SC_SET_TID_ADDRESS`.
    pub const SET_TID_ADDRESS: u16 = 169;
    /// `PPM_SC_TIMER_CREATE`.
    pub const TIMER_CREATE: u16 = 170;
    /// `PPM_SC_TIMER_SETTIME`.
    pub const TIMER_SETTIME: u16 = 171;
    /// `PPM_SC_TIMER_GETTIME`.
    pub const TIMER_GETTIME: u16 = 172;
    /// `PPM_SC_TIMER_GETOVERRUN`.
    pub const TIMER_GETOVERRUN: u16 = 173;
    /// `PPM_SC_TIMER_DELETE`.
    pub const TIMER_DELETE: u16 = 174;
    /// `PPM_SC_CLOCK_SETTIME`.
    pub const CLOCK_SETTIME: u16 = 175;
    /// `PPM_SC_CLOCK_GETTIME`.
    pub const CLOCK_GETTIME: u16 = 176;
    /// `PPM_SC_CLOCK_GETRES`.
    pub const CLOCK_GETRES: u16 = 177;
    /// `PPM_SC_CLOCK_NANOSLEEP`.
    pub const CLOCK_NANOSLEEP: u16 = 178;
    /// `PPM_SC_TGKILL`.
    pub const TGKILL: u16 = 179;
    /// `PPM_SC_UTIMES`.
    pub const UTIMES: u16 = 180;
    /// `PPM_SC_MQ_OPEN`.
    pub const MQ_OPEN: u16 = 181;
    /// `PPM_SC_MQ_UNLINK`.
    pub const MQ_UNLINK: u16 = 182;
    /// `PPM_SC_MQ_TIMEDSEND`.
    pub const MQ_TIMEDSEND: u16 = 183;
    /// `PPM_SC_MQ_TIMEDRECEIVE`.
    pub const MQ_TIMEDRECEIVE: u16 = 184;
    /// `PPM_SC_MQ_NOTIFY`.
    pub const MQ_NOTIFY: u16 = 185;
    /// `PPM_SC_MQ_GETSETATTR`.
    pub const MQ_GETSETATTR: u16 = 186;
    /// `PPM_SC_KEXEC_LOAD`.
    pub const KEXEC_LOAD: u16 = 187;
    /// `PPM_SC_WAITID`.
    pub const WAITID: u16 = 188;
    /// `PPM_SC_ADD_KEY`.
    pub const ADD_KEY: u16 = 189;
    /// `PPM_SC_REQUEST_KEY`.
    pub const REQUEST_KEY: u16 = 190;
    /// `PPM_SC_KEYCTL`.
    pub const KEYCTL: u16 = 191;
    /// `PPM_SC_IOPRIO_SET`.
    pub const IOPRIO_SET: u16 = 192;
    /// `PPM_SC_IOPRIO_GET`.
    pub const IOPRIO_GET: u16 = 193;
    /// `PPM_SC_INOTIFY_INIT`.
    pub const INOTIFY_INIT: u16 = 194;
    /// `PPM_SC_INOTIFY_ADD_WATCH`.
    pub const INOTIFY_ADD_WATCH: u16 = 195;
    /// `PPM_SC_INOTIFY_RM_WATCH`.
    pub const INOTIFY_RM_WATCH: u16 = 196;
    /// `PPM_SC_OPENAT`.
    pub const OPENAT: u16 = 197;
    /// `PPM_SC_MKDIRAT`.
    pub const MKDIRAT: u16 = 198;
    /// `PPM_SC_MKNODAT`.
    pub const MKNODAT: u16 = 199;
    /// `PPM_SC_FCHOWNAT`.
    pub const FCHOWNAT: u16 = 200;
    /// `PPM_SC_FUTIMESAT`.
    pub const FUTIMESAT: u16 = 201;
    /// `PPM_SC_UNLINKAT`.
    pub const UNLINKAT: u16 = 202;
    /// `PPM_SC_RENAMEAT`.
    pub const RENAMEAT: u16 = 203;
    /// `PPM_SC_LINKAT`.
    pub const LINKAT: u16 = 204;
    /// `PPM_SC_SYMLINKAT`.
    pub const SYMLINKAT: u16 = 205;
    /// `PPM_SC_READLINKAT`.
    pub const READLINKAT: u16 = 206;
    /// `PPM_SC_FCHMODAT`.
    pub const FCHMODAT: u16 = 207;
    /// `PPM_SC_FACCESSAT`.
    pub const FACCESSAT: u16 = 208;
    /// `PPM_SC_PSELECT6`.
    pub const PSELECT6: u16 = 209;
    /// `PPM_SC_PPOLL`.
    pub const PPOLL: u16 = 210;
    /// `PPM_SC_UNSHARE`.
    pub const UNSHARE: u16 = 211;
    /// `PPM_SC_SET_ROBUST_LIST`.
    pub const SET_ROBUST_LIST: u16 = 212;
    /// `PPM_SC_GET_ROBUST_LIST`.
    pub const GET_ROBUST_LIST: u16 = 213;
    /// `PPM_SC_SPLICE`.
    pub const SPLICE: u16 = 214;
    /// `PPM_SC_TEE`.
    pub const TEE: u16 = 215;
    /// `PPM_SC_VMSPLICE`.
    pub const VMSPLICE: u16 = 216;
    /// `PPM_SC_GETCPU`.
    pub const GETCPU: u16 = 217;
    /// `PPM_SC_EPOLL_PWAIT`.
    pub const EPOLL_PWAIT: u16 = 218;
    /// `PPM_SC_UTIMENSAT`.
    pub const UTIMENSAT: u16 = 219;
    /// `PPM_SC_SIGNALFD`.
    pub const SIGNALFD: u16 = 220;
    /// `PPM_SC_TIMERFD_CREATE`.
    pub const TIMERFD_CREATE: u16 = 221;
    /// `PPM_SC_EVENTFD`.
    pub const EVENTFD: u16 = 222;
    /// `PPM_SC_TIMERFD_SETTIME`.
    pub const TIMERFD_SETTIME: u16 = 223;
    /// `PPM_SC_TIMERFD_GETTIME`.
    pub const TIMERFD_GETTIME: u16 = 224;
    /// `PPM_SC_SIGNALFD4`.
    pub const SIGNALFD4: u16 = 225;
    /// `PPM_SC_EVENTFD2`.
    pub const EVENTFD2: u16 = 226;
    /// `PPM_SC_EPOLL_CREATE1`.
    pub const EPOLL_CREATE1: u16 = 227;
    /// `PPM_SC_DUP3`.
    pub const DUP3: u16 = 228;
    /// `PPM_SC_PIPE2`.
    pub const PIPE2: u16 = 229;
    /// `PPM_SC_INOTIFY_INIT1`.
    pub const INOTIFY_INIT1: u16 = 230;
    /// `PPM_SC_PREADV`.
    pub const PREADV: u16 = 231;
    /// `PPM_SC_PWRITEV`.
    pub const PWRITEV: u16 = 232;
    /// `PPM_SC_RT_TGSIGQUEUEINFO`.
    pub const RT_TGSIGQUEUEINFO: u16 = 233;
    /// `PPM_SC_PERF_EVENT_OPEN`.
    pub const PERF_EVENT_OPEN: u16 = 234;
    /// `PPM_SC_FANOTIFY_INIT`.
    pub const FANOTIFY_INIT: u16 = 235;
    /// `PPM_SC_PRLIMIT64`.
    pub const PRLIMIT64: u16 = 236;
    /// `PPM_SC_CLOCK_ADJTIME`.
    pub const CLOCK_ADJTIME: u16 = 237;
    /// `PPM_SC_SYNCFS`.
    pub const SYNCFS: u16 = 238;
    /// `PPM_SC_SETNS`.
    pub const SETNS: u16 = 239;
    /// `PPM_SC_GETDENTS64`.
    pub const GETDENTS64: u16 = 240;
    /// `PPM_SC_SOCKET`.
    pub const SOCKET: u16 = 241;
    /// `PPM_SC_BIND`.
    pub const BIND: u16 = 242;
    /// `PPM_SC_CONNECT`.
    pub const CONNECT: u16 = 243;
    /// `PPM_SC_LISTEN`.
    pub const LISTEN: u16 = 244;
    /// `PPM_SC_ACCEPT`.
    pub const ACCEPT: u16 = 245;
    /// `PPM_SC_GETSOCKNAME`.
    pub const GETSOCKNAME: u16 = 246;
    /// `PPM_SC_GETPEERNAME`.
    pub const GETPEERNAME: u16 = 247;
    /// `PPM_SC_SOCKETPAIR`.
    pub const SOCKETPAIR: u16 = 248;
    /// `PPM_SC_SENDTO`.
    pub const SENDTO: u16 = 249;
    /// `PPM_SC_RECVFROM`.
    pub const RECVFROM: u16 = 250;
    /// `PPM_SC_SHUTDOWN`.
    pub const SHUTDOWN: u16 = 251;
    /// `PPM_SC_SETSOCKOPT`.
    pub const SETSOCKOPT: u16 = 252;
    /// `PPM_SC_GETSOCKOPT`.
    pub const GETSOCKOPT: u16 = 253;
    /// `PPM_SC_SENDMSG`.
    pub const SENDMSG: u16 = 254;
    /// `PPM_SC_SENDMMSG`.
    pub const SENDMMSG: u16 = 255;
    /// `PPM_SC_RECVMSG`.
    pub const RECVMSG: u16 = 256;
    /// `PPM_SC_RECVMMSG`.
    pub const RECVMMSG: u16 = 257;
    /// `PPM_SC_ACCEPT4`.
    pub const ACCEPT4: u16 = 258;
    /// `PPM_SC_SEMOP`.
    pub const SEMOP: u16 = 259;
    /// `PPM_SC_SEMGET`.
    pub const SEMGET: u16 = 260;
    /// `PPM_SC_SEMCTL`.
    pub const SEMCTL: u16 = 261;
    /// `PPM_SC_MSGSND`.
    pub const MSGSND: u16 = 262;
    /// `PPM_SC_MSGRCV`.
    pub const MSGRCV: u16 = 263;
    /// `PPM_SC_MSGGET`.
    pub const MSGGET: u16 = 264;
    /// `PPM_SC_MSGCTL`.
    pub const MSGCTL: u16 = 265;
    /// `PPM_SC_SHMDT`.
    pub const SHMDT: u16 = 266;
    /// `PPM_SC_SHMGET`.
    pub const SHMGET: u16 = 267;
    /// `PPM_SC_SHMCTL`.
    pub const SHMCTL: u16 = 268;
    /// `PPM_SC_STATFS64`.
    pub const STATFS64: u16 = 269;
    /// `PPM_SC_FSTATFS64`.
    pub const FSTATFS64: u16 = 270;
    /// `PPM_SC_FSTATAT64`.
    pub const FSTATAT64: u16 = 271;
    /// `PPM_SC_SENDFILE64`.
    pub const SENDFILE64: u16 = 272;
    /// `PPM_SC_UGETRLIMIT`.
    pub const UGETRLIMIT: u16 = 273;
    /// `PPM_SC_BDFLUSH`.
    pub const BDFLUSH: u16 = 274;
    /// `PPM_SC_SIGPROCMASK`.
    pub const SIGPROCMASK: u16 = 275;
    /// `PPM_SC_IPC`.
    pub const IPC: u16 = 276;
    /// `PPM_SC_SOCKETCALL`.
    pub const SOCKETCALL: u16 = 277;
    /// `PPM_SC_STAT64`.
    pub const STAT64: u16 = 278;
    /// `PPM_SC_LSTAT64`.
    pub const LSTAT64: u16 = 279;
    /// `PPM_SC_FSTAT64`.
    pub const FSTAT64: u16 = 280;
    /// `PPM_SC_FCNTL64`.
    pub const FCNTL64: u16 = 281;
    /// `PPM_SC_MMAP2`.
    pub const MMAP2: u16 = 282;
    /// `PPM_SC__NEWSELECT`.
    pub const _NEWSELECT: u16 = 283;
    /// `PPM_SC_SGETMASK`.
    pub const SGETMASK: u16 = 284;
    /// `PPM_SC_SSETMASK`.
    pub const SSETMASK: u16 = 285;
    /// `PPM_SC_SIGPENDING`.
    pub const SIGPENDING: u16 = 286;
    /// `PPM_SC_OLDUNAME`.
    pub const OLDUNAME: u16 = 287;
    /// `PPM_SC_UMOUNT`.
    pub const UMOUNT: u16 = 288;
    /// `PPM_SC_SIGNAL`.
    pub const SIGNAL: u16 = 289;
    /// `PPM_SC_NICE`.
    pub const NICE: u16 = 290;
    /// `PPM_SC_STIME`.
    pub const STIME: u16 = 291;
    /// `PPM_SC__LLSEEK`.
    pub const _LLSEEK: u16 = 292;
    /// `PPM_SC_WAITPID`.
    pub const WAITPID: u16 = 293;
    /// `PPM_SC_PREAD64`.
    pub const PREAD64: u16 = 294;
    /// `PPM_SC_PWRITE64`.
    pub const PWRITE64: u16 = 295;
    /// `PPM_SC_ARCH_PRCTL`.
    pub const ARCH_PRCTL: u16 = 296;
    /// `PPM_SC_SHMAT`.
    pub const SHMAT: u16 = 297;
    /// `PPM_SC_RT_SIGRETURN`.
    pub const RT_SIGRETURN: u16 = 298;
    /// `PPM_SC_FALLOCATE`.
    pub const FALLOCATE: u16 = 299;
    /// `PPM_SC_NEWFSTATAT`.
    pub const NEWFSTATAT: u16 = 300;
    /// `PPM_SC_PROCESS_VM_READV`.
    pub const PROCESS_VM_READV: u16 = 301;
    /// `PPM_SC_PROCESS_VM_WRITEV`.
    pub const PROCESS_VM_WRITEV: u16 = 302;
    /// `PPM_SC_FORK`.
    pub const FORK: u16 = 303;
    /// `PPM_SC_VFORK`.
    pub const VFORK: u16 = 304;
    /// `PPM_SC_SETUID32`.
    pub const SETUID32: u16 = 305;
    /// `PPM_SC_GETUID32`.
    pub const GETUID32: u16 = 306;
    /// `PPM_SC_SETGID32`.
    pub const SETGID32: u16 = 307;
    /// `PPM_SC_GETEUID32`.
    pub const GETEUID32: u16 = 308;
    /// `PPM_SC_GETGID32`.
    pub const GETGID32: u16 = 309;
    /// `PPM_SC_SETRESUID32`.
    pub const SETRESUID32: u16 = 310;
    /// `PPM_SC_SETRESGID32`.
    pub const SETRESGID32: u16 = 311;
    /// `PPM_SC_GETRESUID32`.
    pub const GETRESUID32: u16 = 312;
    /// `PPM_SC_GETRESGID32`.
    pub const GETRESGID32: u16 = 313;
    /// `PPM_SC_FINIT_MODULE`.
    pub const FINIT_MODULE: u16 = 314;
    /// `PPM_SC_BPF`.
    pub const BPF: u16 = 315;
    /// `PPM_SC_SECCOMP`.
    pub const SECCOMP: u16 = 316;
    /// `PPM_SC_SIGALTSTACK`.
    pub const SIGALTSTACK: u16 = 317;
    /// `PPM_SC_GETRANDOM`.
    pub const GETRANDOM: u16 = 318;
    /// `PPM_SC_FADVISE64`.
    pub const FADVISE64: u16 = 319;
    /// `PPM_SC_RENAMEAT2`.
    pub const RENAMEAT2: u16 = 320;
    /// `PPM_SC_USERFAULTFD`.
    pub const USERFAULTFD: u16 = 321;
    /// `PPM_SC_OPENAT2`.
    pub const OPENAT2: u16 = 322;
    /// `PPM_SC_UMOUNT2`.
    pub const UMOUNT2: u16 = 323;
    /// `PPM_SC_EXECVE`.
    pub const EXECVE: u16 = 324;
    /// `PPM_SC_EXECVEAT`.
    pub const EXECVEAT: u16 = 325;
    /// `PPM_SC_COPY_FILE_RANGE`.
    pub const COPY_FILE_RANGE: u16 = 326;
    /// `PPM_SC_CLONE`.
    pub const CLONE: u16 = 327;
    /// `PPM_SC_CLONE3`.
    pub const CLONE3: u16 = 328;
    /// `PPM_SC_OPEN_BY_HANDLE_AT`.
    pub const OPEN_BY_HANDLE_AT: u16 = 329;
    /// `PPM_SC_IO_URING_SETUP`.
    pub const IO_URING_SETUP: u16 = 330;
    /// `PPM_SC_IO_URING_ENTER`.
    pub const IO_URING_ENTER: u16 = 331;
    /// `PPM_SC_IO_URING_REGISTER`.
    pub const IO_URING_REGISTER: u16 = 332;
    /// `PPM_SC_MLOCK2`.
    pub const MLOCK2: u16 = 333;
    /// `PPM_SC_GETEGID32`.
    pub const GETEGID32: u16 = 334;
    /// `PPM_SC_FSCONFIG`.
    pub const FSCONFIG: u16 = 335;
    /// `PPM_SC_FSPICK`.
    pub const FSPICK: u16 = 336;
    /// `PPM_SC_FSMOUNT`.
    pub const FSMOUNT: u16 = 337;
    /// `PPM_SC_FSOPEN`.
    pub const FSOPEN: u16 = 338;
    /// `PPM_SC_OPEN_TREE`.
    pub const OPEN_TREE: u16 = 339;
    /// `PPM_SC_MOVE_MOUNT`.
    pub const MOVE_MOUNT: u16 = 340;
    /// `PPM_SC_MOUNT_SETATTR`.
    pub const MOUNT_SETATTR: u16 = 341;
    /// `PPM_SC_MEMFD_CREATE`.
    pub const MEMFD_CREATE: u16 = 342;
    /// `PPM_SC_MEMFD_SECRET`.
    pub const MEMFD_SECRET: u16 = 343;
    /// `PPM_SC_IOPERM`.
    pub const IOPERM: u16 = 344;
    /// `PPM_SC_KEXEC_FILE_LOAD`.
    pub const KEXEC_FILE_LOAD: u16 = 345;
    /// `PPM_SC_PIDFD_GETFD`.
    pub const PIDFD_GETFD: u16 = 346;
    /// `PPM_SC_PIDFD_OPEN`.
    pub const PIDFD_OPEN: u16 = 347;
    /// `PPM_SC_PIDFD_SEND_SIGNAL`.
    pub const PIDFD_SEND_SIGNAL: u16 = 348;
    /// `PPM_SC_PKEY_ALLOC`.
    pub const PKEY_ALLOC: u16 = 349;
    /// `PPM_SC_PKEY_MPROTECT`.
    pub const PKEY_MPROTECT: u16 = 350;
    /// `PPM_SC_PKEY_FREE`.
    pub const PKEY_FREE: u16 = 351;
    /// `PPM_SC_LANDLOCK_CREATE_RULESET`.
    pub const LANDLOCK_CREATE_RULESET: u16 = 352;
    /// `PPM_SC_QUOTACTL_FD`.
    pub const QUOTACTL_FD: u16 = 353;
    /// `PPM_SC_LANDLOCK_RESTRICT_SELF`.
    pub const LANDLOCK_RESTRICT_SELF: u16 = 354;
    /// `PPM_SC_LANDLOCK_ADD_RULE`.
    pub const LANDLOCK_ADD_RULE: u16 = 355;
    /// `PPM_SC_EPOLL_PWAIT2`.
    pub const EPOLL_PWAIT2: u16 = 356;
    /// `PPM_SC_MIGRATE_PAGES`.
    pub const MIGRATE_PAGES: u16 = 357;
    /// `PPM_SC_MOVE_PAGES`.
    pub const MOVE_PAGES: u16 = 358;
    /// `PPM_SC_PREADV2`.
    pub const PREADV2: u16 = 359;
    /// `PPM_SC_PWRITEV2`.
    pub const PWRITEV2: u16 = 360;
    /// `PPM_SC_KCMP`.
    pub const KCMP: u16 = 361;
    /// `PPM_SC_SCHED_SETATTR`.
    pub const SCHED_SETATTR: u16 = 362;
    /// `PPM_SC_MBIND`.
    pub const MBIND: u16 = 363;
    /// `PPM_SC_EPOLL_CTL_OLD`.
    pub const EPOLL_CTL_OLD: u16 = 364;
    /// `PPM_SC_LOOKUP_DCOOKIE`.
    pub const LOOKUP_DCOOKIE: u16 = 365;
    /// `PPM_SC_MODIFY_LDT`.
    pub const MODIFY_LDT: u16 = 366;
    /// `PPM_SC_STATX`.
    pub const STATX: u16 = 367;
    /// `PPM_SC_SET_MEMPOLICY`.
    pub const SET_MEMPOLICY: u16 = 368;
    /// `PPM_SC_IO_PGETEVENTS`.
    pub const IO_PGETEVENTS: u16 = 369;
    /// `PPM_SC_SET_MEMPOLICY_HOME_NODE`.
    pub const SET_MEMPOLICY_HOME_NODE: u16 = 370;
    /// `PPM_SC_SEMTIMEDOP`.
    pub const SEMTIMEDOP: u16 = 371;
    /// `PPM_SC_GET_KERNEL_SYMS`.
    pub const GET_KERNEL_SYMS: u16 = 372;
    /// `PPM_SC_READAHEAD`.
    pub const READAHEAD: u16 = 373;
    /// `PPM_SC_FUTEX_WAITV`.
    pub const FUTEX_WAITV: u16 = 374;
    /// `PPM_SC_GETPMSG`.
    pub const GETPMSG: u16 = 375;
    /// `PPM_SC_NAME_TO_HANDLE_AT`.
    pub const NAME_TO_HANDLE_AT: u16 = 376;
    /// `PPM_SC_PROCESS_MRELEASE`.
    pub const PROCESS_MRELEASE: u16 = 377;
    /// `PPM_SC_NFSSERVCTL`.
    pub const NFSSERVCTL: u16 = 378;
    /// `PPM_SC_EPOLL_WAIT_OLD`.
    pub const EPOLL_WAIT_OLD: u16 = 379;
    /// `PPM_SC_RSEQ`.
    pub const RSEQ: u16 = 380;
    /// `PPM_SC_CREATE_MODULE`.
    pub const CREATE_MODULE: u16 = 381;
    /// `PPM_SC_SCHED_GETATTR`.
    pub const SCHED_GETATTR: u16 = 383;
    /// `PPM_SC_FACCESSAT2`.
    pub const FACCESSAT2: u16 = 384;
    /// `PPM_SC__SYSCTL`.
    pub const _SYSCTL: u16 = 385;
    /// `PPM_SC_QUERY_MODULE`.
    pub const QUERY_MODULE: u16 = 386;
    /// `PPM_SC_GET_MEMPOLICY`.
    pub const GET_MEMPOLICY: u16 = 387;
    /// `PPM_SC_SYNC_FILE_RANGE`.
    pub const SYNC_FILE_RANGE: u16 = 388;
    /// `PPM_SC_PROCESS_MADVISE`.
    pub const PROCESS_MADVISE: u16 = 389;
    /// `PPM_SC_MEMBARRIER`.
    pub const MEMBARRIER: u16 = 390;
    /// `PPM_SC_IOPL`.
    pub const IOPL: u16 = 391;
    /// `PPM_SC_CLOSE_RANGE`.
    pub const CLOSE_RANGE: u16 = 392;
    /// `PPM_SC_FANOTIFY_MARK`.
    pub const FANOTIFY_MARK: u16 = 393;
    /// `PPM_SC_RECV`.
    pub const RECV: u16 = 394;
    /// `PPM_SC_SEND`.
    pub const SEND: u16 = 395;
    /// `PPM_SC_SCHED_PROCESS_EXIT`.
    pub const SCHED_PROCESS_EXIT: u16 = 396;
    /// `PPM_SC_SCHED_SWITCH`.
    pub const SCHED_SWITCH: u16 = 397;
    /// `PPM_SC_PAGE_FAULT_USER`.
    pub const PAGE_FAULT_USER: u16 = 398;
    /// `PPM_SC_PAGE_FAULT_KERNEL`.
    pub const PAGE_FAULT_KERNEL: u16 = 399;
    /// `PPM_SC_SIGNAL_DELIVER`.
    pub const SIGNAL_DELIVER: u16 = 400;
    /// `PPM_SC_TIMERFD`.
    pub const TIMERFD: u16 = 401;
    /// `PPM_SC_S390_PCI_MMIO_READ`.
    pub const S390_PCI_MMIO_READ: u16 = 402;
    /// `PPM_SC_SIGACTION`.
    pub const SIGACTION: u16 = 403;
    /// `PPM_SC_S390_PCI_MMIO_WRITE`.
    pub const S390_PCI_MMIO_WRITE: u16 = 404;
    /// `PPM_SC_READDIR`.
    pub const READDIR: u16 = 405;
    /// `PPM_SC_S390_STHYI`.
    pub const S390_STHYI: u16 = 406;
    /// `PPM_SC_SIGSUSPEND`.
    pub const SIGSUSPEND: u16 = 407;
    /// `PPM_SC_IDLE`.
    pub const IDLE: u16 = 408;
    /// `PPM_SC_S390_RUNTIME_INSTR`.
    pub const S390_RUNTIME_INSTR: u16 = 409;
    /// `PPM_SC_SIGRETURN`.
    pub const SIGRETURN: u16 = 410;
    /// `PPM_SC_S390_GUARDED_STORAGE`.
    pub const S390_GUARDED_STORAGE: u16 = 411;
    /// `PPM_SC_CACHESTAT`.
    pub const CACHESTAT: u16 = 412;
    /// `PPM_SC_FCHMODAT2`.
    pub const FCHMODAT2: u16 = 413;
    /// `PPM_SC_MAP_SHADOW_STACK`.
    pub const MAP_SHADOW_STACK: u16 = 414;
    /// `PPM_SC_RISCV_FLUSH_ICACHE`.
    pub const RISCV_FLUSH_ICACHE: u16 = 415;
    /// `PPM_SC_RISCV_HWPROBE`.
    pub const RISCV_HWPROBE: u16 = 416;
    /// `PPM_SC_FUTEX_WAKE`.
    pub const FUTEX_WAKE: u16 = 417;
    /// `PPM_SC_FUTEX_REQUEUE`.
    pub const FUTEX_REQUEUE: u16 = 418;
    /// `PPM_SC_FUTEX_WAIT`.
    pub const FUTEX_WAIT: u16 = 419;
    /// `PPM_SC_OLDSTAT`.
    pub const OLDSTAT: u16 = 420;
    /// `PPM_SC_SWITCH_ENDIAN`.
    pub const SWITCH_ENDIAN: u16 = 421;
    /// `PPM_SC_MULTIPLEXER`.
    pub const MULTIPLEXER: u16 = 422;
    /// `PPM_SC_OLDLSTAT`.
    pub const OLDLSTAT: u16 = 423;
    /// `PPM_SC_SPU_CREATE`.
    pub const SPU_CREATE: u16 = 424;
    /// `PPM_SC_SYNC_FILE_RANGE2`.
    pub const SYNC_FILE_RANGE2: u16 = 425;
    /// `PPM_SC_OLDFSTAT`.
    pub const OLDFSTAT: u16 = 426;
    /// `PPM_SC_SPU_RUN`.
    pub const SPU_RUN: u16 = 427;
    /// `PPM_SC_SWAPCONTEXT`.
    pub const SWAPCONTEXT: u16 = 428;
    /// `PPM_SC_PCICONFIG_WRITE`.
    pub const PCICONFIG_WRITE: u16 = 429;
    /// `PPM_SC_RTAS`.
    pub const RTAS: u16 = 430;
    /// `PPM_SC_PCICONFIG_READ`.
    pub const PCICONFIG_READ: u16 = 431;
    /// `PPM_SC_SYS_DEBUG_SETCONTEXT`.
    pub const SYS_DEBUG_SETCONTEXT: u16 = 432;
    /// `PPM_SC_VM86`.
    pub const VM86: u16 = 433;
    /// `PPM_SC_OLDOLDUNAME`.
    pub const OLDOLDUNAME: u16 = 434;
    /// `PPM_SC_SUBPAGE_PROT`.
    pub const SUBPAGE_PROT: u16 = 435;
    /// `PPM_SC_PCICONFIG_IOBASE`.
    pub const PCICONFIG_IOBASE: u16 = 436;
    /// `PPM_SC_LISTMOUNT`.
    pub const LISTMOUNT: u16 = 437;
    /// `PPM_SC_STATMOUNT`.
    pub const STATMOUNT: u16 = 438;
    /// `PPM_SC_LSM_GET_SELF_ATTR`.
    pub const LSM_GET_SELF_ATTR: u16 = 439;
    /// `PPM_SC_LSM_SET_SELF_ATTR`.
    pub const LSM_SET_SELF_ATTR: u16 = 440;
    /// `PPM_SC_LSM_LIST_MODULES`.
    pub const LSM_LIST_MODULES: u16 = 441;
    /// `PPM_SC_MSEAL`.
    pub const MSEAL: u16 = 442;
    /// `PPM_SC_URETPROBE`.
    pub const URETPROBE: u16 = 443;
    /// `PPM_SC_REMOVEXATTRAT`.
    pub const REMOVEXATTRAT: u16 = 444;
    /// `PPM_SC_LISTXATTRAT`.
    pub const LISTXATTRAT: u16 = 445;
    /// `PPM_SC_GETXATTRAT`.
    pub const GETXATTRAT: u16 = 446;
    /// `PPM_SC_SETXATTRAT`.
    pub const SETXATTRAT: u16 = 447;
    /// `PPM_SC_OPEN_TREE_ATTR`.
    pub const OPEN_TREE_ATTR: u16 = 448;
    /// `PPM_SC_FILE_GETATTR`.
    pub const FILE_GETATTR: u16 = 449;
    /// `PPM_SC_FILE_SETATTR`.
    pub const FILE_SETATTR: u16 = 450;
    /// `PPM_SC_LISTNS`.
    pub const LISTNS: u16 = 451;
    /// `PPM_SC_UPROBE`.
    pub const UPROBE: u16 = 452;
    /// `PPM_SC_RSEQ_SLICE_YIELD`.
    pub const RSEQ_SLICE_YIELD: u16 = 453;
}

// System call table flags (`UF_*`).
/// No flags: the system call is not traced by a dedicated event pair.
pub const UF_NONE: u32 = 0x0;
/// The system call has a dedicated enter/exit event pair.
pub const UF_USED: u32 = 0x1;
/// Never dropped, even when the consumer asks to drop events.
pub const UF_NEVER_DROP: u32 = 0x2;
/// Dropped whenever the consumer asks to drop events.
pub const UF_ALWAYS_DROP: u32 = 0x4;
/// The handler must not block (it may run in interrupt context).
pub const UF_ATOMIC: u32 = 0x10;

/// Size of a native system call table (`SYSCALL_TABLE_SIZE`).
pub const SYSCALL_TABLE_SIZE: usize = 512;
const _: () = assert!(SYSCALL_TABLE_SIZE == 512);

/// How one native system call is traced (`syscall_evt_pair`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyscallEvtPair {
    /// `UF_*` flags.
    pub flags: u32,
    /// Enter event code (meaningful when `flags` has [`UF_USED`]).
    pub enter_event: u16,
    /// Exit event code (meaningful when `flags` has [`UF_USED`]).
    pub exit_event: u16,
    /// The `ppm_sc` code; 0 (`unknown`) for numbers the table does not know.
    pub ppm_sc: u16,
}

impl SyscallEvtPair {
    /// Whether a dedicated enter/exit event pair traces this system call.
    pub const fn is_used(&self) -> bool {
        self.flags & UF_USED != 0
    }
}

const fn p(flags: u32, enter_event: u16, exit_event: u16, ppm_sc: u16) -> SyscallEvtPair {
    SyscallEvtPair {
        flags,
        enter_event,
        exit_event,
        ppm_sc,
    }
}

const NONE: SyscallEvtPair = p(0, 0, 0, 0);

/// The x86_64 native system call table, indexed by system call number.
#[rustfmt::skip]
pub static X86_64_SYSCALL_TABLE: [SyscallEvtPair; SYSCALL_TABLE_SIZE] = [
    p(UF_USED, code::SYSCALL_READ_E, code::SYSCALL_READ_X, sc::READ), // 0: read
    p(UF_USED, code::SYSCALL_WRITE_E, code::SYSCALL_WRITE_X, sc::WRITE), // 1: write
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_OPEN_E, code::SYSCALL_OPEN_X, sc::OPEN), // 2: open
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CLOSE_E, code::SYSCALL_CLOSE_X, sc::CLOSE), // 3: close
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_STAT_E, code::SYSCALL_STAT_X, sc::STAT), // 4: stat
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_FSTAT_E, code::SYSCALL_FSTAT_X, sc::FSTAT), // 5: fstat
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_LSTAT_E, code::SYSCALL_LSTAT_X, sc::LSTAT), // 6: lstat
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_POLL_E, code::SYSCALL_POLL_X, sc::POLL), // 7: poll
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_LSEEK_E, code::SYSCALL_LSEEK_X, sc::LSEEK), // 8: lseek
    p(UF_USED, code::SYSCALL_MMAP_E, code::SYSCALL_MMAP_X, sc::MMAP), // 9: mmap
    p(UF_USED, code::SYSCALL_MPROTECT_E, code::SYSCALL_MPROTECT_X, sc::MPROTECT), // 10: mprotect
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_MUNMAP_E, code::SYSCALL_MUNMAP_X, sc::MUNMAP), // 11: munmap
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_BRK_4_E, code::SYSCALL_BRK_4_X, sc::BRK), // 12: brk
    p(0, 0, 0, sc::RT_SIGACTION), // 13: rt_sigaction
    p(0, 0, 0, sc::RT_SIGPROCMASK), // 14: rt_sigprocmask
    p(0, 0, 0, sc::RT_SIGRETURN), // 15: rt_sigreturn
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_IOCTL_3_E, code::SYSCALL_IOCTL_3_X, sc::IOCTL), // 16: ioctl
    p(UF_USED, code::SYSCALL_PREAD_E, code::SYSCALL_PREAD_X, sc::PREAD64), // 17: pread64
    p(UF_USED, code::SYSCALL_PWRITE_E, code::SYSCALL_PWRITE_X, sc::PWRITE64), // 18: pwrite64
    p(UF_USED, code::SYSCALL_READV_E, code::SYSCALL_READV_X, sc::READV), // 19: readv
    p(UF_USED, code::SYSCALL_WRITEV_E, code::SYSCALL_WRITEV_X, sc::WRITEV), // 20: writev
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_ACCESS_E, code::SYSCALL_ACCESS_X, sc::ACCESS), // 21: access
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_PIPE_E, code::SYSCALL_PIPE_X, sc::PIPE), // 22: pipe
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_SELECT_E, code::SYSCALL_SELECT_X, sc::SELECT), // 23: select
    p(0, 0, 0, sc::SCHED_YIELD), // 24: sched_yield
    p(0, 0, 0, sc::MREMAP), // 25: mremap
    p(0, 0, 0, sc::MSYNC), // 26: msync
    p(0, 0, 0, sc::MINCORE), // 27: mincore
    p(0, 0, 0, sc::MADVISE), // 28: madvise
    p(0, 0, 0, sc::SHMGET), // 29: shmget
    p(0, 0, 0, sc::SHMAT), // 30: shmat
    p(0, 0, 0, sc::SHMCTL), // 31: shmctl
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_DUP_1_E, code::SYSCALL_DUP_1_X, sc::DUP), // 32: dup
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_DUP2_E, code::SYSCALL_DUP2_X, sc::DUP2), // 33: dup2
    p(0, 0, 0, sc::PAUSE), // 34: pause
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_NANOSLEEP_E, code::SYSCALL_NANOSLEEP_X, sc::NANOSLEEP), // 35: nanosleep
    p(0, 0, 0, sc::GETITIMER), // 36: getitimer
    p(0, 0, 0, sc::ALARM), // 37: alarm
    p(0, 0, 0, sc::SETITIMER), // 38: setitimer
    p(0, 0, 0, sc::GETPID), // 39: getpid
    p(UF_USED, code::SYSCALL_SENDFILE_E, code::SYSCALL_SENDFILE_X, sc::SENDFILE), // 40: sendfile
    p(UF_USED | UF_NEVER_DROP, code::SOCKET_SOCKET_E, code::SOCKET_SOCKET_X, sc::SOCKET), // 41: socket
    p(UF_USED, code::SOCKET_CONNECT_E, code::SOCKET_CONNECT_X, sc::CONNECT), // 42: connect
    p(UF_USED, code::SOCKET_ACCEPT_5_E, code::SOCKET_ACCEPT_5_X, sc::ACCEPT), // 43: accept
    p(UF_USED, code::SOCKET_SENDTO_E, code::SOCKET_SENDTO_X, sc::SENDTO), // 44: sendto
    p(UF_USED, code::SOCKET_RECVFROM_E, code::SOCKET_RECVFROM_X, sc::RECVFROM), // 45: recvfrom
    p(UF_USED, code::SOCKET_SENDMSG_E, code::SOCKET_SENDMSG_X, sc::SENDMSG), // 46: sendmsg
    p(UF_USED, code::SOCKET_RECVMSG_E, code::SOCKET_RECVMSG_X, sc::RECVMSG), // 47: recvmsg
    p(UF_USED, code::SOCKET_SHUTDOWN_E, code::SOCKET_SHUTDOWN_X, sc::SHUTDOWN), // 48: shutdown
    p(UF_USED | UF_NEVER_DROP, code::SOCKET_BIND_E, code::SOCKET_BIND_X, sc::BIND), // 49: bind
    p(UF_USED, code::SOCKET_LISTEN_E, code::SOCKET_LISTEN_X, sc::LISTEN), // 50: listen
    p(UF_USED | UF_ALWAYS_DROP, code::SOCKET_GETSOCKNAME_E, code::SOCKET_GETSOCKNAME_X, sc::GETSOCKNAME), // 51: getsockname
    p(UF_USED | UF_ALWAYS_DROP, code::SOCKET_GETPEERNAME_E, code::SOCKET_GETPEERNAME_X, sc::GETPEERNAME), // 52: getpeername
    p(UF_USED | UF_NEVER_DROP, code::SOCKET_SOCKETPAIR_E, code::SOCKET_SOCKETPAIR_X, sc::SOCKETPAIR), // 53: socketpair
    p(UF_USED, code::SOCKET_SETSOCKOPT_E, code::SOCKET_SETSOCKOPT_X, sc::SETSOCKOPT), // 54: setsockopt
    p(UF_USED, code::SOCKET_GETSOCKOPT_E, code::SOCKET_GETSOCKOPT_X, sc::GETSOCKOPT), // 55: getsockopt
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CLONE_20_E, code::SYSCALL_CLONE_20_X, sc::CLONE), // 56: clone
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_FORK_20_E, code::SYSCALL_FORK_20_X, sc::FORK), // 57: fork
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_VFORK_20_E, code::SYSCALL_VFORK_20_X, sc::VFORK), // 58: vfork
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_EXECVE_19_E, code::SYSCALL_EXECVE_19_X, sc::EXECVE), // 59: execve
    p(0, 0, 0, sc::EXIT), // 60: exit
    p(0, 0, 0, sc::WAIT4), // 61: wait4
    p(UF_USED, code::SYSCALL_KILL_E, code::SYSCALL_KILL_X, sc::KILL), // 62: kill
    p(0, 0, 0, sc::UNAME), // 63: uname
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_SEMGET_E, code::SYSCALL_SEMGET_X, sc::SEMGET), // 64: semget
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_SEMOP_E, code::SYSCALL_SEMOP_X, sc::SEMOP), // 65: semop
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_SEMCTL_E, code::SYSCALL_SEMCTL_X, sc::SEMCTL), // 66: semctl
    p(0, 0, 0, sc::SHMDT), // 67: shmdt
    p(0, 0, 0, sc::MSGGET), // 68: msgget
    p(0, 0, 0, sc::MSGSND), // 69: msgsnd
    p(0, 0, 0, sc::MSGRCV), // 70: msgrcv
    p(0, 0, 0, sc::MSGCTL), // 71: msgctl
    p(UF_USED, code::SYSCALL_FCNTL_E, code::SYSCALL_FCNTL_X, sc::FCNTL), // 72: fcntl
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_FLOCK_E, code::SYSCALL_FLOCK_X, sc::FLOCK), // 73: flock
    p(0, 0, 0, sc::FSYNC), // 74: fsync
    p(0, 0, 0, sc::FDATASYNC), // 75: fdatasync
    p(0, 0, 0, sc::TRUNCATE), // 76: truncate
    p(0, 0, 0, sc::FTRUNCATE), // 77: ftruncate
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_GETDENTS_E, code::SYSCALL_GETDENTS_X, sc::GETDENTS), // 78: getdents
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_GETCWD_E, code::SYSCALL_GETCWD_X, sc::GETCWD), // 79: getcwd
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CHDIR_E, code::SYSCALL_CHDIR_X, sc::CHDIR), // 80: chdir
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_FCHDIR_E, code::SYSCALL_FCHDIR_X, sc::FCHDIR), // 81: fchdir
    p(UF_USED, code::SYSCALL_RENAME_E, code::SYSCALL_RENAME_X, sc::RENAME), // 82: rename
    p(UF_USED, code::SYSCALL_MKDIR_2_E, code::SYSCALL_MKDIR_2_X, sc::MKDIR), // 83: mkdir
    p(UF_USED, code::SYSCALL_RMDIR_2_E, code::SYSCALL_RMDIR_2_X, sc::RMDIR), // 84: rmdir
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CREAT_E, code::SYSCALL_CREAT_X, sc::CREAT), // 85: creat
    p(UF_USED, code::SYSCALL_LINK_2_E, code::SYSCALL_LINK_2_X, sc::LINK), // 86: link
    p(UF_USED, code::SYSCALL_UNLINK_2_E, code::SYSCALL_UNLINK_2_X, sc::UNLINK), // 87: unlink
    p(UF_USED, code::SYSCALL_SYMLINK_E, code::SYSCALL_SYMLINK_X, sc::SYMLINK), // 88: symlink
    p(0, 0, 0, sc::READLINK), // 89: readlink
    p(UF_USED, code::SYSCALL_CHMOD_E, code::SYSCALL_CHMOD_X, sc::CHMOD), // 90: chmod
    p(UF_USED, code::SYSCALL_FCHMOD_E, code::SYSCALL_FCHMOD_X, sc::FCHMOD), // 91: fchmod
    p(UF_USED, code::SYSCALL_CHOWN_E, code::SYSCALL_CHOWN_X, sc::CHOWN), // 92: chown
    p(UF_USED, code::SYSCALL_FCHOWN_E, code::SYSCALL_FCHOWN_X, sc::FCHOWN), // 93: fchown
    p(UF_USED, code::SYSCALL_LCHOWN_E, code::SYSCALL_LCHOWN_X, sc::LCHOWN), // 94: lchown
    p(0, 0, 0, sc::UMASK), // 95: umask
    p(0, 0, 0, sc::GETTIMEOFDAY), // 96: gettimeofday
    p(UF_USED, code::SYSCALL_GETRLIMIT_E, code::SYSCALL_GETRLIMIT_X, sc::GETRLIMIT), // 97: getrlimit
    p(0, 0, 0, sc::GETRUSAGE), // 98: getrusage
    p(0, 0, 0, sc::SYSINFO), // 99: sysinfo
    p(0, 0, 0, sc::TIMES), // 100: times
    p(UF_USED, code::SYSCALL_PTRACE_E, code::SYSCALL_PTRACE_X, sc::PTRACE), // 101: ptrace
    p(UF_USED, code::SYSCALL_GETUID_E, code::SYSCALL_GETUID_X, sc::GETUID), // 102: getuid
    p(0, 0, 0, sc::SYSLOG), // 103: syslog
    p(UF_USED, code::SYSCALL_GETGID_E, code::SYSCALL_GETGID_X, sc::GETGID), // 104: getgid
    p(UF_USED, code::SYSCALL_SETUID_E, code::SYSCALL_SETUID_X, sc::SETUID), // 105: setuid
    p(UF_USED, code::SYSCALL_SETGID_E, code::SYSCALL_SETGID_X, sc::SETGID), // 106: setgid
    p(UF_USED, code::SYSCALL_GETEUID_E, code::SYSCALL_GETEUID_X, sc::GETEUID), // 107: geteuid
    p(UF_USED, code::SYSCALL_GETEGID_E, code::SYSCALL_GETEGID_X, sc::GETEGID), // 108: getegid
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_SETPGID_E, code::SYSCALL_SETPGID_X, sc::SETPGID), // 109: setpgid
    p(0, 0, 0, sc::GETPPID), // 110: getppid
    p(0, 0, 0, sc::GETPGRP), // 111: getpgrp
    p(UF_USED, code::SYSCALL_SETSID_E, code::SYSCALL_SETSID_X, sc::SETSID), // 112: setsid
    p(UF_USED, code::SYSCALL_SETREUID_E, code::SYSCALL_SETREUID_X, sc::SETREUID), // 113: setreuid
    p(UF_USED, code::SYSCALL_SETREGID_E, code::SYSCALL_SETREGID_X, sc::SETREGID), // 114: setregid
    p(0, 0, 0, sc::GETGROUPS), // 115: getgroups
    p(0, 0, 0, sc::SETGROUPS), // 116: setgroups
    p(UF_USED, code::SYSCALL_SETRESUID_E, code::SYSCALL_SETRESUID_X, sc::SETRESUID), // 117: setresuid
    p(UF_USED, code::SYSCALL_GETRESUID_E, code::SYSCALL_GETRESUID_X, sc::GETRESUID), // 118: getresuid
    p(UF_USED, code::SYSCALL_SETRESGID_E, code::SYSCALL_SETRESGID_X, sc::SETRESGID), // 119: setresgid
    p(UF_USED, code::SYSCALL_GETRESGID_E, code::SYSCALL_GETRESGID_X, sc::GETRESGID), // 120: getresgid
    p(0, 0, 0, sc::GETPGID), // 121: getpgid
    p(0, 0, 0, sc::SETFSUID), // 122: setfsuid
    p(0, 0, 0, sc::SETFSGID), // 123: setfsgid
    p(0, 0, 0, sc::GETSID), // 124: getsid
    p(0, 0, 0, sc::CAPGET), // 125: capget
    p(UF_USED, code::SYSCALL_CAPSET_E, code::SYSCALL_CAPSET_X, sc::CAPSET), // 126: capset
    p(0, 0, 0, sc::RT_SIGPENDING), // 127: rt_sigpending
    p(0, 0, 0, sc::RT_SIGTIMEDWAIT), // 128: rt_sigtimedwait
    p(0, 0, 0, sc::RT_SIGQUEUEINFO), // 129: rt_sigqueueinfo
    p(0, 0, 0, sc::RT_SIGSUSPEND), // 130: rt_sigsuspend
    p(0, 0, 0, sc::SIGALTSTACK), // 131: sigaltstack
    p(0, 0, 0, sc::UTIME), // 132: utime
    p(UF_USED, code::SYSCALL_MKNOD_E, code::SYSCALL_MKNOD_X, sc::MKNOD), // 133: mknod
    NONE, // 134
    p(0, 0, 0, sc::PERSONALITY), // 135: personality
    p(0, 0, 0, sc::USTAT), // 136: ustat
    p(0, 0, 0, sc::STATFS), // 137: statfs
    p(0, 0, 0, sc::FSTATFS), // 138: fstatfs
    p(0, 0, 0, sc::SYSFS), // 139: sysfs
    p(0, 0, 0, sc::GETPRIORITY), // 140: getpriority
    p(0, 0, 0, sc::SETPRIORITY), // 141: setpriority
    p(0, 0, 0, sc::SCHED_SETPARAM), // 142: sched_setparam
    p(0, 0, 0, sc::SCHED_GETPARAM), // 143: sched_getparam
    p(0, 0, 0, sc::SCHED_SETSCHEDULER), // 144: sched_setscheduler
    p(0, 0, 0, sc::SCHED_GETSCHEDULER), // 145: sched_getscheduler
    p(0, 0, 0, sc::SCHED_GET_PRIORITY_MAX), // 146: sched_get_priority_max
    p(0, 0, 0, sc::SCHED_GET_PRIORITY_MIN), // 147: sched_get_priority_min
    p(0, 0, 0, sc::SCHED_RR_GET_INTERVAL), // 148: sched_rr_get_interval
    p(UF_USED, code::SYSCALL_MLOCK_E, code::SYSCALL_MLOCK_X, sc::MLOCK), // 149: mlock
    p(UF_USED, code::SYSCALL_MUNLOCK_E, code::SYSCALL_MUNLOCK_X, sc::MUNLOCK), // 150: munlock
    p(UF_USED, code::SYSCALL_MLOCKALL_E, code::SYSCALL_MLOCKALL_X, sc::MLOCKALL), // 151: mlockall
    p(UF_USED, code::SYSCALL_MUNLOCKALL_E, code::SYSCALL_MUNLOCKALL_X, sc::MUNLOCKALL), // 152: munlockall
    p(0, 0, 0, sc::VHANGUP), // 153: vhangup
    p(0, 0, 0, sc::MODIFY_LDT), // 154: modify_ldt
    p(0, 0, 0, sc::PIVOT_ROOT), // 155: pivot_root
    NONE, // 156
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_PRCTL_E, code::SYSCALL_PRCTL_X, sc::PRCTL), // 157: prctl
    p(0, 0, 0, sc::ARCH_PRCTL), // 158: arch_prctl
    p(0, 0, 0, sc::ADJTIMEX), // 159: adjtimex
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_SETRLIMIT_E, code::SYSCALL_SETRLIMIT_X, sc::SETRLIMIT), // 160: setrlimit
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CHROOT_E, code::SYSCALL_CHROOT_X, sc::CHROOT), // 161: chroot
    p(0, 0, 0, sc::SYNC), // 162: sync
    p(0, 0, 0, sc::ACCT), // 163: acct
    p(0, 0, 0, sc::SETTIMEOFDAY), // 164: settimeofday
    p(UF_USED, code::SYSCALL_MOUNT_E, code::SYSCALL_MOUNT_X, sc::MOUNT), // 165: mount
    p(UF_USED, code::SYSCALL_UMOUNT2_E, code::SYSCALL_UMOUNT2_X, sc::UMOUNT2), // 166: umount2
    p(0, 0, 0, sc::SWAPON), // 167: swapon
    p(0, 0, 0, sc::SWAPOFF), // 168: swapoff
    p(0, 0, 0, sc::REBOOT), // 169: reboot
    p(0, 0, 0, sc::SETHOSTNAME), // 170: sethostname
    p(0, 0, 0, sc::SETDOMAINNAME), // 171: setdomainname
    p(0, 0, 0, sc::IOPL), // 172: iopl
    p(0, 0, 0, sc::IOPERM), // 173: ioperm
    NONE, // 174
    p(UF_USED, code::SYSCALL_INIT_MODULE_E, code::SYSCALL_INIT_MODULE_X, sc::INIT_MODULE), // 175: init_module
    p(UF_USED, code::SYSCALL_DELETE_MODULE_E, code::SYSCALL_DELETE_MODULE_X, sc::DELETE_MODULE), // 176: delete_module
    NONE, // 177
    NONE, // 178
    p(UF_USED, code::SYSCALL_QUOTACTL_E, code::SYSCALL_QUOTACTL_X, sc::QUOTACTL), // 179: quotactl
    NONE, // 180
    NONE, // 181
    NONE, // 182
    NONE, // 183
    NONE, // 184
    NONE, // 185
    p(0, 0, 0, sc::GETTID), // 186: gettid
    p(0, 0, 0, sc::READAHEAD), // 187: readahead
    p(0, 0, 0, sc::SETXATTR), // 188: setxattr
    p(0, 0, 0, sc::LSETXATTR), // 189: lsetxattr
    p(0, 0, 0, sc::FSETXATTR), // 190: fsetxattr
    p(0, 0, 0, sc::GETXATTR), // 191: getxattr
    p(0, 0, 0, sc::LGETXATTR), // 192: lgetxattr
    p(0, 0, 0, sc::FGETXATTR), // 193: fgetxattr
    p(0, 0, 0, sc::LISTXATTR), // 194: listxattr
    p(0, 0, 0, sc::LLISTXATTR), // 195: llistxattr
    p(0, 0, 0, sc::FLISTXATTR), // 196: flistxattr
    p(0, 0, 0, sc::REMOVEXATTR), // 197: removexattr
    p(0, 0, 0, sc::LREMOVEXATTR), // 198: lremovexattr
    p(0, 0, 0, sc::FREMOVEXATTR), // 199: fremovexattr
    p(UF_USED, code::SYSCALL_TKILL_E, code::SYSCALL_TKILL_X, sc::TKILL), // 200: tkill
    p(0, 0, 0, sc::TIME), // 201: time
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_FUTEX_E, code::SYSCALL_FUTEX_X, sc::FUTEX), // 202: futex
    p(0, 0, 0, sc::SCHED_SETAFFINITY), // 203: sched_setaffinity
    p(0, 0, 0, sc::SCHED_GETAFFINITY), // 204: sched_getaffinity
    p(0, 0, 0, sc::SET_THREAD_AREA), // 205: set_thread_area
    p(0, 0, 0, sc::IO_SETUP), // 206: io_setup
    p(0, 0, 0, sc::IO_DESTROY), // 207: io_destroy
    p(0, 0, 0, sc::IO_GETEVENTS), // 208: io_getevents
    p(0, 0, 0, sc::IO_SUBMIT), // 209: io_submit
    p(0, 0, 0, sc::IO_CANCEL), // 210: io_cancel
    p(0, 0, 0, sc::GET_THREAD_AREA), // 211: get_thread_area
    p(0, 0, 0, sc::LOOKUP_DCOOKIE), // 212: lookup_dcookie
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_EPOLL_CREATE_E, code::SYSCALL_EPOLL_CREATE_X, sc::EPOLL_CREATE), // 213: epoll_create
    p(0, 0, 0, sc::EPOLL_CTL_OLD), // 214: epoll_ctl_old
    p(0, 0, 0, sc::EPOLL_WAIT_OLD), // 215: epoll_wait_old
    p(0, 0, 0, sc::REMAP_FILE_PAGES), // 216: remap_file_pages
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_GETDENTS64_E, code::SYSCALL_GETDENTS64_X, sc::GETDENTS64), // 217: getdents64
    p(0, 0, 0, sc::SET_TID_ADDRESS), // 218: set_tid_address
    p(0, 0, 0, sc::RESTART_SYSCALL), // 219: restart_syscall
    p(0, 0, 0, sc::SEMTIMEDOP), // 220: semtimedop
    p(0, 0, 0, sc::FADVISE64), // 221: fadvise64
    p(0, 0, 0, sc::TIMER_CREATE), // 222: timer_create
    p(0, 0, 0, sc::TIMER_SETTIME), // 223: timer_settime
    p(0, 0, 0, sc::TIMER_GETTIME), // 224: timer_gettime
    p(0, 0, 0, sc::TIMER_GETOVERRUN), // 225: timer_getoverrun
    p(0, 0, 0, sc::TIMER_DELETE), // 226: timer_delete
    p(0, 0, 0, sc::CLOCK_SETTIME), // 227: clock_settime
    p(0, 0, 0, sc::CLOCK_GETTIME), // 228: clock_gettime
    p(0, 0, 0, sc::CLOCK_GETRES), // 229: clock_getres
    p(0, 0, 0, sc::CLOCK_NANOSLEEP), // 230: clock_nanosleep
    p(0, 0, 0, sc::EXIT_GROUP), // 231: exit_group
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_EPOLLWAIT_E, code::SYSCALL_EPOLLWAIT_X, sc::EPOLL_WAIT), // 232: epoll_wait
    p(0, 0, 0, sc::EPOLL_CTL), // 233: epoll_ctl
    p(UF_USED, code::SYSCALL_TGKILL_E, code::SYSCALL_TGKILL_X, sc::TGKILL), // 234: tgkill
    p(0, 0, 0, sc::UTIMES), // 235: utimes
    NONE, // 236
    p(0, 0, 0, sc::MBIND), // 237: mbind
    p(0, 0, 0, sc::SET_MEMPOLICY), // 238: set_mempolicy
    p(0, 0, 0, sc::GET_MEMPOLICY), // 239: get_mempolicy
    p(0, 0, 0, sc::MQ_OPEN), // 240: mq_open
    p(0, 0, 0, sc::MQ_UNLINK), // 241: mq_unlink
    p(0, 0, 0, sc::MQ_TIMEDSEND), // 242: mq_timedsend
    p(0, 0, 0, sc::MQ_TIMEDRECEIVE), // 243: mq_timedreceive
    p(0, 0, 0, sc::MQ_NOTIFY), // 244: mq_notify
    p(0, 0, 0, sc::MQ_GETSETATTR), // 245: mq_getsetattr
    p(0, 0, 0, sc::KEXEC_LOAD), // 246: kexec_load
    p(0, 0, 0, sc::WAITID), // 247: waitid
    p(0, 0, 0, sc::ADD_KEY), // 248: add_key
    p(0, 0, 0, sc::REQUEST_KEY), // 249: request_key
    p(UF_USED, code::SYSCALL_KEYCTL_E, code::SYSCALL_KEYCTL_X, sc::KEYCTL), // 250: keyctl
    p(0, 0, 0, sc::IOPRIO_SET), // 251: ioprio_set
    p(0, 0, 0, sc::IOPRIO_GET), // 252: ioprio_get
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_INOTIFY_INIT_E, code::SYSCALL_INOTIFY_INIT_X, sc::INOTIFY_INIT), // 253: inotify_init
    p(0, 0, 0, sc::INOTIFY_ADD_WATCH), // 254: inotify_add_watch
    p(0, 0, 0, sc::INOTIFY_RM_WATCH), // 255: inotify_rm_watch
    p(0, 0, 0, sc::MIGRATE_PAGES), // 256: migrate_pages
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_OPENAT_2_E, code::SYSCALL_OPENAT_2_X, sc::OPENAT), // 257: openat
    p(UF_USED, code::SYSCALL_MKDIRAT_E, code::SYSCALL_MKDIRAT_X, sc::MKDIRAT), // 258: mkdirat
    p(UF_USED, code::SYSCALL_MKNODAT_E, code::SYSCALL_MKNODAT_X, sc::MKNODAT), // 259: mknodat
    p(UF_USED, code::SYSCALL_FCHOWNAT_E, code::SYSCALL_FCHOWNAT_X, sc::FCHOWNAT), // 260: fchownat
    p(0, 0, 0, sc::FUTIMESAT), // 261: futimesat
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_NEWFSTATAT_E, code::SYSCALL_NEWFSTATAT_X, sc::NEWFSTATAT), // 262: newfstatat
    p(UF_USED, code::SYSCALL_UNLINKAT_2_E, code::SYSCALL_UNLINKAT_2_X, sc::UNLINKAT), // 263: unlinkat
    p(UF_USED, code::SYSCALL_RENAMEAT_E, code::SYSCALL_RENAMEAT_X, sc::RENAMEAT), // 264: renameat
    p(UF_USED, code::SYSCALL_LINKAT_2_E, code::SYSCALL_LINKAT_2_X, sc::LINKAT), // 265: linkat
    p(UF_USED, code::SYSCALL_SYMLINKAT_E, code::SYSCALL_SYMLINKAT_X, sc::SYMLINKAT), // 266: symlinkat
    p(0, 0, 0, sc::READLINKAT), // 267: readlinkat
    p(UF_USED, code::SYSCALL_FCHMODAT_E, code::SYSCALL_FCHMODAT_X, sc::FCHMODAT), // 268: fchmodat
    p(0, 0, 0, sc::FACCESSAT), // 269: faccessat
    p(0, 0, 0, sc::PSELECT6), // 270: pselect6
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_PPOLL_E, code::SYSCALL_PPOLL_X, sc::PPOLL), // 271: ppoll
    p(UF_USED | UF_ALWAYS_DROP, code::SYSCALL_UNSHARE_E, code::SYSCALL_UNSHARE_X, sc::UNSHARE), // 272: unshare
    p(0, 0, 0, sc::SET_ROBUST_LIST), // 273: set_robust_list
    p(0, 0, 0, sc::GET_ROBUST_LIST), // 274: get_robust_list
    p(UF_USED, code::SYSCALL_SPLICE_E, code::SYSCALL_SPLICE_X, sc::SPLICE), // 275: splice
    p(0, 0, 0, sc::TEE), // 276: tee
    p(0, 0, 0, sc::SYNC_FILE_RANGE), // 277: sync_file_range
    p(0, 0, 0, sc::VMSPLICE), // 278: vmsplice
    p(0, 0, 0, sc::MOVE_PAGES), // 279: move_pages
    p(0, 0, 0, sc::UTIMENSAT), // 280: utimensat
    p(0, 0, 0, sc::EPOLL_PWAIT), // 281: epoll_pwait
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_SIGNALFD_E, code::SYSCALL_SIGNALFD_X, sc::SIGNALFD), // 282: signalfd
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_TIMERFD_CREATE_E, code::SYSCALL_TIMERFD_CREATE_X, sc::TIMERFD_CREATE), // 283: timerfd_create
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_EVENTFD_E, code::SYSCALL_EVENTFD_X, sc::EVENTFD), // 284: eventfd
    p(0, 0, 0, sc::FALLOCATE), // 285: fallocate
    p(0, 0, 0, sc::TIMERFD_SETTIME), // 286: timerfd_settime
    p(0, 0, 0, sc::TIMERFD_GETTIME), // 287: timerfd_gettime
    p(UF_USED, code::SOCKET_ACCEPT4_6_E, code::SOCKET_ACCEPT4_6_X, sc::ACCEPT4), // 288: accept4
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_SIGNALFD4_E, code::SYSCALL_SIGNALFD4_X, sc::SIGNALFD4), // 289: signalfd4
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_EVENTFD2_E, code::SYSCALL_EVENTFD2_X, sc::EVENTFD2), // 290: eventfd2
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_EPOLL_CREATE1_E, code::SYSCALL_EPOLL_CREATE1_X, sc::EPOLL_CREATE1), // 291: epoll_create1
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_DUP3_E, code::SYSCALL_DUP3_X, sc::DUP3), // 292: dup3
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_PIPE2_E, code::SYSCALL_PIPE2_X, sc::PIPE2), // 293: pipe2
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_INOTIFY_INIT1_E, code::SYSCALL_INOTIFY_INIT1_X, sc::INOTIFY_INIT1), // 294: inotify_init1
    p(UF_USED, code::SYSCALL_PREADV_E, code::SYSCALL_PREADV_X, sc::PREADV), // 295: preadv
    p(UF_USED, code::SYSCALL_PWRITEV_E, code::SYSCALL_PWRITEV_X, sc::PWRITEV), // 296: pwritev
    p(0, 0, 0, sc::RT_TGSIGQUEUEINFO), // 297: rt_tgsigqueueinfo
    p(0, 0, 0, sc::PERF_EVENT_OPEN), // 298: perf_event_open
    p(UF_USED, code::SOCKET_RECVMMSG_E, code::SOCKET_RECVMMSG_X, sc::RECVMMSG), // 299: recvmmsg
    p(0, 0, 0, sc::FANOTIFY_INIT), // 300: fanotify_init
    p(0, 0, 0, sc::FANOTIFY_MARK), // 301: fanotify_mark
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_PRLIMIT_E, code::SYSCALL_PRLIMIT_X, sc::PRLIMIT64), // 302: prlimit64
    p(0, 0, 0, sc::NAME_TO_HANDLE_AT), // 303: name_to_handle_at
    p(UF_USED, code::SYSCALL_OPEN_BY_HANDLE_AT_E, code::SYSCALL_OPEN_BY_HANDLE_AT_X, sc::OPEN_BY_HANDLE_AT), // 304: open_by_handle_at
    p(0, 0, 0, sc::CLOCK_ADJTIME), // 305: clock_adjtime
    p(0, 0, 0, sc::SYNCFS), // 306: syncfs
    p(UF_USED, code::SOCKET_SENDMMSG_E, code::SOCKET_SENDMMSG_X, sc::SENDMMSG), // 307: sendmmsg
    p(UF_USED, code::SYSCALL_SETNS_E, code::SYSCALL_SETNS_X, sc::SETNS), // 308: setns
    p(0, 0, 0, sc::GETCPU), // 309: getcpu
    p(UF_USED, code::SYSCALL_PROCESS_VM_READV_E, code::SYSCALL_PROCESS_VM_READV_X, sc::PROCESS_VM_READV), // 310: process_vm_readv
    p(UF_USED, code::SYSCALL_PROCESS_VM_WRITEV_E, code::SYSCALL_PROCESS_VM_WRITEV_X, sc::PROCESS_VM_WRITEV), // 311: process_vm_writev
    p(0, 0, 0, sc::KCMP), // 312: kcmp
    p(UF_USED, code::SYSCALL_FINIT_MODULE_E, code::SYSCALL_FINIT_MODULE_X, sc::FINIT_MODULE), // 313: finit_module
    p(0, 0, 0, sc::SCHED_SETATTR), // 314: sched_setattr
    p(0, 0, 0, sc::SCHED_GETATTR), // 315: sched_getattr
    p(UF_USED, code::SYSCALL_RENAMEAT2_E, code::SYSCALL_RENAMEAT2_X, sc::RENAMEAT2), // 316: renameat2
    p(UF_USED, code::SYSCALL_SECCOMP_E, code::SYSCALL_SECCOMP_X, sc::SECCOMP), // 317: seccomp
    p(0, 0, 0, sc::GETRANDOM), // 318: getrandom
    p(UF_USED, code::SYSCALL_MEMFD_CREATE_E, code::SYSCALL_MEMFD_CREATE_X, sc::MEMFD_CREATE), // 319: memfd_create
    p(0, 0, 0, sc::KEXEC_FILE_LOAD), // 320: kexec_file_load
    p(UF_USED, code::SYSCALL_BPF_2_E, code::SYSCALL_BPF_2_X, sc::BPF), // 321: bpf
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_EXECVEAT_E, code::SYSCALL_EXECVEAT_X, sc::EXECVEAT), // 322: execveat
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_USERFAULTFD_E, code::SYSCALL_USERFAULTFD_X, sc::USERFAULTFD), // 323: userfaultfd
    p(0, 0, 0, sc::MEMBARRIER), // 324: membarrier
    p(UF_USED, code::SYSCALL_MLOCK2_E, code::SYSCALL_MLOCK2_X, sc::MLOCK2), // 325: mlock2
    p(UF_USED, code::SYSCALL_COPY_FILE_RANGE_E, code::SYSCALL_COPY_FILE_RANGE_X, sc::COPY_FILE_RANGE), // 326: copy_file_range
    p(0, 0, 0, sc::PREADV2), // 327: preadv2
    p(0, 0, 0, sc::PWRITEV2), // 328: pwritev2
    p(0, 0, 0, sc::PKEY_MPROTECT), // 329: pkey_mprotect
    p(0, 0, 0, sc::PKEY_ALLOC), // 330: pkey_alloc
    p(0, 0, 0, sc::PKEY_FREE), // 331: pkey_free
    p(0, 0, 0, sc::STATX), // 332: statx
    p(0, 0, 0, sc::IO_PGETEVENTS), // 333: io_pgetevents
    p(0, 0, 0, sc::RSEQ), // 334: rseq
    p(0, 0, 0, sc::URETPROBE), // 335: uretprobe
    p(0, 0, 0, sc::UPROBE), // 336: uprobe
    NONE, // 337
    NONE, // 338
    NONE, // 339
    NONE, // 340
    NONE, // 341
    NONE, // 342
    NONE, // 343
    NONE, // 344
    NONE, // 345
    NONE, // 346
    NONE, // 347
    NONE, // 348
    NONE, // 349
    NONE, // 350
    NONE, // 351
    NONE, // 352
    NONE, // 353
    NONE, // 354
    NONE, // 355
    NONE, // 356
    NONE, // 357
    NONE, // 358
    NONE, // 359
    NONE, // 360
    NONE, // 361
    NONE, // 362
    NONE, // 363
    NONE, // 364
    NONE, // 365
    NONE, // 366
    NONE, // 367
    NONE, // 368
    NONE, // 369
    NONE, // 370
    NONE, // 371
    NONE, // 372
    NONE, // 373
    NONE, // 374
    NONE, // 375
    NONE, // 376
    NONE, // 377
    NONE, // 378
    NONE, // 379
    NONE, // 380
    NONE, // 381
    NONE, // 382
    NONE, // 383
    NONE, // 384
    NONE, // 385
    NONE, // 386
    NONE, // 387
    NONE, // 388
    NONE, // 389
    NONE, // 390
    NONE, // 391
    NONE, // 392
    NONE, // 393
    NONE, // 394
    NONE, // 395
    NONE, // 396
    NONE, // 397
    NONE, // 398
    NONE, // 399
    NONE, // 400
    NONE, // 401
    NONE, // 402
    NONE, // 403
    NONE, // 404
    NONE, // 405
    NONE, // 406
    NONE, // 407
    NONE, // 408
    NONE, // 409
    NONE, // 410
    NONE, // 411
    NONE, // 412
    NONE, // 413
    NONE, // 414
    NONE, // 415
    NONE, // 416
    NONE, // 417
    NONE, // 418
    NONE, // 419
    NONE, // 420
    NONE, // 421
    NONE, // 422
    NONE, // 423
    p(0, 0, 0, sc::PIDFD_SEND_SIGNAL), // 424: pidfd_send_signal
    p(UF_USED, code::SYSCALL_IO_URING_SETUP_E, code::SYSCALL_IO_URING_SETUP_X, sc::IO_URING_SETUP), // 425: io_uring_setup
    p(UF_USED, code::SYSCALL_IO_URING_ENTER_E, code::SYSCALL_IO_URING_ENTER_X, sc::IO_URING_ENTER), // 426: io_uring_enter
    p(UF_USED, code::SYSCALL_IO_URING_REGISTER_E, code::SYSCALL_IO_URING_REGISTER_X, sc::IO_URING_REGISTER), // 427: io_uring_register
    p(0, 0, 0, sc::OPEN_TREE), // 428: open_tree
    p(0, 0, 0, sc::MOVE_MOUNT), // 429: move_mount
    p(0, 0, 0, sc::FSOPEN), // 430: fsopen
    p(UF_USED, code::SYSCALL_FSCONFIG_E, code::SYSCALL_FSCONFIG_X, sc::FSCONFIG), // 431: fsconfig
    p(0, 0, 0, sc::FSMOUNT), // 432: fsmount
    p(0, 0, 0, sc::FSPICK), // 433: fspick
    p(UF_USED, code::SYSCALL_PIDFD_OPEN_E, code::SYSCALL_PIDFD_OPEN_X, sc::PIDFD_OPEN), // 434: pidfd_open
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CLONE3_E, code::SYSCALL_CLONE3_X, sc::CLONE3), // 435: clone3
    p(UF_USED | UF_NEVER_DROP, code::SYSCALL_CLOSE_RANGE_E, code::SYSCALL_CLOSE_RANGE_X, sc::CLOSE_RANGE), // 436: close_range
    p(UF_USED, code::SYSCALL_OPENAT2_E, code::SYSCALL_OPENAT2_X, sc::OPENAT2), // 437: openat2
    p(UF_USED, code::SYSCALL_PIDFD_GETFD_E, code::SYSCALL_PIDFD_GETFD_X, sc::PIDFD_GETFD), // 438: pidfd_getfd
    p(0, 0, 0, sc::FACCESSAT2), // 439: faccessat2
    p(0, 0, 0, sc::PROCESS_MADVISE), // 440: process_madvise
    p(0, 0, 0, sc::EPOLL_PWAIT2), // 441: epoll_pwait2
    p(0, 0, 0, sc::MOUNT_SETATTR), // 442: mount_setattr
    p(0, 0, 0, sc::QUOTACTL_FD), // 443: quotactl_fd
    p(0, 0, 0, sc::LANDLOCK_CREATE_RULESET), // 444: landlock_create_ruleset
    p(0, 0, 0, sc::LANDLOCK_ADD_RULE), // 445: landlock_add_rule
    p(0, 0, 0, sc::LANDLOCK_RESTRICT_SELF), // 446: landlock_restrict_self
    p(0, 0, 0, sc::MEMFD_SECRET), // 447: memfd_secret
    p(0, 0, 0, sc::PROCESS_MRELEASE), // 448: process_mrelease
    p(0, 0, 0, sc::FUTEX_WAITV), // 449: futex_waitv
    p(0, 0, 0, sc::SET_MEMPOLICY_HOME_NODE), // 450: set_mempolicy_home_node
    p(0, 0, 0, sc::CACHESTAT), // 451: cachestat
    p(0, 0, 0, sc::FCHMODAT2), // 452: fchmodat2
    p(0, 0, 0, sc::MAP_SHADOW_STACK), // 453: map_shadow_stack
    p(0, 0, 0, sc::FUTEX_WAKE), // 454: futex_wake
    p(0, 0, 0, sc::FUTEX_WAIT), // 455: futex_wait
    p(0, 0, 0, sc::FUTEX_REQUEUE), // 456: futex_requeue
    p(0, 0, 0, sc::STATMOUNT), // 457: statmount
    p(0, 0, 0, sc::LISTMOUNT), // 458: listmount
    p(0, 0, 0, sc::LSM_GET_SELF_ATTR), // 459: lsm_get_self_attr
    p(0, 0, 0, sc::LSM_SET_SELF_ATTR), // 460: lsm_set_self_attr
    p(0, 0, 0, sc::LSM_LIST_MODULES), // 461: lsm_list_modules
    p(0, 0, 0, sc::MSEAL), // 462: mseal
    p(0, 0, 0, sc::SETXATTRAT), // 463: setxattrat
    p(0, 0, 0, sc::GETXATTRAT), // 464: getxattrat
    p(0, 0, 0, sc::LISTXATTRAT), // 465: listxattrat
    p(0, 0, 0, sc::REMOVEXATTRAT), // 466: removexattrat
    p(0, 0, 0, sc::OPEN_TREE_ATTR), // 467: open_tree_attr
    p(0, 0, 0, sc::FILE_GETATTR), // 468: file_getattr
    p(0, 0, 0, sc::FILE_SETATTR), // 469: file_setattr
    p(0, 0, 0, sc::LISTNS), // 470: listns
    p(0, 0, 0, sc::RSEQ_SLICE_YIELD), // 471: rseq_slice_yield
    NONE, // 472
    NONE, // 473
    NONE, // 474
    NONE, // 475
    NONE, // 476
    NONE, // 477
    NONE, // 478
    NONE, // 479
    NONE, // 480
    NONE, // 481
    NONE, // 482
    NONE, // 483
    NONE, // 484
    NONE, // 485
    NONE, // 486
    NONE, // 487
    NONE, // 488
    NONE, // 489
    NONE, // 490
    NONE, // 491
    NONE, // 492
    NONE, // 493
    NONE, // 494
    NONE, // 495
    NONE, // 496
    NONE, // 497
    NONE, // 498
    NONE, // 499
    NONE, // 500
    NONE, // 501
    NONE, // 502
    NONE, // 503
    NONE, // 504
    NONE, // 505
    NONE, // 506
    NONE, // 507
    NONE, // 508
    NONE, // 509
    NONE, // 510
    NONE, // 511
];

/// Native x86_64 system call numbers that have an entry, with that entry.
pub fn x86_64_syscall(nr: u32) -> Option<&'static SyscallEvtPair> {
    match X86_64_SYSCALL_TABLE.get(nr as usize) {
        Some(e) if e.ppm_sc != 0 || e.flags != 0 => Some(e),
        _ => None,
    }
}

/// The x86_64 native system call number of a `ppm_sc` code, if it has one.
pub fn x86_64_nr_of_ppm_sc(ppm_sc: u16) -> Option<u32> {
    if ppm_sc == 0 {
        return None;
    }
    X86_64_SYSCALL_TABLE
        .iter()
        .position(|e| e.ppm_sc == ppm_sc)
        .map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::super::events::event_info;
    use super::*;

    #[test]
    fn names() {
        assert_eq!(PPM_SC_NAMES.len(), PPM_SC_MAX);
        assert_eq!(ppm_sc_name(0), Some("unknown"));
        assert_eq!(ppm_sc_name(sc::OPEN), Some("open"));
        assert_eq!(ppm_sc_name(sc::EXECVE), Some("execve"));
        assert_eq!(ppm_sc_name(PPM_SC_MAX as u16), None);
        assert_eq!(PPM_SC_NAMES.iter().filter(|s| !s.is_empty()).count(), 453);
        assert_eq!(ppm_sc_name(382), None);
    }

    #[test]
    fn x86_64() {
        let e = x86_64_syscall(0).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("read"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_READ_E, code::SYSCALL_READ_X)
        );
        assert_eq!(e.flags, UF_USED);
        let e = x86_64_syscall(2).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("open"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_OPEN_E, code::SYSCALL_OPEN_X)
        );
        assert_eq!(e.flags, UF_USED | UF_NEVER_DROP);
        let e = x86_64_syscall(3).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("close"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_CLOSE_E, code::SYSCALL_CLOSE_X)
        );
        assert_eq!(e.flags, UF_USED | UF_NEVER_DROP);
        let e = x86_64_syscall(59).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("execve"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_EXECVE_19_E, code::SYSCALL_EXECVE_19_X)
        );
        assert_eq!(e.flags, UF_USED | UF_NEVER_DROP);
        let e = x86_64_syscall(56).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("clone"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_CLONE_20_E, code::SYSCALL_CLONE_20_X)
        );
        assert_eq!(e.flags, UF_USED | UF_NEVER_DROP);
        let e = x86_64_syscall(257).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("openat"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_OPENAT_2_E, code::SYSCALL_OPENAT_2_X)
        );
        assert_eq!(e.flags, UF_USED | UF_NEVER_DROP);
        let e = x86_64_syscall(322).expect("entry");
        assert_eq!(ppm_sc_name(e.ppm_sc), Some("execveat"));
        assert_eq!(
            (e.enter_event, e.exit_event),
            (code::SYSCALL_EXECVEAT_E, code::SYSCALL_EXECVEAT_X)
        );
        assert_eq!(e.flags, UF_USED | UF_NEVER_DROP);
        assert_eq!(x86_64_nr_of_ppm_sc(sc::EXECVE), Some(59));
        let n = X86_64_SYSCALL_TABLE
            .iter()
            .filter(|e| e.ppm_sc != 0)
            .count();
        assert_eq!(n, 373);
        assert_eq!(
            X86_64_SYSCALL_TABLE.iter().filter(|e| e.is_used()).count(),
            154
        );
        for e in X86_64_SYSCALL_TABLE.iter().filter(|e| e.is_used()) {
            let en = event_info(e.enter_event).expect("enter");
            let ex = event_info(e.exit_event).expect("exit");
            // Newer syscalls are exit-only: their enter slot is an unused code.
            assert!(!ex.is_unused());
            assert!(en.is_unused() || en.name == ex.name);
            assert_eq!(e.enter_event + 1, e.exit_event);
        }
    }
}
