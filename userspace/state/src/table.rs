//! The state tables and their bookkeeping: threads by tid, processes (fd table, cwd) by pid,
//! users, the bound on the thread table, and the per-event view fields are read from.

use crate::idmap::IdMap;

use scap_format::reader::CaptureMetadata;

use crate::fd::Fd;
use crate::thread::{MAX_FDS, Process, Thread};
use crate::users::Users;

/// Default bound of the thread table (libsinsp's `thread_table_size`).
pub const DEFAULT_MAX_THREADS: usize = 262_144;

/// Counters of what the tables did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Threads added (seeded or created by events).
    pub threads_added: u64,
    /// Threads removed (exited or purged).
    pub threads_removed: u64,
    /// Threads not added because the table was full (of real threads).
    pub threads_dropped_full: u64,
    /// Fake entries (threads seen only in events) purged to make room in a full table.
    pub threads_purged: u64,
    /// Fds not added because their process table was full.
    pub fds_dropped_full: u64,
    /// Events of threads the table does not know.
    pub unknown_thread_events: u64,
    /// Threads removed by the purge of inactive threads ([`State::purge`]).
    pub threads_purged_inactive: u64,
}

/// Which fd the current event refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EvtFd {
    /// None found when the event was parsed.
    None,
    /// This fd of the thread's process table.
    Table(i64),
    /// The fd the event closed (kept in `State::closed`).
    Closed,
}

/// Process, fd, user and container state, updated event by event.
///
/// Call [`State::update`] with every event in order (hidden ones included); the fields and fd
/// names it then answers are those of the last event given, as libsinsp's after parsing it.
#[derive(Debug)]
pub struct State {
    pub(crate) threads: IdMap<Thread>,
    /// How many threads of the table name each tid as parent (themselves excepted): an exit
    /// looks for children to reparent here instead of scanning the table (which made the
    /// replay quadratic in the number of threads).
    pub(crate) children: IdMap<u32>,
    pub(crate) procs: IdMap<Process>,
    pub(crate) users: Users,
    pub(crate) max_threads: usize,
    pub(crate) stats: Stats,
    /// The current event's thread, when known.
    pub(crate) cur: Option<i64>,
    pub(crate) evt_fd: EvtFd,
    /// The fd the current event closed, with its number.
    pub(crate) closed: Option<(i64, Fd)>,
    /// The current event renamed its fd (`fd.name_changed`).
    pub(crate) name_changed: bool,
    /// What each event type does, and where its fd is (by type code), resolved on first
    /// sight.
    pub(crate) kinds: Vec<crate::parse::Kind>,
    /// Buffers of closed fds' names, reused for new names so that open/close cycles allocate
    /// nothing once warm (at most [`MAX_POOLED`]).
    pub(crate) bufs: Vec<Vec<u8>>,
    /// A thread whose exit was seen: removed when the next event comes (libsinsp defers it
    /// too, so the exit event itself still shows the thread).
    pub(crate) pending_remove: Option<(i64, i64)>,
    /// The machine's network interfaces.
    pub(crate) ifaces: crate::ifaces::Interfaces,
    /// Threads taken out of the table, whose buffers the next new threads reuse (at most
    /// [`MAX_SPARE`]): process churn (clone, exec, exit) allocates nothing once warm.
    pub(crate) spare_threads: Vec<Thread>,
    /// Emptied processes, whose fd tables and cwd buffers the next new processes reuse (at
    /// most [`MAX_SPARE`]).
    pub(crate) spare_procs: Vec<Process>,
    /// Where a parent's fds are copied before they go into its new child's table (kept
    /// empty, for its capacity).
    pub(crate) fd_copies: Vec<(i64, Fd)>,
}

impl State {
    /// Empty tables with the default thread bound.
    pub fn new() -> Self {
        Self::with_max_threads(DEFAULT_MAX_THREADS)
    }

    /// Empty tables holding at most `max_threads` threads.
    pub fn with_max_threads(max_threads: usize) -> Self {
        State {
            threads: IdMap::default(),
            children: IdMap::default(),
            procs: IdMap::default(),
            users: Users::default(),
            max_threads,
            stats: Stats::default(),
            cur: None,
            evt_fd: EvtFd::None,
            closed: None,
            name_changed: false,
            kinds: Vec::new(),
            bufs: Vec::new(),
            pending_remove: None,
            ifaces: crate::ifaces::Interfaces::default(),
            spare_threads: Vec::new(),
            spare_procs: Vec::new(),
            fd_copies: Vec::new(),
        }
    }

