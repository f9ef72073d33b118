#include "ScorecardView.h"

#include "AuditDocument.h"
#include "ScoreService.h"
#include "Settings.h"
#include "StatusLight.h"
#include "commands/AssessmentCommand.h"
#include "commands/RefOverrideCommand.h"
#include "models/ScorecardModel.h"
#include "scorecard/CriterionDetails.h"
#include "scorecard/ReferenceInfo.h"
#include "scorecard/ThresholdDialog.h"
#include "scoring/Assess.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace sa::app {

namespace {

QString answerLabel(const QString& a)
{
    if (a == QLatin1String("yes"))
        return ScorecardView::tr("yes");
    if (a == QLatin1String("partly"))
        return ScorecardView::tr("partly");
    if (a == QLatin1String("no"))
        return ScorecardView::tr("no");
    if (a == QLatin1String("na"))
        return ScorecardView::tr("not applicable");
    return ScorecardView::tr("— not answered —");
}

} // namespace

ScorecardView::ScorecardView(AuditDocument* doc, ScoreService* scores, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_scores(scores)
    , m_model(new ScorecardModel(this))
    , m_tree(new QTreeView(this))
    , m_state(new QLabel(this))
{
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ScorecardModel::Name, QHeaderView::Stretch); // names stay readable
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(buildDetails());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 880, 370 }); // the criterion names stay readable beside the details
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);
    connect(m_scores, &ScoreService::scored, this, &ScorecardView::showScore);
    connect(m_scores, &ScoreService::scoringChanged, this,
        [this](bool running) { m_state->setText(running ? tr("Scoring…") : m_scores->lastError()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScorecardView::showDetails);
    showScore();
}

QWidget* ScorecardView::buildDetails()
{
    auto* box = new QWidget(this);
    m_details = new QTextBrowser(box);
    m_details->setOpenLinks(false);
    m_checklist = new QTableWidget(0, 2, box);
    m_checklist->setHorizontalHeaderLabels({ tr("Checklist item"), tr("Answer") });
    m_checklist->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checklist->verticalHeader()->hide();
    m_checklist->setWordWrap(true);
    m_evidence = new QListWidget(box);
    m_evidence->setMaximumHeight(fontMetrics().height() * 6);
    m_override = new QPushButton(tr("&Override…"), box);
    m_clearOverride = new QPushButton(tr("&Remove override"), box);
    m_thresholds = new QPushButton(tr("&Thresholds…"), box);
    m_thresholds->setToolTip(tr("Change this criterion's thresholds or reference parameters for this audit"));
    m_revertThresholds = new QPushButton(tr("Catalogue &values"), box);
    m_revertThresholds->setToolTip(tr("Undo every threshold change of this criterion in this audit"));
    auto* evidenceLabel = new QLabel(tr("&Evidence for new answers and overrides:"), box);
    evidenceLabel->setBuddy(m_evidence);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_override, 0, 0);
    buttons->addWidget(m_clearOverride, 0, 1);
    buttons->addWidget(m_thresholds, 1, 0);
    buttons->addWidget(m_revertThresholds, 1, 1);
    buttons->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details, 3);
    layout->addWidget(m_checklist, 2);
    layout->addWidget(evidenceLabel);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    connect(m_override, &QPushButton::clicked, this, &ScorecardView::overrideCurrent);
    connect(m_clearOverride, &QPushButton::clicked, this, &ScorecardView::clearOverride);
    connect(m_thresholds, &QPushButton::clicked, this, &ScorecardView::changeThresholds);
    connect(m_revertThresholds, &QPushButton::clicked, this, &ScorecardView::revertThresholds);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ScorecardView::followLink);
    return box;
}

QString ScorecardView::currentCriterion() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(ScorecardModel::CriterionIdRole).toString();
}

