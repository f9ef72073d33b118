#pragma once
// Renders a ReportModel to an A4 PDF: cover, printed contents with page numbers (two-pass layout),
// running header and footer ("page x of y"), charts drawn as vectors by the chart layer, DejaVu Sans
// embedded so Cyrillic is searchable. User text is laid out as plain text, never as markup, and no
// resource is ever loaded. The file is written atomically: on any failure an earlier file stays intact.
#include "ReportModel.h"
#include "common/Result.h"

#include <functional>

namespace sa::report {

struct PdfOptions {
    int dpi = 300;
    /// Called after each finished page with (pages done, total); return false to cancel, which
    /// leaves the target untouched.
    std::function<bool(int, int)> progress;
};

class PdfReportWriter {
public:
    explicit PdfReportWriter(PdfOptions options = {});

    /// Writes `model` to `path` (temp file + rename). Returns the number of pages. Needs a QGuiApplication.
    [[nodiscard]] Result<int> write(const ReportModel& model, const QString& path) const;

private:
    PdfOptions m_options;
};

/// Makes sure the embedded report font (DejaVu Sans) is known to Qt; false when it cannot be found.
bool ensureReportFonts();

} // namespace sa::report
