#!/usr/bin/env python3
"""Fills a migrated CchcPublic SQLite database with N feedback cases spread over the last two years.

   python3 bench/generate-cases.py DATABASE N

About a fifth are still open (some overdue, some waiting for the sender), most were answered (a few late),
some not accepted or merged; every case has a sender row and one history event. Columns the generator does not
know get the empty value of their type, so it keeps working when the table gains nullable columns.
"""
import datetime
import random
import sqlite3
import sys

db_path, count = sys.argv[1], int(sys.argv[2])
random.seed(7)
db = sqlite3.connect(db_path)
today = datetime.date.today()
agencies = [row[0] for row in db.execute('SELECT "Id" FROM "Agencies" WHERE "ValidTo" IS NULL')]
triage = db.execute('SELECT "Id" FROM "Agencies" WHERE "Code" = \'VP-UBND\'').fetchone()[0]
communes = [row[0] for row in db.execute('SELECT "ShortName" FROM "Agencies" WHERE "Level" = \'Commune\' AND "ValidTo" IS NULL')] or [None]
categories = ["thu-tuc-hanh-chinh"] * 5 + ["quy-dinh-hanh-chinh"] * 2 + ["hanh-vi-can-bo"] * 2 + ["khac"]
channels = ["Web"] * 6 + ["Hotline"] * 2 + ["Letter", "Email", "InPerson", "Api"]
words = ("chậm trả kết quả hồ sơ đất đai khai sinh chứng thực đăng ký kinh doanh cấp phép xây dựng bảo hiểm "
         "hộ tịch thuế phí lệ phí bộ phận một cửa cán bộ hướng dẫn không rõ ràng yêu cầu bổ sung nhiều lần").split()


def columns(table):
    return [(r[1], r[2].upper(), r[3]) for r in db.execute(f'PRAGMA table_info("{table}")')]


def stamp(day, hour):
    moment = datetime.datetime.combine(day, datetime.time(hour)) - datetime.timedelta(hours=7)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def working_days_after(day, n):
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def row(cols, values):
    full = {}
    for name, kind, notnull in cols:
        if name in values:
            full[name] = values[name]
        elif name == "Id":
            continue
        else:
            full[name] = ("" if "TEXT" in kind else 0) if notnull else None
    return full


case_cols, sender_cols, event_cols = columns("FeedbackCases"), columns("FeedbackSenders"), columns("FeedbackEvents")
start_id = (db.execute('SELECT MAX("Id") FROM "FeedbackCases"').fetchone()[0] or 0) + 1
numbers = {}
batch_cases, batch_senders, batch_events = [], [], []


def flush():
    for table, rows in (("FeedbackCases", batch_cases), ("FeedbackSenders", batch_senders), ("FeedbackEvents", batch_events)):
        if rows:
            names = list(rows[0].keys())
            db.executemany(f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) VALUES ({", ".join("?" * len(names))})',
                           [tuple(r[n] for n in names) for r in rows])
            rows.clear()
    db.commit()


for i in range(count):
    case_id = start_id + i
    received = today - datetime.timedelta(days=random.randint(0, 729))
    numbers[received] = numbers.get(received, 9000) + 1
    code = f"PAKN.{received:%Y%m%d}.{numbers[received]:04d}"
    category = random.choice(categories)
    holder = random.choice(agencies)
    forward_due = working_days_after(received, 5)
    fate = random.random()
    values = {
        "Id": case_id, "Code": code, "AccessKeyHash": "bench", "Category": category, "Channel": random.choice(channels),
        "Title": " ".join(random.choices(words, k=8)).capitalize(), "Content": " ".join(random.choices(words, k=60)),
        "ContentFingerprint": f"bench{case_id}", "ReceivedUtc": stamp(received, random.randint(7, 17)), "UpdatedUtc": stamp(received, 18),
        "Commune": random.choice(communes) if category == "thu-tuc-hanh-chinh" and random.random() < 0.6 else None,
        "HoldingAgencyId": holder, "ForwardDueDate": forward_due.isoformat(), "ConsentToProcessing": 1, "AllowPublishAnswer": 0,
        "ReopenCount": 0, "Publication": "None",
    }
    age = (today - received).days
    if fate < 0.08:
        values.update(Status="NotAccepted", Classification="NotAccepted", HoldingAgencyId=triage, ClosedUtc=stamp(received, 18))
    elif fate < 0.11:
        values.update(Status="Duplicate", HoldingAgencyId=triage, ClosedUtc=stamp(received, 18))
    elif age > 25 or fate > 0.5:
        answered = min(working_days_after(received, random.choice([3, 5, 7, 9, 10, 12, 15])), today)
        due = working_days_after(received, 12)
        values.update(Status="Closed" if age > 40 else "Answered", Classification=random.choice(["Conduct", "OwnAuthority", "OutsideAuthority"]),
                      ForwardedUtc=stamp(working_days_after(received, 2), 10), DueDate=due.isoformat(), AnsweredUtc=stamp(answered, 15),
                      AnswerText="Cơ quan đã kiểm tra và trả lời.", ClosedUtc=stamp(answered, 16) if age > 40 else None,
                      Rating=random.choice([None, None, 3, 4, 5, 5, 2]))
    else:
        status = random.choice(["Received", "Forwarded", "InProgress", "InProgress", "AwaitingInformation", "InReview"])
        values.update(Status=status, DueDate=None if status == "Received" else working_days_after(received, 12).isoformat(),
                      Classification=None if status == "Received" else "OutsideAuthority",
                      PausedUtc=stamp(today, 8) if status == "AwaitingInformation" else None,
                      ReviewStage="Agency" if status == "InReview" else None)
    batch_cases.append(row(case_cols, values))
    batch_senders.append(row(sender_cols, {"CaseId": case_id, "FullName": "Người gửi thử nghiệm", "Address": "Thôn 1, xã Nghĩa Kỳ",
                                           "Phone": f"09{random.randint(10_000_000, 99_999_999)}"}))
    batch_events.append(row(event_cols, {"CaseId": case_id, "OccurredUtc": values["ReceivedUtc"], "Type": "Received", "FromStatus": "Received",
                                         "ToStatus": "Received", "ActorName": "Người gửi", "AgencyId": holder, "IsPublic": 1,
                                         "PublicNote": "Tiếp nhận qua cổng thông tin."}))
    if len(batch_cases) >= 5000:
        flush()
flush()
print(f"{count} cases from {today - datetime.timedelta(days=729)} to {today}")
