#include "NoteEditor.h"

#include "NoteListModel.h"
#include "ValueFormat.h"
#include "evidence/CriterionPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <algorithm>

namespace sa::app {

NoteEditor::NoteEditor(std::function<const scoring::Catalogue*()> catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(std::move(catalogue))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_dated(new QCheckBox(tr("Dated"), this))
    , m_date(new QDateEdit(this))
    , m_respondent(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_criteriaLinks(new QLabel(this))
    , m_pick(new QPushButton(tr("&Tag criteria…"), this))
{
    for (const auto k : NoteListModel::kinds())
        m_kind->addItem(NoteListModel::kindText(k), int(k));
    m_date->setCalendarPopup(true);
    m_text->setTabChangesFocus(true);
    m_title->setPlaceholderText(tr("Required"));
    m_respondent->setPlaceholderText(tr("Who was interviewed or listened to"));
    m_role->setPlaceholderText(tr("e.g. sales manager"));
    m_criteriaLinks->setWordWrap(true);
    m_criteriaLinks->setTextFormat(Qt::RichText);
    m_criteriaLinks->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    auto* criteriaRow = new QHBoxLayout;
    criteriaRow->addWidget(m_criteriaLinks, 1);
    criteriaRow->addWidget(m_pick);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("T&itle:"), m_title);
    auto* dateLabel = new QLabel(tr("Da&te:"), this);
    dateLabel->setBuddy(m_dated);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("Res&pondent:"), m_respondent);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(tr("Criteria:"), criteriaRow);
    connectFields();
    setNote({});
}

void NoteEditor::connectFields()
{
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoteEditor::markModified);
    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::markModified);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        markModified();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &NoteEditor::markModified);
    connect(m_respondent, &QLineEdit::textEdited, this, &NoteEditor::markModified);
    connect(m_role, &QLineEdit::textEdited, this, &NoteEditor::markModified);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditor::markModified);
    connect(m_pick, &QPushButton::clicked, this, &NoteEditor::pickCriteria);
    connect(m_criteriaLinks, &QLabel::linkActivated, this, &NoteEditor::criterionActivated);
}

void NoteEditor::setNote(const evidence::Note& note)
{
    m_loading = true;
    m_id = note.id;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(note.kind))));
    m_title->setText(QString::fromStdString(note.title));
    m_dated->setChecked(note.date.has_value());
    m_date->setEnabled(note.date.has_value());
    m_date->setDate(note.date ? toQDate(*note.date) : QDate::currentDate());
    m_respondent->setText(QString::fromStdString(note.respondent));
    m_role->setText(QString::fromStdString(note.role));
    m_text->setPlainText(QString::fromStdString(note.text));
    m_criteria = note.criteria;
    showCriteria();
    m_loading = false;
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
}

evidence::Note NoteEditor::note() const
{
    evidence::Note n;
    n.id = m_id;
    n.kind = evidence::NoteKind(m_kind->currentData().toInt());
    n.title = m_title->text().trimmed().toStdString();
    if (m_dated->isChecked())
        n.date = fromQDate(m_date->date());
    n.respondent = m_respondent->text().trimmed().toStdString();
    n.role = m_role->text().trimmed().toStdString();
    n.text = m_text->toPlainText().toStdString();
    n.criteria = m_criteria;
    return n;
}

void NoteEditor::setCriteria(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end()); // the store's order, so that an unchanged list compares equal
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_criteria = std::move(ids);
    showCriteria();
    markModified();
}

void NoteEditor::showCriteria()
{
    QStringList links;
    for (const auto& id : m_criteria) {
        const QString q = QString::fromStdString(id).toHtmlEscaped();
        links << QStringLiteral("<a href=\"%1\">%1</a>").arg(q);
    }
    m_criteriaLinks->setText(links.isEmpty() ? tr("none") : links.join(QStringLiteral(", ")));
    m_criteriaLinks->setToolTip(links.isEmpty() ? QString() : tr("Click a criterion to open it in the scorecard."));
}

void NoteEditor::pickCriteria()
{
    const scoring::Catalogue* catalogue = m_catalogue ? m_catalogue() : nullptr;
    if (!catalogue)
        return;
    if (auto ids = CriterionPicker::pick(this, *catalogue, m_criteria))
        setCriteria(std::move(*ids));
}

void NoteEditor::markModified()
{
    if (m_loading || m_modified)
        return;
    m_modified = true;
    Q_EMIT modifiedChanged(true);
}

} // namespace sa::app
