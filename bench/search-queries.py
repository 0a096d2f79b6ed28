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
for path in queries[:50]:  # warm-up, not measured
    conn.request("GET", path)
    conn.getresponse().read()
latencies, hits, errors = [], 0, 0
for path in queries:
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    latencies.append((time.perf_counter() - start) * 1000)
    if response.status != 200:
        errors += 1
    elif b'"total":0' not in body:
        hits += 1
latencies.sort()
def pct(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p))]
print(f"queries: {count} sequential over one keep-alive connection, {hits} with results, {errors} errors")
print(f"latency ms: median {statistics.median(latencies):.1f}, p95 {pct(0.95):.1f}, p99 {pct(0.99):.1f}, max {latencies[-1]:.1f}")
