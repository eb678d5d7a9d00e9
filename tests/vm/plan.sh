#!/bin/sh
# The guest side of `make vm-test`: load falco.ko, record live with rfalco, check what arrived.
# Prints `CHECK <name> PASS|FAIL <detail>` lines and `VM-TEST: PASS` when all passed.
fails=0
check() { # name, condition-exit-status, detail
  if [ "$2" = 0 ]; then echo "CHECK $1 PASS $3"; else echo "CHECK $1 FAIL $3"; fails=$((fails+1)); fi
}
ncpu=$(grep -c ^processor /proc/cpuinfo)
# kmemleak (the test kernel has it, scanning only on request): forget what boot left behind, so
# that the scan at the end reports only what this plan's loads, captures and unloads leaked.
KL=/sys/kernel/debug/kmemleak
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
[ -w $KL ] && echo scan > $KL && echo clear > $KL

insmod /falco.ko g_buffer_bytes_dim=12288 2>/dev/null; r=$?
[ $r != 0 ]; check reject_bad_buffer_size $? "insmod rc=$r"
insmod /falco.ko g_buffer_bytes_dim=1048576; check load $? ""
ndev=$(ls /dev/falco* 2>/dev/null | wc -l)
[ "$ndev" = "$ncpu" ]; check one_device_per_cpu $? "devices=$ndev cpus=$ncpu"
mkdir -p /etc && printf 'root:*:19000:0:99999:7:::\n' > /etc/shadow && chmod 600 /etc/shadow
/falco-check; check falco_check $? "versions, bad ioctls/mmaps, EBUSY, exact events, drop accounting"

# Live capture while 200 short processes run.
/rfalco capture record -w /tmp/live.scap --no-compress --duration 120 2>/tmp/record.err &
rec=$!
# Started once it says so (the /proc scan takes a while on a loaded host).
i=0; while ! grep -q '^rfalco: recording to' /tmp/record.err && [ $i -lt 60 ]; do sleep 1; i=$((i+1)); done
i=0; while [ $i -lt 200 ]; do cat /proc/version >/dev/null; i=$((i+1)); done
# Stopped once the 200 processes are done (a loaded host makes them slow), as an operator would.
sleep 1; kill -INT $rec
wait $rec; check record $? "$(tail -1 /tmp/record.err)"
cat /tmp/record.err
set -- $(sed -n 's/^total: \([0-9]*\) events seen by the module, \([0-9]*\) dropped, \([0-9]*\) written.*/\1 \2 \3/p' /tmp/record.err)
seen=${1:-0}; dropped=${2:-0}; written=${3:-0}
[ "$written" -gt 0 ] && [ "$seen" = $((dropped + written)) ]
check accounting $? "seen=$seen dropped=$dropped written=$written"
exits=$(/rfalco capture print -p '%evt.type' /tmp/live.scap | grep -c '^procexit$')
[ "$exits" -ge 200 ]; check procexit_events $? "procexit=$exits (>= 200 cat processes)"
/rfalco capture info /tmp/live.scap | sed -n '/events per type/,$p' | head -20
# Every cat opens /proc/version: 200 openat exits at least, from the cat processes.
opens=$(/rfalco capture print -p '%evt.type' /tmp/live.scap | grep -c '^openat$')
[ "$opens" -ge 200 ]; check generic_syscall_events $? "openat=$opens"

# What was printed live, decoded from the rings, is what the written capture reads back as.
F='%evt.num %evt.rawtime %evt.cpu %thread.tid %evt.dir %evt.type %evt.args'
/rfalco capture record -w /tmp/same.scap --duration 3 --print -p "$F" >/tmp/live.txt 2>/tmp/same.err &
rec=$!
sleep 1
i=0; while [ $i -lt 50 ]; do ls /etc >/dev/null; cat /proc/version >/dev/null; i=$((i+1)); done
wait $rec
/rfalco capture print -p "$F" /tmp/same.scap >/tmp/back.txt
live=$(wc -l </tmp/live.txt)
grep -Fx -f /tmp/live.txt /tmp/back.txt >/tmp/common.txt
cmp -s /tmp/live.txt /tmp/common.txt && [ "$live" -gt 500 ]
check live_equals_read_back $? "live=$live read_back=$(wc -l </tmp/back.txt) (rfalco's own events are printed from the file only)"

