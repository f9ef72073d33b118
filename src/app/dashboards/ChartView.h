#pragma once
// A chart on screen: paints a ChartSpec with the src/charts renderer (the same code path as PNG,
// SVG and the PDF report) and offers Export PNG…, Export SVG… and Copy in its context menu (also
// from the keyboard: Menu key or Shift+F10). Its tooltip and accessible description carry the
// numbers behind the chart.
#include "charts/ChartSpec.h"
#include "charts/ChartStyle.h"

#include <QWidget>

class QMenu;

namespace sa::app {

class ChartDataModel;

class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    /// Shows `spec`; `id` names export files ("funnel" → funnel.png).
    void setChart(const QString& id, const charts::ChartSpec& spec, const charts::ChartStyle& style);
    [[nodiscard]] const charts::ChartSpec& spec() const { return m_spec; }
    [[nodiscard]] QString chartId() const { return m_id; }
    [[nodiscard]] QString title() const;
    /// The numbers of the chart, kept in step with the spec.
    [[nodiscard]] ChartDataModel* dataModel() const { return m_model; }

    /// The size files are drawn at: the widget's size, at least 640×400 so that a small window
    /// still exports a readable chart.
    [[nodiscard]] QSize exportSize() const;
    /// Writes the chart as PNG (2× pixels for sharp print) / SVG atomically; false + `error` on failure.
    bool exportPng(const QString& path, QString* error = nullptr) const;
    bool exportSvg(const QString& path, QString* error = nullptr) const;
    /// Puts the chart on the clipboard as an image.
    void copyToClipboard() const;
    /// The actions of the context menu (Export PNG…, Export SVG…, Copy image), for a card's button too.
    [[nodiscard]] QList<QAction*> exportActions() const { return m_actions; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// An export failed (the message names the file and the reason).
    void exportFailed(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void exportWithDialog(bool svg);
    void updateDescription();

    QString m_id;
    charts::ChartSpec m_spec;
    charts::ChartStyle m_style;
    ChartDataModel* m_model;
    QList<QAction*> m_actions;
};

} // namespace sa::app
