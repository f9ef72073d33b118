#pragma once
// Stable handles for actions across undo and redo. Deleting an action and restoring it gives the
// row a new id (PlanStore assigns ids), so undo commands name actions by a token that this map
// resolves to the row's current id.
#include <QHash>
#include <QtGlobal>

namespace sa::app {

class ActionIds {
public:
    /// The token of the live action `id`, made on first use.
    quint64 tokenOf(qint64 id);
    /// The action's current id, or 0 when it does not exist right now (deleted).
    [[nodiscard]] qint64 idOf(quint64 token) const { return m_ids.value(token, 0); }
    /// Records that `token` now lives as row `id` (after a restore).
    void bind(quint64 token, qint64 id);
    /// Records that `token` no longer has a row (after a delete).
    void unbind(quint64 token);
    /// A token for an action that does not exist yet.
    quint64 fresh() { return ++m_last; }

private:
    QHash<quint64, qint64> m_ids;
    QHash<qint64, quint64> m_tokens;
    quint64 m_last = 0;
};

} // namespace sa::app
