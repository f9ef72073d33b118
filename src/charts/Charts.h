#pragma once
// The chart layer in one include: specs, style, the renderer, exports and translations.
#include "ChartSpec.h"
#include "ChartStyle.h"
#include "ChartTranslations.h"
#include "Export.h"
#include "NumberFormat.h"
#include "Renderer.h"
#include "StatusBadge.h"
