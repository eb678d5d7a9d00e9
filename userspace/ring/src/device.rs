//! The falco.ko devices: one per possible CPU (`/dev/falco0` ...), each with its ring.

use std::fs::{File, OpenOptions};
use std::os::fd::AsFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use rustix::ioctl::{Ioctl, IoctlOutput, Opcode, ioctl};
use scap_format::abi::ring::ioctl as nr;
use scap_format::abi::version::{API_VERSION, SCHEMA_VERSION, api_version};

use crate::mapping::{DoubleMap, InfoMap, MapError};
use crate::ring::Ring;

/// Why the devices could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    /// No device could be opened at all.
    #[error("no {prefix}N device found (is falco.ko loaded?)")]
    NoDevices {
        /// The path prefix tried.
        prefix: String,
    },
    /// A device failed to open.
    #[error("{path}: {error}")]
    Open {
        /// The device.
        path: PathBuf,
        /// The error (part of the message, so not a `source` printed twice).
        error: std::io::Error,
    },
    /// [`Device::ioctl`] was asked for a request that is not one of the integer-argument
    /// ioctls.
    #[error("{path}: ioctl 0x{request:x} is not one of the module's integer-argument ioctls")]
    NotAnIntegerIoctl {
        /// The device.
        path: PathBuf,
        /// The request.
        request: u32,
    },
    /// An ioctl failed.
    #[error("{path}: ioctl 0x{request:x}: {error}")]
    Ioctl {
        /// The device.
        path: PathBuf,
        /// The request.
        request: u32,
        /// The error (part of the message, so not a `source` printed twice).
        error: rustix::io::Errno,
    },
    /// The module speaks another API or schema.
    #[error("{path}: module {what} version {found:#x}, this rfalco needs {expected:#x}")]
    Version {
        /// The device.
        path: PathBuf,
        /// "API" or "schema".
        what: &'static str,
        /// The module's.
        found: u64,
        /// Ours.
        expected: u64,
    },
    /// Mapping a ring failed.
    #[error("{path}: {error}")]
    Map {
        /// The device.
        path: PathBuf,
        /// The error (part of the message, so not a `source` printed twice).
        error: MapError,
    },
    /// The buffer size parameter is unreadable.
    #[error("reading {path}: {error}")]
    Param {
        /// The parameter file.
        path: PathBuf,
        /// The error (part of the message, so not a `source` printed twice).
        error: std::io::Error,
    },
}

/// An ioctl with no argument or an integer argument, returning the integer result.
struct IntIoctl {
    request: u32,
    arg: usize,
}

// SAFETY: `IntIoctl` is only built by `Device::ioctl` for the requests of `INTEGER_IOCTLS`: the
// falco ioctls that set something (sampling, snaplen, syscalls, tracepoints, dropfailed) read
// their argument as an integer and never dereference it, so passing an integer through the
// pointer-sized argument is sound for them. Every other request (the version and counter
// ioctls, which write through the argument, and any number the VFS might answer, such as
// FIGETBSZ) is refused before the call.
unsafe impl Ioctl for IntIoctl {
    type Output = i32;
    const IS_MUTATING: bool = false;

    fn opcode(&self) -> Opcode {
        self.request as Opcode
    }

    fn as_ptr(&mut self) -> *mut core::ffi::c_void {
        self.arg as *mut core::ffi::c_void
    }

    // SAFETY (of the trait contract): the return value is the ioctl's integer result.
    unsafe fn output_from_ptr(
        out: IoctlOutput,
        _: *mut core::ffi::c_void,
    ) -> rustix::io::Result<Self::Output> {
        Ok(out)
    }
}

/// An ioctl writing a u64 through its argument pointer.
struct U64OutIoctl {
    request: u32,
    value: u64,
}

// SAFETY: the version ioctls write exactly one u64 through the pointer they are given, which
// points at `value`.
unsafe impl Ioctl for U64OutIoctl {
    type Output = u64;
    const IS_MUTATING: bool = true;

    fn opcode(&self) -> Opcode {
        self.request as Opcode
    }

