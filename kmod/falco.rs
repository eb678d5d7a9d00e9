// SPDX-License-Identifier: GPL-2.0

//! falco.ko: captures system calls into per-CPU ring buffers in Falco's event format.
//!
//! One misc device per possible CPU (`/dev/falco0` ...) gives a consumer that CPU's ring: an
//! mmap of at most one page maps the ring info (head, tail, counters), an mmap of twice the
//! buffer size maps the data pages twice back to back, read-only. ioctls (magic `'s'`, Falco's
//! numbers) choose what is captured. Tracepoint probes on `sys_enter`, `sys_exit`,
//! `sched_process_exit`, `sched_process_fork` and `sched_process_exec` write the events.
//!
//! The event layout, codes and ring info layout come from the project's shared ABI module
//! (`scap-format/src/abi`), compiled here as it is compiled in userspace.

use kernel::prelude::*;

#[path = "../scap-format/src/abi/mod.rs"]
#[allow(dead_code, missing_docs, unreachable_pub, clippy::all)]
mod abi;
mod consumer;
mod device;
mod fillers;
mod ioctl;
mod net;
mod probes;
mod ring;
mod state;
mod task;
mod writer;

module! {
    type: Falco,
    name: "falco",
    authors: ["rfalco developers"],
    description: "Falco-compatible system call capture into per-CPU mmap'd ring buffers",
    license: "GPL",
    params: {
        g_buffer_bytes_dim: u64 {
            default: 8388608,
            description: "Bytes of each per-CPU ring's data area: a power of two, more than two pages",
        },
        max_consumers: u32 {
            default: 5,
            description: "Most processes that may consume the rings at once",
        },
    },
}

/// The loaded module.
pub struct Falco {
    // Field order is drop order: devices go first (no new opens), then the probes are
    // unregistered and waited for, then the rings are freed with the state.
    _devices: device::Devices,
    _probes: probes::Probes,
    _state: Pin<KBox<state::State>>,
}

impl kernel::Module for Falco {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let dim = *module_parameters::g_buffer_bytes_dim.value_ref();
        let page = kernel::page::PAGE_SIZE as u64;
        if !abi::ring::valid_buffer_bytes_dim(dim, page) || dim > (1 << 30) {
            pr_err!("falco: g_buffer_bytes_dim={} must be a power of two above two pages, at most 1 GiB\n", dim);
            return Err(EINVAL);
        }
        let consumers = *module_parameters::max_consumers.value_ref();
        if consumers == 0 {
            pr_err!("falco: max_consumers must be at least 1\n");
            return Err(EINVAL);
        }
        let state = state::State::new(dim as usize, consumers)?;
        let probes = probes::Probes::register(&state)?;
        let devices = device::Devices::register(state.ncpus())?;
        pr_info!(
            "falco: devices /dev/falco0..{}, rings of {} bytes per CPU for each of up to {} consumers\n",
            state.ncpus() - 1,
            dim,
            consumers
        );
        Ok(Falco { _devices: devices, _probes: probes, _state: state })
    }
}
