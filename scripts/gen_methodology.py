#!/usr/bin/env python3
"""Generate docs/METHODOLOGY.md from the criteria catalogue (criteria/*.json).

Usage: gen_methodology.py [--check]
  (no option)  write docs/METHODOLOGY.md
  --check      exit 1 when docs/METHODOLOGY.md differs from what would be generated
Python 3 standard library only; the output is deterministic (catalogue order, no timestamps).
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRITERIA = ROOT / "criteria"
OUTPUT = ROOT / "docs" / "METHODOLOGY.md"
COMPONENTS = "PMCLS"

HORIZONS = {"QW": "quick win (month 1)", "3M": "3 months (quarter 1)",
            "1Y": "1 year (quarters 2–4)", "3Y": "3 years"}
DIRECTIONS = {"lower_is_better": "lower is better", "higher_is_better": "higher is better"}

SCORING_RULES = """\
## Scoring rules (summary)

The full rules are in the criteria specification (§5–§7); this is a brief summary.

**Statuses.** green = 1.0 (matches the reference model) · yellow = 0.5 (partial deviation) ·
red = 0.0 (significant deviation, or practice confirmed absent) · not_assessed (reason: no_data,
insufficient_sample, no_evidence, not_applicable, pending). A criterion outside the chosen variant
(express / standard / premium) is hidden and excluded from all denominators.

**Metric criteria.** Values are kept unrounded. An indicator is green when its value is at or better
than `green`, yellow when at or better than `yellow`, red otherwise; **a boundary value belongs to the
better status**. A part's status is the worst of its indicators. A missing input, a division by zero or
a sample below `min_sample` gives not_assessed with a reason — never a silent green. Type D (discipline)
metrics: a mapped but empty field is measured (low fill → red); a field absent from the export is
not_assessed (no_data); where `confirmed absent` is allowed, the consultant may confirm the practice
does not exist and the criterion becomes red.

**Checklist criteria.** yes = 1, partly = 0.5, no = 0, n.a. = excluded; score = mean of answered items.
Green ≥ 0.85 · yellow ≥ 0.50 · red < 0.50. Fewer than 60 % of the applicable items answered →
not_assessed. Every answer references evidence; in the express variant answers from the group session
are allowed and flagged "declared".

**Rating criteria.** Rating 2 → green, 1 → yellow, 0 → red; a rating requires an evidence basis text
with the sample.

**Composite criteria** (metric+checklist, multi-part metrics). Each part gets a status value
(1 / 0.5 / 0); mean = 1 → green, 0.5 ≤ mean < 1 → yellow, mean < 0.5 → red. Parts not assessed are
skipped and the criterion is flagged partial; no part assessed → not_assessed.

**Consultant override.** Any status may be overridden with a reason category (data_quality ·
business_context · new_evidence · threshold_not_applicable) and a rationale of at least one full
sentence. Overriding not_assessed to a colour needs at least one evidence reference. Overrides are
reversible and never delete the automatic result; the report lists them.

**Component score.** score = 100 × Σ_assessed w·v / Σ_assessed w; coverage = 100 × Σ_assessed w /
Σ_in-scope w. Coverage < 60 % → grey "insufficient coverage"; otherwise green ≥ 80, yellow ≥ 50,
red < 50. A red weight-3 criterion caps its component at yellow.

**Overall index.** Unweighted mean of the coloured component scores, shown only when at least 4
components are coloured; at most yellow if any component is red. Express results are "indicative".

**Bottleneck ranking (§6).** Candidates are red and yellow in-scope criteria except M1 (its plan gap is
the headline). Impact per year on a gross-profit basis: `calc` criteria use their formula; `expert`
criteria take a class High 5 % · Medium 2 % · Low 0.5 % of GP(W) (default Medium for red, Low for
yellow); `outcome` is M1's plan gap. Priority = weight × impact, sorted descending (ties: red before
yellow, higher weight, lower ID). Impacts overlap and are never summed; a calc impact above 30 % of
revenue is an outlier that needs confirmation.