# Two consumers at once: each has its own rings and sees every event.
/rfalco capture record -w /tmp/a.scap --no-compress --duration 5 2>/tmp/a.err &
a=$!
/rfalco capture record -w /tmp/b.scap --no-compress --duration 5 2>/tmp/b.err &
b=$!
sleep 2
i=0; while [ $i -lt 50 ]; do cat /proc/version >/dev/null; i=$((i+1)); done
wait $a; ra=$?; wait $b; rb=$?
/rfalco capture print -p '%evt.type %thread.tid' /tmp/a.scap | grep '^procexit' | sort >/tmp/a.exits
/rfalco capture print -p '%evt.type %thread.tid' /tmp/b.scap | grep '^procexit' | sort >/tmp/b.exits
ea=$(wc -l </tmp/a.exits); eb=$(wc -l </tmp/b.exits); both=$(grep -cFx -f /tmp/a.exits /tmp/b.exits)
[ $ra = 0 ] && [ $rb = 0 ] && [ "$both" -ge 50 ]
check two_consumers $? "rc=$ra/$rb process exits seen: $ea and $eb, $both by both (>= 50 cat runs); $(tail -1 /tmp/a.err); $(tail -1 /tmp/b.err)"

# Live rules: rfalco with its built-in ruleset alerts on a workload as it happens (JSON alerts).
alert_cleanup() { # a clean slate for alert_workload, before the sensor starts
  rmdir /bin/rfalco_check_dir 2>/dev/null; rm -f /dev/rfalco_check /tmp/check_link /tmp/check_suid /etc/rfalco_check
}
alert_workload() { # what the built-in rules alert on
  sleep 2
  cat /etc/shadow >/dev/null
  sh -c 'echo hello > /etc/rfalco_check'
  mkdir -p /bin/rfalco_check_dir
  ln -sf /etc/shadow /tmp/check_link
  touch /tmp/check_suid; chmod u+s /tmp/check_suid
  touch /dev/rfalco_check
}
alert_cleanup
/rfalco -M 7 --stats -o json_output=true >/tmp/alerts.json 2>/tmp/alerts.err &
rf=$!
alert_workload
wait $rf; r=$?
missing=""
for rule in "Credential File Read by Untrusted Program" "File Below /etc Opened for Writing" \
    "Directory Created Below Binary Directory" "Symlink to Credential File Created" \
    "Setuid or Setgid Bit Set" "File Created Below /dev"; do
  grep -qF "\"rule\":\"$rule\"" /tmp/alerts.json || missing="$missing [$rule]"
done
[ $r = 0 ] && [ -z "$missing" ]
check live_alerts $? "rc=$r alerts=$(grep -c '^{' /tmp/alerts.json) missing:${missing:- none}; $(grep '^total' /tmp/alerts.err)$([ $r = 0 ] || tail -3 /tmp/alerts.err | tr '\n' ';')"
grep -q 'kernel ts -> done' /tmp/alerts.err && grep -q 'kernel ts -> alert' /tmp/alerts.err \
  && grep -qE '^  cpu: [0-9.]+ s in [0-9.]+ s' /tmp/alerts.err
check live_stats $? "$(grep -A8 '^rfalco stats (' /tmp/alerts.err | tr '\n' ';')"
# One ring reader per CPU, pinned to it.
cpus=0; i=1; while [ $i -lt $ncpu ]; do cpus="$cpus,$i"; i=$((i+1)); done
grep -q "reading $ncpu rings on $ncpu threads pinned to CPUs $cpus\$" /tmp/alerts.err
check ring_readers_pinned $? "$(grep 'reading .* rings' /tmp/alerts.err)"
grep '^{' /tmp/alerts.json | cut -c1-220

# The same workload with the rules on two shards (the reading thread and one more): the same
# rules alert, and --stats still times system call to alert.
alert_cleanup
/rfalco -M 7 --stats --shards 2 -o json_output=true >/tmp/alerts2.json 2>/tmp/alerts2.err &
rf=$!
alert_workload
wait $rf; r=$?
grep -o '"rule":"[^"]*"' /tmp/alerts.json | sort -u >/tmp/rules1
grep -o '"rule":"[^"]*"' /tmp/alerts2.json | sort -u >/tmp/rules2
[ $r = 0 ] && [ -s /tmp/rules2 ] && cmp -s /tmp/rules1 /tmp/rules2 \
  && grep -q 'evaluating the rules on 2 shards' /tmp/alerts2.err && grep -q 'kernel ts -> alert' /tmp/alerts2.err
