#!/bin/sh
# The guest side of `make soak`: rfalco live with its built-in rules for ten minutes under a
# steady workload, its rules reloaded every minute (kmod-overhead soak prints the verdict).
mkdir -p /etc && printf 'root:*:19000:0:99999:7:::\n' > /etc/shadow && chmod 600 /etc/shadow
# kmemleak (see plan.sh): forget boot's objects now, scan after the unload.
KL=/sys/kernel/debug/kmemleak
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
echo scan > $KL; echo clear > $KL
insmod /falco.ko
/kmod-overhead soak --rfalco /rfalco --secs 600
rmmod falco
sleep 6; echo scan > $KL; sleep 1; echo scan > $KL
if [ -r $KL ]; then nleak=$(grep -c '^unreferenced object' $KL); else nleak="no $KL"; fi
[ "$nleak" = 0 ] && v=PASS || v=FAIL
echo "CHECK soak_kmemleak $v unreferenced kernel objects after the soak and the unload: $nleak"
bad=$(dmesg | grep -cE 'WARNING:|BUG:|Oops|Call Trace')
echo "SOAK kernel log: $bad warnings"
