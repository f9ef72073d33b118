#pragma once
// The report's sections laid out on a PageComposer: cover, contents, summary, matrix, a section per
// component, dashboards, action plan with roadmap, appendix. Run once per pass; the contents page
// prints the page numbers learnt in the previous pass.
#include "PageComposer.h"
#include "ReportModel.h"

#include <vector>

namespace sa::report::pdf {

struct TocEntry {
    QString title;
    int level = 1;
    int page = 0;
};

class ReportSections {
public:
    /// `known` = the contents learnt by the previous pass (empty on the first pass).
    ReportSections(PageComposer& composer, const ReportModel& model, const std::vector<TocEntry>& known);

    void compose();
    [[nodiscard]] const std::vector<TocEntry>& toc() const { return m_toc; }

private:
    void cover();
    void contents();
    void summary();
    void summaryBottlenecks();
    void matrix();
    void component(const ComponentSection& section);
    void criterion(const CriterionFinding& c);
    void measurements(const CriterionFinding& c);
    void evidence(const CriterionFinding& c);
    void overrideBlock(const OverrideInfo& o);
    void dashboards();
    void plan();
    void appendix();
    void appendixTables();

    void heading(const QString& title, int level, bool inContents = true);
    void chart(const charts::ChartSpec& spec, const QString& caption, double heightMm, bool drawTitle = true);
    void gap(double mmValue) { m_c.skip(m_c.mm(mmValue)); }
    [[nodiscard]] Cell statusCell(Light light) const;
    [[nodiscard]] QString componentName(const QString& id) const;

    PageComposer& m_c;
    const ReportModel& m_m;
    const Labels& m_l;
    const std::vector<TocEntry>& m_known;
    std::vector<TocEntry> m_toc;
};

} // namespace sa::report::pdf