    fn as_ptr(&mut self) -> *mut core::ffi::c_void {
        (&mut self.value as *mut u64).cast()
    }

    // SAFETY (of the trait contract): reads back the u64 the ioctl wrote into `value`.
    unsafe fn output_from_ptr(
        _: IoctlOutput,
        ptr: *mut core::ffi::c_void,
    ) -> rustix::io::Result<Self::Output> {
        // SAFETY: `ptr` is `as_ptr()`'s, pointing at our u64, initialised before the call.
        Ok(unsafe { *ptr.cast::<u64>() })
    }
}

/// One opened device.
#[derive(Debug)]
pub struct Device {
    path: PathBuf,
    file: File,
    cpu: u16,
}

impl AsFd for Device {
    /// The open device, for requests [`Device::ioctl`] does not send (tests of the module's
    /// refusals).
    fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        self.file.as_fd()
    }
}

/// The requests whose argument is an integer the module never dereferences: the only ones
/// [`Device::ioctl`] sends.
const INTEGER_IOCTLS: [u32; 9] = [
    nr::DISABLE_DROPPING_MODE,
    nr::ENABLE_DROPPING_MODE,
    nr::SET_SNAPLEN,
    nr::ENABLE_SYSCALL,
    nr::DISABLE_SYSCALL,
    nr::ENABLE_TP,
    nr::DISABLE_TP,
    nr::ENABLE_DROPFAILED,
    nr::DISABLE_DROPFAILED,
];

impl Device {
    /// Runs one of the module's integer-argument ioctls (sampling, snaplen, syscalls,
    /// tracepoints, dropfailed); any other request is refused with
    /// [`DeviceError::NotAnIntegerIoctl`] without reaching the kernel, since a request that
    /// writes through its argument would write wherever that integer points.
    pub fn ioctl(&self, request: u32, arg: usize) -> Result<i32, DeviceError> {
        if !INTEGER_IOCTLS.contains(&request) {
            return Err(DeviceError::NotAnIntegerIoctl {
                path: self.path.clone(),
                request,
            });
        }
        // SAFETY: `IntIoctl` describes the falco ioctls' calling convention (see its impl).
        unsafe { ioctl(self.file.as_fd(), IntIoctl { request, arg }) }.map_err(|error| {
            DeviceError::Ioctl {
                path: self.path.clone(),
                request,
                error,
            }
        })
    }

    fn version(&self, request: u32) -> Result<u64, DeviceError> {
        // SAFETY: `U64OutIoctl` gives the ioctl a valid u64 to write.
        unsafe { ioctl(self.file.as_fd(), U64OutIoctl { request, value: 0 }) }.map_err(|error| {
            DeviceError::Ioctl {
                path: self.path.clone(),
                request,
                error,
            }
        })
    }

    /// The CPU this device's ring belongs to.
    pub fn cpu(&self) -> u16 {
        self.cpu
    }

    /// Maps this device's ring (info page and data area of `dim` bytes).
    pub fn map(&self, dim: usize) -> Result<Ring, DeviceError> {
        let map_err = |error| DeviceError::Map {
            path: self.path.clone(),
            error,
        };
        let data = DoubleMap::from_device(self.file.as_fd(), dim).map_err(map_err)?;
        let info = InfoMap::map(self.file.as_fd()).map_err(map_err)?;
        Ok(Ring::new(info, data, self.cpu))
    }
}

/// All devices of the module, one per possible CPU.
#[derive(Debug)]
pub struct DeviceSet {
    devices: Vec<Device>,
    dim: Option<usize>,
}

