#pragma once
// Overview: the company card (editable, undoable), data coverage, import batches, data-quality
// count and the scoring summary. The coverage is read when the screen is shown; while it is hidden,
// only after the shared data load (at the lowest priority): opening a 1M-deal audit must not run
// its table scans beside the load the visible screen waits for.
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
    /// The coverage shown is not the current data's (its reading is deferred or under way).
    [[nodiscard]] bool isCoverageStale() const { return m_coverageStale; }

Q_SIGNALS:
    void coverageShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showInfo();
    void reloadCoverage();
    void startCoverage();
    void showCoverage(const Coverage& c);
    QWidget* buildCoverage();

    AuditDocument* m_doc;
    std::unique_ptr<Ui::OverviewCard> m_card;
    QTableWidget* m_entities;
    QTableWidget* m_batches;
    QLabel* m_quality;
    QFutureWatcher<Coverage>* m_watcher;
    bool m_coverageStale = false;
};

} // namespace sa::app
