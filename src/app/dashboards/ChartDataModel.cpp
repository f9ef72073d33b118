#include "ChartDataModel.h"

#include "charts/StatusBadge.h"

#include <algorithm>
#include <cmath>

namespace sa::app {

namespace {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

ChartDataModel::Cell text(const QString& t)
{
    return { t, std::nullopt };
}

} // namespace

ChartDataModel::ChartDataModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChartDataModel::setSpec(const charts::ChartSpec& spec, const charts::NumberFormat& format)
{
    beginResetModel();
    m_format = format;
    m_headers.clear();
    m_rows.clear();
    std::visit([this](const auto& s) { build(s); }, spec);
    endResetModel();
}

ChartDataModel::Cell ChartDataModel::num(std::optional<double> v, int decimals) const
{
    if (!v || !std::isfinite(*v))
        return text(QString(QChar(0x2014)));
    return { charts::formatNumber(*v, decimals, m_format), *v };
}

ChartDataModel::Cell ChartDataModel::pct(std::optional<double> fraction) const
{
    if (!fraction || !std::isfinite(*fraction))
        return text(QString(QChar(0x2014)));
    return { charts::formatPercent(*fraction, 1, m_format), *fraction };
}

void ChartDataModel::build(const charts::FunnelChart& s)
{
    const bool secondary = std::any_of(s.stages.begin(), s.stages.end(), [](const auto& st) { return st.secondary; });
    m_headers = { tr("Stage"), tr("Reached"), tr("% of previous"), tr("% of first"), tr("Stalled") };
    if (secondary)
        m_headers << (s.secondaryLabel.isEmpty() ? tr("Win probability") : s.secondaryLabel);
    const double first = s.stages.empty() ? 0 : s.stages.front().reached;
    double previous = first;
    for (const charts::FunnelStage& st : s.stages) {
        Row r { text(st.label), num(st.reached, s.decimals),
            pct(previous > 0 ? std::optional(st.reached / previous) : std::nullopt),
            pct(first > 0 ? std::optional(st.reached / first) : std::nullopt), num(st.stalled, s.decimals) };
        if (secondary)
            r.push_back(pct(st.secondary));
        m_rows.push_back(std::move(r));
        previous = st.reached;
    }
}

void ChartDataModel::build(const charts::BarChart& s)
{
    m_headers = { tr("Category") };
    for (const charts::BarSeries& se : s.series)
        m_headers << (se.name.isEmpty() ? (s.valueAxisLabel.isEmpty() ? tr("Value") : s.valueAxisLabel) : se.name);
    for (qsizetype c = 0; c < s.categories.size(); ++c) {
        Row r { text(s.categories[c]) };
        for (const charts::BarSeries& se : s.series) {
            const auto i = static_cast<std::size_t>(c);
            r.push_back(num(i < se.values.size() ? se.values[i] : 0.0, s.decimals));
        }
        m_rows.push_back(std::move(r));
    }
}

void ChartDataModel::build(const charts::LineChart& s)
{
    m_headers = { tr("Period") };
    for (const charts::LineSeries& se : s.series) {
        m_headers << se.name;
        if (!se.lower.empty() || !se.upper.empty())
            m_headers << tr("%1, low").arg(se.name) << tr("%1, high").arg(se.name);
    }
    const auto at
        = [](const std::vector<std::optional<double>>& v, std::size_t i) { return i < v.size() ? v[i] : std::nullopt; };
    for (qsizetype c = 0; c < s.categories.size(); ++c) {
        const auto i = static_cast<std::size_t>(c);
        Row r { text(s.categories[c]) };
        for (const charts::LineSeries& se : s.series) {
            r.push_back(num(at(se.values, i), s.decimals));
            if (!se.lower.empty() || !se.upper.empty()) {
                r.push_back(num(at(se.lower, i), s.decimals));
                r.push_back(num(at(se.upper, i), s.decimals));
            }
        }
        m_rows.push_back(std::move(r));
    }
}

void ChartDataModel::build(const charts::NpsDistribution& s)
{
    m_headers = { tr("Score"), tr("Answers") };
    for (int score = 0; score <= 10; ++score)
        m_rows.push_back({ text(QString::number(score)), num(s.counts[static_cast<std::size_t>(score)], 0) });
    m_rows.push_back({ text(tr("NPS")), num(charts::npsScore(s), 0) });
}

void ChartDataModel::build(const charts::AbcXyzHeatmap& s)
{
    m_headers = { tr("Class"), s.valueLabel.isEmpty() ? tr("Value") : s.valueLabel,
        s.shareLabel.isEmpty() ? tr("Share") : s.shareLabel };
    const char abc[] = "ABC";
    const char xyz[] = "XYZ";
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t x = 0; x < 3; ++x)
            m_rows.push_back({ text(QString(QLatin1Char(abc[a])) + QLatin1Char(xyz[x])), num(s.values[a][x], 0),
                pct(s.shares[a][x]) });
}

void ChartDataModel::build(const charts::TrafficLightMatrix& s)
{
    m_headers = { tr("Component"), tr("Criterion"), tr("Status") };
    for (const charts::TrafficRow& row : s.rows)
        for (const charts::TrafficCell& cell : row.cells)
            m_rows.push_back({ text(row.label), text(cell.id), text(charts::statusWord(cell.status)) });
}

void ChartDataModel::build(const charts::Roadmap& s)
{
    const QString horizons[] = { tr("Month 1"), tr("Quarter 1"), tr("Quarters 2–4"), tr("Year 2"), tr("Year 3") };
    m_headers = { tr("Action"), tr("Owner"), tr("Horizon") };
    for (const charts::RoadmapItem& item : s.items)
        m_rows.push_back(
            { text(item.action), text(item.ownerRole), text(horizons[static_cast<std::size_t>(item.horizon)]) });
}

void ChartDataModel::build(const charts::KpiTiles& s)
{
    m_headers = { tr("Figure"), tr("Value"), tr("Note") };
    for (const charts::KpiTile& t : s.tiles) {
        Cell value = num(t.value, t.decimals);
        if (t.value && !t.unit.isEmpty())
            value.text += QChar(0x202F) + t.unit;
        m_rows.push_back({ text(t.caption), value, text(t.note) });
    }
}

int ChartDataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChartDataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant ChartDataModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    if (column >= row.size())
        return {};
    const Cell& cell = row[column];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text;
    case NumberRole:
        return cell.number ? QVariant(*cell.number) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal)
        return section >= 0 && section < m_headers.size() ? QVariant(m_headers[section]) : QVariant();
    return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
}

QString ChartDataModel::summary(int maxRows) const
{
    QStringList lines;
    for (int r = 0; r < rowCount() && r < maxRows; ++r) {
        const Row& row = m_rows[static_cast<std::size_t>(r)];
        QStringList parts;
        for (std::size_t c = 1; c < row.size(); ++c)
            parts << m_headers[static_cast<qsizetype>(c)] + QLatin1Char(' ') + row[c].text;
        lines << (row.empty() ? QString() : row.front().text) + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    if (rowCount() > maxRows)
        lines << QStringLiteral("…");
    return lines.join(QLatin1Char('\n'));
}

} // namespace sa::app
