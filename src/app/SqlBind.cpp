#include "SqlBind.h"

#include <sqlite3.h>

namespace sa::app {

void bindVariant(store::Statement& st, int index, const QVariant& v)
{
    if (v.isNull() || !v.isValid()) {
        st.bindNull(index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        st.bind(index, static_cast<std::int64_t>(v.toLongLong()));
        return;
    case QMetaType::Double:
        st.bind(index, v.toDouble());
        return;
    default:
        st.bind(index, v.toString().toStdString());
    }
}

QVariant columnVariant(const store::Statement& st, int col)
{
    switch (sqlite3_column_type(st.handle(), col)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(st.getInt(col));
    case SQLITE_FLOAT:
        return st.getDouble(col);
    default: {
        const auto v = st.getTextView(col);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    }
    }
}

} // namespace sa::app