    /// Tables seeded from a capture's (or the live /proc scan's) metadata: its process list,
    /// fd lists and users.
    pub fn from_metadata(meta: &CaptureMetadata) -> Self {
        Self::from_metadata_with_max(meta, DEFAULT_MAX_THREADS)
    }

    /// [`State::from_metadata`] with at most `max_threads` threads (`falco_libs.
    /// thread_table_size`): threads of the metadata beyond the bound are not added (counted
    /// in [`Stats::threads_dropped_full`]).
    pub fn from_metadata_with_max(meta: &CaptureMetadata, max_threads: usize) -> Self {
        let mut s = Self::with_max_threads(max_threads);
        s.users = Users::from_list(&meta.users);
        s.ifaces = crate::ifaces::Interfaces::from_list(&meta.interfaces);
        for t in &meta.threads {
            let th = Thread::from_entry(t);
            let is_main = th.is_main();
            let pid = th.pid;
            if s.insert_thread(th) && is_main {
                s.procs.entry(pid).or_default().cwd = dir_with_slash(&t.cwd);
            } else if let Some(p) = s.procs.get_mut(&pid) {
                if p.cwd.is_empty() {
                    p.cwd = dir_with_slash(&t.cwd);
                }
            }
        }
        for (tid, entries) in &meta.fds {
            let tid = *tid as i64;
            let pid = s.threads.get(&tid).map_or(tid, |t| t.pid);
            // Fds of a thread the process list lacks wait under its tid for the fake entry
            // its first event creates.
            s.procs.entry(pid).or_default();
            for e in entries {
                s.add_fd(pid, e.fd, Fd::from_entry(e));
            }
        }
        s.fix_proc_sockets();
        s
    }

    /// Gives the IPv4 sockets of the fd lists their roles, as libsinsp's
    /// `fix_sockets_coming_from_proc`: a socket whose source port is a port some process
    /// listens on is the server end (its tuple is swapped to client->server); any other is a
    /// client.
    fn fix_proc_sockets(&mut self) {
        let server_ports: std::collections::HashSet<u16> = self
            .procs
            .values()
            .flat_map(|p| p.fds.values())
            .filter_map(|f| match f.net {
                crate::fd::Net::V4Server { port, .. } => Some(port),
                _ => None,
            })
            .collect();
        for p in self.procs.values_mut() {
            for f in p.fds.values_mut() {
                if let crate::fd::Net::V4 {
                    sip,
                    sport,
                    dip,
                    dport,
                    l4,
                } = f.net
                {
                    if server_ports.contains(&sport) {
                        f.net = crate::fd::Net::V4 {
                            sip: dip,
                            sport: dport,
                            dip: sip,
                            dport: sport,
                            l4,
                        };
                        f.name = f.net.connection_name().unwrap_or_default();
                        f.role = crate::fd::Role::Server;
                    } else {
                        f.role = crate::fd::Role::Client;
                    }
                }
            }
        }
    }

    /// The threads a purge of inactive threads removes at time `now` (ns), as libsinsp's
    /// periodic scan of a live table: fake entries (threads known only from their events),
    /// and threads whose last event is more than `timeout` ns old and that `alive` says are
    /// gone (live, a look at /proc). Nothing is changed: apply the list with [`State::purge`]
    /// (sharded, every table applies the one list, at the same event).
    pub fn inactive_threads(
        &self,
        now: u64,
        timeout: u64,
        mut alive: impl FnMut(&Thread) -> bool,
    ) -> Vec<i64> {
        let mut out: Vec<i64> = self
            .threads
            .values()
            .filter(|t| t.fake || (now.saturating_sub(t.last_access) > timeout && !alive(t)))
            .map(|t| t.tid)
            .collect();
        // The table's order is its hash's: sorted, the removals happen in one order everywhere.
        out.sort_unstable();
        out
    }

    /// Removes the threads of `tids` as exits do (children reparented, a main thread with
    /// live threads kept until they go), counting each one the table held.
    pub fn purge(&mut self, tids: &[i64]) {
        for &tid in tids {
            if let Some(t) = self.threads.get(&tid) {
                self.stats.threads_purged_inactive += 1;
                if t.dead {
                    self.erase(tid);
                } else {
                    self.remove_thread(tid, 0);
                }
            }
        }
    }