**Action plan (§7).** For each red or yellow criterion its default actions are proposed in bottleneck
order (yellow: only the first action); M1's actions open the plan; prerequisites are planned before
their dependants. Roadmap: QW in month 1, 3M in quarter 1, 1Y over quarters 2–4, 3Y by year.
"""


def load(name):
    with open(CRITERIA / name, encoding="utf-8") as f:
        return json.load(f)


def cell(text):
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def number(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def threshold(value, unit):
    if unit == "share":
        pct = value * 100
        pct = round(pct, 6)
        return f"{number(value)} ({number(pct)} %)"
    if unit == "pp":
        return f"{number(value)} pp"
    return number(value)


def indicator_rows(metric):
    unit = metric["unit"]
    rows = ["| Part | Indicator | Direction | Green | Yellow | Red |", "|---|---|---|---|---|---|"]
    for part in metric["parts"]:
        for ind in part["indicators"]:
            u = ind.get("unit") or unit
            better = "≤" if ind["direction"] == "lower_is_better" else "≥"
            worse = ">" if better == "≤" else "<"
            g, y = threshold(ind["green"], u), threshold(ind["yellow"], u)
            rows.append(f"| {cell(part['id'])}: {cell(part['name']['en'])} | `{ind['key']}` "
                        f"{cell(ind['name']['en'])} | {DIRECTIONS[ind['direction']]} | {better} {g} "
                        f"| {better} {y} | {worse} {y} |")
    return rows


def metric_section(c):
    m = c["metric"]
    kind = {"D": "D (data discipline)", "L": "L (level)"}.get(c["metric_type"], "—")
    sample = m["min_sample"] if m["min_sample"] is not None else "none stated"
    lines = ["**Metric**", "",
             f"- Type {kind}; unit `{m['unit']}`; minimum sample {sample}; confirmed absent "
             f"{'allowed (→ red)' if m['confirmed_absent_allowed'] else 'not allowed'}.",
             f"- Formula: {m['formula']['en']}",
             f"- Формула: {m['formula']['ru']}", ""]
    return lines + indicator_rows(m) + [""]


def checklist_section(c):
    lines = ["**Checklist**", ""]
    for item in c["checklist"]:
        extra = []
        if item["variants"]:
            extra.append("only in " + ", ".join(item["variants"]))
        if item["auto_hint"]:
            hint = item["auto_hint"]
            extra.append("auto hint: " + (hint["en"] if isinstance(hint, dict) else str(hint)))
        suffix = f" *({'; '.join(extra)})*" if extra else ""
        lines.append(f"- ({item['id']}) {item['text']['en']} — {item['text']['ru']}{suffix}")
    return lines + [""]


def rating_section(c):
    r = c["rating"]
    lines = ["**Rating**", ""]
    for level in sorted(r["levels"], reverse=True):
        lines.append(f"- Level {level}: {r['levels'][level]['en']}")
    lines.append(f"- Basis required: {r['basis_required']['en']}")
    return lines + [""]


def actions_section(c):
    lines = ["**Actions**", "", "| ID | Action | Horizon | Owner | Target KPI |", "|---|---|---|---|---|"]
    for a in c["actions"]:
        kpi = a.get("target_kpi") or {}
        lines.append(f"| {a['id']} | {cell(a['text']['en'])}<br>{cell(a['text']['ru'])} | "
                     f"{a['horizon']} | {', '.join(a['owner'])} | {cell(kpi.get('en', ''))} |")
    return lines + [""]


def criterion_section(c):
    lines = [f"### {c['id']} · {c['name']['en']} ({c['name']['ru']})", "",
             f"- Weight: {c['weight']} · variants: {', '.join(c['variants'])} · evidence: "
             f"`{c['evidence']}` · seeds: {', '.join(c['seeds']) or '—'}",
             f"- Checks: {c['checks']['en']}",
             f"- Green (reference state): {c['green']['en']}",
             f"- Зелёный (эталон): {c['green']['ru']}", ""]
    if c["metric"]:
        lines += metric_section(c)
    if c["checklist"]:
        lines += checklist_section(c)
    if c["rating"]:
        lines += rating_section(c)
    lines += [f"**Missing data:** {c['missing']['en']}", "", f"*Нет данных:* {c['missing']['ru']}", ""]
    impact = c["impact"]
    text = f"**Impact:** `{impact['kind']}`"
    if impact.get("formula"):
        text += f" — {impact['formula']['en']}"
    lines += [text, ""]
    if c["prerequisites"]:
        lines += [f"**Prerequisites:** {', '.join(c['prerequisites'])}", ""]
    return lines + actions_section(c)


def refs_section(refs):
    lines = ["## Reference parameters (refs.json)", "",
             f"Catalogue version {refs['catalogue_version']}. Per-audit changes are rows in the project's "
             "`ref_overrides` table with a rationale; these files are never edited for one audit.", "",
             "| Parameter | Default | Unit | Used by | Description |", "|---|---|---|---|---|"]
    for name, p in refs["params"].items():
        value = json.dumps(p["value"], ensure_ascii=False, sort_keys=True)
        lines.append(f"| `{name}` | `{cell(value)}` | {p['unit']} | {', '.join(p['used_by']) or '—'} | "
                     f"{cell(p['description']['en'])} |")
    return lines + [""]


def generate():
    comps = [load(f"{k}.json") for k in COMPONENTS]
    refs = load("refs.json")
    total = sum(len(c["criteria"]) for c in comps)
    out = ["# Methodology — reference model v1", "",
           "<!-- Generated by scripts/gen_methodology.py from criteria/*.json. Do not edit by hand: "
           "edit the catalogue and run `cmake --build build --target methodology_doc`. -->", "",
           f"The audit scores {total} criteria in {len(comps)} components. Criterion IDs stay the same "
           "across versions and re-audits. Horizons: " +
           " · ".join(f"{k} = {v}" for k, v in HORIZONS.items()) +
           ". Owners: Owner, ROP (head of sales), MKT (marketing), HR.", "",
           "How to read the threshold tables: an indicator is green when its value is at or better than "
           "Green, yellow when at or better than Yellow, red otherwise; **a value exactly on a boundary "
           "belongs to the better status** (stalled share 0.15 is green, 0.35 is yellow). Shares are "
           "fractions shown with their percentage. A part's status is the worst of its indicators. "
           "Checklist criteria are green at a score ≥ 0.85 and yellow at ≥ 0.50 (see the scoring rules).", "",
           "## Contents", ""]
    for comp in comps:
        cm = comp["component"]
        weight = sum(c["weight"] for c in comp["criteria"])
        out.append(f"- [{cm['id']} · {cm['name']['en']} ({cm['name']['ru']})](#component-{cm['id'].lower()}) "
                   f"— {len(comp['criteria'])} criteria, total weight {weight}")
    out += ["- [Scoring rules](#scoring-rules-summary)", "- [Reference parameters](#reference-parameters-refsjson)", ""]
    for comp in comps:
        cm = comp["component"]
        out += [f"<a id=\"component-{cm['id'].lower()}\"></a>", "",
                f"## {cm['id']} · {cm['name']['en']} ({cm['name']['ru']})", "",
                "| ID | Criterion | Weight | Evidence | Variants |", "|---|---|---|---|---|"]
        for c in comp["criteria"]:
            out.append(f"| {c['id']} | {cell(c['name']['en'])} | {c['weight']} | {c['evidence']} | "
                       f"{', '.join(v[0].upper() for v in c['variants'])} |")
        out.append("")
        for c in comp["criteria"]:
            out += criterion_section(c)
    out += SCORING_RULES.splitlines() + [""]
    out += refs_section(refs)
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv):
    if argv not in ([], ["--check"]):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    text = generate()
    if argv == ["--check"]:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date with criteria/*.json; regenerate it with "
                  "`python3 scripts/gen_methodology.py` (or the methodology_doc build target)", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is current")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
