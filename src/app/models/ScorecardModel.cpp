#include "ScorecardModel.h"

#include "StatusLight.h"

#include <QLocale>
#include <algorithm>

namespace sa::app {

using scoring::Status;

namespace {
// internalId: 0 = a component row; g + 1 = a criterion of group g.
constexpr quintptr kTop = 0;
} // namespace

ScorecardModel::ScorecardModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

QString ScorecardModel::localized(const scoring::Text& t)
{
    const bool ru = QLocale().language() == QLocale::Russian;
    return QString::fromStdString(ru && !t.ru.empty() ? t.ru : t.en);
}

QString ScorecardModel::formatValue(double v, const std::string& unit)
{
    const QLocale l;
    if (unit == "share" || unit == "checklist_score")
        return QString(l.toString(v * 100.0, 'f', 1) + QStringLiteral(" %"));
    if (unit == "pp")
        return tr("%1 pp").arg(l.toString(v * 100.0, 'f', 1));
    if (unit == "days")
        return tr("%1 d").arg(l.toString(v, 'f', 1));
    if (unit == "months")
        return tr("%1 mo").arg(l.toString(v, 'f', 1));
    if (unit == "count")
        return l.toString(v, 'f', 0);
    return l.toString(v, 'g', 3);
}

void ScorecardModel::setScore(
    std::shared_ptr<const scoring::ScoreResult> result, std::shared_ptr<const scoring::ScoringSetup> setup)
{
    beginResetModel();
    m_result = std::move(result);
    m_setup = std::move(setup);
    m_groups.clear();
    if (m_result && m_setup) {
        for (const auto& comp : m_setup->catalogue.components) {
            Group g;
            g.name = QString::fromStdString(comp.id) + QStringLiteral(". ") + localized(comp.name);
            for (const auto& cr : m_result->components)
                if (cr.id == comp.id)
                    g.component = &cr;
            for (const auto& c : m_result->criteria)
                if (c.component == comp.id)
                    g.criteria.push_back(&c);
            if (!g.criteria.empty())
                m_groups.push_back(std::move(g));
        }
    }
    endResetModel();
}

void ScorecardModel::setTaggedNotes(std::map<std::string, std::vector<std::int64_t>> tagged)
{
    m_tagged = std::move(tagged);
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, Evidence), index(rowCount() - 1, Evidence)); // component rows show none
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(int(g), 0);
        if (!m_groups[g].criteria.empty())
            Q_EMIT dataChanged(index(0, Evidence, parent), index(rowCount(parent) - 1, Evidence, parent));
    }
}

std::vector<std::int64_t> ScorecardModel::notesOf(const scoring::CriterionResult& c) const
{
    std::vector<std::int64_t> ids = c.evidenceIds;
    if (const auto it = m_tagged.find(c.id); it != m_tagged.end())
        ids.insert(ids.end(), it->second.begin(), it->second.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QModelIndex ScorecardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTop);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ScorecardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int ScorecardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kTop || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].criteria.size());
}

int ScorecardModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const scoring::CriterionResult* ScorecardModel::criterion(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kTop)
        return nullptr;
    return m_groups[size_t(index.internalId() - 1)].criteria[size_t(index.row())];
}

QModelIndex ScorecardModel::indexOf(const QString& id) const
{
    for (size_t g = 0; g < m_groups.size(); ++g)
        for (size_t r = 0; r < m_groups[g].criteria.size(); ++r)
            if (QString::fromStdString(m_groups[g].criteria[r]->id) == id)
                return index(int(r), 0, index(int(g), 0));
    return {};
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto* c = criterion(index))
        return criterionData(*c, index.column(), role);
    return componentData(m_groups[size_t(index.row())], index.column(), role);
}

QVariant ScorecardModel::componentData(const Group& g, int column, int role) const
{
    const Status status = g.component ? statusFromString(g.component->status) : Status::NotAssessed;
    if (role == StatusRole)
        return int(status);
    if (role == Qt::DecorationRole && column == Light)
        return statusIcon(status);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return g.name;
    case Light:
        return g.component ? componentStatusLabel(g.component->status) : statusLabel(status);
    case Value:
        return g.component && g.component->score ? tr("%1 of 100").arg(QLocale().toString(*g.component->score, 'f', 0))
                                                 : QVariant();
    case Thresholds:
        return g.component ? tr("coverage %1 %").arg(QLocale().toString(g.component->coverage, 'f', 0)) : QVariant();
    default:
        return {};
    }
}

QVariant ScorecardModel::criterionData(const scoring::CriterionResult& c, int column, int role) const
{
    if (role == CriterionIdRole)
        return QString::fromStdString(c.id);
    if (role == StatusRole)
        return int(c.status);
    if (role == Qt::DecorationRole && column == Light)
        return statusIcon(c.status);
    if (role == Qt::TextAlignmentRole && (column == Value || column == Evidence))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const scoring::Criterion* def = m_setup ? m_setup->catalogue.find(c.id) : nullptr;
    switch (column) {
    case Name:
        return QString(QString::fromStdString(c.id) + QStringLiteral("  ") + (def ? localized(def->name) : QString()));
    case Light:
        return statusLabel(c.status);
    case Value:
        return c.value ? formatValue(*c.value, c.unit) : QVariant();
    case Thresholds:
        if (!c.thresholds)
            return {};
        return tr("G %1 %2 · Y %1 %3")
            .arg(c.thresholds->direction == scoring::Direction::HigherIsBetter ? QStringLiteral("≥")
                                                                               : QStringLiteral("≤"),
                formatValue(c.thresholds->green, c.unit), formatValue(c.thresholds->yellow, c.unit));
    case Source:
        return sourceText(c.source);
    case Evidence: {
        const auto notes = notesOf(c);
        return notes.empty() ? QVariant() : QVariant(qlonglong(notes.size()));
    }
    default:
        return {};
    }
}

QString ScorecardModel::sourceText(scoring::Source s)
{
    switch (s) {
    case scoring::Source::Auto:
        return tr("data");
    case scoring::Source::Checklist:
        return tr("checklist");
    case scoring::Source::Rating:
        return tr("rating");
    case scoring::Source::Override:
        return tr("override");
    }
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Criterion");
    case Light:
        return tr("Status");
    case Value:
        return tr("Value");
    case Thresholds:
        return tr("Thresholds");
    case Source:
        return tr("Source");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (criterion(index) || index.column() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace sa::app
