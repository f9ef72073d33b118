// CSV and XLSX exports: formula injection neutralised in text cells, numbers stay numbers, XLSX has
// no formulas at all; atomic writing; JSON of the whole model.
#include "CsvWriter.h"
#include "JsonWriter.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <random>
#include <zip.h>

using namespace sa::report;

namespace {

/// Strings that try every dangerous lead character, with quotes, delimiters, line breaks and Cyrillic.
std::vector<QString> hostileStrings(int count)
{
    const QString leads = QStringLiteral("=+-@\t\r\nAЖ1 '");
    const QStringList bodies = { QStringLiteral("1+1"), QStringLiteral("HYPERLINK(\"http://x\";\"y\")"),
        QStringLiteral("cmd|' /C calc'!A0"), QStringLiteral("SUM(A1:A9)"), QStringLiteral("Иванов; Петров, \"ООО\""),
        QStringLiteral("12,5"), QStringLiteral("a\nb\r\nc") };
    std::mt19937 rng(20250701);
    std::vector<QString> out;
    for (int i = 0; i < count; ++i) {
        QString s;
        const int leadCount = int(rng() % 3);
        for (int k = 0; k < leadCount; ++k)
            s += leads.at(qsizetype(rng() % uint32_t(leads.size())));
        s += bodies.at(qsizetype(rng() % uint32_t(bodies.size())));
        out.push_back(s);
    }
    out.push_back(QString(QChar(0)) + QStringLiteral("=1"));
    return out;
}

Table hostileTable(const std::vector<QString>& strings)
{
    Table t;
    t.name = QStringLiteral("Inject: [test]");
    t.header = { QStringLiteral("=header"), QStringLiteral("number") };
    for (size_t i = 0; i < strings.size(); ++i)
        t.rows.push_back({ strings[i], -1.5 * double(i) - 0.25 });
    return t;
}

/// Minimal RFC 4180 reader for the round trip.
std::vector<std::vector<QString>> parseCsv(const QString& text, QChar delim)
{
    std::vector<std::vector<QString>> rows(1);
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delim) {
            rows.back().push_back(cell), cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            rows.back().push_back(cell), cell.clear(), rows.emplace_back(), ++i;
        } else {
            cell += c;
        }
    }
    rows.pop_back(); // after the final CRLF
    return rows;
}

QByteArray zipEntry(const QString& path, const char* name)
{
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    REQUIRE(z);
    zip_stat_t st;
    REQUIRE(zip_stat(z, name, 0, &st) == 0);
    QByteArray data(qsizetype(st.size), '\0');
    zip_file_t* f = zip_fopen(z, name, 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, data.data(), st.size) == zip_int64_t(st.size));
    zip_fclose(f);
    zip_close(z);
    return data;
}

bool dangerous(const QString& s)
{
    return !s.isEmpty() && QStringLiteral("=+-@\t\r\n").contains(s.front())
        ? true
        : (!s.isEmpty() && s.front().unicode() == 0);
}

} // namespace

TEST_CASE(
    "CSV: every text cell that could start a formula is neutralised; numbers stay numbers", "[report][csv][security]")
{
    const auto strings = hostileStrings(3000);
    for (QChar delim : { QLatin1Char(';'), QLatin1Char(',') }) {
        const QByteArray bytes = toCsv(hostileTable(strings), CsvOptions { delim, std::nullopt, true });
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)), delim);
        REQUIRE(rows.size() == strings.size() + 1);
        CHECK(rows[0][0] == QStringLiteral("'=header"));
        for (size_t i = 0; i < strings.size(); ++i) {
            REQUIRE(rows[i + 1].size() == 2);
            const QString& written = rows[i + 1][0];
            CHECK(written == (dangerous(strings[i]) ? QLatin1Char('\'') + strings[i] : strings[i]));
            CHECK_FALSE(dangerous(written));
            // The number is written as a plain number (negative, not prefixed).
            QString number = rows[i + 1][1];
            CHECK(number.startsWith(QLatin1Char('-')));
            CHECK(number.replace(QLatin1Char(','), QLatin1Char('.')).toDouble() == Approx(-1.5 * double(i) - 0.25));
        }
    }
}