impl DeviceSet {
    /// Opens `{prefix}0`, `{prefix}1`, ... for every possible CPU (skipping offline ones that
    /// have no device) and checks the module's API and schema versions.
    pub fn open(prefix: &str, module: &str) -> Result<Self, DeviceError> {
        let possible = possible_cpus();
        let mut devices = Vec::new();
        for cpu in 0..possible {
            let path = PathBuf::from(format!("{prefix}{cpu}"));
            match OpenOptions::new()
                .read(true)
                .write(true)
                .custom_flags(libc_o_cloexec())
                .open(&path)
            {
                Ok(file) => devices.push(Device {
                    path,
                    file,
                    cpu: cpu as u16,
                }),
                Err(e)
                    if e.kind() == std::io::ErrorKind::NotFound
                        || e.raw_os_error() == Some(rustix::io::Errno::NODEV.raw_os_error()) => {}
                Err(error) => return Err(DeviceError::Open { path, error }),
            }
        }
        if devices.is_empty() {
            return Err(DeviceError::NoDevices {
                prefix: prefix.to_owned(),
            });
        }
        let want_api = api_version(API_VERSION.0, API_VERSION.1, API_VERSION.2);
        let want_schema = api_version(SCHEMA_VERSION.0, SCHEMA_VERSION.1, SCHEMA_VERSION.2);
        for d in &devices {
            let api = d.version(nr::GET_API_VERSION)?;
            if api >> 44 != want_api >> 44 {
                return Err(DeviceError::Version {
                    path: d.path.clone(),
                    what: "API",
                    found: api,
                    expected: want_api,
                });
            }
            let schema = d.version(nr::GET_SCHEMA_VERSION)?;
            if schema >> 44 != want_schema >> 44 {
                return Err(DeviceError::Version {
                    path: d.path.clone(),
                    what: "schema",
                    found: schema,
                    expected: want_schema,
                });
            }
        }
        let dim = buffer_bytes_dim(module)?;
        Ok(Self { devices, dim })
    }

    /// The opened devices.
    pub fn devices(&self) -> &[Device] {
        &self.devices
    }

    /// The data area size of each ring, when the module publishes it in sysfs.
    pub fn dim(&self) -> Option<usize> {
        self.dim
    }

    /// Runs an ioctl on every device.
    pub fn ioctl_all(&self, request: u32, arg: usize) -> Result<(), DeviceError> {
        for d in &self.devices {
            d.ioctl(request, arg)?;
        }
        Ok(())
    }

    /// Maps every ring. Without the size in sysfs (module parameters of Rust modules have no
    /// sysfs file), the size is found by asking the first device for `2 * dim` bytes, for each
    /// valid `dim` from 1 GiB down: the module accepts only its own size.
    pub fn map_all(&self) -> Result<Vec<Ring>, DeviceError> {
        let dim = match self.dim {
            Some(d) => d,
            None => self.probe_dim()?,
        };
        self.devices.iter().map(|d| d.map(dim)).collect()
    }

    fn probe_dim(&self) -> Result<usize, DeviceError> {
        let first = &self.devices[0];
        let page = rustix::param::page_size();
        let mut last = None;
        for shift in (0..=30).rev() {
            let dim = 1usize << shift;
            if dim <= 2 * page {
                break;
            }
            match DoubleMap::from_device(first.file.as_fd(), dim) {
                Ok(_) => return Ok(dim),
                Err(e) => last = Some(e),
            }
        }
        Err(DeviceError::Map {
            path: first.path.clone(),
            error: last.unwrap_or(MapError::BadSize(0)),
        })
    }
}

fn libc_o_cloexec() -> i32 {
    rustix::fs::OFlags::CLOEXEC.bits() as i32
}

/// Number of possible CPUs, from sysfs (`0-N` ranges), at least 1.
fn possible_cpus() -> usize {
    let s = std::fs::read_to_string("/sys/devices/system/cpu/possible").unwrap_or_default();
    s.trim()
        .split(',')
        .filter_map(|r| r.rsplit('-').next()?.parse::<usize>().ok())
        .max()
        .map_or(1, |m| m + 1)
}

/// The module's per-CPU buffer size (`/sys/module/<module>/parameters/g_buffer_bytes_dim`).
fn buffer_bytes_dim(module: &str) -> Result<Option<usize>, DeviceError> {
    let path = Path::new("/sys/module")
        .join(module)
        .join("parameters/g_buffer_bytes_dim");
    match std::fs::read_to_string(&path) {
        Ok(s) => s
            .trim()
            .parse::<usize>()
            .map(Some)
            .map_err(|e| DeviceError::Param {
                path,
                error: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(DeviceError::Param { path, error }),
    }
}
