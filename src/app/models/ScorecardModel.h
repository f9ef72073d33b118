#pragma once
// The scorecard as a tree: component → its criteria (in catalogue order). Every light is shown as
// colour (decoration) + symbol + word; values against thresholds, source and evidence count.
#include "scoring/ScoreProject.h"
#include "scoring/ScoreResult.h"

#include <QAbstractItemModel>
#include <map>
#include <memory>

namespace sa::app {

class ScorecardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Light, Value, Thresholds, Source, Evidence, ColumnCount };
    enum Roles { CriterionIdRole = Qt::UserRole + 1, StatusRole };

    explicit ScorecardModel(QObject* parent = nullptr);
    /// Replaces the content (a model reset); `result` may be null (nothing scored).
    void setScore(
        std::shared_ptr<const scoring::ScoreResult> result, std::shared_ptr<const scoring::ScoringSetup> setup);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The notes tagged to each criterion (evidence_criteria); the Evidence column counts them
    /// together with the notes its answers, rating and override cite.
    void setTaggedNotes(std::map<std::string, std::vector<std::int64_t>> tagged);
    /// Tagged and cited notes of a criterion, sorted, unique.
    [[nodiscard]] std::vector<std::int64_t> notesOf(const scoring::CriterionResult& c) const;

    /// The criterion of an index (nullptr for component rows).
    [[nodiscard]] const scoring::CriterionResult* criterion(const QModelIndex& index) const;
    /// The index of criterion `id` in column 0, or invalid.
    [[nodiscard]] QModelIndex indexOf(const QString& id) const;
    /// Text in the UI language from the catalogue's bilingual text.
    static QString localized(const scoring::Text& t);
    /// "42.5 %" or "3.2 d": a value in its catalogue unit (share and checklist_score as %).
    static QString formatValue(double v, const std::string& unit);
    static QString sourceText(scoring::Source s);

private:
    struct Group {
        const scoring::ComponentResult* component = nullptr;
        QString name;
        std::vector<const scoring::CriterionResult*> criteria;
    };
    QVariant componentData(const Group& g, int column, int role) const;
    QVariant criterionData(const scoring::CriterionResult& c, int column, int role) const;

    std::shared_ptr<const scoring::ScoreResult> m_result;
    std::shared_ptr<const scoring::ScoringSetup> m_setup;
    std::vector<Group> m_groups;
    std::map<std::string, std::vector<std::int64_t>> m_tagged;
};

} // namespace sa::app
