#!/usr/bin/env python3
"""Benchmark fixture: fills an EMPTY project (made by `salesaudit-cli new`) with a gen_crm.py export
set through plain SQL inserts, so the metrics engine can be measured before the product importer
exists. This is not product code: no mapping UI, no data-quality report, only the canonical mapping
of gen_crm.py's amoCRM-style columns (see ../shared/bench/README.md).

usage: load_gen_crm.py DATA_DIR PROJECT.sqlite
"""
import calendar
import csv
import sqlite3
import sys

STAGES = ["Первичный контакт", "Квалификация", "Переговоры", "Принимают решение",
          "Согласование договора", "Успешно реализовано", "Закрыто и не реализовано"]
DEFAULT_PROB = [10, 20, 40, 60, 80, None, None]
FUNNEL_STEP = {"Квалификация": "mql", "Переговоры": "sql"}
ACT_TYPE = {"Звонок": "call", "Письмо": "email", "Встреча": "meeting"}
ORDER_STATUS = {"Оплачен": "paid", "Возврат": "returned", "Отменён": "cancelled"}
_day_cache = {}


def secs(s):
    """'dd.mm.yyyy[ HH:MM:SS]' -> naive local seconds since 1970 (None for empty)."""
    s = s.strip()
    if not s:
        return None
    d = s[:10]
    base = _day_cache.get(d)
    if base is None:
        base = calendar.timegm((int(d[6:10]), int(d[3:5]), int(d[0:2]), 0, 0, 0))
        _day_cache[d] = base
    if len(s) > 10:
        base += int(s[11:13]) * 3600 + int(s[14:16]) * 60 + int(s[17:19])
    return base


def minor(s):
    s = s.replace("\xa0", "").replace(" ", "").strip()
    if not s:
        return None
    whole, _, frac = s.partition(",")
    return int(whole) * 100 + int((frac + "00")[:2])


def key(s):
    """Text::matchKey-like: trim, collapse spaces, fold case, ё->е, drop a trailing dot."""
    return " ".join(s.replace("ё", "е").replace("Ё", "Е").lower().split()).rstrip(".")


def rows(data, name):
    with open(f"{data}/{name}", encoding="utf-8-sig", newline="") as f:
        r = csv.reader(f, delimiter=";")
        next(r)
        yield from r


class Managers:
    """Canonical names come from activities/clients/nps; deal spellings resolve to them."""

    def __init__(self, db):
        self.db, self.by_key, self.by_tokens, self.by_surname = db, {}, {}, {}

    def add(self, name):
        k = key(name)
        if k in self.by_key:
            return self.by_key[k]
        mid = self.db.execute("INSERT INTO managers(name) VALUES (?)", (name.strip(),)).lastrowid
        self.by_key[k] = mid
        self.by_tokens[" ".join(sorted(k.split()))] = mid
        self.by_surname.setdefault(k.split()[-1], mid)
        return mid

    def resolve(self, name):
        k = key(name)
        if not k:
            return None
        mid = self.by_key.get(k) or self.by_tokens.get(" ".join(sorted(k.split())))
        if mid is None:  # initials: "А. Морозова" / "Морозова А."
            parts = [p for p in k.replace(".", " ").split() if len(p) > 1]
            mid = next((self.by_surname[p] for p in parts if p in self.by_surname), None)
        return mid if mid is not None else self.add(name)


