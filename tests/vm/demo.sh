#!/bin/sh
# The guest side of `make demo`: load falco.ko, capture a small workload live, show it.
insmod /falco.ko g_buffer_bytes_dim=1048576 || exit 1
echo "--- falco.ko loaded: $(ls /dev/falco* | tr '\n' ' ')"
/rfalco capture record -w /tmp/demo.scap --duration 3 2>/tmp/record.err &
rec=$!
sleep 1
echo "--- workload: ls /, cat /proc/version, a shell writing below /tmp"
ls / >/dev/null
cat /proc/version >/dev/null
sh -c 'echo hello > /tmp/greeting'
wait $rec
cat /tmp/record.err
echo "--- what the module captured (sysdig's line format; scheduler events left out)"
/rfalco capture print /tmp/demo.scap | grep -v ' switch ' | tail -n 40
rmmod falco
echo "DEMO: DONE"
