#include "CriterionPicker.h"

#include "models/ScorecardModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::app {

CriterionPicker::CriterionPicker(
    const scoring::Catalogue& catalogue, const std::vector<std::string>& checked, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Criteria of the note"));
    m_filter->setPlaceholderText(tr("Filter by id or name"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    auto* label = new QLabel(tr("&Criteria this note supports:"), this);
    label->setBuddy(m_tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &CriterionPicker::applyFilter);
    fill(catalogue, checked);
    resize(fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 34);
}

void CriterionPicker::fill(const scoring::Catalogue& catalogue, const std::vector<std::string>& checked)
{
    for (const auto& comp : catalogue.components) {
        auto* group = new QTreeWidgetItem(
            m_tree, { QString::fromStdString(comp.id) + QStringLiteral(". ") + ScorecardModel::localized(comp.name) });
        group->setFlags(Qt::ItemIsEnabled);
        for (const auto& c : catalogue.criteria) {
            if (c.component != comp.id)
                continue;
            auto* item = new QTreeWidgetItem(
                group, { QString::fromStdString(c.id) + QStringLiteral("  ") + ScorecardModel::localized(c.name) });
            item->setData(0, Qt::UserRole, QString::fromStdString(c.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool on = std::find(checked.begin(), checked.end(), c.id) != checked.end();
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tree->expandAll();
}

void CriterionPicker::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            const bool match = needle.isEmpty() || group->child(i)->text(0).contains(needle, Qt::CaseInsensitive);
            group->child(i)->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

std::vector<std::string> CriterionPicker::checked() const
{
    std::vector<std::string> ids;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->checkState(0) == Qt::Checked)
                ids.push_back(group->child(i)->data(0, Qt::UserRole).toString().toStdString());
    }
    return ids;
}

std::optional<std::vector<std::string>> CriterionPicker::pick(
    QWidget* parent, const scoring::Catalogue& catalogue, const std::vector<std::string>& checked)
{
    CriterionPicker dialog(catalogue, checked, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.checked();
}

} // namespace sa::app
