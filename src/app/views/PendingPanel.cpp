#include "PendingPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sa::app {

PendingPanel::PendingPanel(const QString& title, const QString& text, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(text, this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void PendingPanel::setText(const QString& text)
{
    m_text->setText(text);
}

} // namespace sa::app