    /// What the tables did so far.
    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// Number of threads in the table.
    pub fn n_threads(&self) -> usize {
        self.threads.len()
    }

    /// The thread `tid`, if known.
    pub fn thread(&self, tid: i64) -> Option<&Thread> {
        self.threads.get(&tid)
    }

    /// The process `pid` (fd table, cwd), if known.
    pub fn process(&self, pid: i64) -> Option<&Process> {
        self.procs.get(&pid)
    }

    /// Adds (or replaces) a thread; `false` when the table is full.
    pub(crate) fn insert_thread(&mut self, th: Thread) -> bool {
        if !self.threads.contains_key(&th.tid) && self.threads.len() >= self.max_threads {
            self.purge_fakes();
            if self.threads.len() >= self.max_threads {
                self.stats.threads_dropped_full += 1;
                self.retire_thread(th);
                return false;
            }
        }
        let (tid, pid) = (th.tid, th.pid);
        self.link_child(th.ptid, tid);
        if let Some(old) = self.threads.insert(tid, th) {
            self.unlink_child(old.ptid, old.tid);
            if !old.dead {
                if let Some(p) = self.procs.get_mut(&old.pid) {
                    p.alive = p.alive.saturating_sub(1);
                }
            }
            self.unref_process(old.pid);
            self.retire_thread(old);
        } else {
            self.stats.threads_added += 1;
        }
        let spare = &mut self.spare_procs;
        let p = self
            .procs
            .entry(pid)
            .or_insert_with(|| spare.pop().unwrap_or_default());
        p.nthreads += 1;
        p.alive += 1;
        true
    }

    /// Takes a thread out of the table for good.
    pub(crate) fn erase(&mut self, tid: i64) {
        if let Some(t) = self.threads.remove(&tid) {
            self.unlink_child(t.ptid, t.tid);
            self.stats.threads_removed += 1;
            if !t.dead {
                if let Some(p) = self.procs.get_mut(&t.pid) {
                    p.alive = p.alive.saturating_sub(1);
                }
            }
            self.unref_process(t.pid);
            self.retire_thread(t);
        }
    }

    /// Keeps a thread taken out of the table for its buffers, up to [`MAX_SPARE`].
    fn retire_thread(&mut self, t: Thread) {
        if self.spare_threads.len() < MAX_SPARE {
            self.spare_threads.push(t);
        }
    }

    /// A thread with every field at its default, in the buffers of a retired one if any
    /// ([`Thread::recycled`]: its `args` still hold the old ones, for the caller to fill).
    pub(crate) fn new_thread(&mut self) -> Thread {
        self.spare_threads
            .pop()
            .map_or_else(Thread::default, Thread::recycled)
    }

    /// Counts thread `tid` as a child of `ptid`.
    fn link_child(&mut self, ptid: i64, tid: i64) {
        if ptid != tid {
            *self.children.entry(ptid).or_insert(0) += 1;
        }
    }