TEST_CASE("CSV and JSON are written atomically", "[report][csv][atomic]")
{
    sa::test::TempDir dir;
    const QString target = QString::fromStdString(dir.file("plan.csv"));
    const ReportModel model = sa::test::makeFixtureReport(Language::Ru, QStringLiteral(SA_SOURCE_DIR));
    REQUIRE(writeCsv(planTable(model), target).ok());
    const std::string first = sa::test::readFile(target.toStdString());
    CHECK(QString::fromStdString(first).contains(model.plan.front().text));
    // A folder in the way: refused, nothing changes.
    CHECK_FALSE(writeCsv(planTable(model), QString::fromStdString(dir.path().string())).ok());
    CHECK_FALSE(writeCsv(planTable(model), QString::fromStdString(dir.file("missing/plan.csv"))).ok());
    CHECK(sa::test::readFile(target.toStdString()) == first);
    const QString json = QString::fromStdString(dir.file("audit.json"));
    REQUIRE(writeJson(toJson(model), json).ok());
    const auto doc = nlohmann::json::parse(sa::test::readFile(json.toStdString()), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    CHECK(doc["criteria"].size() == 44);
    CHECK(doc["matrix"].size() == 45);
    CHECK(doc["audit"]["company"] == "ООО «Ромашка-Трейд»");
    CHECK(QDir(QString::fromStdString(dir.path().string())).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("XLSX: text as shared strings, numbers as numbers, never a formula", "[report][xlsx][security]")
{
    sa::test::TempDir dir;
    const QString target = QString::fromStdString(dir.file("plan.xlsx"));
    const auto strings = hostileStrings(1500);
    const ReportModel model = sa::test::makeFixtureReport(Language::Ru, QStringLiteral(SA_SOURCE_DIR));
    REQUIRE(writeXlsx({ hostileTable(strings), planTable(model), criteriaTable(model) }, target).ok());
    CHECK(QDir(QString::fromStdString(dir.path().string())).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("plan.xlsx") });
    for (const char* sheet : { "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml" }) {
        const QByteArray xml = zipEntry(target, sheet);
        CHECK_FALSE(xml.contains("<f>"));
        CHECK_FALSE(xml.contains("<f "));
    }
    const QByteArray sheet1 = zipEntry(target, "xl/worksheets/sheet1.xml");
    // Every hostile string is a shared-string cell (t="s") and every number a plain <v> cell.
    CHECK(sheet1.count("t=\"s\"") == qsizetype(strings.size()) + 2);
    CHECK(sheet1.contains("<c r=\"B3\"><v>-1.75</v></c>"));
    CHECK(sheet1.contains("<pane ySplit=\"1\""));
    const QString shared = QString::fromUtf8(zipEntry(target, "xl/sharedStrings.xml"));
    for (const QString& s : strings)
        if (!s.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f&<>\"]")))) {
            INFO(s.toStdString());
            CHECK(shared.contains(QLatin1Char('>') + s + QStringLiteral("</t>")));
        }
    CHECK(shared.contains(model.plan.front().text));
    CHECK(sheetName(QStringLiteral("Inject: [test]"), {}) == QStringLiteral("Inject_ _test_"));
}

TEST_CASE("XLSX: a failed write leaves the earlier file intact", "[report][xlsx][atomic]")
{
    sa::test::TempDir dir;
    const QString target = QString::fromStdString(dir.file("plan.xlsx"));
    {
        QFile f(target);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("earlier");
    }
    Table tooWide;
    tooWide.name = QStringLiteral("x");
    tooWide.header = { QStringLiteral("a") };
    tooWide.rows.push_back(
        std::vector<TableCell>(20000, TableCell(QStringLiteral("v")))); // beyond Excel's 16384 columns
    const sa::Status s = writeXlsx({ tooWide }, target);
    REQUIRE_FALSE(s.ok());
    CHECK(sa::test::readFile(target.toStdString()) == "earlier");
    CHECK(QDir(QString::fromStdString(dir.path().string())).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("plan.xlsx") });
}
