#include "PageComposer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>
#include <numeric>

namespace sa::report::pdf {

namespace {
constexpr double kMarginMm = 16;
constexpr double kHeaderMm = 12; // band above the body for the running header
constexpr double kFooterMm = 12; // band below the body for the footer
constexpr double kCellPadMm = 1.2;
} // namespace

QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QChar(QChar::LineSeparator); // QTextLayout breaks lines only at U+2028
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

PageComposer::PageComposer(QPaintDevice& device, int dpi, std::function<bool()> newDevicePage)
    : m_device(device)
    , m_dpi(dpi)
    , m_newDevicePage(std::move(newDevicePage))
{
    m_pageRect = QRectF(0, 0, device.width(), device.height());
    m_body = m_pageRect.adjusted(mm(kMarginMm), mm(kMarginMm + kHeaderMm), -mm(kMarginMm), -mm(kMarginMm + kFooterMm));
}

PageComposer::~PageComposer() = default;

QFont PageComposer::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No shaping for Latin/Cyrillic means no "fi" ligature, so the text stays searchable as typed
    // (pdftotext and viewers' search would otherwise see U+FB01).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PageComposer::start(QPainter* painter, PageDecorator decorate)
{
    m_painter = painter;
    m_decorate = std::move(decorate);
    m_page = 1;
    m_y = m_body.top();
    if (m_painter && m_decorate)
        m_decorate(*m_painter, m_page);
}

void PageComposer::newPage()
{
    ++m_page;
    m_y = m_body.top();
    if (!m_painter)
        return;
    if (!m_newDevicePage()) {
        m_painter = nullptr;
        return;
    }
    if (m_decorate)
        m_decorate(*m_painter, m_page);
}

void PageComposer::ensureSpace(double height)
{
    if (height > remaining() && !atTop())
        newPage();
}

std::unique_ptr<QTextLayout> PageComposer::layout(
    const QString& text, const QFont& f, double width, Qt::Alignment align, double* height) const
{
    auto l = std::make_unique<QTextLayout>(printable(text), f, &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    l->setTextOption(option);
    l->beginLayout();
    double h = 0;
    for (QTextLine line = l->createLine(); line.isValid(); line = l->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, h));
        h += line.height();
    }
    l->endLayout();
    *height = h;
    return l;
}

double PageComposer::textHeight(const QString& text, const QFont& f, double width) const
{
    double h = 0;
    layout(text, f, width, Qt::AlignLeft, &h);
    return h;
}

double PageComposer::textBox(
    const QString& text, const QFont& f, const QRectF& box, const QColor& color, Qt::Alignment align)
{
    double h = 0;
    auto l = layout(text, f, box.width(), align, &h);
    if (m_painter) {
        m_painter->setPen(color);
        l->draw(m_painter, box.topLeft());
    }
    return h;
}

void PageComposer::paragraph(const QString& text, const QFont& f, const QColor& color, double indent)
{
    double h = 0;
    auto l = layout(text, f, m_body.width() - indent, Qt::AlignLeft, &h);
    for (int i = 0; i < l->lineCount(); ++i) {
        const QTextLine line = l->lineAt(i);
        ensureSpace(line.height());
        if (m_painter) {
            m_painter->setPen(color);
            // Each line is drawn on its own so a paragraph can continue on the next page.
            line.draw(m_painter, QPointF(m_body.left() + indent, m_y - line.y()));
        }
        m_y += line.height();
    }
}

std::vector<double> PageComposer::columnWidths(const std::vector<Column>& columns) const
{
    const double total
        = std::accumulate(columns.begin(), columns.end(), 0.0, [](double s, const Column& c) { return s + c.weight; });
    std::vector<double> widths;
    for (const Column& c : columns)
        widths.push_back(m_body.width() * c.weight / (total > 0 ? total : 1));
    return widths;
}

double PageComposer::rowHeight(
    const std::vector<Cell>& row, const std::vector<double>& widths, const QFont& f, const QFont& bold) const
{
    const double pad = mm(kCellPadMm);
    double h = 0;
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
        h = std::max(h, textHeight(row[i].text, row[i].bold ? bold : f, widths[i] - 2 * pad));
    return h + 2 * pad;
}

void PageComposer::drawRow(const std::vector<Cell>& row, const std::vector<double>& widths, double height,
    const QFont& f, const QFont& bold, const QColor& background)
{
    if (!m_painter)
        return;
    const double pad = mm(kCellPadMm);
    double x = m_body.left();
    for (size_t i = 0; i < widths.size(); ++i) {
        const QRectF cellRect(x, m_y, widths[i], height);
        const Cell* cell = i < row.size() ? &row[i] : nullptr;
        m_painter->fillRect(cellRect, cell && cell->fill ? *cell->fill : background);
        m_painter->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mm(0.15)));
        m_painter->drawRect(cellRect);
        if (cell)
            textBox(cell->text, cell->bold ? bold : f, cellRect.adjusted(pad, pad, -pad, -pad), cell->color);
        x += widths[i];
    }
}

void PageComposer::table(
    const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows, double pointSize)
{
    const QFont f = font(pointSize);
    const QFont bold = font(pointSize, true);
    const std::vector<double> widths = columnWidths(columns);
    std::vector<Cell> header;
    for (const Column& c : columns)
        header.push_back(Cell { c.header, std::nullopt, Qt::black, true });
    const double headerHeight = rowHeight(header, widths, f, bold);
    const QColor headerFill(0xd9, 0xe2, 0xec);
    bool headerOnPage = false;
    for (size_t r = 0; r < rows.size(); ++r) {
        const double h = rowHeight(rows[r], widths, f, bold);
        if (headerOnPage && h > remaining()) {
            newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            ensureSpace(headerHeight + h);
            drawRow(header, widths, headerHeight, f, bold, headerFill);
            m_y += headerHeight;
            headerOnPage = true;
        }
        drawRow(rows[r], widths, h, f, bold, r % 2 ? QColor(0xf7, 0xf7, 0xf7) : QColor(Qt::white));
        m_y += h;
    }
    if (rows.empty()) {
        ensureSpace(headerHeight);
        drawRow(header, widths, headerHeight, f, bold, headerFill);
        m_y += headerHeight;
    }
}

} // namespace sa::report::pdf
