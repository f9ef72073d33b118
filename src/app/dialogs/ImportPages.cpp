#include "ImportPages.h"

#include "AuditDocument.h"
#include "ImportWizard.h"
#include "Settings.h"
#include "import/presets/Presets.h"
#include "models/EntityColumns.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sa::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QTableWidget* makeTable(QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

} // namespace

// ---- file ----

ImportFilePage::ImportFilePage(const QString& file, QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(file, this))
    , m_entity(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_detected(new QLabel(this))
{
    setTitle(tr("File"));
    setSubTitle(tr("Choose a CRM export (CSV, XLSX or a Bitrix24 .xls) or drop it on this page."));
    setAcceptDrops(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    for (const auto& e : import::entityDefs())
        m_entity->addItem(findEntity(qs(e.table)) ? titleText(*findEntity(qs(e.table))) : qs(e.name), int(e.entity));
    for (const auto& p : import::presets())
        m_preset->addItem(qs(p.title), qs(p.name));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout(this);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(tr("&What it holds:"), m_entity);
    form->addRow(tr("&Exported from:"), m_preset);
    form->addRow(QString(), m_detected);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::detectPreset);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportFilePage::detectPreset);
    detectPreset();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import a file"), Settings().lastFolder(),
            tr("CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
}

ImportWizard* ImportFilePage::wiz() const
{
    return static_cast<ImportWizard*>(wizard());
}

void ImportFilePage::detectPreset()
{
    // Reads the header row only, so it is quick enough for the GUI thread.
    m_detected->clear();
    if (!isComplete())
        return;
    auto found = import::detectPresets(QFileInfo(m_path->text().trimmed()).absoluteFilePath().toStdString(),
        import::Entity(m_entity->currentData().toInt()));
    if (!found || found->empty()) {
        m_detected->setText(found ? tr("No preset recognises this header: map the columns on the mapping page.")
                                  : describe(found.error()));
        return;
    }
    const int index = m_preset->findData(qs(found->front()));
    m_preset->setCurrentIndex(std::max(0, index));
    m_detected->setText(tr("Detected: %1").arg(m_preset->itemText(std::max(0, index))));
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    import::ImportRequest& r = wiz()->request();
    r.file = QFileInfo(m_path->text().trimmed()).absoluteFilePath().toStdString();
    r.entity = import::Entity(m_entity->currentData().toInt());
    r.preset = m_preset->currentData().toString().toStdString();
    wiz()->setFormatOverride({}, {});
    wiz()->setColumnMapping({});
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1)
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event)
{
    m_path->setText(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

// ---- format and preview ----

ImportPreviewPage::ImportPreviewPage(bool showRows, QWidget* parent)
    : QWizardPage(parent)
    , m_showRows(showRows)
    , m_detected(new QLabel(this))
    , m_table(makeTable(this))
{
    setTitle(showRows ? tr("Preview") : tr("Format"));
    setSubTitle(showRows
            ? tr("The first rows as they will land in the audit, with their problems.")
            : tr("What was detected in the file. Change the encoding or delimiter if the text looks wrong."));
    m_detected->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    if (!showRows) {
        m_encoding = new QComboBox(this);
        m_encoding->addItem(tr("detect"), QString());
        for (const char* e : { "utf-8", "windows-1251", "koi8-r", "cp866", "utf-16le", "utf-16be" })
            m_encoding->addItem(QLatin1String(e), QLatin1String(e));
        m_delimiter = new QComboBox(this);
        m_delimiter->addItem(tr("detect"), QString());
        m_delimiter->addItem(tr("comma ,"), QStringLiteral(","));
        m_delimiter->addItem(tr("semicolon ;"), QStringLiteral(";"));
        m_delimiter->addItem(tr("tab"), QStringLiteral("\\t"));
        m_delimiter->addItem(tr("pipe |"), QStringLiteral("|"));
        auto* form = new QFormLayout;
        form->addRow(tr("E&ncoding:"), m_encoding);
        form->addRow(tr("&Delimiter:"), m_delimiter);
        layout->addLayout(form);
        for (QComboBox* c : { m_encoding, m_delimiter })
            connect(c, &QComboBox::currentIndexChanged, this, [this] {
                wiz()->setFormatOverride(m_encoding->currentData().toString(), m_delimiter->currentData().toString());
                runPreview();
            });
    }
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
}

ImportWizard* ImportPreviewPage::wiz() const
{
    return static_cast<ImportWizard*>(wizard());
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready;
}

void ImportPreviewPage::initializePage()
{
    if (m_showRows)
        showOutcome(); // the format page has just previewed with the current settings
    else
        runPreview();
}

void ImportPreviewPage::runPreview()
{
    m_ready = false;
    Q_EMIT completeChanged();
    m_detected->setText(tr("Reading the file…"));
    m_table->setRowCount(0);
    ImportJob* job = wiz()->job();
    disconnect(job, &ImportJob::finished, this, nullptr);
    connect(job, &ImportJob::finished, this, [this, job] {
        disconnect(job, &ImportJob::finished, this, nullptr);
        wiz()->setLastPreview(job->outcome());
        showOutcome();
    });
    job->start(ImportJob::Step::Preview, wiz()->document()->path(), wiz()->request());
}

void ImportPreviewPage::showOutcome()
{
    const ImportOutcome& o = wiz()->lastPreview();
    m_ready = o.error.isEmpty();
    Q_EMIT completeChanged();
    if (!m_ready) {
        m_detected->setText(tr("The file cannot be imported: %1").arg(o.error));
        return;
    }
    const import::ImportSummary& s = o.summary;
    QString text = tr("Format: %1 · encoding: %2 · delimiter: %3")
                       .arg(qs(s.format), qs(s.encoding), s.delimiter.empty() ? tr("none") : qs(s.delimiter));
    for (const auto& note : s.notes)
        text += QStringLiteral("\n• ") + qs(note);
    m_detected->setText(text);
    if (!m_showRows) {
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Source column"), tr("Format") });
        for (const auto& c : s.columns) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            m_table->setItem(r, 0, new QTableWidgetItem(qs(c.field)));
            m_table->setItem(
                r, 1, new QTableWidgetItem(c.header.empty() ? tr("constant: %1").arg(qs(c.constant)) : qs(c.header)));
            m_table->setItem(r, 2, new QTableWidgetItem(qs(c.format)));
        }
        return;
    }
    QStringList fields;
    for (const auto& row : o.rows)
        for (const auto& [field, value] : row.values)
            if (!fields.contains(qs(field)))
                fields << qs(field);
    m_table->setColumnCount(int(fields.size()) + 2);
    m_table->setHorizontalHeaderLabels(QStringList { tr("Row") } + fields + QStringList { tr("Problems") });
    m_table->setRowCount(int(o.rows.size()));
    for (int r = 0; r < int(o.rows.size()); ++r) {
        const import::PreviewRow& row = o.rows[size_t(r)];
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(row.rowNumber)));
        for (const auto& [field, value] : row.values)
            m_table->setItem(r, int(fields.indexOf(qs(field))) + 1, new QTableWidgetItem(qs(value)));
        QStringList issues;
        for (const auto& i : row.issues)
            issues << qs(i);
        m_table->setItem(r, int(fields.size()) + 1, new QTableWidgetItem(issues.join(QStringLiteral("; "))));
    }
    m_table->resizeColumnsToContents();
}

