#include "PlanTableModel.h"

#include "AuditDocument.h"
#include "PlanEditor.h"
#include "ValueFormat.h"
#include "models/EntityTableModel.h"
#include "plan/PlanStore.h"

#include <QLocale>

namespace sa::app {

namespace {
constexpr plan::Horizon kHorizons[]
    = { plan::Horizon::QuickWin, plan::Horizon::ThreeMonths, plan::Horizon::OneYear, plan::Horizon::ThreeYears };
constexpr plan::ActionStatus kStatuses[] = { plan::ActionStatus::Proposed, plan::ActionStatus::Planned,
    plan::ActionStatus::InProgress, plan::ActionStatus::Done, plan::ActionStatus::Dropped };

QString joined(const std::vector<std::string>& parts)
{
    QStringList out;
    for (const auto& p : parts)
        out << QString::fromStdString(p);
    return out.join(QStringLiteral(", "));
}
} // namespace

PlanTableModel::PlanTableModel(AuditDocument* doc, PlanEditor* editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_editor(editor)
{
    connect(doc, &AuditDocument::opened, this, &PlanTableModel::reload);
    connect(doc, &AuditDocument::closed, this, &PlanTableModel::reload);
    connect(doc, &AuditDocument::dataChanged, this, [this](const QString& table) {
        if (table.isEmpty() || table == QLatin1String("actions"))
            reload();
    });
    reload();
}

void PlanTableModel::reload()
{
    std::vector<plan::ActionRecord> fresh;
    if (m_doc->isOpen()) {
        auto plan = plan::loadPlan(m_doc->project()->db());
        if (plan)
            fresh = std::move(*plan);
        else
            m_doc->reportError(describe(plan.error()));
    }
    beginResetModel();
    m_actions = std::move(fresh);
    endResetModel();
    Q_EMIT reloaded();
}

int PlanTableModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_actions.size(); ++i)
        if (m_actions[i].id == id)
            return int(i);
    return -1;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::horizonText(plan::Horizon h)
{
    switch (h) {
    case plan::Horizon::QuickWin:
        return tr("quick win");
    case plan::Horizon::ThreeMonths:
        return tr("3 months");
    case plan::Horizon::OneYear:
        return tr("1 year");
    case plan::Horizon::ThreeYears:
        return tr("3 years");
    }
    return {};
}

QString PlanTableModel::statusText(plan::ActionStatus s)
{
    switch (s) {
    case plan::ActionStatus::Proposed:
        return tr("proposed");
    case plan::ActionStatus::Planned:
        return tr("planned");
    case plan::ActionStatus::InProgress:
        return tr("in progress");
    case plan::ActionStatus::Done:
        return tr("done");
    case plan::ActionStatus::Dropped:
        return tr("dropped");
    }
    return {};
}

QVariant PlanTableModel::display(const plan::ActionRecord& a, int column) const
{
    switch (column) {
    case Priority:
        return a.priority;
    case Text:
        return QString::fromStdString(a.text);
    case Criteria:
        return joined(a.criteria);
    case Horizon:
        return horizonText(a.horizon);
    case Owner:
        return QString::fromStdString(a.ownerRole);
    case Person:
        return QString::fromStdString(a.ownerName);
    case Due:
        return a.dueDate ? dateText(*a.dueDate) : QString();
    case Status:
        return statusText(a.status);
    case Effect:
        if (!a.expectedEffect)
            return QString();
        return QString(QLocale().toString(double(qRound64(*a.expectedEffect)), 'f', 0) + QLatin1Char(' ')
            + QString::fromStdString(m_doc->auditInfo().currency.code));
    }
    return {};
}

QVariant PlanTableModel::edit(const plan::ActionRecord& a, int column) const
{
    switch (column) {
    case Horizon:
        return QString::fromLatin1(plan::toString(a.horizon));
    case Status:
        return QString::fromLatin1(plan::toString(a.status));
    case Due: // text, so that an empty edit clears the date (a date editor cannot be empty)
        return a.dueDate ? toQDate(*a.dueDate).toString(Qt::ISODate) : QString();
    default:
        return display(a, column);
    }
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const plan::ActionRecord& a = m_actions[std::size_t(index.row())];
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(a, c);
    case Qt::EditRole:
        return edit(a, c);
    case Qt::ToolTipRole:
        if (c == Text && !a.targetKpi.empty())
            return tr("Target KPI: %1").arg(QString::fromStdString(a.targetKpi));
        if (c == Due)
            return tr("Due date as YYYY-MM-DD (or in your locale's short format). To remove it, press F2, delete "
                      "the text and press Enter.");
        return {};
    case Qt::TextAlignmentRole:
        return c == Priority || c == Effect ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                            : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case EntityTableModel::ChoicesRole: {
        QVariantList choices;
        if (c == Horizon)
            for (auto h : kHorizons)
                choices << QVariant(QVariantList { QString::fromLatin1(plan::toString(h)), horizonText(h) });
        if (c == Status)
            for (auto s : kStatuses)
                choices << QVariant(QVariantList { QString::fromLatin1(plan::toString(s)), statusText(s) });
        return choices.isEmpty() ? QVariant() : QVariant(choices);
    }
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Effect)
        return tr("Expected effect per year: the money impact of the action's criterion (calculated or expert)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const char* const names[ColumnCount] = { QT_TR_NOOP("Priority"), QT_TR_NOOP("Action"), QT_TR_NOOP("Criteria"),
        QT_TR_NOOP("Horizon"), QT_TR_NOOP("Owner"), QT_TR_NOOP("Person"), QT_TR_NOOP("Due"), QT_TR_NOOP("Status"),
        QT_TR_NOOP("Effect / year") };
    return tr(names[section]);
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Criteria && index.column() != Effect)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanTableModel::assign(plan::ActionRecord& a, int column, const QVariant& value)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case Priority: {
        bool ok = false;
        const int p = text.toInt(&ok);
        a.priority = p;
        return ok && p >= 1;
    }
    case Text:
        a.text = text.toStdString();
        return true;
    case Horizon: {
        const auto h = plan::parseHorizon(text.toStdString());
        a.horizon = h.value_or(a.horizon);
        return h.has_value();
    }
    case Owner:
        a.ownerRole = text.toStdString();
        return true;
    case Person:
        a.ownerName = text.toStdString();
        return true;
    case Due: {
        QDate d = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() && !text.isEmpty())
            d = QLocale().toDate(text, QLocale::ShortFormat);
        a.dueDate = d.isValid() ? std::optional(fromQDate(d)) : std::nullopt;
        return d.isValid() || text.isEmpty();
    }
    case Status: {
        const auto s = plan::parseActionStatus(text.toStdString());
        a.status = s.value_or(a.status);
        return s.has_value();
    }
    default:
        return false;
    }
}

bool PlanTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const plan::ActionRecord before = m_actions[std::size_t(index.row())];
    plan::ActionRecord after = before;
    if (!assign(after, index.column(), value)) {
        m_doc->reportError(
            tr("“%1” is not a valid %2.").arg(value.toString(), headerData(index.column(), Qt::Horizontal).toString()));
        return false;
    }
    if (edit(after, index.column()) == edit(before, index.column())
        && display(after, index.column()) == display(before, index.column()))
        return false; // nothing changed: no undo step
    const QString what
        = tr("Edit %1 of action %2").arg(headerData(index.column(), Qt::Horizontal).toString()).arg(before.priority);
    return m_editor->edit(before, after, what);
}

} // namespace sa::app
