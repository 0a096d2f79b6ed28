"""Crash test: 1,000 form submissions with a photo each while the site is killed with SIGKILL five times
and restarted. Afterwards every acknowledged code must exist with its attachment on disk, and no file may
be left without its row (nor in the staging folder). 0 lost is the only pass."""
import os, signal, sqlite3, subprocess, sys, threading, time, urllib.request
from feedback_client import Sender, tiny_png

out, data, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
total, senders, kills = 1000, 8, 5
env = dict(os.environ, Cchc__DataPath=data, Cchc__Admin__Password="fault-quantri-2026", Logging__LogLevel__Default="Warning",
           Cchc__Feedback__SubmissionsPerIpPerHour="100000000", Cchc__Feedback__Captcha__Altcha__MaxNumber="1000")
site = None
site_lock = threading.Lock()


def start():
    global site
    site = subprocess.Popen(["dotnet", f"{out}/CchcPublic.Web.dll", "--urls", f"http://127.0.0.1:{port}", "--contentRoot", out],
                            env=env, stdout=open(f"{data}/../site.log", "ab"), stderr=subprocess.STDOUT)
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
            return
        except Exception:
            if site.poll() is not None:
                raise SystemExit("site exited during start-up")
            time.sleep(0.1)


acked = {}          # code -> submission number
lock = threading.Lock()
next_n = [0]
errors = [0]


def worker():
    s = Sender("127.0.0.1", port)
    while True:
        with lock:
            if next_n[0] >= total:
                return
            next_n[0] += 1
            n = next_n[0]
        while True:  # a submission is retried until the site acknowledges it (or says it already has it)
            try:
                code, _ = s.send_form(n, tiny_png(n))
                with lock:
                    acked[code] = n
                break
            except Exception:
                with lock:
                    errors[0] += 1
                time.sleep(0.2)


start()
threads = [threading.Thread(target=worker) for _ in range(senders)]
for t in threads:
    t.start()
for k in range(kills):
    target = (k + 1) * total // (kills + 1)
    while len(acked) < target:
        time.sleep(0.05)
    with site_lock:
        site.send_signal(signal.SIGKILL)
        site.wait()
        print(f"SIGKILL {k + 1} after {len(acked)} acknowledged", flush=True)
        start()
for t in threads:
    t.join()
site.terminate()
site.wait()
start()  # a clean start runs attachment recovery once more, as after any crash
site.terminate()
site.wait()

db = sqlite3.connect(f"{data}/cchc.db")
rows = {code: (cid,) for code, cid in db.execute('select "Code", "Id" from "FeedbackCases"')}
files = {}
for case_id, stored in db.execute('select "CaseId", "StoredName" from "FeedbackAttachments"'):
    files.setdefault(case_id, []).append(stored)
media = f"{data}/media/feedback"
on_disk = {f for f in os.listdir(media) if os.path.isfile(os.path.join(media, f))}
staging_root = os.path.join(media, ".staging")
staged = [f for _, _, fs in os.walk(staging_root) for f in fs] if os.path.isdir(staging_root) else []
lost_cases = [c for c in acked if c not in rows]
lost_files = [c for c in acked if c in rows and not all(f in on_disk for f in files.get(rows[c][0], [None]))]
known_files = {f for fs in files.values() for f in fs}
orphans = [f for f in on_disk if f not in known_files]
print(f"acknowledged: {len(acked)} of {total}; cases in database: {len(rows)}; send errors retried: {errors[0]}")
print(f"lost cases: {len(lost_cases)}; acknowledged cases missing an attachment: {len(lost_files)}; "
      f"orphan files: {len(orphans)}; files left in staging: {len(staged)}")
ok = len(acked) == total and not lost_cases and not lost_files and not orphans and not staged
print("PASS: 0 lost" if ok else "FAIL")
sys.exit(0 if ok else 1)
