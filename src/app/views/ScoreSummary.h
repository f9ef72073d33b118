#pragma once
// The Overview's scoring section: five component lights, the overall result and the top
// bottlenecks with money at stake, from the latest ScoreResult.
#include <QGroupBox>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace sa::app {

class AuditDocument;
class ScoreService;

class ScoreSummary : public QGroupBox {
    Q_OBJECT
public:
    ScoreSummary(AuditDocument* doc, ScoreService* scores, QWidget* parent = nullptr);
    static constexpr int kTopBottlenecks = 5;

private:
    void refresh();
    AuditDocument* m_doc;
    ScoreService* m_scores;
    QGridLayout* m_lights;
    QLabel* m_state;
    QTableWidget* m_bottlenecks;
};

} // namespace sa::app