// ---- mapping ----

ImportMappingPage::ImportMappingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_table(makeTable(this))
{
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Which column of the file feeds which field of the audit. The preset's header synonyms are "
                   "already applied; change what is wrong."));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Field") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* save = new QPushButton(tr("&Save mapping…"), this);
    auto* load = new QPushButton(tr("&Load mapping…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(load);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
}

ImportWizard* ImportMappingPage::wiz() const
{
    return static_cast<ImportWizard*>(wizard());
}

void ImportMappingPage::initializePage()
{
    const import::ImportSummary& s = wiz()->lastPreview().summary;
    QList<QPair<QString, QString>> rows; // header → bound field
    for (const auto& c : s.columns)
        if (!c.header.empty())
            rows << qMakePair(qs(c.header), qs(c.field));
    for (const auto& h : s.ignoredColumns)
        rows << qMakePair(qs(h), QString());
    const import::EntityDef& def = import::entityDef(wiz()->request().entity);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("(not imported)"), QString());
        for (const auto& f : def.fields)
            combo->addItem(QLatin1String(f.name), QLatin1String(f.name));
        combo->setCurrentIndex(std::max(0, combo->findData(rows[r].second)));
        m_table->setCellWidget(r, 1, combo);
    }
}

bool ImportMappingPage::validatePage()
{
    QList<QPair<QString, QString>> mapping;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString field = static_cast<QComboBox*>(m_table->cellWidget(r, 1))->currentData().toString();
        if (!field.isEmpty())
            mapping << qMakePair(m_table->item(r, 0)->text(), field);
    }
    wiz()->setColumnMapping(mapping);
    return true;
}

