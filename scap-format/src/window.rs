//! The read-ahead window of a streamed capture: bytes read from the stream and not yet handed
//! out, `data[start..end]`. Blocks are handed out in place (no copy into a block buffer); the
//! window only moves its unread tail to the front when the tail no longer fits behind it.

use std::io::{self, Read};

/// How much one read may bring at most (the window grows past it only for a larger block).
const READ_AHEAD: usize = 1 << 18;

/// See the module documentation.
#[derive(Debug, Default)]
pub(crate) struct Window {
    data: Vec<u8>,
    start: usize,
    end: usize,
}

impl Window {
    /// The buffer the window's offsets index.
    #[inline]
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// Offset of the first unread byte in [`Window::data`].
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// The unread bytes.
    #[inline]
    pub fn unread(&self) -> &[u8] {
        &self.data[self.start..self.end]
    }

    /// Marks `n` unread bytes as handed out.
    #[inline]
    pub fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.end);
    }

    /// One read from `r`, after making room for `want` unread bytes in all; returns the bytes
    /// read, 0 at the end of the input.
    pub fn read_more(&mut self, r: &mut dyn Read, want: usize) -> io::Result<usize> {
        if self.data.len() - self.start < want || self.end == self.data.len() {
            self.data.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            let size = want.max(READ_AHEAD);
            if self.data.len() < size {
                self.data.resize(size, 0);
            }
        }
        loop {
            match r.read(&mut self.data[self.end..]) {
                Ok(k) => {
                    self.end += k;
                    return Ok(k);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Reads until `n` bytes are unread or the input ends; returns how many of the `n` are.
    pub fn fill(&mut self, r: &mut dyn Read, n: usize) -> io::Result<usize> {
        while self.end - self.start < n {
            if self.read_more(r, n)? == 0 {
                break;
            }
        }
        Ok((self.end - self.start).min(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out at most `step` bytes a read.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn fills_across_short_reads_and_keeps_the_tail_when_it_moves() {
        let input: Vec<u8> = (0..=255u8).cycle().take(3 * READ_AHEAD + 17).collect();
        let mut r = Trickle {
            data: &input,
            step: 1000,
        };
        let mut w = Window::default();
        let mut out = Vec::new();
        // Odd-sized pieces, one larger than the read-ahead, so the tail moves and the window grows.
        for n in [7usize, READ_AHEAD + 5, 3, 40_000].iter().cycle() {
            let got = w.fill(&mut r, *n).expect("reads");
            out.extend_from_slice(&w.unread()[..got]);
            w.consume(got);
            if got < *n {
                break;
            }
        }
        assert_eq!(out, input);
        assert_eq!(w.fill(&mut r, 1).expect("end"), 0);
    }
}
