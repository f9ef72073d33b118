#include "Assessments.h"

#include "common/Text.h"

#include <algorithm>
#include <functional>

namespace sa::evidence {

using store::Connection;
using store::Statement;

const char* toString(Answer a) noexcept
{
    switch (a) {
    case Answer::Yes:
        return "yes";
    case Answer::Partly:
        return "partly";
    case Answer::No:
        return "no";
    case Answer::Na:
        return "na";
    }
    return "na";
}

std::optional<Answer> parseAnswer(std::string_view s) noexcept
{
    for (auto a : { Answer::Yes, Answer::Partly, Answer::No, Answer::Na })
        if (s == toString(a))
            return a;
    return std::nullopt;
}

const CriterionAssessment* Assessments::find(const std::string& criterionId) const
{
    auto it = criteria.find(criterionId);
    return it == criteria.end() ? nullptr : &it->second;
}

const Override* Assessments::activeOverride(const std::string& criterionId) const
{
    for (const auto& o : overrides)
        if (o.criterionId == criterionId && o.active)
            return &o;
    return nullptr;
}

bool isFullSentence(const std::string& s)
{
    const auto t = text::trim(s);
    return t.size() >= 20 && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

namespace {

/// Runs `st` to the end, calling `row` for each row.
template <class F> Status forEachRow(Statement& st, F&& row)
{
    for (;;) {
        auto r = st.step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
        row(st);
    }
}

std::vector<std::int64_t> parseIds(const std::string& jsonText)
{
    std::vector<std::int64_t> ids;
    const auto j = nlohmann::json::parse(jsonText, nullptr, false);
    if (j.is_array())
        for (const auto& v : j)
            if (v.is_number_integer())
                ids.push_back(v.get<std::int64_t>());
    return ids;
}

Status loadCriteria(const Connection& db, Assessments& a)
{
    auto st = db.prepare("SELECT criterion_id, rating, rating_basis, confirmed_absent, confirmed_absent_rationale,"
                         " not_applicable, not_applicable_rationale, impact_class, outlier_confirmed FROM assessments"
                         " ORDER BY criterion_id");
    if (!st)
        return st.error();
    return forEachRow(*st, [&](Statement& s) {
        auto& c = a.criteria[s.getText(0)];
        if (!s.isNull(1))
            c.rating = static_cast<int>(s.getInt(1));
        c.ratingBasis = s.getOptText(2).value_or("");
        c.confirmedAbsent = s.getInt(3) != 0;
        c.confirmedAbsentRationale = s.getOptText(4).value_or("");
        c.notApplicable = s.getInt(5) != 0;
        c.notApplicableRationale = s.getOptText(6).value_or("");
        if (auto cls = s.getOptText(7); cls && cls->size() == 1)
            c.impactClass = (*cls)[0];
        c.outlierConfirmed = s.getInt(8) != 0;
    });
}

Status loadAnswers(const Connection& db, Assessments& a)
{
    auto st
        = db.prepare("SELECT criterion_id, item, answer, declared FROM checklist_answers ORDER BY criterion_id, item");
    if (!st)
        return st.error();
    if (auto s = forEachRow(*st,
            [&](Statement& r) {
                a.criteria[r.getText(0)].answers[r.getText(1)]
                    = { r.getText(1), parseAnswer(r.getText(2)).value_or(Answer::Na), r.getInt(3) != 0, {} };
            });
        !s)
        return s;
    auto ev = db.prepare("SELECT criterion_id, item, evidence_id FROM assessment_evidence"
                         " ORDER BY criterion_id, item, evidence_id");
    if (!ev)
        return ev.error();
    return forEachRow(*ev, [&](Statement& r) {
        auto& c = a.criteria[r.getText(0)];
        const auto item = r.getText(1);
        if (item.empty())
            c.ratingEvidenceIds.push_back(r.getInt(2));
        else if (auto it = c.answers.find(item); it != c.answers.end())
            it->second.evidenceIds.push_back(r.getInt(2));
    });
}

Result<std::vector<Override>> readOverrides(const Connection& db, bool activeOnly)
{
    auto st = db.prepare(std::string("SELECT id, criterion_id, auto_status, auto_value, new_status, reason_category,"
                                     " rationale, evidence_ids, author, created_at, active FROM overrides")
        + (activeOnly ? " WHERE active = 1 ORDER BY criterion_id, id" : " ORDER BY id"));
    if (!st)
        return st.error();
    std::vector<Override> out;
    if (auto s = forEachRow(*st,
            [&](Statement& r) {
                out.push_back({ r.getInt(0), r.getText(1), r.getText(2), r.getOptDouble(3), r.getText(4), r.getText(5),
                    r.getText(6), parseIds(r.getText(7)), r.getText(8), r.getInt(9), r.getInt(10) != 0 });
            });
        !s)
        return s.error();
    return out;
}

Status loadRefOverrides(const Connection& db, Assessments& a)
{
    auto st = db.prepare("SELECT criterion_id, param, value_json, rationale, author, changed_at FROM ref_overrides"
                         " ORDER BY criterion_id, param");
    if (!st)
        return st.error();
    return forEachRow(*st, [&](Statement& r) {
        a.refOverrides.push_back({ r.getText(0), r.getText(1), nlohmann::json::parse(r.getText(2), nullptr, false),
            r.getText(3), r.getText(4), r.getInt(5) });
    });
}

/// Makes sure the criterion has an assessments row, then runs one UPDATE on it.
Status updateAssessment(Connection& db, const std::string& criterionId, const std::string& setSql,
    const std::function<void(Statement&)>& bind, const Clock& clock)
{
    auto up = db.prepare("INSERT INTO assessments(criterion_id, updated_at) VALUES (?, ?)"
                         " ON CONFLICT(criterion_id) DO UPDATE SET updated_at = excluded.updated_at");
    if (!up)
        return up.error();
    if (auto s = up->bind(1, criterionId).bind(2, clock.now()).run(); !s)
        return s;
    auto st = db.prepare("UPDATE assessments SET " + setSql + " WHERE criterion_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, criterionId);
    bind(*st);
    return st->run();
}

/// One transaction around updateAssessment.
Status assessmentTx(Connection& db, const std::string& criterionId, const std::string& setSql,
    const std::function<void(Statement&)>& bind, const Clock& clock)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto s = updateAssessment(db, criterionId, setSql, bind, clock); !s)
        return s;
    return tx->commit();
}

Status linkEvidence(
    Connection& db, const std::string& criterionId, const std::string& item, const std::vector<std::int64_t>& ids)
{
    auto del = db.prepare("DELETE FROM assessment_evidence WHERE criterion_id = ? AND item = ?");
    if (!del)
        return del.error();
    if (auto s = del->bind(1, criterionId).bind(2, item).run(); !s)
        return s;
    auto ins
        = db.prepare("INSERT OR IGNORE INTO assessment_evidence(criterion_id, item, evidence_id) VALUES (?, ?, ?)");
    if (!ins)
        return ins.error();
    for (auto id : ids) {
        ins->reset();
        if (auto s = ins->bind(1, criterionId).bind(2, item).bind(3, id).run(); !s)
            return s;
    }
    return {};
}

} // namespace

Result<Assessments> loadAssessments(const Connection& db)
{
    Assessments a;
    for (auto* step : { &loadCriteria, &loadAnswers, &loadRefOverrides })
        if (auto s = step(db, a); !s)
            return s.error();
    auto ov = readOverrides(db, true);
    if (!ov)
        return ov.error();
    a.overrides = std::move(*ov);
    return a;
}

Result<std::vector<Override>> overrideHistory(const Connection& db)
{
    return readOverrides(db, false);
}

Status writeChecklistAnswers(
    Connection& db, const std::string& criterionId, const std::vector<ChecklistAnswer>& answers, const Clock& clock)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto st = db.prepare("INSERT INTO checklist_answers(criterion_id, item, answer, declared, updated_at)"
                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT(criterion_id, item) DO UPDATE SET"
                         " answer = excluded.answer, declared = excluded.declared, updated_at = excluded.updated_at");
    if (!st)
        return st.error();
    for (const auto& a : answers) {
        st->reset();
        if (auto s = st->bind(1, criterionId)
                         .bind(2, a.item)
                         .bind(3, toString(a.answer))
                         .bind(4, a.declared ? 1 : 0)
                         .bind(5, clock.now())
                         .run();
            !s)
            return s;
        if (auto s = linkEvidence(db, criterionId, a.item, a.evidenceIds); !s)
            return s;
    }
    return tx->commit();
}

