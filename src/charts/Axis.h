#pragma once
// Value scales and category label layout shared by bar and line charts (internal).
#include "Canvas.h"

#include <QPolygonF>
#include <QStringList>
#include <vector>

namespace sa::charts {

/// A linear value range with "nice" tick steps (1, 2, 2.5, 5 x 10^n).
struct ValueScale {
    double min = 0;
    double max = 1;
    double step = 1;

    [[nodiscard]] std::vector<double> ticks() const;
    /// Maps `v` from [min, max] onto [from, to] (to may be smaller than from for an upward y axis).
    [[nodiscard]] double map(double v, double from, double to) const;
};

/// A scale covering [lo, hi] (and 0) with at most `maxTicks` intervals; a flat or empty range becomes [0, 1].
ValueScale niceScale(double lo, double hi, int maxTicks);

/// How category labels under a horizontal axis are drawn so that none overlap.
struct LabelLayout {
    double angle = 0; ///< 0, 45 or 90 degrees (rotated labels read upwards)
    int every = 1; ///< only every n-th label is drawn when even vertical text does not fit
    double extent = 0; ///< vertical space the labels need below the axis
    QStringList texts; ///< elided texts, empty where a label is skipped
};

/// Chooses horizontal, 45° or 90° labels (eliding to `maxExtent`) for anchors `anchors` spaced by `slot`;
/// a label never reaches left of `minX`.
LabelLayout layoutCategoryLabels(const QStringList& labels, const QFontMetricsF& fm, double slot, double maxExtent,
    const std::vector<double>& anchors, double minX);
/// The polygon each drawn label occupies when the labels hang below `y` (empty polygon for skipped labels).
std::vector<QPolygonF> labelPolygons(
    const LabelLayout& layout, const QFontMetricsF& fm, const std::vector<double>& anchors, double y);
void drawCategoryLabels(
    Canvas& c, const LabelLayout& layout, const QFont& f, const std::vector<double>& anchors, double y);

/// Width of the widest tick label of `scale`.
double tickLabelWidth(const Canvas& c, const ValueScale& scale, const QFont& f);
/// Grid lines and tick labels: values along y (labels left of `plot`) or along x (labels under `plot`).
void drawValueGrid(Canvas& c, const QRectF& plot, const ValueScale& scale, const QFont& f, bool valuesAlongY);

} // namespace sa::charts
