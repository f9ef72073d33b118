#include "ImportWizard.h"

#include "AuditDocument.h"
#include "ImportPages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sa::app {

ImportWizard::ImportWizard(AuditDocument* doc, const QString& file, QWidget* parent)
    : QWizard(parent)
    , m_doc(doc)
    , m_job(new ImportJob(this))
{
    setWindowTitle(tr("Import a file"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(file, this));
    setPage(FormatPage, new ImportPreviewPage(false, this));
    setPage(PreviewPage, new ImportPreviewPage(true, this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(DryRunPage, new ImportRunPage(true, this));
    setPage(ImportPage, new ImportRunPage(false, this));
    resize(900, 640);
}

void ImportWizard::setFormatOverride(const QString& encoding, const QString& delimiter)
{
    m_encoding = encoding;
    m_delimiter = delimiter;
    updateMappingJson();
}

void ImportWizard::setColumnMapping(const QList<QPair<QString, QString>>& headerToField)
{
    m_columns = headerToField;
    updateMappingJson();
}

void ImportWizard::updateMappingJson()
{
    if (m_encoding.isEmpty() && m_delimiter.isEmpty() && m_columns.isEmpty()) {
        m_request.mappingJson.reset(); // the preset alone
        return;
    }
    QJsonObject root;
    root.insert(QStringLiteral("entity"), QLatin1String(import::toString(m_request.entity)));
    if (!m_encoding.isEmpty())
        root.insert(QStringLiteral("encoding"), m_encoding);
    if (!m_delimiter.isEmpty())
        root.insert(QStringLiteral("delimiter"), m_delimiter);
    QJsonObject columns;
    for (const auto& [header, field] : m_columns) {
        // Optional: a column the user mapped must not make the next file of this CRM fail.
        columns.insert(
            header, QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("optional"), true } });
    }
    if (!columns.isEmpty())
        root.insert(QStringLiteral("columns"), columns);
    m_request.mappingJson = QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace sa::app
