#include "EvidenceView.h"

#include "TableBrowser.h"
#include "models/EntityColumns.h"
#include "models/EntityTableModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sa::app {

EvidenceView::EvidenceView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_browser(new TableBrowser(doc, *findEntity(QStringLiteral("evidence")), this))
    , m_detail(new QTextBrowser(this))
{
    auto* note = new QLabel(tr("Notes are added with “salesaudit-cli note” for now; adding and tagging them here "
                               "comes with the evidence module."),
        this);
    note->setWordWrap(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_browser);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_detail->setPlaceholderText(tr("Select a note to read it."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(split, 1);
    connect(
        m_browser->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidenceView::showCurrent);
}

void EvidenceView::showCurrent()
{
    const QModelIndex current = m_browser->view()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    auto* model = m_browser->model();
    QString html;
    const auto& cols = model->definition().columns;
    for (size_t c = 0; c < cols.size(); ++c) {
        const QString value = model->index(current.row(), int(c)).data().toString();
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1:</b> %2</p>")
                        .arg(headerText(cols[c]).toHtmlEscaped(),
                            value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    m_detail->setHtml(html);
}

} // namespace sa::app
