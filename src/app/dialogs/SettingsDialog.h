#pragma once
// Program settings (ui/SettingsDialog.ui): UI language and the consultant's name.
#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sa::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;
    /// Writes the form to Settings.
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace sa::app
