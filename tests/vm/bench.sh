#!/bin/sh
# The guest side of `make bench-kmod`: syscall overhead with and without falco.ko capturing
# everything (a consumer draining), then the fastest storm without a drop at 8 MiB rings.
/kmod-overhead base /tmp/base
echo "clocksource: $(cat /sys/devices/system/clocksource/clocksource0/current_clocksource)"
insmod /falco.ko
/kmod-overhead capture /tmp/base
rmmod falco
echo "BENCH: DONE"