    /// Stops counting thread `tid` as a child of `ptid`.
    fn unlink_child(&mut self, ptid: i64, tid: i64) {
        if ptid == tid {
            return;
        }
        if let Some(n) = self.children.get_mut(&ptid) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.children.remove(&ptid);
            }
        }
    }

    /// Makes room in a full table: removes the fake entries (threads known only from their
    /// events; they carry no process information). A full table of real threads stays full
    /// and new threads are dropped, as libsinsp does; both are counted.
    fn purge_fakes(&mut self) {
        let fakes: Vec<i64> = self
            .threads
            .values()
            .filter(|t| t.fake)
            .map(|t| t.tid)
            .collect();
        for tid in fakes {
            self.stats.threads_purged += 1;
            self.erase(tid);
        }
    }

    fn unref_process(&mut self, pid: i64) {
        if let Some(p) = self.procs.get_mut(&pid) {
            p.nthreads = p.nthreads.saturating_sub(1);
            if p.nthreads == 0 {
                if let Some(mut p) = self.procs.remove(&pid) {
                    // Its fds' strings go to the pool, its emptied tables to the spares.
                    recycle_table(&mut self.bufs, &mut p.fds);
                    if self.spare_procs.len() < MAX_SPARE {
                        self.spare_procs.push(Process::recycled(p));
                    }
                }
            }
        }
    }

    /// An exited thread leaves the table, as libsinsp's `remove_thread`: its children go to
    /// `reaper` (the `procexit` event's, when known), else to a live thread of its process, else
    /// to the nearest ancestor process that is a child subreaper, else to no one (ptid 0). A
    /// main thread whose process still has live threads stays, dead, until the last one goes.
    pub(crate) fn remove_thread(&mut self, tid: i64, reaper: i64) {
        let Some(t) = self.threads.get_mut(&tid) else {
            return;
        };
        if t.dead {
            return;
        }
        t.dead = true;
        let (pid, is_main) = (t.pid, t.is_main());
        if let Some(p) = self.procs.get_mut(&pid) {
            p.alive = p.alive.saturating_sub(1);
        }
        if self.children.get(&tid).is_some_and(|&n| n > 0) {
            let new_parent = self.find_reaper(tid, pid, reaper);
            if let Some(r) = new_parent {
                let rpid = self.threads.get(&r).map_or(pid, |t| t.pid);
                if rpid != pid {
                    if let Some(p) = self.procs.get_mut(&rpid) {
                        p.reaper = true;
                    }
                }
            }
            let np = new_parent.unwrap_or(0);
            let mut moved = Vec::new();
            for c in self.threads.values_mut() {
                if c.ptid == tid && c.tid != tid {
                    c.ptid = np;
                    moved.push(c.tid);
                }
            }
            self.children.remove(&tid);
            for c in moved {
                self.link_child(np, c);
            }
        }
        let group_gone = self.procs.get(&pid).is_none_or(|p| p.alive == 0);
        if group_gone {
            if self.threads.get(&pid).is_some_and(|m| m.dead) {
                self.erase(pid);
            }
            self.erase(tid);
        } else if !is_main {
            self.erase(tid);
        }
    }

    /// The new parent of an exiting thread's children (libsinsp's `find_new_reaper`).
    fn find_reaper(&self, tid: i64, pid: i64, reaper: i64) -> Option<i64> {
        if reaper > 0 && reaper != tid && self.threads.get(&reaper).is_some_and(|t| !t.fake) {
            return Some(reaper);
        }
        let live_in = |p: i64| {
            self.threads
                .values()
                .filter(|t| t.pid == p && !t.dead && t.tid != tid && !t.fake)
                .map(|t| t.tid)
                .min()
        };
        if let Some(t) = live_in(pid) {
            return Some(t);
        }
        let mut seen = vec![tid];
        let mut cur = self
            .threads
            .get(&tid)
            .and_then(|t| self.threads.get(&t.ptid));
        while let Some(a) = cur {
            if seen.contains(&a.tid) {
                return None; // a loop
            }
            seen.push(a.tid);
            if self
                .procs
                .get(&a.pid)
                .is_some_and(|p| p.reaper && p.alive > 0)
            {
                if let Some(t) = live_in(a.pid) {
                    return Some(t);
                }
            }
            cur = self.threads.get(&a.ptid);
        }
        None
    }

    /// Adds an fd to process `pid`, replacing one with the same number.
    pub(crate) fn add_fd(&mut self, pid: i64, num: i64, fd: Fd) {
        let Some(p) = self.procs.get_mut(&pid) else {
            return;
        };
        if p.fds.len() >= MAX_FDS && !p.fds.contains_key(&num) {
            self.stats.fds_dropped_full += 1;
            return;
        }
        if let Some(old) = p.fds.insert(num, fd) {
            recycle_into(&mut self.bufs, old);
        }
    }

    /// An empty buffer, from the pool when it has one.
    pub(crate) fn take_buf(&mut self) -> Vec<u8> {
        self.bufs.pop().unwrap_or_default()
    }

    /// Gives a dropped fd's strings back to the pool.
    pub(crate) fn recycle(&mut self, fd: Fd) {
        recycle_into(&mut self.bufs, fd);
    }

    /// The current event's thread.
    pub(crate) fn cur_thread(&self) -> Option<&Thread> {
        self.cur.and_then(|t| self.threads.get(&t))
    }

    /// Fd `num` of thread `th`'s process.
    pub(crate) fn fd_of(&self, th: &Thread, num: i64) -> Option<&Fd> {
        self.procs.get(&th.pid)?.fds.get(&num)
    }

    /// The cwd of thread `th` (its process's).
    pub(crate) fn cwd_of(&self, th: &Thread) -> &[u8] {
        self.procs.get(&th.pid).map_or(b"", |p| p.cwd.as_slice())
    }

    /// The n-th ancestor process's main thread (1: the parent), as libsinsp's
    /// `get_ancestor_process`; 0 gives the thread's own main thread.
    pub(crate) fn ancestor<'a>(&'a self, th: &'a Thread, n: u32) -> Option<&'a Thread> {
        let mut mt = self.main_thread(th)?;
        for _ in 0..n {
            let p = self.threads.get(&mt.ptid)?;
            mt = self.main_thread(p)?;
        }
        Some(mt)
    }

    /// The main thread of `th`'s process (itself when it leads).
    pub(crate) fn main_thread<'a>(&'a self, th: &'a Thread) -> Option<&'a Thread> {
        if th.is_main() {
            Some(th)
        } else {
            self.threads.get(&th.pid)
        }
    }

    /// Visits the ancestors of `th`'s main thread (parent first), stopping at loops, as
    /// libsinsp's `traverse_parent_state`.
    pub(crate) fn for_each_ancestor<'a>(
        &'a self,
        th: &'a Thread,
        mut f: impl FnMut(&'a Thread) -> bool,
    ) {
        let Some(mt) = self.main_thread(th) else {
            return;
        };
        let mut cur = self.threads.get(&mt.ptid);
        let mut seen = 0usize;
        while let Some(t) = cur {
            if t.tid == -1 || !f(t) || t.tid == t.ptid {
                return;
            }
            seen += 1;
            if seen > self.threads.len() {
                return; // a loop
            }
            cur = self.threads.get(&t.ptid);
        }
    }
}

