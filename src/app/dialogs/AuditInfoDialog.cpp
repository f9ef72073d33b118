#include "AuditInfoDialog.h"

#include "ValueFormat.h"
#include "ui_AuditInfoDialog.h"

#include <QPushButton>

namespace sa::app {

namespace {
const store::Variant kVariants[] = { store::Variant::Express, store::Variant::Standard, store::Variant::Premium };
const char* const kCurrencies[] = { "RUB", "USD", "EUR", "KZT", "BYN", "UZS", "CNY" };
} // namespace

AuditInfoDialog::AuditInfoDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditInfoDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::NewAudit ? tr("New audit") : tr("Audit properties"));
    for (const auto v : kVariants)
        m_ui->variant->addItem(variantName(v), QString::fromLatin1(store::toString(v)));
    for (const char* c : kCurrencies)
        m_ui->currency->addItem(QString::fromLatin1(c));
    m_ui->periodFrom->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->periodTo->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // Wide enough that the one-line variant explanations wrap at most once, in Russian too.
    m_ui->variantHelp->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    m_ui->problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    connect(m_ui->variant, &QComboBox::currentIndexChanged, this, &AuditInfoDialog::updateVariantHelp);
    connect(m_ui->company, &QLineEdit::textChanged, this, &AuditInfoDialog::updateOkButton);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AuditInfoDialog::accept);
    store::AuditInfo defaults;
    const QDate today = QDate::currentDate();
    defaults.periodFrom = fromQDate(QDate(today.year() - 1, today.month(), 1));
    defaults.periodTo = fromQDate(QDate(today.year(), today.month(), 1).addDays(-1));
    setInfo(defaults);
}

AuditInfoDialog::~AuditInfoDialog() = default;

QString AuditInfoDialog::variantName(store::Variant v)
{
    switch (v) {
    case store::Variant::Express:
        return tr("Express");
    case store::Variant::Standard:
        return tr("Standard");
    case store::Variant::Premium:
        return tr("Premium");
    }
    return {};
}

QString AuditInfoDialog::variantHelp(store::Variant v)
{
    switch (v) {
    case store::Variant::Express:
        return tr("19 key criteria, mostly from CRM data: a quick diagnosis in a few days.");
    case store::Variant::Standard:
        return tr("44 criteria with interviews and checklists: the usual full audit.");
    case store::Variant::Premium:
        return tr("All 45 criteria, including client interviews and mystery shopping.");
    }
    return {};
}

void AuditInfoDialog::updateVariantHelp()
{
    const auto v = store::parseVariant(m_ui->variant->currentData().toString().toStdString());
    m_ui->variantHelp->setText(variantHelp(v.value_or(store::Variant::Standard)));
}

void AuditInfoDialog::updateOkButton()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->company->text().trimmed().isEmpty());
}

void AuditInfoDialog::setInfo(const store::AuditInfo& info)
{
    m_base = info;
    m_ui->company->setText(QString::fromStdString(info.company));
    m_ui->variant->setCurrentIndex(m_ui->variant->findData(QString::fromLatin1(store::toString(info.variant))));
    m_ui->currency->setCurrentText(QString::fromStdString(info.currency.code));
    m_ui->hasPlan->setChecked(info.annualPlan.has_value());
    m_ui->plan->setValue(info.annualPlan ? toMajor(*info.annualPlan, info.currency) : 0.0);
    m_ui->consultant->setText(QString::fromStdString(info.consultant));
    m_ui->period->setChecked(info.periodFrom && info.periodTo);
    if (info.periodFrom)
        m_ui->periodFrom->setDate(toQDate(*info.periodFrom));
    if (info.periodTo)
        m_ui->periodTo->setDate(toQDate(*info.periodTo));
    m_ui->notes->setPlainText(QString::fromStdString(info.notes));
    updateVariantHelp();
    updateOkButton();
}

store::AuditInfo AuditInfoDialog::info() const
{
    store::AuditInfo a = m_base;
    a.company = m_ui->company->text().trimmed().toStdString();
    a.variant = store::parseVariant(m_ui->variant->currentData().toString().toStdString()).value_or(a.variant);
    const QString code = m_ui->currency->currentText().trimmed().toUpper();
    if (code.toStdString() != a.currency.code)
        a.currency = Currency { code.toStdString(), 2 };
    a.annualPlan = m_ui->hasPlan->isChecked() ? toMinor(m_ui->plan->value(), a.currency) : std::nullopt;
    a.consultant = m_ui->consultant->text().trimmed().toStdString();
    a.periodFrom = a.periodTo = std::nullopt;
    if (m_ui->period->isChecked()) {
        a.periodFrom = fromQDate(m_ui->periodFrom->date());
        // The last day is inclusive: store its end, as the CLI does.
        a.periodTo = fromQDate(m_ui->periodTo->date()) + kSecondsPerDay - 1;
    }
    a.notes = m_ui->notes->toPlainText().toStdString();
    return a;
}

void AuditInfoDialog::accept()
{
    const Status s = store::validateAuditInfo(info());
    if (!s) {
        m_ui->problem->setText(QString::fromStdString(s.error().message));
        return;
    }
    QDialog::accept();
}

} // namespace sa::app
