#include "ChoiceDelegate.h"

#include "models/EntityTableModel.h"

#include <QComboBox>

namespace sa::app {

QWidget* ChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant choices = index.data(EntityTableModel::ChoicesRole);
    if (!choices.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const QVariant& pair : choices.toList()) {
        const QVariantList p = pair.toList();
        combo->addItem(p.value(1).toString(), p.value(0));
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant current = index.data(Qt::EditRole);
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).toString() == current.toString())
            combo->setCurrentIndex(i);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo)
        model->setData(index, combo->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sa::app
