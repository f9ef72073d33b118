#pragma once
// A small page-layout engine over QPainter: a cursor flows down the body of the page; text wraps
// with QTextLayout (plain text only, never markup); tables break between rows and repeat their
// header. With no painter it only measures, which is how the two-pass writer learns page numbers.
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace sa::report::pdf {

/// One table cell: plain text, optionally on a coloured fill (traffic lights).
struct Cell {
    Cell(QString t = {}, std::optional<QColor> f = std::nullopt, QColor c = Qt::black, bool b = false)
        : text(std::move(t))
        , fill(std::move(f))
        , color(c)
        , bold(b)
    {
    }
    QString text;
    std::optional<QColor> fill;
    QColor color;
    bool bold;
};

struct Column {
    QString header;
    double weight = 1; ///< share of the table width, relative to the other columns
};

class PageComposer {
public:
    /// Draws the header and footer of a page (painting pass only).
    using PageDecorator = std::function<void(QPainter&, int page)>;

    /// `device` is the PDF writer (fonts are measured against it); `dpi` its resolution.
    /// `newDevicePage` starts the next device page; when it returns false painting stops (cancel or
    /// device failure) and the rest is only measured.
    PageComposer(QPaintDevice& device, int dpi, std::function<bool()> newDevicePage);
    ~PageComposer();

    /// Starts page 1. `painter` null = measuring pass.
    void start(QPainter* painter, PageDecorator decorate);
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] QPainter* painter() const { return m_painter; }
    [[nodiscard]] QRectF body() const { return m_body; }
    [[nodiscard]] QRectF pageRect() const { return m_pageRect; }
    [[nodiscard]] double y() const { return m_y; }
    [[nodiscard]] double remaining() const { return m_body.bottom() - m_y; }
    void skip(double dy) { m_y += dy; }
    [[nodiscard]] bool atTop() const { return m_y <= m_body.top() + 0.5; }

    [[nodiscard]] double mm(double v) const { return v * m_dpi / 25.4; }
    [[nodiscard]] QFont font(double pointSize, bool bold = false) const;

    void newPage();
    /// Breaks the page unless `height` still fits (or we are at the top already).
    void ensureSpace(double height);

    /// Flowing text at the cursor; breaks between lines across pages.
    void paragraph(const QString& text, const QFont& f, const QColor& color = Qt::black, double indent = 0);
    /// Height of `text` wrapped to `width`.
    [[nodiscard]] double textHeight(const QString& text, const QFont& f, double width) const;
    /// Text wrapped into `box` (top-left anchored, may overflow its height); returns the height used.
    double textBox(const QString& text, const QFont& f, const QRectF& box, const QColor& color,
        Qt::Alignment align = Qt::AlignLeft);
    /// A table at the cursor; breaks between rows and repeats the header on each page.
    void table(const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows, double pointSize);

private:
    std::unique_ptr<QTextLayout> layout(
        const QString& text, const QFont& f, double width, Qt::Alignment align, double* height) const;
    std::vector<double> columnWidths(const std::vector<Column>& columns) const;
    double rowHeight(
        const std::vector<Cell>& row, const std::vector<double>& widths, const QFont& f, const QFont& bold) const;
    void drawRow(const std::vector<Cell>& row, const std::vector<double>& widths, double height, const QFont& f,
        const QFont& bold, const QColor& background);

    QPaintDevice& m_device;
    int m_dpi;
    std::function<bool()> m_newDevicePage;
    QPainter* m_painter = nullptr;
    PageDecorator m_decorate;
    QRectF m_pageRect;
    QRectF m_body;
    double m_y = 0;
    int m_page = 0;
};

/// Plain user text made printable: line breaks kept, other control characters become spaces.
QString printable(const QString& text);

} // namespace sa::report::pdf