Status writeRating(Connection& db, const std::string& criterionId, int rating, const std::string& basis,
    const std::vector<std::int64_t>& evidenceIds, const Clock& clock)
{
    if (rating < 0 || rating > 2)
        return Error::rejected("a rating is 0, 1 or 2");
    if (text::trim(basis).empty())
        return Error::rejected("a rating needs its evidence basis (e.g. \"22 calls of 6 managers\")");
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto s = updateAssessment(
            db, criterionId, "rating = ?2, rating_basis = ?3",
            [&](Statement& st) { st.bind(2, rating).bind(3, std::string(text::trim(basis))); }, clock);
        !s)
        return s;
    if (auto s = linkEvidence(db, criterionId, "", evidenceIds); !s)
        return s;
    return tx->commit();
}

Status writeConfirmedAbsent(
    Connection& db, const std::string& criterionId, const std::optional<std::string>& rationale, const Clock& clock)
{
    if (rationale && !isFullSentence(*rationale))
        return Error::rejected(
            "the rationale must be at least one full sentence (20+ characters ending with . ! or ?)");
    return assessmentTx(
        db, criterionId, "confirmed_absent = ?2, confirmed_absent_rationale = ?3",
        [&](Statement& st) { st.bind(2, rationale ? 1 : 0).bind(3, rationale); }, clock);
}