impl Default for State {
    fn default() -> Self {
        Self::new()
    }
}

/// A directory path ending in `/` (empty stays empty).
pub(crate) fn dir_with_slash(p: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    set_dir(&mut v, p);
    v
}

/// [`dir_with_slash`] into `dst`'s own buffer.
pub(crate) fn set_dir(dst: &mut Vec<u8>, p: &[u8]) {
    set_bytes(dst, p);
    if !dst.is_empty() && dst.last() != Some(&b'/') {
        dst.push(b'/');
    }
}

/// Most retired threads and processes kept for their buffers.
pub(crate) const MAX_SPARE: usize = 64;

/// `dst` made a copy of `src`, in its own buffer (no allocation when it is large enough).
pub(crate) fn set_bytes(dst: &mut Vec<u8>, src: &[u8]) {
    dst.clear();
    dst.extend_from_slice(src);
}

/// Most buffers the pool keeps (enough for a burst of closes; the rest are freed).
pub(crate) const MAX_POOLED: usize = 1024;

/// Gives `fd`'s strings to `pool` (cleared, capacity kept), up to [`MAX_POOLED`].
pub(crate) fn recycle_into(pool: &mut Vec<Vec<u8>>, mut fd: Fd) {
    take_strings(pool, &mut fd);
}

/// Moves `fd`'s strings to `pool`, leaving them empty (an fd being dropped in place).
pub(crate) fn take_strings(pool: &mut Vec<Vec<u8>>, fd: &mut Fd) {
    give_back(pool, std::mem::take(&mut fd.name));
    give_back(pool, std::mem::take(&mut fd.name_raw));
}

/// Empties an fd table, its fds' strings going to `pool`.
pub(crate) fn recycle_table(pool: &mut Vec<Vec<u8>>, fds: &mut IdMap<Fd>) {
    for (_, fd) in fds.drain() {
        recycle_into(pool, fd);
    }
}

/// Returns a buffer to `pool` (cleared, capacity kept), up to [`MAX_POOLED`].
pub(crate) fn give_back(pool: &mut Vec<Vec<u8>>, mut b: Vec<u8>) {
    if b.capacity() > 0 && pool.len() < MAX_POOLED {
        b.clear();
        pool.push(b);
    }
}

/// `src` copied into a buffer from `pool` (no buffer taken for an empty `src`).
pub(crate) fn pooled_copy(pool: &mut Vec<Vec<u8>>, src: &[u8]) -> Vec<u8> {
    if src.is_empty() {
        return Vec::new();
    }
    let mut b = pool.pop().unwrap_or_default();
    b.extend_from_slice(src);
    b
}

#[cfg(test)]
mod tests {
    use super::State;
    use crate::idmap::IdMap;
    use scap_format::CaptureReader;
    use std::ops::ControlFlow;

