#pragma once
// The plan's roadmap (spec §7) drawn by the chart layer: one year (month 1 / Q1 / Q2–Q4) or three
// years. Exports to PNG and SVG through the same renderer.
#include "charts/ChartSpec.h"
#include "plan/Action.h"

#include <QWidget>
#include <vector>

namespace sa::app {

class RoadmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapWidget(QWidget* parent = nullptr);

    void setPlan(const std::vector<plan::ActionRecord>& actions);
    void setThreeYears(bool threeYears);
    [[nodiscard]] bool threeYears() const { return m_threeYears; }
    /// The chart as drawn now.
    [[nodiscard]] const charts::Roadmap& spec() const { return m_spec; }
    /// Writes the chart as PNG or SVG (by the file's suffix), atomically; false with `error` set on failure.
    bool exportTo(const QString& path, QString* error) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The roadmap of `actions` as a chart spec (plan::buildRoadmap's months, the action's horizon colour).
    static charts::Roadmap toChart(const std::vector<plan::ActionRecord>& actions, bool threeYears);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    /// Chart height for the current number of items at the widget's font size.
    [[nodiscard]] int preferredHeight() const;

    std::vector<plan::ActionRecord> m_actions;
    bool m_threeYears = false;
    charts::Roadmap m_spec;
};

/// Makes the chart layer's own strings follow the UI language (QLocale default).
void syncChartLanguage();

} // namespace sa::app