void ScorecardView::showScore()
{
    const QString current = currentCriterion();
    m_model->setScore(m_scores->result(), m_scores->setup());
    loadTags();
    m_tree->expandAll();
    for (int c = 1; c < ScorecardModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    if (!m_scores->result())
        m_state->setText(m_scores->isScoring()    ? tr("Scoring…")
                : m_scores->lastError().isEmpty() ? tr("Not scored yet.")
                                                  : m_scores->lastError());
    else
        m_state->clear();
    fillEvidence();
    const QModelIndex again = m_model->indexOf(current);
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    showDetails();
}

void ScorecardView::fillEvidence()
{
    m_evidence->clear();
    m_noteTitles.clear();
    if (!m_doc->project())
        return;
    auto st = m_doc->project()->db().prepare("SELECT id, title FROM evidence ORDER BY date, id");
    for (auto more = st ? st->step() : Result<bool>(false); more && *more; more = st->step()) {
        m_noteTitles[st->getInt(0)] = QString::fromStdString(st->getText(1));
        auto* item = new QListWidgetItem(
            QStringLiteral("#%1 ").arg(st->getInt(0)) + QString::fromStdString(st->getText(1)), m_evidence);
        item->setData(Qt::UserRole, qlonglong(st->getInt(0)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

std::vector<std::int64_t> ScorecardView::chosenEvidence() const
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < m_evidence->count(); ++i)
        if (m_evidence->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_evidence->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void ScorecardView::showDetails()
{
    const scoring::CriterionResult* c = m_model->criterion(m_tree->currentIndex());
    const auto setup = m_scores->setup();
    const scoring::Criterion* def = c && setup ? setup->catalogue.find(c->id) : nullptr;
    updateButtons();
    if (!c || !def) {
        m_details->setHtml(tr("<p>Select a criterion to see how it was assessed.</p>"));
        fillChecklist(QString());
        return;
    }
    CriterionDetailsInput in;
    in.result = c;
    in.def = def;
    in.setup = setup.get();
    in.info = ReferenceInfo::shared().get();
    for (const std::int64_t id : m_model->notesOf(*c))
        in.notes[id] = m_noteTitles.count(id) ? m_noteTitles.at(id) : QString();
    m_details->setHtml(CriterionDetails::html(in));
    fillChecklist(QString::fromStdString(c->id));
}

void ScorecardView::updateButtons()
{
    const scoring::CriterionResult* c = m_model->criterion(m_tree->currentIndex());
    const auto setup = m_scores->setup();
    const auto info = ReferenceInfo::shared();
    const QString id = c ? QString::fromStdString(c->id) : QString();
    const scoring::Criterion* def = c && setup ? setup->catalogue.find(c->id) : nullptr;
    bool changed = false;
    for (const auto& o : setup ? setup->assessments.refOverrides : std::vector<evidence::RefOverride> {})
        changed = changed || (c && o.criterionId == c->id);
    m_override->setEnabled(c != nullptr);
    m_clearOverride->setEnabled(c && c->override.has_value());
    m_thresholds->setEnabled(def && (def->metric || (info && !info->numericParamsOf(id).empty())));
    m_revertThresholds->setEnabled(changed);
}

void ScorecardView::loadTags()
{
    std::map<std::string, std::vector<std::int64_t>> tagged;
    if (m_doc->project()) {
        auto st = m_doc->project()->db().prepare("SELECT criterion_id, evidence_id FROM evidence_criteria");
        for (auto more = st ? st->step() : Result<bool>(false); more && *more; more = st->step())
            tagged[st->getText(0)].push_back(st->getInt(1));
    }
    m_model->setTaggedNotes(std::move(tagged));
}

void ScorecardView::followLink(const QUrl& url)
{
    const QString target = url.path();
    if (url.scheme() == QLatin1String("note"))
        Q_EMIT noteActivated(target.toLongLong());
    else if (url.scheme() == QLatin1String("notes"))
        Q_EMIT notesRequested(target);
    else if (url.scheme() == QLatin1String("drill"))
        drillDown(target.toInt());
}

bool ScorecardView::drillDown(int index)
{
    const scoring::CriterionResult* c = m_model->criterion(m_tree->currentIndex());
    if (!c || index < 0 || static_cast<std::size_t>(index) >= c->rows.size())
        return false;
    Q_EMIT rowsRequested(QString::fromStdString(c->id), c->rows[static_cast<std::size_t>(index)]);
    return true;
}

bool ScorecardView::showCriterion(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ScorecardView::changeThresholds()
{
    const QString id = currentCriterion();
    const auto setup = m_scores->setup();
    QString error;
    const auto info = ReferenceInfo::shared(&error);
    if (id.isEmpty() || !setup || !m_doc->isOpen())
        return;
    if (!info) {
        m_doc->reportError(error);
        return;
    }
    ThresholdDialog dialog(*setup, *info, id.toStdString(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyReferenceChange(dialog.change());
}

void ScorecardView::applyReferenceChange(const ReferenceChange& change)
{
    const QString id = currentCriterion();
    const auto setup = m_scores->setup();
    if (id.isEmpty() || !setup || !m_doc->isOpen() || change.empty())
        return;
    m_doc->undoStack()->push(new RefOverrideCommand(m_doc, setup, id.toStdString(), change.thresholds, change.params,
        change.rationale, Settings().consultantName().toStdString()));
}

void ScorecardView::revertThresholds()
{
    const QString id = currentCriterion();
    if (!id.isEmpty() && m_doc->isOpen())
        m_doc->undoStack()->push(RefOverrideCommand::revertThresholds(m_doc, id.toStdString()));
}

void ScorecardView::fillChecklist(const QString& id)
{
    m_filling = true;
    m_checklist->setRowCount(0);
    const auto setup = m_scores->setup();
    const scoring::Criterion* def = setup && !id.isEmpty() ? setup->catalogue.find(id.toStdString()) : nullptr;
    m_checklist->setVisible(def && def->hasChecklist());
    if (!def) {
        m_filling = false;
        return;
    }
    const evidence::CriterionAssessment* recorded = setup->assessments.find(def->id);
    for (const scoring::ChecklistItem& item : def->checklist) {
        if (!item.appliesTo(setup->variant))
            continue;
        const int row = m_checklist->rowCount();
        m_checklist->insertRow(row);
        m_checklist->setItem(row, 0,
            new QTableWidgetItem(
                QString::fromStdString(item.id) + QStringLiteral(") ") + ScorecardModel::localized(item.text)));
        auto* combo = new QComboBox(m_checklist);
        for (const char* a : { "", "yes", "partly", "no", "na" })
            combo->addItem(answerLabel(QLatin1String(a)), QLatin1String(a));
        const auto it = recorded ? recorded->answers.find(item.id) : decltype(recorded->answers.end()) {};
        if (recorded && it != recorded->answers.end())
            combo->setCurrentIndex(combo->findData(QLatin1String(evidence::toString(it->second.answer))));
        const QString itemId = QString::fromStdString(item.id);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, itemId] {
            if (!m_filling && !combo->currentData().toString().isEmpty())
                answerChecklist(itemId, combo->currentData().toString());
        });
        m_checklist->setCellWidget(row, 1, combo);
    }
    m_checklist->resizeRowsToContents();
    m_filling = false;
}

void ScorecardView::answerChecklist(const QString& item, const QString& answer)
{
    const QString id = currentCriterion();
    const auto setup = m_scores->setup();
    const auto parsed = evidence::parseAnswer(answer.toStdString());
    if (id.isEmpty() || !setup || !parsed || !m_doc->isOpen())
        return;
    const auto evidenceIds = chosenEvidence();
    AuditDocument* doc = m_doc;
    m_doc->undoStack()->push(new AssessmentCommand(m_doc, id, tr("Answer %1 %2: %3").arg(id, item, answerLabel(answer)),
        [doc, setup, id, item, parsed, evidenceIds] {
            return scoring::assessChecklist(*doc->project(), *setup, id.toStdString(),
                { { item.toStdString(), *parsed } }, evidenceIds, doc->clock());
        }));
}

void ScorecardView::clearOverride()
{
    const QString id = currentCriterion();
    if (id.isEmpty() || !m_doc->isOpen())
        return;
    AuditDocument* doc = m_doc;
    m_doc->undoStack()->push(new AssessmentCommand(m_doc, id, tr("Remove the override of %1").arg(id),
        [doc, id] { return evidence::clearOverride(doc->project()->db(), id.toStdString()); }));
}

void ScorecardView::overrideCurrent()
{
    const QString id = currentCriterion();
    const auto setup = m_scores->setup();
    const auto result = m_scores->result();
    if (id.isEmpty() || !setup || !result || !m_doc->isOpen())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Override %1").arg(id));
    auto* status = new QComboBox(&dialog);
    for (const auto s :
        { scoring::Status::Green, scoring::Status::Yellow, scoring::Status::Red, scoring::Status::NotAssessed })
        status->addItem(statusIcon(s), statusLabel(s), QLatin1String(scoring::toString(s)));
    auto* reason = new QComboBox(&dialog);
    reason->addItem(tr("Data quality"), QStringLiteral("data_quality"));
    reason->addItem(tr("Business context"), QStringLiteral("business_context"));
    reason->addItem(tr("New evidence"), QStringLiteral("new_evidence"));
    reason->addItem(tr("Threshold not applicable"), QStringLiteral("threshold_not_applicable"));
    auto* rationale = new QPlainTextEdit(&dialog);
    rationale->setTabChangesFocus(true);
    rationale->setPlaceholderText(tr("At least one full sentence: why the measured status does not hold."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Status:"), status);
    form->addRow(tr("Re&ason:"), reason);
    form->addRow(tr("R&ationale:"), rationale);
    form->addRow(buttons);
    auto validate = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(evidence::isFullSentence(rationale->toPlainText().toStdString()));
    };
    connect(rationale, &QPlainTextEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return;
    evidence::Override o;
    o.criterionId = id.toStdString();
    o.newStatus = status->currentData().toString().toStdString();
    o.reasonCategory = reason->currentData().toString().toStdString();
    o.rationale = rationale->toPlainText().trimmed().toStdString();
    o.evidenceIds = chosenEvidence();
    o.author = Settings().consultantName().toStdString();
    AuditDocument* doc = m_doc;
    m_doc->undoStack()->push(new AssessmentCommand(m_doc, id, tr("Override %1").arg(id), [doc, setup, result, o] {
        auto written = scoring::assessOverride(*doc->project(), *setup, *result, o, doc->clock());
        return written ? Status() : Status(written.error());
    }));
}

} // namespace sa::app
