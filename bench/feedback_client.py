"""Load client for the feedback benchmarks: sends cases through the public form (solving the altcha
proof of work like the widget) or through the Open311 API. Standard library only."""
import base64, hashlib, http.client, json, re, struct, threading, time, uuid, zlib
from urllib.parse import urlencode

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


def tiny_png(seed):
    """A valid 8x8 PNG whose pixels depend on seed, so every attachment differs."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(v for x in range(8) for v in ((seed + x + y) % 256, (seed * 7) % 256, (x * y) % 256)) for y in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Sender:
    def __init__(self, host, port):
        self.host, self.port, self.cookies = host, port, {}
        self.conn = http.client.HTTPConnection(host, port, timeout=60)

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
        except Exception:
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, dict(response.getheaders()), data

    def solve(self):
        _, _, body = self.request("GET", "/phan-anh-kien-nghi/thu-thach")
        c = json.loads(body)
        for n in range(c["maxnumber"] + 1):
            if hashlib.sha256((c["salt"] + str(n)).encode()).hexdigest() == c["challenge"]:
                payload = {"algorithm": "SHA-256", "challenge": c["challenge"], "number": n, "salt": c["salt"], "signature": c["signature"], "took": 1}
                return base64.b64encode(json.dumps(payload).encode()).decode()
        raise RuntimeError("unsolvable challenge")

    def send_form(self, n, attachment=None):
        """Returns (code or None, duplicate flag)."""
        status, _, page = self.request("GET", "/phan-anh-kien-nghi")
        token = TOKEN.search(page.decode()).group(1)
        fields = {
            "__RequestVerificationToken": token, "Form.Category": "thu-tuc-hanh-chinh",
            "Form.Title": f"Phản ánh đo tải số {n}", "Form.Content": f"Nội dung phản ánh số {n}: hồ sơ quá hạn giải quyết mà chưa có thông báo. {uuid.uuid4()}",
            "Form.FullName": "Người Đo Tải", "Form.Address": "Phường Cẩm Thành", "Form.Phone": f"09{n % 100000000:08d}",
            "Form.Consent": "true", "Form.PublishAnswer": "khong", "altcha": self.solve(),
        }
        boundary = uuid.uuid4().hex
        parts = []
        for k, v in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        if attachment is not None:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="Form.Files"; filename="anh-{n}.png"\r\nContent-Type: image/png\r\n\r\n'.encode() + attachment + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        status, headers, body = self.request("POST", "/phan-anh-kien-nghi", b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        location = headers.get("Location") or headers.get("location") or ""
        if status == 302 and "ma=" in location:
            return location.split("ma=", 1)[1], False
        match = re.search(r'class="code">(PAKN\.[0-9.]+)<', body.decode(errors="replace"))
        if status == 200 and match:
            return match.group(1), True
        raise RuntimeError(f"form POST {status}: {body[:300]!r}")

    def send_open311(self, n, api_key):
        body = urlencode({
            "api_key": api_key, "service_code": "khac", "first_name": "Người", "last_name": "Đo Tải",
            "phone": f"08{n % 100000000:08d}", "description": f"Phản ánh qua API số {n}. {uuid.uuid4()}",
            "attribute[sender_address]": "Phường Cẩm Thành", "attribute[consent]": "true",
        })
        status, _, data = self.request("POST", "/open311/v2/requests.json", body, {"Content-Type": "application/x-www-form-urlencoded"})
        if status not in (200, 201):
            raise RuntimeError(f"open311 POST {status}: {data[:300]!r}")
        return json.loads(data)[0]["service_request_id"], status == 200


def run_load(host, port, path, senders, seconds, api_key=None, start=0):
    """Each sender sends cases back to back for `seconds`; returns (accepted, errors, elapsed)."""
    accepted, errors, lock = [0], [0], threading.Lock()
    deadline = time.time() + seconds
    counter = [start]

    def worker():
        s = Sender(host, port)
        while time.time() < deadline:
            with lock:
                counter[0] += 1
                n = counter[0]
            try:
                if path == "form":
                    s.send_form(n)
                else:
                    s.send_open311(n, api_key)
                with lock:
                    accepted[0] += 1
            except Exception:
                with lock:
                    errors[0] += 1
    began = time.time()
    threads = [threading.Thread(target=worker) for _ in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return accepted[0], errors[0], time.time() - began


if __name__ == "__main__":
    import sys
    host, port, path, senders, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
    api_key = sys.argv[6] if len(sys.argv) > 6 else None
    run_load(host, port, path, 2, 2, api_key, start=10_000_000)  # warm up
    ok, bad, elapsed = run_load(host, port, path, senders, seconds, api_key, start=int(time.time()) % 1000 * 100000)
    print(f"{path}: {ok / elapsed:.1f} submissions/s ({ok} acknowledged, {bad} errors, {senders} senders, {elapsed:.1f} s)")
