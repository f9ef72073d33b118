#pragma once
// Picks the criteria a note supports: the catalogue as a tree (component → criterion) with check
// boxes and a filter by id or name.
#include "scoring/Catalogue.h"

#include <QDialog>
#include <optional>
#include <string>
#include <vector>

class QLineEdit;
class QTreeWidget;

namespace sa::app {

class CriterionPicker : public QDialog {
    Q_OBJECT
public:
    CriterionPicker(
        const scoring::Catalogue& catalogue, const std::vector<std::string>& checked, QWidget* parent = nullptr);
    /// The checked criterion ids in catalogue order.
    [[nodiscard]] std::vector<std::string> checked() const;
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

    /// Runs the dialog; nullopt when cancelled.
    static std::optional<std::vector<std::string>> pick(
        QWidget* parent, const scoring::Catalogue& catalogue, const std::vector<std::string>& checked);

private:
    void fill(const scoring::Catalogue& catalogue, const std::vector<std::string>& checked);
    void applyFilter(const QString& text);
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
};

} // namespace sa::app
