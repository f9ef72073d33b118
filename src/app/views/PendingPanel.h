#pragma once
// An honest empty state: what a section will show and what it is waiting for.
#include <QFrame>

class QLabel;

namespace sa::app {

class PendingPanel : public QFrame {
    Q_OBJECT
public:
    PendingPanel(const QString& title, const QString& text, QWidget* parent = nullptr);
    void setText(const QString& text);

private:
    QLabel* m_text;
};

} // namespace sa::app
