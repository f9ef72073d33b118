#include "RowSnapshot.h"

#include "SqlBind.h"

namespace sa::app {

Result<RowSnapshot> RowSnapshot::capture(
    const store::Connection& db, const QString& table, const QString& where, const QVariantList& args)
{
    RowSnapshot s;
    s.m_table = table;
    s.m_where = where;
    s.m_args = args;
    auto st
        = db.prepare(QString(QLatin1String("SELECT * FROM ") + table + QLatin1String(" WHERE ") + where).toStdString());
    if (!st)
        return st.error();
    for (int i = 0; i < args.size(); ++i)
        bindVariant(*st, i + 1, args[i]);
    for (int c = 0; c < st->columnCount(); ++c)
        s.m_columns << QString::fromStdString(st->columnName(c));
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        QVariantList row;
        for (int c = 0; c < st->columnCount(); ++c)
            row << columnVariant(*st, c);
        s.m_rows << row;
    }
    return s;
}

Status RowSnapshot::restore(store::Connection& db) const
{
    auto del = db.prepare(
        QString(QLatin1String("DELETE FROM ") + m_table + QLatin1String(" WHERE ") + m_where).toStdString());
    if (!del)
        return del.error();
    for (int i = 0; i < m_args.size(); ++i)
        bindVariant(*del, i + 1, m_args[i]);
    if (auto s = del->run(); !s)
        return s;
    if (m_rows.isEmpty())
        return {};
    const QString marks = QStringList(QList<QString>(m_columns.size(), QStringLiteral("?"))).join(QLatin1Char(','));
    auto ins = db.prepare(QString(QLatin1String("INSERT INTO ") + m_table + QLatin1String(" (")
        + m_columns.join(QLatin1Char(',')) + QLatin1String(") VALUES (") + marks + QLatin1Char(')'))
                              .toStdString());
    if (!ins)
        return ins.error();
    for (const QVariantList& row : m_rows) {
        ins->reset();
        for (int i = 0; i < row.size(); ++i)
            bindVariant(*ins, i + 1, row[i]);
        if (auto s = ins->run(); !s)
            return s;
    }
    return {};
}

} // namespace sa::app
