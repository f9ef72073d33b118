#pragma once
// The scoring engine's notes are English sentences (ScoreResult: criterion and part notes); the report
// prints them in its own language. Known sentences and the few patterns with numbers are translated;
// an unknown note is printed as the engine wrote it rather than dropped.
#include "ReportLabels.h"

#include <QString>
#include <string>

namespace sa::report {

/// `note` in `lang` (English is returned as it is).
QString engineNoteText(const std::string& note, Language lang);

} // namespace sa::report
