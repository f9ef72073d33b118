#include "rollup/RollupParts.h"

#include "store/Sqlite.h"

#include <algorithm>
#include <sqlite3.h>

namespace sa::rollup::parts {

namespace {

constexpr std::size_t kPartBytes = 16u << 20;

Status storeHead(store::Connection& db, const char* name, std::uint32_t format, const Fingerprint& fp,
    std::int64_t parts, std::int64_t& id)
{
    auto del = db.prepare("DELETE FROM rollups WHERE name = ?");
    if (!del)
        return del.error();
    auto delParts = db.prepare("DELETE FROM rollup_parts WHERE rollup_id IN (SELECT id FROM rollups WHERE name = ?)");
    if (!delParts)
        return delParts.error();
    delParts->bind(1, name);
    del->bind(1, name);
    if (auto s = delParts->run(); !s)
        return s;
    if (auto s = del->run(); !s)
        return s;
    auto head = db.prepare("INSERT INTO rollups(name, format, source_rows, source_max_id, managers_rows,"
                           " managers_max_id, parts) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    if (!head)
        return head.error();
    head->bind(1, name).bind(2, static_cast<std::int64_t>(format)).bind(3, fp.rows);
    head->bind(4, fp.maxId).bind(5, fp.managerRows).bind(6, fp.managerMaxId);
    head->bind(7, parts);
    auto row = head->step();
    if (!row || !*row)
        return Error::internal(std::string("storing the ") + name + " rollup failed: " + db.lastError());
    id = head->getInt(0);
    head->reset();
    return {};
}

/// Appends the payload of part `rowid`, read straight into `out` (sqlite3_column_blob would first
/// assemble the overflow pages of a 16 MiB value in a buffer of its own).
Status appendBlob(const store::Connection& db, std::int64_t rowid, std::string& out)
{
    sqlite3_blob* blob = nullptr;
    if (sqlite3_blob_open(db.handle(), "main", "rollup_parts", "payload", rowid, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return Error::rejected("rollup part unreadable: " + db.lastError());
    }
    const int n = sqlite3_blob_bytes(blob);
    const std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(n));
    const int rc = sqlite3_blob_read(blob, out.data() + at, n, 0);
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return Error::rejected("rollup part unreadable: " + db.lastError());
    return {};
}

/// The rollups row of a (name, format, fingerprint, parts, part, part id, managers_rows,
/// managers_max_id) result: Current when its format and fingerprint match, else why not.
Found checkHead(store::Statement& st, const char* name, std::uint32_t format, const Fingerprint& now)
{
    if (st.getInt(0) != format)
        return { State::Damaged, "rollup format " + std::to_string(st.getInt(0)), {} };
    if (st.isNull(1))
        return { State::Stale, std::string(name) + " changed since the rollup was built", {} };
    auto opt = [&](int c) { return st.isNull(c) ? std::nullopt : std::optional(st.getInt(c)); };
    const Fingerprint built { st.getInt(1), opt(2), st.getInt(6), opt(7) };
    if (!(built == now))
        return { State::Stale, std::string("rows added or removed since the ") + name + " rollup was built", {} };
    return { State::Current, {}, {} };
}

} // namespace

Result<bool> hasTables(const store::Connection& db)
{
    auto n = db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'rollup_parts'");
    if (!n)
        return n.error();
    return n->value_or(0) > 0;
}

Result<bool> hasDealTriggers(const store::Connection& db)
{
    auto n
        = db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'deals_snapshot_insert'");
    if (!n)
        return n.error();
    return n->value_or(0) > 0;
}

Status store(
    store::Connection& db, const char* name, std::uint32_t format, const std::string& payload, const Fingerprint& fp)
{
    const std::size_t parts = (payload.size() + kPartBytes - 1) / kPartBytes;
    std::int64_t id = 0;
    if (auto s = storeHead(db, name, format, fp, static_cast<std::int64_t>(parts), id); !s)
        return s;
    auto part = db.prepare("INSERT INTO rollup_parts(rollup_id, part, payload) VALUES (?, ?, ?)");
    if (!part)
        return part.error();
    for (std::size_t k = 0; k < parts; ++k) {
        const std::size_t from = k * kPartBytes, n = std::min(kPartBytes, payload.size() - from);
        part->bind(1, id).bind(2, static_cast<std::int64_t>(k));
        sqlite3_bind_blob64(part->handle(), 3, payload.data() + from, n, SQLITE_STATIC);
        if (auto s = part->run(); !s)
            return s;
        part->reset();
    }
    return {};
}

Found read(const store::Connection& db, const char* name, std::uint32_t format, const Fingerprint& now)
{
    auto tables = hasTables(db);
    if (!tables || !*tables)
        return { State::Absent, "the project predates schema version 2", {} };
    auto st = db.prepare("SELECT r.format, r.source_rows, r.source_max_id, r.parts, p.part, p.id,"
                         " r.managers_rows, r.managers_max_id FROM rollups r"
                         " LEFT JOIN rollup_parts p ON p.rollup_id = r.id WHERE r.name = ? ORDER BY p.part");
    if (!st)
        return { State::Damaged, st.error().message, {} };
    st->bind(1, name);
    Found f;
    std::int64_t parts = -1, seen = 0;
    for (;; ++seen) {
        auto row = st->step();
        if (!row)
            return { State::Damaged, row.error().message, {} };
        if (!*row)
            break;
        if (seen == 0) {
            if (auto why = checkHead(*st, name, format, now); why.state != State::Current)
                return why;
            parts = st->getInt(3);
            // Room for every part up front (pages are touched only when written): no regrowth copies.
            f.bytes.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(parts, 0, 64)) * kPartBytes);
        }
        if (st->isNull(4))
            break; // no parts
        if (st->getInt(4) != seen)
            return { State::Damaged, "rollup part " + std::to_string(seen) + " missing", {} };
        if (auto s = appendBlob(db, st->getInt(5), f.bytes); !s)
            return { State::Damaged, s.error().message, {} };
    }
    if (parts < 0)
        return { State::Absent, std::string("no ") + name + " rollup yet", {} };
    if (seen != parts)
        return { State::Damaged, "rollup has " + std::to_string(seen) + " of " + std::to_string(parts) + " parts", {} };
    f.state = State::Current;
    return f;
}

} // namespace sa::rollup::parts
