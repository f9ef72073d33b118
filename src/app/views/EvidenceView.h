#pragma once
// Evidence: interview, call-listening and mystery-shopper notes with the criteria they support.
#include <QWidget>

class QTextBrowser;

namespace sa::app {

class AuditDocument;
class TableBrowser;

class EvidenceView : public QWidget {
    Q_OBJECT
public:
    explicit EvidenceView(AuditDocument* doc, QWidget* parent = nullptr);
    [[nodiscard]] TableBrowser* browser() const { return m_browser; }

private:
    void showCurrent();
    TableBrowser* m_browser;
    QTextBrowser* m_detail;
};

} // namespace sa::app
