#!/bin/sh
# The guest side of `make demo`: load falco.ko, then show a small workload's system calls live,
# as rfalco drains them from the module's rings (also written to /tmp/demo.scap).
insmod /falco.ko g_buffer_bytes_dim=1048576 || exit 1
echo "--- falco.ko loaded: $(ls /dev/falco* | tr '\n' ' ')"
(
  sleep 1
  ls / >/dev/null
  cat /proc/version >/dev/null
  sh -c 'echo hello > /tmp/greeting'
) &
echo "--- live events (sysdig's line format): ls /, cat /proc/version, a shell writing below /tmp"
/rfalco capture record -w /tmp/demo.scap --duration 3 --print 2>/tmp/record.err
wait
cat /tmp/record.err
echo "--- the capture, read back:"
/rfalco capture info /tmp/demo.scap | sed -n '1,3p;/^events:/p'
rmmod falco
echo "DEMO: DONE"