Status writeNotApplicable(
    Connection& db, const std::string& criterionId, const std::optional<std::string>& rationale, const Clock& clock)
{
    if (rationale && !isFullSentence(*rationale))
        return Error::rejected(
            "the rationale must be at least one full sentence (20+ characters ending with . ! or ?)");
    return assessmentTx(
        db, criterionId, "not_applicable = ?2, not_applicable_rationale = ?3",
        [&](Statement& st) { st.bind(2, rationale ? 1 : 0).bind(3, rationale); }, clock);
}

Status writeImpactClass(Connection& db, const std::string& criterionId, std::optional<char> cls, const Clock& clock)
{
    if (cls && *cls != 'H' && *cls != 'M' && *cls != 'L')
        return Error::rejected("the impact class is H, M or L");
    const std::optional<std::string> text = cls ? std::optional<std::string>(std::string(1, *cls)) : std::nullopt;
    return assessmentTx(
        db, criterionId, "impact_class = ?2", [&](Statement& st) { st.bind(2, text); }, clock);
}

Status writeOutlierConfirmed(Connection& db, const std::string& criterionId, bool confirmed, const Clock& clock)
{
    return assessmentTx(
        db, criterionId, "outlier_confirmed = ?2", [&](Statement& st) { st.bind(2, confirmed ? 1 : 0); }, clock);
}

Result<std::int64_t> writeOverride(Connection& db, const Override& o, const Clock& clock)
{
    if (!isFullSentence(o.rationale))
        return Error::rejected(
            "the rationale must be at least one full sentence (20+ characters ending with . ! or ?)");
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto off = db.prepare("UPDATE overrides SET active = 0 WHERE criterion_id = ? AND active = 1");
    if (!off)
        return off.error();
    if (auto s = off->bind(1, o.criterionId).run(); !s)
        return s.error();
    auto ins
        = db.prepare("INSERT INTO overrides(criterion_id, auto_status, auto_value, new_status, reason_category,"
                     " rationale, evidence_ids, author, created_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    if (!ins)
        return ins.error();
    if (auto s = ins->bind(1, o.criterionId)
                     .bind(2, o.autoStatus)
                     .bind(3, o.autoValue)
                     .bind(4, o.newStatus)
                     .bind(5, o.reasonCategory)
                     .bind(6, std::string(text::trim(o.rationale)))
                     .bind(7, nlohmann::json(o.evidenceIds).dump())
                     .bind(8, o.author)
                     .bind(9, clock.now())
                     .run();
        !s)
        return s.error();
    const auto id = db.lastInsertRowId();
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Status clearOverride(Connection& db, const std::string& criterionId)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto off = db.prepare("UPDATE overrides SET active = 0 WHERE criterion_id = ? AND active = 1");
    if (!off)
        return off.error();
    if (auto s = off->bind(1, criterionId).run(); !s)
        return s;
    if (db.changes() == 0)
        return Error::rejected(criterionId + " has no active override");
    return tx->commit();
}

Status writeRefOverrides(Connection& db, const std::vector<RefOverride>& changes, const Clock& clock)
{
    for (const auto& r : changes) {
        if (r.value.is_null() || r.value.is_discarded())
            return Error::rejected("the new value of " + r.param + " is missing");
        if (!isFullSentence(r.rationale))
            return Error::rejected(
                "the rationale must be at least one full sentence (20+ characters ending with . ! or ?)");
    }
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto st = db.prepare("INSERT INTO ref_overrides(criterion_id, param, value_json, rationale, author, changed_at)"
                         " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(criterion_id, param) DO UPDATE SET"
                         " value_json = excluded.value_json, rationale = excluded.rationale,"
                         " author = excluded.author, changed_at = excluded.changed_at");
    if (!st)
        return st.error();
    for (const auto& r : changes) {
        st->reset();
        if (auto s = st->bind(1, r.criterionId)
                         .bind(2, r.param)
                         .bind(3, r.value.dump())
                         .bind(4, std::string(text::trim(r.rationale)))
                         .bind(5, r.author)
                         .bind(6, clock.now())
                         .run();
            !s)
            return s;
    }
    return tx->commit();
}

Status clearRefOverride(Connection& db, const std::string& criterionId, const std::string& param)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto st = db.prepare("DELETE FROM ref_overrides WHERE criterion_id = ? AND param = ?");
    if (!st)
        return st.error();
    if (auto s = st->bind(1, criterionId).bind(2, param).run(); !s)
        return s;
    if (db.changes() == 0)
        return Error::rejected("no parameter change " + (criterionId.empty() ? param : criterionId + " " + param));
    return tx->commit();
}

} // namespace sa::evidence
