#pragma once
// Overview: the company card (editable, undoable), data coverage, import batches, data-quality
// count and the scoring summary.
#include "models/CoverageQuery.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QLabel;
class QTableWidget;

namespace Ui {
class OverviewCard;
}

namespace sa::app {

class AuditDocument;
class ScoreService;

class OverviewView : public QWidget {
    Q_OBJECT
public:
    OverviewView(AuditDocument* doc, ScoreService* scores, QWidget* parent = nullptr);
    ~OverviewView() override;
    /// Opens the properties dialog; an accepted change is one undoable command.
    void editProperties();
    /// True while the coverage is being read in the background.
    [[nodiscard]] bool isLoading() const;

Q_SIGNALS:
    void coverageShown();

private:
    void showInfo();
    void reloadCoverage();
    void showCoverage(const Coverage& c);
    QWidget* buildCoverage();

    AuditDocument* m_doc;
    std::unique_ptr<Ui::OverviewCard> m_card;
    QTableWidget* m_entities;
    QTableWidget* m_batches;
    QLabel* m_quality;
    QFutureWatcher<Coverage>* m_watcher;
};

} // namespace sa::app