def main(data, path):
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("BEGIN")
    mgr = Managers(db)
    for r in rows(data, "activities.csv"):
        mgr.by_key.get(key(r[3])) or mgr.add(r[3])
    channels = {}

    def channel(raw):
        k = key(raw)
        if not k:
            return None
        if k not in channels:
            channels[k] = db.execute("INSERT INTO channels(name, name_key, type) VALUES (?,?,?)",
                                     (raw.strip(), k, "outbound" if "звон" in k else "paid")).lastrowid
        return channels[k]

    stage_ids = {}
    for pipe in ("Основная воронка", "Повторные продажи"):
        for i, s in enumerate(STAGES):
            term = "won" if i == 5 else "lost" if i == 6 else "none"
            stage_ids[(pipe, s)] = db.execute(
                "INSERT INTO stages(pipeline_name, name, name_key, ord, terminal, funnel_step,"
                " default_probability, mandatory, confirmed) VALUES (?,?,?,?,?,?,?,?,1)",
                (pipe, s, key(s), i + 1, term, FUNNEL_STEP.get(s, "none"), DEFAULT_PROB[i],
                 1 if i < 5 else 0)).lastrowid
    client_of_name = {}
    def client(r):
        client_of_name.setdefault(key(r[1]), int(r[0]))
        return (int(r[0]), r[0], r[1], key(r[1]), r[2], r[3], r[4], r[5], secs(r[6]), mgr.resolve(r[7]))
    db.executemany("INSERT INTO clients(id, ext_id, name, name_key, inn, industry, city, segment,"
                   " created_at, owner_id) VALUES (?,?,?,?,?,?,?,?,?,?)", (client(r) for r in rows(data, "clients.csv")))
    deal_pipe = {}

    def deal(r):
        pipe = r[5].strip()
        deal_pipe[int(r[0])] = pipe
        stage = " ".join(r[4].split())
        status = "won" if stage == STAGES[5] else "lost" if stage == STAGES[6] else "open"
        return (int(r[0]), r[0], r[1], secs(r[6]), secs(r[7]), r[10], client_of_name.get(key(r[10])),
                mgr.resolve(r[3]), "account" if pipe == "Повторные продажи" else "acquisition", pipe,
                channel(r[9]), r[9] or None, stage_ids[(pipe, stage)], status, secs(r[8]), minor(r[2]),
                r[14] or None, r[12] or None)
    db.executemany("INSERT INTO deals(id, ext_id, name, created_at, updated_at, client_ref, client_id,"
                   " owner_id, pipeline, pipeline_name, channel_id, channel_raw, stage_id, status, closed_at,"
                   " amount, loss_reason, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (deal(r) for r in rows(data, "deals.csv")))
    db.executemany("INSERT INTO stage_history(deal_ref, deal_id, stage_id, entered_at) VALUES (?,?,?,?)",
                   ((r[0], int(r[0]), stage_ids[(deal_pipe[int(r[0])], r[1].strip())], secs(r[2]))
                    for r in rows(data, "stage_history.csv")))
    db.executemany("INSERT INTO activities(ext_id, manager_id, type, deal_ref, deal_id, status, done_at,"
                   " duration_s, outcome) VALUES (?,?,?,?,?,'done',?,?,?)",
                   ((r[0], mgr.resolve(r[3]), ACT_TYPE.get(r[2], "task"), r[1], int(r[1]), secs(r[4]),
                     int(r[5]) if r[5] else None, r[6] or None) for r in rows(data, "activities.csv")))
    db.executemany("INSERT INTO orders(ext_id, client_ref, client_id, deal_ref, deal_id, order_date, amount,"
                   " status, product, quantity) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   ((r[0], r[1], int(r[1]), r[2] or None, int(r[2]) if r[2] else None, secs(r[3]),
                     minor(r[8]), ORDER_STATUS.get(r[9], "paid"), r[5], float(r[6].replace(",", ".")))
                    for r in rows(data, "orders.csv")))
    db.executemany("INSERT INTO nps_responses(ext_id, client_ref, client_id, respondent, responded_at, score,"
                   " comment, manager_id) VALUES (?,?,?,?,?,?,?,?)",
                   ((r[0], r[1], int(r[1]), r[2], secs(r[3]), int(r[4]), r[5] or None, mgr.resolve(r[6]))
                    for r in rows(data, "nps.csv")))
    db.executemany("INSERT INTO channel_costs(month, channel_id, cost) VALUES (?,?,?)",
                   ((secs(r[0]), channel(r[1]), minor(r[2])) for r in rows(data, "channels_costs.csv")))
    db.execute("COMMIT")
    db.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