check live_alerts_two_shards $? "rc=$r alerts: $(grep -c '^{' /tmp/alerts.json) with one shard, $(grep -c '^{' /tmp/alerts2.json) with two; rules: $(tr '\n' ' ' </tmp/rules2)$([ $r = 0 ] || tail -3 /tmp/alerts2.err | tr '\n' ';')"

# The same workload with the evaluating thread walking the rings itself (--ring-readers=inline,
# no reader threads): the same rules alert, and every event the module counted is accounted for.
alert_cleanup
/rfalco -M 7 --ring-readers=inline -o json_output=true >/tmp/alerts3.json 2>/tmp/alerts3.err &
rf=$!
alert_workload
wait $rf; r=$?
grep -o '"rule":"[^"]*"' /tmp/alerts3.json | sort -u >/tmp/rules3
[ $r = 0 ] && [ -s /tmp/rules3 ] && cmp -s /tmp/rules1 /tmp/rules3 \
  && grep -q 'reading [0-9]* rings on the evaluating thread' /tmp/alerts3.err \
  && ! grep -q 'left unread' /tmp/alerts3.err
check live_alerts_inline_readers $? "rc=$r alerts: $(grep -c '^{' /tmp/alerts3.json); rules: $(tr '\n' ' ' </tmp/rules3); $(grep '^total' /tmp/alerts3.err)$([ $r = 0 ] || tail -3 /tmp/alerts3.err | tr '\n' ';')"

# rfalco's own threads are not evaluated: its output thread opens a file below /etc for each
# alert, which would otherwise raise "File Below /etc Opened for Writing" about rfalco itself,
# whose alert would open the file again, and so on.
/rfalco -M 5 -o json_output=true -o stdout_output.enabled=false -o file_output.enabled=true \
  -o file_output.filename=/etc/rfalco-alerts.json -o file_output.keep_alive=false 2>/tmp/self.err &
