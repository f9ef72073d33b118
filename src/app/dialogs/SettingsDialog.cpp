#include "SettingsDialog.h"

#include "Settings.h"
#include "ui_SettingsDialog.h"

namespace sa::app {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Language names are shown in their own language, so a user can always find theirs.
    m_ui->language->addItem(tr("System language"), toString(UiLanguage::System));
    m_ui->language->addItem(QStringLiteral("English"), toString(UiLanguage::English));
    m_ui->language->addItem(QStringLiteral("Русский"), toString(UiLanguage::Russian));
    const Settings settings;
    m_ui->language->setCurrentIndex(m_ui->language->findData(toString(settings.language())));
    m_ui->consultant->setText(settings.consultantName());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    Settings settings;
    settings.setLanguage(parseUiLanguage(m_ui->language->currentData().toString()));
    settings.setConsultantName(m_ui->consultant->text().trimmed());
    QDialog::accept();
}

} // namespace sa::app
