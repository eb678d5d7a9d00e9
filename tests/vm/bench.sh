#!/bin/sh
# The guest side of `make bench-kmod`: syscall overhead with and without falco.ko capturing
# everything (a consumer draining), then the fastest storm without a drop at 8 MiB rings; then
# rfalco with its built-in rules under alerting storms (drops, syscall-to-alert latency, CPU).
/kmod-overhead base /tmp/base
echo "clocksource: $(cat /sys/devices/system/clocksource/clocksource0/current_clocksource)"
insmod /falco.ko
/kmod-overhead capture /tmp/base
rmmod falco
# The sensor itself: alerting reads at rising rates, latency and CPU use.
mkdir -p /etc && printf 'root:*:19000:0:99999:7:::\n' > /etc/shadow && chmod 600 /etc/shadow
insmod /falco.ko
/kmod-overhead alert-storm --rfalco /rfalco
rmmod falco
echo "BENCH: DONE"