rf=$!
sleep 2
cat /etc/shadow >/dev/null
wait $rf; r=$?
ncred=$(grep -c '"rule":"Credential File Read by Untrusted Program"' /etc/rfalco-alerts.json)
nall=$(grep -c '^{' /etc/rfalco-alerts.json)
[ $r = 0 ] && [ "$ncred" = 1 ] && [ "$nall" = 1 ]
check own_threads_not_evaluated $? "rc=$r alerts=$nall (credential read: $ncred); $(grep -o '"rule":"[^"]*"' /etc/rfalco-alerts.json | sort | uniq -c | tr '\n' ' ')"

# base_syscalls: a rule on openat traces openat plus the state engine's system calls, not every
# one (-A): the same workload yields fewer events in the module.
printf -- '- rule: open_etc\n  desc: d\n  condition: evt.type = openat and fd.name startswith /etc\n  output: "%%fd.name"\n  priority: INFO\n' > /tmp/open.yaml
seen_with() { # extra args; prints the module's event count for a fixed workload
  /rfalco -r /tmp/open.yaml -M 4 "$@" >/dev/null 2>/tmp/sel.err &
  p=$!; sleep 1
  i=0; while [ $i -lt 100 ]; do cat /proc/version >/dev/null; i=$((i+1)); done
  wait $p
  sed -n 's/^total: \([0-9]*\) events seen by the module.*/\1/p' /tmp/sel.err
}
sel=$(seen_with); all=$(seen_with -A)
[ -n "$sel" ] && [ -n "$all" ] && [ "$sel" -lt "$all" ]
check base_syscalls_selection $? "events seen: $sel with the rules' set, $all with -A"

# SIGHUP: the rules file changes and rfalco reloads it while capturing.
printf -- '- rule: a_rule\n  desc: d\n  condition: evt.type = openat and fd.name = /etc/a_marker\n  output: "A %%fd.name"\n  priority: INFO\n' > /tmp/hup.yaml
echo a > /etc/a_marker; echo b > /etc/b_marker
/rfalco -r /tmp/hup.yaml -M 9 -o json_output=true >/tmp/hup.json 2>/tmp/hup.err &
rf=$!
sleep 2
cat /etc/a_marker /etc/b_marker >/dev/null
sed -i 's/a_rule/b_rule/; s#/etc/a_marker#/etc/b_marker#; s/"A /"B /' /tmp/hup.yaml
kill -HUP $rf
sleep 2
cat /etc/a_marker /etc/b_marker >/dev/null
wait $rf; r=$?
na=$(grep -c '"rule":"a_rule"' /tmp/hup.json); nb=$(grep -c '"rule":"b_rule"' /tmp/hup.json)
[ $r = 0 ] && [ "$na" = 1 ] && [ "$nb" = 1 ] && grep -q 'reloaded' /tmp/hup.err
check sighup_reload $? "rc=$r a_rule=$na b_rule=$nb $(grep SIGHUP /tmp/hup.err)"

# A mapped ring keeps the module loaded.
/rfalco capture record -w /tmp/busy.scap --duration 3 2>/dev/null &
rec=$!
sleep 1
rmmod falco 2>/dev/null; r=$?
[ $r != 0 ]; check rmmod_while_mapped_fails $? "rc=$r"
wait $rec
rmmod falco; check rmmod_after_close $? ""

# Beyond max_consumers a reader is refused (EBUSY) while the first keeps capturing.
insmod /falco.ko g_buffer_bytes_dim=65536 max_consumers=1
/rfalco capture record -w /tmp/one.scap --no-compress --duration 4 2>/tmp/one.err &
a=$!
sleep 2
/rfalco capture record -w /tmp/two.scap --no-compress --duration 1 2>/tmp/two.err; rb=$?
wait $a; ra=$?
rmmod falco
[ $ra = 0 ] && [ $rb != 0 ] && grep -qi 'busy' /tmp/two.err
check max_consumers_ebusy $? "first rc=$ra, second rc=$rb: $(head -1 /tmp/two.err)"

# Drop alerts: 16 KiB rings overflow under a read/write storm on every vCPU while rfalco
# evaluates the built-in rules live on every system call (-A); it raises Falco's "syscall event
# drop" alert, and its final counters reconcile exactly: events the module produced = events
# rfalco handled + events dropped.
insmod /falco.ko g_buffer_bytes_dim=16384
dstorm() { while :; do dd if=/dev/zero of=/dev/null bs=1 count=100000 2>/dev/null; done; }
dpids=""; i=0; while [ $i -lt $ncpu ]; do dstorm & dpids="$dpids $!"; i=$((i+1)); done
/rfalco -A -M 4 -o json_output=true -o 'syscall_event_drops.actions=[alert]' \
  -o syscall_event_drops.threshold=0 -o syscall_event_drops.rate=1 \
  -o syscall_event_drops.max_burst=10 >/tmp/drop.json 2>/tmp/drop.err; r=$?
kill $dpids 2>/dev/null; wait $dpids 2>/dev/null
rmmod falco
nd=$(grep -c '"rule":"Falco internal: syscall event drop"' /tmp/drop.json)
tot=$(grep '^total: ' /tmp/drop.err)
E=$(echo "$tot" | sed -n 's/^total: \([0-9]*\) events seen by the module, \([0-9]*\) dropped, \([0-9]*\) .*/\1/p')
D=$(echo "$tot" | sed -n 's/^total: \([0-9]*\) events seen by the module, \([0-9]*\) dropped, \([0-9]*\) .*/\2/p')
H=$(echo "$tot" | sed -n 's/^total: \([0-9]*\) events seen by the module, \([0-9]*\) dropped, \([0-9]*\) .*/\3/p')
last=$(grep '"rule":"Falco internal: syscall event drop"' /tmp/drop.json | tail -1 | sed -n 's/.*"n_drops_buffer_total":\([0-9]*\).*/\1/p')
[ $r = 0 ] && [ "$nd" -ge 1 ] && [ -n "$D" ] && [ "$D" -gt 0 ] && [ "$E" = $((H + D)) ] && [ -n "$last" ] && [ "$last" -le "$D" ]
check drop_alerts_small_rings $? "rc=$r drop alerts=$nd; module: $E events, $D dropped; rfalco handled $H; last alert's n_drops_buffer_total=$last"

# A consumer killed with SIGKILL mid-stream: its slot and rings go with its file, a new consumer
# captures, and the module unloads (nothing left referenced).
insmod /falco.ko g_buffer_bytes_dim=65536 max_consumers=1
/rfalco capture record -w /tmp/k1.scap --no-compress --duration 20 2>/dev/null &
k=$!
sleep 2
i=0; while [ $i -lt 200 ]; do cat /proc/version >/dev/null; i=$((i+1)); done
kill -9 $k; wait $k 2>/dev/null
/rfalco capture record -w /tmp/k2.scap --no-compress --duration 1 2>/tmp/k2.err; r=$?
rmmod falco; ru=$?
[ $r = 0 ] && [ $ru = 0 ] && grep -q '^total: [1-9]' /tmp/k2.err
check consumer_sigkill_restart $? "restart rc=$r rmmod rc=$ru; $(grep '^total' /tmp/k2.err)"

# CPU hotplug mid-capture: vCPU 1 goes offline and comes back while a consumer records and a
# storm runs; the capture ends cleanly, events keep coming, the kernel log stays clean.
insmod /falco.ko g_buffer_bytes_dim=65536
hstorm() { while :; do cat /proc/version >/dev/null; done; }
hs=""; i=0; while [ $i -lt $ncpu ]; do hstorm & hs="$hs $!"; i=$((i+1)); done
/rfalco capture record -w /tmp/hp.scap --no-compress --duration 5 2>/tmp/hp.err &
rec=$!
sleep 1
echo 0 > /sys/devices/system/cpu/cpu1/online; off=$?
sleep 1
on1=$(cat /sys/devices/system/cpu/cpu1/online)
echo 1 > /sys/devices/system/cpu/cpu1/online; on=$?
wait $rec; r=$?
kill $hs 2>/dev/null; wait $hs 2>/dev/null
rmmod falco; ru=$?
[ $off = 0 ] && [ "$on1" = 0 ] && [ $on = 0 ] && [ $r = 0 ] && [ $ru = 0 ] && grep -q '^total: [1-9]' /tmp/hp.err
check cpu_hotplug_mid_capture $? "offline rc=$off (online=$on1 while off) online rc=$on record rc=$r rmmod rc=$ru; $(grep '^total' /tmp/hp.err)"

# 100 load/unload cycles under a syscall storm on every vCPU, each with a live consumer.
storm() { while :; do cat /proc/version >/dev/null; done; }
pids=""; i=0; while [ $i -lt $ncpu ]; do storm & pids="$pids $!"; i=$((i+1)); done
ok=0; i=0
while [ $i -lt 100 ]; do
  if insmod /falco.ko g_buffer_bytes_dim=65536; then
    /rfalco capture record -w /tmp/cycle.scap --no-compress --duration 1 2>/tmp/cycle.err
    r=$?
    rmmod falco && [ $r = 0 ] && grep -q '^total: ' /tmp/cycle.err && ok=$((ok+1))
  fi
  i=$((i+1))
done
kill $pids 2>/dev/null; wait $pids 2>/dev/null
[ $ok = 100 ]; check load_unload_cycles_under_load $? "$ok/100 (storm on $ncpu vCPUs, last: $(grep '^total' /tmp/cycle.err))"

# Leaks of every case above: the module is unloaded, so whatever it (or the kernel on its behalf)
# allocated and lost is unreferenced now. An object is reported once it is 5 s old and no scan
# finds a pointer to it; two scans, as the kernel's documentation advises against transient ones.
if [ -w $KL ]; then
  sleep 6; echo scan > $KL; sleep 1; echo scan > $KL
  nleak=$(grep -c '^unreferenced object' $KL)
  [ "$nleak" = 0 ]; check kmemleak_no_leaks $? "unreferenced objects after every case and 100+ unloads: $nleak$([ "$nleak" = 0 ] || head -40 $KL | tr '\n' ';')"
  # The check can fail: the kernel's sample module that leaks on purpose must be reported.
  insmod /kmemleak-test.ko && rmmod kmemleak_test
  sleep 6; echo scan > $KL; sleep 1; echo scan > $KL
  nknown=$(grep -c '^unreferenced object' $KL)
  [ "$nknown" -gt 0 ]; check kmemleak_reports_a_known_leak $? "unreferenced objects after loading and unloading kmemleak-test.ko: $nknown"
else
  check kmemleak_no_leaks 1 "no $KL: the kernel lacks CONFIG_DEBUG_KMEMLEAK or kmemleak turned itself off ($(dmesg | grep -i kmemleak | tail -1))"
fi

bad=$(dmesg | grep -cE 'WARNING:|BUG:|Oops|Call Trace')
[ "$bad" = 0 ]; check kernel_log_clean $? "warnings=$bad"
[ $fails = 0 ] && echo "VM-TEST: PASS" || echo "VM-TEST: FAIL ($fails)"
