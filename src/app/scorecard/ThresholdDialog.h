#pragma once
// Per-audit changes of one criterion's thresholds and of the reference parameters it uses, with
// the rationale the methodology requires (a full sentence). Values are entered in display units
// (a share as %); the dialog returns them in the catalogue's units.
#include "ScoreService.h"

#include <QDialog>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QDialogButtonBox;
class QDoubleSpinBox;
class QGridLayout;
class QPlainTextEdit;

namespace sa::app {

class ReferenceInfo;

struct ReferenceChange {
    std::vector<std::pair<std::string, double>> thresholds; ///< "stalled_share.green" → 0.2
    std::vector<std::pair<std::string, double>> params; ///< "stall_fallback_days" → 21
    std::string rationale;
    [[nodiscard]] bool empty() const { return thresholds.empty() && params.empty(); }
};

class ThresholdDialog : public QDialog {
    Q_OBJECT
public:
    ThresholdDialog(const scoring::ScoringSetup& setup, const ReferenceInfo& info, const std::string& criterionId,
        QWidget* parent = nullptr);
    /// The values that differ from the current ones, with the rationale.
    [[nodiscard]] ReferenceChange change() const;
    [[nodiscard]] QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    /// Sets a field by its key (tests and scripted use); false when there is no such field.
    bool setValue(const std::string& key, double catalogueUnits);

private:
    struct Field {
        std::string key;
        bool threshold = true;
        double shown = 0.0; ///< the spin box's value as first shown (unchanged = equal)
        double scale = 1.0; ///< display = value × scale
        QDoubleSpinBox* spin = nullptr;
    };
    void addIndicators(QGridLayout* grid, const scoring::Criterion& def, const ReferenceInfo& info);
    void addParams(QGridLayout* grid, const scoring::ScoringSetup& setup, const ReferenceInfo& info);
    Field& addField(const std::string& key, bool threshold, const std::string& unit, std::optional<double> value);
    void validate();

    std::string m_criterion;
    std::vector<Field> m_fields;
    QPlainTextEdit* m_rationale;
    QDialogButtonBox* m_buttons;
};

} // namespace sa::app
