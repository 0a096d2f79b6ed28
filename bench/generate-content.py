#!/usr/bin/env python3
"""Writes N Markdown files with YAML front matter in realistic Vietnamese, for bench/content.sh."""
import os
import random
import sys

folder, count = sys.argv[1], int(sys.argv[2])
random.seed(20241)
os.makedirs(folder, exist_ok=True)
subjects = ["Cải cách thủ tục hành chính", "Chuyển đổi số", "Dịch vụ công trực tuyến", "Bộ phận một cửa", "Chỉ số PAPI",
            "Chỉ số PAR INDEX", "Liên thông khai sinh", "Đăng ký thường trú", "Bảo hiểm y tế trẻ em", "Chính quyền số",
            "Tổ chức bộ máy", "Tài chính công", "Đường dây nóng", "Phản ánh kiến nghị", "Mô hình điển hình"]
places = ["phường Cẩm Thành", "phường Nghĩa Lộ", "đặc khu Lý Sơn", "phường Kon Tum", "tỉnh Quảng Ngãi"]
verbs = ["triển khai", "tổng kết", "hướng dẫn", "đẩy mạnh", "kiểm tra", "tập huấn về", "tuyên truyền"]
sentences = [
    "Người dân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.",
    "Bộ phận một cửa tiếp nhận, hướng dẫn và trả kết quả đúng hẹn cho tổ chức, cá nhân.",
    "Các cơ quan, đơn vị tiếp tục rà soát, đơn giản hóa thủ tục hành chính trong năm.",
    "Đường dây nóng tiếp nhận phản ánh, kiến nghị của người dân về quy định hành chính.",
    "Kết quả chỉ số được công bố công khai để người dân và doanh nghiệp theo dõi.",
    "Cán bộ, công chức được tập huấn kỹ năng giao tiếp và sử dụng phần mềm một cửa điện tử.",
]
themes = ["chinh-sach", "cai-cach-tthc", "chinh-quyen-so", "ket-qua-chi-so", "to-chuc-bo-may-cong-vu", "duong-day-nong"]
agencies = ["VP-UBND", "SO-NOI-VU", "SO-TU-PHAP", "SO-TAI-CHINH", "SO-KH-CN", "SO-Y-TE"]
for i in range(count):
    title = f"{random.choice(places).capitalize()} {random.choice(verbs)} {random.choice(subjects).lower()} (bài {i})"
    body = "\n\n".join(" ".join(random.choice(sentences) for _ in range(4)) for _ in range(4))
    with open(os.path.join(folder, f"{i:06d}.md"), "w", encoding="utf-8") as f:
        f.write("---\ntype: article\n")
        f.write(f'title: "{title}"\nslug: bai-thu-{i}\n')
        f.write(f"date: 20{random.randint(24, 26)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}\n")
        f.write(f'summary: "{random.choice(sentences)}"\n')
        f.write(f"themes: [{random.choice(themes)}]\nagency: {random.choice(agencies)}\n")
        f.write(f"status: {'published' if i % 10 else 'draft'}\n---\n{body}\n")