void ImportMappingPage::saveMapping()
{
    validatePage();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save mapping"), Settings().lastFolder(), tr("Mapping files (*.json)"));
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    f.write(QByteArray::fromStdString(wiz()->request().mappingJson.value_or("{}")));
}

void ImportMappingPage::loadMapping()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Load mapping"), Settings().lastFolder(), tr("Mapping files (*.json)"));
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject columns
        = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("columns")).toObject();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QJsonValue v = columns.value(m_table->item(r, 0)->text());
        const QString field = v.isObject() ? v.toObject().value(QLatin1String("field")).toString() : v.toString();
        auto* combo = static_cast<QComboBox*>(m_table->cellWidget(r, 1));
        if (!v.isUndefined())
            combo->setCurrentIndex(std::max(0, combo->findData(field)));
    }
}

// ---- dry run and import ----

ImportRunPage::ImportRunPage(bool dryRun, QWidget* parent)
    : QWizardPage(parent)
    , m_dryRun(dryRun)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel the import"), this))
    , m_summary(new QPlainTextEdit(this))
{
    setTitle(dryRun ? tr("Check") : tr("Import"));
    setSubTitle(dryRun ? tr("The whole file is checked as if imported, then rolled back: nothing is written yet.")
                       : tr("The file is imported in one transaction; Cancel rolls everything back."));
    setCommitPage(!dryRun);
    m_progress->setRange(0, 1000);
    m_summary->setReadOnly(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] { wiz()->job()->cancel(); });
}

ImportWizard* ImportRunPage::wiz() const
{
    return static_cast<ImportWizard*>(wizard());
}

bool ImportRunPage::isComplete() const
{
    return m_done && (m_ok || m_dryRun == false);
}

void ImportRunPage::initializePage()
{
    m_done = m_ok = false;
    m_summary->clear();
    m_cancel->setEnabled(true);
    Q_EMIT completeChanged();
    ImportJob* job = wiz()->job();
    connect(job, &ImportJob::progress, this, [this](double f, qlonglong rows) {
        m_progress->setValue(int(f * 1000));
        m_progress->setFormat(tr("%1 rows").arg(QLocale().toString(rows)));
    });
    connect(job, &ImportJob::finished, this, &ImportRunPage::showOutcome);
    job->start(
        m_dryRun ? ImportJob::Step::DryRun : ImportJob::Step::Import, wiz()->document()->path(), wiz()->request());
}

void ImportRunPage::cleanupPage()
{
    wiz()->job()->cancel();
    disconnect(wiz()->job(), nullptr, this, nullptr);
}

void ImportRunPage::showOutcome()
{
    disconnect(wiz()->job(), nullptr, this, nullptr);
    const ImportOutcome& o = wiz()->job()->outcome();
    m_done = true;
    m_ok = o.error.isEmpty();
    m_cancel->setEnabled(false);
    if (!m_ok) {
        m_summary->setPlainText(o.cancelled ? tr("Cancelled: nothing was written.")
                                            : tr("Not imported; nothing was written.\n%1").arg(o.error));
        Q_EMIT completeChanged();
        return;
    }
    const import::ImportSummary& s = o.summary;
    QStringList lines;
    lines << tr("Rows read: %1").arg(s.rowsRead) << tr("Rows imported: %1").arg(s.rowsImported)
          << tr("Rows with data-quality issues: %1").arg(s.rowsWithIssues)
          << tr("Rows that cannot land: %1").arg(s.rowsSkipped)
          << tr("New managers: %1, new stages: %2, new channels: %3")
                 .arg(s.newManagers)
                 .arg(s.newStages)
                 .arg(s.newChannels);
    for (const auto& [reason, n] : s.issuesByReason)
        lines << tr("  %1: %2").arg(qs(reason)).arg(n);
    for (const auto& note : s.notes)
        lines << QStringLiteral("• ") + qs(note);
    lines << tr("Time: %1 ms").arg(s.durationMs);
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
    if (!m_dryRun) {
        wiz()->setImported();
        wiz()->document()->notifyDataChanged(QString()); // every view reloads
    }
    Q_EMIT completeChanged();
}

} // namespace sa::app
