#!/usr/bin/env python3
"""1,000 mixed queries through /api/search (highlighting and facets on every one); prints latency figures."""
import http.client
import random
import statistics
import sys
import time
import urllib.parse

port, count = int(sys.argv[1]), int(sys.argv[2])
random.seed(7)
words = ["cải cách thủ tục hành chính", "cai cach thu tuc", "dịch vụ công trực tuyến", "dich vu cong", "một cửa",
         "chuyển đổi số", "chuyen doi so", "khai sinh", "thường trú", "bảo hiểm y tế", "PAPI", "PAR INDEX", "đất đai",
         "văn hoá công vụ", "định danh điện tử", "thanh toán không dùng tiền mặt", "Lý Sơn", "phuong Cam Thanh",
         "\"Bộ phận Một cửa\"", "hồ sơ -đất", "số hóa hồ sơ", "tinh gon bo may", "phản ánh kiến nghị", "tự chủ tài chính",
         "khai sinhh", "chuyen doi soo", "QĐ-UBND", "cấp giấy phép xây dựng", "Quảng Ngãi", "xa Ba To"]
extras = ["", "", "", "&sort=date", "&type=article", "&type=legal-document", "&year=2023", "&theme=cai-cach-tthc", "&page=2"]
queries = []
for _ in range(count):
    if random.random() < 0.1:
        q = f"{random.randint(1, 3000)}/{random.randint(2015, 2025)}/QĐ-UBND"
    else:
        q = random.choice(words)
    queries.append("/api/search?q=" + urllib.parse.quote(q) + random.choice(extras))
conn = http.client.HTTPConnection("127.0.0.1", port)
# Warm-up, not measured: distinct made-up words, so the site's result cache holds none of the measured queries.
for i in range(50):
    conn.request("GET", "/api/search?q=" + urllib.parse.quote(f"{random.choice(words)} khởi{i}"))
    conn.getresponse().read()
latencies, first_seen, seen, hits, errors = [], [], set(), 0, 0
for path in queries:
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    latencies.append((time.perf_counter() - start) * 1000)
    if path not in seen:
        # The first time a query is asked the site computes it; repeats may come from its result cache.
        seen.add(path)
        first_seen.append(latencies[-1])
    if response.status != 200:
        errors += 1
    elif b'"total":0' not in body:
        hits += 1
def figures(values):
    values = sorted(values)
    def pct(p):
        return values[min(len(values) - 1, int(len(values) * p))]
    return f"median {statistics.median(values):.1f}, p95 {pct(0.95):.1f}, p99 {pct(0.99):.1f}, max {values[-1]:.1f}"
print(f"queries: {count} sequential over one keep-alive connection, {hits} with results, {errors} errors")
print(f"latency ms, all {count}: {figures(latencies)}")
print(f"latency ms, the {len(first_seen)} asked for the first time (computed, not cached): {figures(first_seen)}")
