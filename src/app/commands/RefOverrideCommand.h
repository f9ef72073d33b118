#pragma once
// One undoable per-audit change of thresholds and reference parameters (table ref_overrides),
// written in one transaction after the same checks the CLI's `assess --threshold/--param` runs
// (scoring::applyThresholdOverrides / applyParamOverrides on the audit's setup). Undo puts the
// rows back exactly as they were; the scores follow at once.
#include "RowSnapshot.h"
#include "scoring/ScoreProject.h"

#include <QUndoCommand>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sa::app {

class AuditDocument;

class RefOverrideCommand : public QUndoCommand {
public:
    using Values = std::vector<std::pair<std::string, double>>;
    /// Changes `thresholds` of `criterionId` and the audit-wide `params`, all with `rationale`.
    RefOverrideCommand(AuditDocument* doc, std::shared_ptr<const scoring::ScoringSetup> setup, std::string criterionId,
        Values thresholds, Values params, std::string rationale, std::string author);
    /// Reverts every threshold change of `criterionId` to the catalogue's values.
    static RefOverrideCommand* revertThresholds(AuditDocument* doc, std::string criterionId);

    void redo() override;
    void undo() override;

private:
    Status write();
    Status capture();
    void finish(const Status& s);

    AuditDocument* m_doc;
    std::shared_ptr<const scoring::ScoringSetup> m_setup;
    std::string m_criterion;
    Values m_thresholds, m_params;
    std::string m_rationale, m_author;
    bool m_revert = false;
    std::optional<RowSnapshot> m_before;
};

} // namespace sa::app
