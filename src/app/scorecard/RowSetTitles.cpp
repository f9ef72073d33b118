#include "RowSetTitles.h"

#include <QCoreApplication>

namespace sa::app {

const QStringList& knownRowSetLabels()
{
    // The labels of src/core/scoring/measures (drill(m, LABEL, ...)); lupdate reads them from here.
    static const char* const source[] = {
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "A clients"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "A clients not in the top tier"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Active clients not contacted in 90 days"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Active clients with an owner"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Clients above 10 % of revenue"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Clients lost (active before, not now)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Clients retained"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Closed acquisition deals"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Deals that skipped a mandatory stage"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Declining clients (revenue down > 30 %)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Detractors (0-6)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Hires measured"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Inbound leads"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Inbound leads not answered within 1 business hour"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Leads handed to sales"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Leads of the cohort"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Leads of paid channels below 2:1"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Leads of paid channels"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Leads of the last 6 months"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Leads without a source"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Lost acquisition deals (win rate)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Lost deals"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Lost deals without a specific reason"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Lost key clients"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Lost key clients without a known reason"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Managers measured"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "NPS responses counted"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "New clients (current period)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "New clients (first order in the last 6 months)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "New clients (previous period)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "New clients in the window"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Non-target leads"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals in the quarter's pipeline"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals judged"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals missing probability, category or potential"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals with incomplete fields"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals without a future next step"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals with a past or missing close date"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals without a current owner"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Open deals without an amount"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Promoters (9-10)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Sales managers who left"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Stalled deals"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Top 10 clients by revenue"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Valuable dormant clients"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Valuable dormant clients not contacted in 90 days"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Won acquisition deals"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Won acquisition deals (win rate)"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Won deals without a source"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Won leads of the cohort"),
        QT_TRANSLATE_NOOP("sa::app::RowSetTitles", "Won leads of paid channels"),
    };
    static const QStringList labels = [] {
        QStringList out;
        for (const char* label : source)
            out << QString::fromLatin1(label);
        return out;
    }();
    return labels;
}

QString rowSetTitle(const std::string& label)
{
    // QCoreApplication::translate returns the label itself when there is no translation.
    return QCoreApplication::translate("sa::app::RowSetTitles", label.c_str());
}

} // namespace sa::app
