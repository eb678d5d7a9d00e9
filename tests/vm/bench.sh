#!/bin/sh
# The guest side of `make bench-kmod`: syscall overhead with and without falco.ko capturing
# everything (a consumer draining), then the fastest storm without a drop at 8 MiB rings; then
# rfalco with its built-in rules under alerting storms (drops, syscall-to-alert latency, CPU),
# at the default 8 MiB rings and then at 1 MiB and 256 KiB; then the ring readers' two modes.
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
# Ring size: the same sensor at a paced and the unpaced storm on smaller rings (bytes per CPU),
# which must hold the backlog the sensor leaves (the --stats "kernel ts -> dequeue" age).
for dim in 262144 1048576; do
  echo "BENCH ring size: $dim bytes per CPU"
  insmod /falco.ko g_buffer_bytes_dim=$dim
  /kmod-overhead alert-storm --rfalco /rfalco --rates 2000,0
  rmmod falco
done
# Who walks the rings: reader threads pinned to their CPUs (the default) against the evaluating
# thread itself, alternated, at 8 MiB rings.
insmod /falco.ko
for round in 1 2 3; do
  for how in pinned inline; do
    echo "BENCH ring readers: $how (round $round)"
    /kmod-overhead alert-storm --rfalco /rfalco --rates 2000,0 --sensor-arg=--ring-readers=$how
  done
done
rmmod falco
echo "BENCH: DONE"
