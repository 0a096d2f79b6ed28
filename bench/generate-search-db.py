#!/usr/bin/env python3
"""Adds N published items straight into a CchcPublic SQLite database for bench/search.sh.

Sentences come from the seed content (real Vietnamese CCHC prose), recombined; titles mix subjects,
places and verbs; one item in five is a legal document with a number, one in five a procedure."""
import glob
import json
import random
import re
import sqlite3
import sys

db_path, count, seed_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(5)
sentences = []
for path in glob.glob(f"{seed_dir}/*.md"):
    text = open(path, encoding="utf-8").read().split("---", 2)[-1]
    text = re.sub(r"[#*|>\[\]()!_`]", " ", text)
    sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s.strip()) <= 300]
subjects = ["cải cách thủ tục hành chính", "chuyển đổi số", "dịch vụ công trực tuyến", "Bộ phận Một cửa", "chỉ số PAPI",
            "chỉ số PAR INDEX", "liên thông khai sinh", "đăng ký thường trú", "bảo hiểm y tế trẻ em", "chính quyền số",
            "tinh gọn bộ máy", "tự chủ tài chính", "đường dây nóng", "phản ánh, kiến nghị", "văn hóa công vụ",
            "thanh toán không dùng tiền mặt", "số hóa hồ sơ", "định danh điện tử", "cấp giấy phép xây dựng", "đất đai"]
places = ["phường Cẩm Thành", "phường Nghĩa Lộ", "đặc khu Lý Sơn", "phường Kon Tum", "xã Bình Sơn", "xã Sơn Tịnh",
          "xã Mộ Đức", "xã Đức Phổ", "xã Ba Tơ", "xã Minh Long", "tỉnh Quảng Ngãi"]
verbs = ["triển khai", "tổng kết", "hướng dẫn", "đẩy mạnh", "kiểm tra", "tập huấn về", "tuyên truyền", "đánh giá", "thí điểm"]
kinds = [("article", "tin-tuc")] * 3 + [("legal-document", "van-ban"), ("procedure", "thu-tuc")]
themes = ["chinh-sach", "cai-cach-tthc", "chinh-quyen-so", "ket-qua-chi-so", "to-chuc-bo-may-cong-vu", "duong-day-nong",
          "tai-chinh-cong", "mo-hinh-dien-hinh"]
symbols = ["QĐ-UBND", "KH-UBND", "CT-UBND", "NĐ-CP", "TT-BNV", "HD-SNV", "CV-VP"]

con = sqlite3.connect(db_path)
agencies = [r[0] for r in con.execute("SELECT Id FROM Agencies WHERE RetiredUtc IS NULL")]
next_item = (con.execute("SELECT COALESCE(MAX(Id), 0) FROM ContentItems").fetchone()[0]) + 1
next_rev = (con.execute("SELECT COALESCE(MAX(Id), 0) FROM ContentRevisions").fetchone()[0]) + 1
items, revisions = [], []
for i in range(count):
    kind, section = random.choice(kinds)
    year = random.randint(2015, 2025)
    day = f"{year}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    moment = day + " 03:00:00"
    subject = random.choice(subjects)
    title = f"{random.choice(places).capitalize()} {random.choice(verbs)} {subject} năm {year} (số {i})"
    fields = {}
    if kind == "legal-document":
        number = f"{random.randint(1, 3000)}/{year}/{random.choice(symbols)}" if random.random() < 0.5 else f"{random.randint(1, 3000)}/{random.choice(symbols)}"
        title = f"Quyết định số {number} về {subject} tại {random.choice(places)}"
        fields = {"documentNumber": number, "documentType": "Quyết định", "issuer": "UBND tỉnh Quảng Ngãi",
                  "issueDate": day, "abstract": random.choice(sentences)}
    elif kind == "procedure":
        fields = {"steps": " ".join(random.sample(sentences, 3)), "documents": " ".join(random.sample(sentences, 2)),
                  "procedureCode": f"{random.randint(1, 2)}.{random.randint(0, 2999):06d}"}
    body = "\n\n".join(" ".join(random.sample(sentences, 4)) for _ in range(random.randint(2, 5)))
    summary = random.choice(sentences)
    agency = random.choice(agencies)
    item_id, rev_id = next_item + i, next_rev + i
    items.append((item_id, kind, section, f"bench-{i}", "Published", title, agency, rev_id, rev_id, moment, moment, moment, moment, moment))
    revisions.append((rev_id, item_id, 1, moment, "Biên tập viên", title, f"bench-{i}", summary, body,
                      ",".join(random.sample(themes, random.randint(1, 2))), agency, "", day, json.dumps(fields, ensure_ascii=False)))
con.executemany("INSERT INTO ContentItems (Id, Type, Section, Slug, Status, Title, AgencyId, LiveRevisionId, LatestRevisionId,"
                " CreatedUtc, UpdatedUtc, FirstPublishedUtc, LivePublishedUtc, StatusChangedUtc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", items)
con.executemany("INSERT INTO ContentRevisions (Id, ContentItemId, Number, CreatedUtc, AuthorName, Title, Slug, Summary, Body, Themes,"
                " AgencyId, Tags, PublishDate, Fields) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", revisions)
con.commit()
print(f"{count} items added ({sum(len(r[8]) for r in revisions) // count} characters of body on average)")
