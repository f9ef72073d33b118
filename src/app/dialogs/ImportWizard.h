#pragma once
// The import wizard: file (dialog or drag and drop) → detected format, encoding and delimiter
// (changeable) → preview of the rows as they will land → column mapping (saved/loaded as mapping
// JSON) → dry-run summary with data-quality issues → import in the background with progress and
// Cancel (which rolls back). Every step runs the import pipeline (import/Importer.h) off the GUI thread.
#include "ImportJob.h"

#include <QWizard>

namespace sa::app {

class AuditDocument;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, FormatPage, PreviewPage, MappingPage, DryRunPage, ImportPage };
    ImportWizard(AuditDocument* doc, const QString& file = {}, QWidget* parent = nullptr);

    [[nodiscard]] AuditDocument* document() const { return m_doc; }
    [[nodiscard]] ImportJob* job() const { return m_job; }
    /// The request as the pages have set it up so far.
    import::ImportRequest& request() { return m_request;
}
    /// Encoding/delimiter forced on the format page and the columns of the mapping page, as the
    /// mapping JSON the pipeline reads over the preset (empty object parts are left out).
    void setFormatOverride(const QString& encoding, const QString& delimiter);
void setColumnMapping(const QList<QPair<QString, QString>>& headerToField);
/// Rebuilds request().mappingJson from the overrides.
void updateMappingJson();
/// The last preview (format, binding, rows).
[[nodiscard]] const ImportOutcome& lastPreview() const
{
    return m_preview;
}
void setLastPreview(const ImportOutcome& p)
{
    m_preview = p;
}
/// True after a successful import (the caller refreshes the views).
[[nodiscard]] bool imported() const
{
    return m_imported;
}
void setImported()
{
    m_imported = true;
}

private:
AuditDocument* m_doc;
ImportJob* m_job;
import::ImportRequest m_request;
QString m_encoding, m_delimiter;
QList<QPair<QString, QString>> m_columns;
ImportOutcome m_preview;
bool m_imported = false;
}; // namespace sa::app

} // namespace sa::app
