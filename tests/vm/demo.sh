#!/bin/sh
# The guest side of `make demo`: load falco.ko, run rfalco live with its built-in ruleset, and do
# a few things a security team wants to hear about; the alerts print as they happen.
insmod /falco.ko g_buffer_bytes_dim=1048576 || exit 1
echo "--- falco.ko loaded: $(ls /dev/falco* | tr '\n' ' ')"
mkdir -p /etc /usr/bin && printf 'root:*:19000:0:99999:7:::\n' > /etc/shadow && chmod 600 /etc/shadow
echo "--- rfalco live (built-in rules, 8 s): alerts appear as the workload runs"
/rfalco -M 8 2>/tmp/rfalco.err &
rf=$!
sleep 2
(
  echo "[workload] cat /etc/shadow" >&2; cat /etc/shadow >/dev/null; sleep 0.3
  echo "[workload] write below /etc" >&2; sh -c 'echo hello > /etc/rfalco_demo'; sleep 0.3
  echo "[workload] mkdir below /bin" >&2; mkdir -p /bin/rfalco_demo_dir; sleep 0.3
  echo "[workload] symlink to /etc/shadow" >&2; ln -s /etc/shadow /tmp/shadow_link; sleep 0.3
  echo "[workload] setuid bit" >&2; touch /tmp/suid_demo; chmod u+s /tmp/suid_demo; sleep 0.3
  echo "[workload] file below /dev" >&2; touch /dev/rfalco_demo; sleep 0.3
) 2>&1
wait $rf
echo "--- rfalco's counters:"
cat /tmp/rfalco.err
rmmod falco
echo "DEMO: DONE"
