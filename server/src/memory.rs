//! Keeps memory bounded under load. Each Argon2id hash works in a 19 MiB
//! block. glibc raises its mmap threshold after the first such block is
//! freed, so later blocks come from per-thread heaps and stay there: with
//! many blocking threads the process held over a gigabyte after a burst of
//! resets (bench/reset.sh). A fixed threshold sends every large block back
//! to the system when it is freed. It sits well above what a request
//! allocates (at 128 KiB, page rendering ran 6.5 times slower), and the
//! heap is trimmed only past a generous top, for the same reason.

/// Allocations above this size are mapped and unmapped on their own.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 4 * 1024 * 1024;
/// Free memory at the top of a heap is returned beyond this size.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_THRESHOLD: libc::c_int = 32 * 1024 * 1024;

/// Call once, first thing in `main`, before any thread starts.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn return_large_blocks_to_the_system() {
    // SAFETY: mallopt only tunes the allocator; it is called before any
    // other thread exists, so nothing allocates concurrently.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
    }
}

/// Other allocators need no help.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn return_large_blocks_to_the_system() {}
