#pragma once
// The audit's metadata as a form (ui/AuditInfoDialog.ui): used to create a new audit and to edit
// the properties of the open one. Validation is store::validateAuditInfo's, shown inline.
#include "store/AuditInfo.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AuditInfoDialog;
}

namespace sa::app {

class AuditInfoDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { NewAudit, Properties };
    explicit AuditInfoDialog(Mode mode, QWidget* parent = nullptr);
    ~AuditInfoDialog() override;

    void setInfo(const store::AuditInfo& info);
    /// The form's content merged into the info given to setInfo (created_at etc. kept).
    [[nodiscard]] store::AuditInfo info() const;
    /// Accepts only when the info is valid; else shows why and stays open.
    void accept() override;
    /// One-line explanation of a variant (shown under the selector).
    static QString variantHelp(store::Variant v);
    static QString variantName(store::Variant v);

private:
    void updateVariantHelp();
    void updateOkButton();
    std::unique_ptr<Ui::AuditInfoDialog> m_ui;
    store::AuditInfo m_base;
};

} // namespace sa::app
