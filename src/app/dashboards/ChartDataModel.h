#pragma once
// The numbers behind a chart as a table (accessibility: a screen reader, a keyboard user or a
// grayscale print reads the same figures the chart draws). Works for every ChartSpec kind.
#include "charts/ChartSpec.h"
#include "charts/NumberFormat.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace sa::app {

class ChartDataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Qt::UserRole: the raw number of a numeric cell (a double), invalid for text cells.
    static constexpr int NumberRole = Qt::UserRole;

    explicit ChartDataModel(QObject* parent = nullptr);
    /// Replaces the table with the numbers of `spec`, formatted like the chart (`format`).
    void setSpec(const charts::ChartSpec& spec, const charts::NumberFormat& format = {});

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    /// The table as plain text lines "label: header value, header value…" (at most `maxRows` rows, then "…").
    [[nodiscard]] QString summary(int maxRows = 12) const;

    struct Cell {
        QString text;
        std::optional<double> number;
    };

private:
    using Row = std::vector<Cell>;
    void build(const charts::FunnelChart& s);
    void build(const charts::BarChart& s);
    void build(const charts::LineChart& s);
    void build(const charts::NpsDistribution& s);
    void build(const charts::AbcXyzHeatmap& s);
    void build(const charts::TrafficLightMatrix& s);
    void build(const charts::Roadmap& s);
    void build(const charts::KpiTiles& s);
    [[nodiscard]] Cell num(std::optional<double> v, int decimals) const;
    [[nodiscard]] Cell pct(std::optional<double> fraction) const;

    QStringList m_headers;
    std::vector<Row> m_rows;
    charts::NumberFormat m_format;
};

} // namespace sa::app
