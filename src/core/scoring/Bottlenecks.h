#pragma once
// Bottleneck ranking and money impact (spec §6).
#include "ScoreResult.h"
#include "common/Params.h"

namespace sa::scoring {

/// Fills out.bottlenecks, out.unranked and out.blindSpots from out.criteria.
/// Candidates: red/yellow criteria except outcome ones (M1). Impact: the measurement's calc impact
/// when the block has one, else the expert class (assessments, default Medium for red, Low for
/// yellow) × GP(W). Priority = weight × impact; ties: red first, higher weight, catalogue order.
/// A calc impact above refs.outlier_share_of_revenue × rev(W) ranks only once confirmed.
/// Impacts are never summed.
void rankBottlenecks(const Catalogue& catalogue, const Params& params, const std::vector<Measurement>& measurements,
    const evidence::Assessments& assessments, ScoreResult& out);

} // namespace sa::scoring
