#pragma once
// The pages of ImportWizard.
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sa::app {

class ImportWizard;

/// Step 1: the file (Browse… or drag and drop), the entity and the CRM preset.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(const QString& file, QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    ImportWizard* wiz() const;
    void detectPreset();
    QLineEdit* m_path;
    QComboBox* m_entity;
    QComboBox* m_preset;
    QLabel* m_detected;
};

/// Steps 2 and 3: what was detected (changeable) and the first rows as they will land. Both run
/// the pipeline's preview in the background.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    ImportPreviewPage(bool showRows, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard* wiz() const;
    void runPreview();
    void showOutcome();
    bool m_showRows;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_detected;
    QTableWidget* m_table;
    bool m_ready = false;
};

/// Step 4: which source column feeds which field; saved and loaded as mapping JSON.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard* wiz() const;
    void saveMapping();
    void loadMapping();
    QTableWidget* m_table;
};

/// Steps 5 and 6: the dry run (everything checked, then rolled back) and the import itself.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(bool dryRun, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

private:
    ImportWizard* wiz() const;
    void showOutcome();
    bool m_dryRun;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPlainTextEdit* m_summary;
    bool m_done = false;
    bool m_ok = false;
};

} // namespace sa::app
