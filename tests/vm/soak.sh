#!/bin/sh
# The guest side of `make soak`: rfalco live with its built-in rules for ten minutes under a
# steady workload, its rules reloaded every minute (kmod-overhead soak prints the verdict).
mkdir -p /etc && printf 'root:*:19000:0:99999:7:::\n' > /etc/shadow && chmod 600 /etc/shadow
insmod /falco.ko
/kmod-overhead soak --rfalco /rfalco --secs 600
rmmod falco
bad=$(dmesg | grep -cE 'WARNING:|BUG:|Oops|Call Trace')
echo "SOAK kernel log: $bad warnings"
