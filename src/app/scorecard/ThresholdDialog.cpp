#include "ThresholdDialog.h"

#include "ReferenceInfo.h"
#include "evidence/Assessments.h"
#include "models/ScorecardModel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace sa::app {

namespace {

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return l;
}

QString shownDefault(std::optional<double> v, const std::string& unit)
{
    return v ? ScorecardModel::formatValue(*v, unit) : ThresholdDialog::tr("not set");
}

} // namespace

ThresholdDialog::ThresholdDialog(
    const scoring::ScoringSetup& setup, const ReferenceInfo& info, const std::string& criterionId, QWidget* parent)
    : QDialog(parent)
    , m_criterion(criterionId)
    , m_rationale(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString id = QString::fromStdString(criterionId);
    setWindowTitle(tr("Thresholds and parameters of %1").arg(id));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Changes apply to this audit only and are listed in the report's appendix with "
                                "their rationale. Parameters apply to every criterion that uses them."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const scoring::Criterion* def = setup.catalogue.find(criterionId);
    if (def && def->metric) {
        auto* box = new QGroupBox(tr("Thresholds"), this);
        auto* grid = new QGridLayout(box);
        addIndicators(grid, *def, info);
        layout->addWidget(box);
    }
    if (!info.numericParamsOf(id).empty()) {
        auto* box = new QGroupBox(tr("Reference parameters"), this);
        auto* grid = new QGridLayout(box);
        addParams(grid, setup, info);
        layout->addWidget(box);
    }
    auto* label = new QLabel(tr("&Rationale (required):"), this);
    label->setBuddy(m_rationale);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("At least one full sentence: why this audit needs other values."));
    m_rationale->setMaximumHeight(fontMetrics().height() * 5);
    layout->addWidget(label);
    layout->addWidget(m_rationale);
    layout->addWidget(m_buttons);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &ThresholdDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const Field& f : m_fields)
        connect(f.spin, &QDoubleSpinBox::valueChanged, this, &ThresholdDialog::validate);
    validate();
}

ThresholdDialog::Field& ThresholdDialog::addField(
    const std::string& key, bool threshold, const std::string& unit, std::optional<double> value)
{
    Field f;
    f.key = key;
    f.threshold = threshold;
    f.spin = new QDoubleSpinBox(this);
    const bool percent = unit == "share" || unit == "pp";
    f.scale = percent ? 100.0 : 1.0;
    f.spin->setDecimals(unit == "count" || unit == "score" ? 0 : (percent ? 2 : 1));
    f.spin->setRange(value ? 0.0 : -1.0, percent ? 1000.0 : 1e9);
    if (!value)
        f.spin->setSpecialValueText(tr("not set")); // the minimum (-1) stands for "no value"
    f.spin->setSuffix(unit == "share" ? QStringLiteral(" %")
            : unit == "pp"            ? tr(" pp")
            : unit == "days"          ? tr(" d")
            : unit == "months"        ? tr(" mo")
                                      : QString());
    f.spin->setValue(value ? *value * f.scale : -1.0);
    f.shown = f.spin->value();
    f.spin->setAccessibleName(QString::fromStdString(key));
    m_fields.push_back(f);
    return m_fields.back();
}

void ThresholdDialog::addIndicators(QGridLayout* grid, const scoring::Criterion& def, const ReferenceInfo& info)
{
    grid->addWidget(headerLabel(tr("Indicator"), this), 0, 0);
    grid->addWidget(headerLabel(tr("Green"), this), 0, 1);
    grid->addWidget(headerLabel(tr("Yellow"), this), 0, 2);
    grid->addWidget(headerLabel(tr("Catalogue"), this), 0, 3);
    int row = 1;
    for (const auto& part : def.metric->parts) {
        for (const auto& ind : part.indicators) {
            const std::string unit = ind.unit.empty() ? def.metric->unit : ind.unit;
            const QString sign
                = ind.direction == scoring::Direction::HigherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ");
            auto* name = new QLabel(ScorecardModel::localized(ind.name) + QStringLiteral(" (") + sign
                    + QString::fromStdString(ind.key) + QLatin1Char(')'),
                this);
            name->setWordWrap(true);
            grid->addWidget(name, row, 0);
            grid->addWidget(addField(ind.key + ".green", true, unit, ind.green).spin, row, 1);
            grid->addWidget(addField(ind.key + ".yellow", true, unit, ind.yellow).spin, row, 2);
            grid->addWidget(new QLabel(tr("G %1 · Y %2")
                                           .arg(shownDefault(info.defaultThreshold(def.id, ind.key, true), unit),
                                               shownDefault(info.defaultThreshold(def.id, ind.key, false), unit)),
                                this),
                row, 3);
            ++row;
        }
    }
    grid->setColumnStretch(0, 1);
}

void ThresholdDialog::addParams(QGridLayout* grid, const scoring::ScoringSetup& setup, const ReferenceInfo& info)
{
    grid->addWidget(headerLabel(tr("Parameter"), this), 0, 0);
    grid->addWidget(headerLabel(tr("Value"), this), 0, 1);
    grid->addWidget(headerLabel(tr("Catalogue"), this), 0, 2);
    int row = 1;
    for (const ReferenceParam* p : info.numericParamsOf(QString::fromStdString(m_criterion))) {
        const std::string unit = p->unit.toStdString();
        auto* name = new QLabel(p->name, this);
        name->setToolTip(ScorecardModel::localized(p->description));
        grid->addWidget(name, row, 0);
        Field& f = addField(p->name.toStdString(), false, unit, setup.params.number(p->name.toStdString()));
        f.spin->setToolTip(name->toolTip());
        grid->addWidget(f.spin, row, 1);
        grid->addWidget(new QLabel(shownDefault(p->defaultValue, unit), this), row, 2);
        ++row;
    }
    grid->setColumnStretch(0, 1);
}

ReferenceChange ThresholdDialog::change() const
{
    ReferenceChange c;
    for (const Field& f : m_fields) {
        if (f.spin->value() == f.shown)
            continue;
        (f.threshold ? c.thresholds : c.params).emplace_back(f.key, f.spin->value() / f.scale);
    }
    c.rationale = m_rationale->toPlainText().trimmed().toStdString();
    return c;
}

bool ThresholdDialog::setValue(const std::string& key, double catalogueUnits)
{
    for (Field& f : m_fields)
        if (f.key == key) {
            f.spin->setValue(catalogueUnits * f.scale);
            return true;
        }
    return false;
}

void ThresholdDialog::validate()
{
    const ReferenceChange c = change();
    const bool ok = !c.empty() && evidence::isFullSentence(c.rationale);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(ok ? QString() : tr("Change a value and give a rationale of at least one full sentence."));
}

} // namespace sa::app
