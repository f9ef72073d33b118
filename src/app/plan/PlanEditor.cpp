#include "PlanEditor.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "common/Params.h"
#include "plan/ActionIds.h"
#include "plan/PlanService.h"
#include "plan/PlanStore.h"

#include <QUndoStack>
#include <QtConcurrent>
#include <algorithm>

namespace sa::app {

PlanEditor::PlanEditor(AuditDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_ids(std::make_shared<ActionIds>())
    , m_watcher(new QFutureWatcher<QString>(this))
{
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &PlanEditor::finishRegenerate);
    // Tokens are per project; the undo stack is cleared with the project.
    connect(doc, &AuditDocument::closed, this, [this] { m_ids = std::make_shared<ActionIds>(); });
}

PlanEditor::~PlanEditor()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

std::vector<PlanEntry> PlanEditor::entries(const std::vector<plan::ActionRecord>& actions)
{
    std::vector<PlanEntry> out;
    for (const auto& a : actions)
        out.push_back({ m_ids->tokenOf(a.id), a });
    return out;
}

std::vector<plan::ActionRecord> PlanEditor::currentPlan() const
{
    if (!m_doc->isOpen())
        return {};
    auto plan = plan::loadPlan(m_doc->project()->db());
    if (!plan) {
        m_doc->reportError(describe(plan.error()));
        return {};
    }
    return std::move(*plan);
}

bool PlanEditor::refuse(const Error& error)
{
    m_doc->reportError(describe(error));
    return false;
}

bool PlanEditor::edit(const plan::ActionRecord& before, const plan::ActionRecord& after, const QString& what)
{
    if (Status s = plan::validateAction(after); !s)
        return refuse(s.error());
    m_doc->undoStack()->push(new PlanChangeCommand(m_doc, m_ids, entries({ before }), entries({ after }), what));
    return true;
}

bool PlanEditor::add(const plan::ActionRecord& action)
{
    if (Status s = plan::validateAction(action); !s)
        return refuse(s.error());
    plan::ActionRecord a = action;
    a.id = 0;
    a.userOrigin = true;
    m_doc->undoStack()->push(
        new PlanChangeCommand(m_doc, m_ids, {}, { PlanEntry { m_ids->fresh(), a } }, tr("Add an action")));
    return true;
}

bool PlanEditor::remove(const std::vector<plan::ActionRecord>& actions)
{
    if (actions.empty())
        return false;
    m_doc->undoStack()->push(new PlanChangeCommand(
        m_doc, m_ids, entries(actions), {}, tr("Delete %n action(s)", nullptr, int(actions.size()))));
    return true;
}

bool PlanEditor::merge(const std::vector<plan::ActionRecord>& actions)
{
    if (!m_doc->isOpen() || actions.size() < 2)
        return false;
    std::vector<std::int64_t> ids;
    for (const auto& a : actions)
        ids.push_back(a.id);
    std::vector<PlanEntry> before = entries(actions);
    // PlanStore owns the merge rules; the command records what it did.
    auto merged = plan::mergeActions(m_doc->project()->db(), ids, m_doc->clock());
    if (!merged)
        return refuse(merged.error());
    for (std::size_t i = 1; i < before.size(); ++i)
        m_ids->unbind(before[i].token);
    std::vector<PlanEntry> after { PlanEntry { before.front().token, *merged } };
    m_doc->undoStack()->push(new PlanChangeCommand(m_doc, m_ids, std::move(before), std::move(after),
        tr("Merge %n action(s)", nullptr, int(actions.size())), true));
    return true;
}

int PlanEditor::replaceableCount() const
{
    const auto plan = currentPlan();
    return int(std::count_if(plan.begin(), plan.end(),
        [](const plan::ActionRecord& a) { return !a.userOrigin && a.status == plan::ActionStatus::Proposed; }));
}

void PlanEditor::regenerate(const QString& language)
{
    if (!m_doc->isOpen() || isRegenerating())
        return;
    m_beforeRegenerate = currentPlan();
    m_regeneratedPath = m_doc->path();
    const QString path = m_doc->path();
    const std::string lang = language.toStdString();
    const Clock* clock = &m_doc->clock();
    m_watcher->setFuture(QtConcurrent::run(backgroundPool(), [path, lang, clock] {
        auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadWrite);
        if (!project)
            return describe(project.error());
        auto plan = plan::ensurePlan(*project, Params::defaultCatalogueDir(), lang, true, *clock);
        return plan ? QString() : describe(plan.error());
    }));
}

void PlanEditor::finishRegenerate()
{
    const QString error = m_watcher->result();
    // Another audit may have been opened meanwhile: the snapshot belongs to the old one.
    if (!error.isEmpty() || !m_doc->isOpen() || m_doc->path() != m_regeneratedPath) {
        if (!error.isEmpty())
            m_doc->reportError(error);
        Q_EMIT regenerated(false);
        return;
    }
    std::vector<PlanEntry> before = entries(m_beforeRegenerate);
    const std::vector<plan::ActionRecord> now = currentPlan();
    // Rows PlanService deleted lose their token, so that a reused id is never taken for them.
    for (const PlanEntry& e : before)
        if (std::none_of(now.begin(), now.end(), [&](const plan::ActionRecord& a) { return a.id == e.record.id; }))
            m_ids->unbind(e.token);
    m_doc->undoStack()->push(
        new PlanChangeCommand(m_doc, m_ids, std::move(before), entries(now), tr("Regenerate the plan"), true));
    Q_EMIT regenerated(true);
}

} // namespace sa::app
