#include "ActionIds.h"

namespace sa::app {

quint64 ActionIds::tokenOf(qint64 id)
{
    if (const auto it = m_tokens.constFind(id); it != m_tokens.constEnd())
        return *it;
    const quint64 token = fresh();
    bind(token, id);
    return token;
}

void ActionIds::bind(quint64 token, qint64 id)
{
    unbind(token);
    m_ids.insert(token, id);
    m_tokens.insert(id, token);
}

void ActionIds::unbind(quint64 token)
{
    if (const auto it = m_ids.constFind(token); it != m_ids.constEnd()) {
        m_tokens.remove(*it);
        m_ids.erase(it);
    }
}

} // namespace sa::app