    /// The children counts, recounted from the table.
    fn recount(s: &State) -> IdMap<u32> {
        let mut m = IdMap::default();
        for t in s.threads.values().filter(|t| t.ptid != t.tid) {
            *m.entry(t.ptid).or_insert(0) += 1;
        }
        m
    }

    #[test]
    fn children_counts_follow_the_table() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/captures/");
        for cap in [
            "vm/vm_kmod0.23.2_bulk.scap.gz",
            "vm/vm_kmod0.1.1_bulk.scap.gz",
            "vm/vm_kmod0.23.2_triggers.scap",
            "libs/sample.scap",
            "falco/psp__privileged.scap",
        ] {
            let mut r = CaptureReader::open(format!("{root}{cap}")).expect("capture");
            let mut s = State::from_metadata(r.metadata());
            assert_eq!(s.children, recount(&s), "{cap}: after the metadata");
            let (mut n, mut exits) = (0u64, 0u64);
            r.for_each_event(|ev| {
                let before = s.threads.len();
                s.update(ev);
                n += 1;
                exits += u64::from(s.threads.len() < before);
                if n % 5000 == 0 {
                    assert_eq!(s.children, recount(&s), "{cap}: after event {n}");
                }
                ControlFlow::<()>::Continue(())
            })
            .expect("read");
            assert_eq!(s.children, recount(&s), "{cap}: at the end");
            assert!(
                exits > 0 || !cap.contains("bulk"),
                "{cap}: no thread left the table"
            );
        }
    }

    /// The state after the whole 0.1.1 bulk capture, and its last event's timestamp.
    fn after_bulk() -> (State, u64) {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/captures/");
        let mut r =
            CaptureReader::open(format!("{root}vm/vm_kmod0.1.1_bulk.scap.gz")).expect("capture");
        let mut s = State::from_metadata(r.metadata());
        let mut last = 0;
        r.for_each_event(|ev| {
            s.update(ev);
            last = ev.ts();
            ControlFlow::<()>::Continue(())
        })
        .expect("read");
        (s, last)
    }

    #[test]
    fn purge_of_inactive_threads_takes_fakes_and_the_idle_dead() {
        let (mut s, last) = after_bulk();
        // The scan comes 10 s after the capture's last event.
        let now = last + 10_000_000_000;
        // Fake entries, as events of threads no process list names make them.
        for tid in [999_001, 999_002] {
            s.insert_thread(crate::thread::Thread::fake(tid));
        }
        let fakes: Vec<i64> = s
            .threads
            .values()
            .filter(|t| t.fake)
            .map(|t| t.tid)
            .collect();
        // Every thread alive and none idle long enough: the fakes only, in tid order.
        let mut want = fakes.clone();
        want.sort_unstable();
        assert_eq!(s.inactive_threads(now, u64::MAX, |_| true), want);
        // Idle for over 1 s and gone by `alive`'s word: those too, and no live one.
        let second = 1_000_000_000;
        let alive = |t: &crate::thread::Thread| t.pid % 2 == 0;
        let list = s.inactive_threads(now, second, alive);
        for tid in &list {
            let t = &s.threads[tid];
            assert!(
                t.fake || (now - t.last_access > second && !alive(t)),
                "tid {tid}"
            );
        }
        let idle = s
            .threads
            .values()
            .filter(|t| !t.fake && now - t.last_access > second && !alive(t))
            .count();
        assert!(idle > 0, "some threads idle and gone");
        assert_eq!(list.len(), fakes.len() + idle);
        let (before, removed) = (s.threads.len(), s.stats.threads_removed);
        s.purge(&list);
        assert_eq!(s.stats.threads_purged_inactive, list.len() as u64);
        assert!(s.threads.len() < before && s.stats.threads_removed > removed);
        assert!(s.threads.values().all(|t| !t.fake));
        assert_eq!(s.children, recount(&s), "children counts after the purge");
        // Tids it no longer holds are skipped and not counted.
        s.purge(&list);
        assert_eq!(s.stats.threads_purged_inactive, list.len() as u64);
    }

    #[test]
    fn a_bounded_table_seeds_no_more_than_its_bound() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/captures/");
        let r = CaptureReader::open(format!("{root}libs/sample.scap")).expect("capture");
        let all = State::from_metadata(r.metadata()).n_threads();
        let s = State::from_metadata_with_max(r.metadata(), 3);
        assert!(all > 3);
        assert_eq!(s.n_threads(), 3);
        assert_eq!(s.stats().threads_dropped_full as usize, all - 3);
    }
}
