#include "ChartTranslations.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>
#include <memory>

namespace sa::charts {

namespace {

std::unique_ptr<QTranslator>& current()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ru") };
}

bool installTranslations(const QString& language)
{
    if (current()) {
        QCoreApplication::removeTranslator(current().get());
        current().reset();
    }
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/charts/salesaudit_charts_") + language + QStringLiteral(".qm");
    if (!availableLanguages().contains(language) || !translator->load(file))
        return false;
    QCoreApplication::installTranslator(translator.get());
    current() = std::move(translator);
    return true;
}

} // namespace sa::charts
