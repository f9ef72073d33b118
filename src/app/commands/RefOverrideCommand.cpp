#include "RefOverrideCommand.h"

#include "AuditDocument.h"
#include "scoring/ScoreEngine.h"

#include <QCoreApplication>

namespace sa::app {

RefOverrideCommand::RefOverrideCommand(AuditDocument* doc, std::shared_ptr<const scoring::ScoringSetup> setup,
    std::string criterionId, Values thresholds, Values params, std::string rationale, std::string author)
    : m_doc(doc)
    , m_setup(std::move(setup))
    , m_criterion(std::move(criterionId))
    , m_thresholds(std::move(thresholds))
    , m_params(std::move(params))
    , m_rationale(std::move(rationale))
    , m_author(std::move(author))
{
    setText(QCoreApplication::translate("sa::app::RefOverrideCommand", "Change thresholds of %1")
                .arg(QString::fromStdString(m_criterion)));
}

RefOverrideCommand* RefOverrideCommand::revertThresholds(AuditDocument* doc, std::string criterionId)
{
    auto* c = new RefOverrideCommand(doc, nullptr, std::move(criterionId), {}, {}, {}, {});
    c->m_revert = true;
    c->setText(QCoreApplication::translate("sa::app::RefOverrideCommand", "Revert the thresholds of %1")
                   .arg(QString::fromStdString(c->m_criterion)));
    return c;
}

Status RefOverrideCommand::capture()
{
    // Every row this command may touch: the criterion's thresholds and the named parameters.
    QString where = QStringLiteral("criterion_id = ?");
    QVariantList args { QString::fromStdString(m_criterion) };
    for (const auto& [name, value] : m_params) {
        where += QStringLiteral(" OR (criterion_id = '' AND param = ?)");
        args << QString::fromStdString(name);
    }
    auto snap = RowSnapshot::capture(m_doc->project()->db(), QStringLiteral("ref_overrides"), where, args);
    if (!snap)
        return snap.error();
    m_before = std::move(*snap);
    return {};
}

Status RefOverrideCommand::write()
{
    store::Connection& db = m_doc->project()->db();
    if (m_revert) {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto del = db.prepare("DELETE FROM ref_overrides WHERE criterion_id = ?");
        if (!del)
            return del.error();
        if (auto s = del->bind(1, m_criterion).run(); !s)
            return s;
        return tx->commit();
    }
    std::vector<evidence::RefOverride> rows;
    for (const auto& [key, value] : m_thresholds)
        rows.push_back({ m_criterion, key, value, m_rationale, m_author, 0 });
    for (const auto& [name, value] : m_params)
        rows.push_back({ "", name, value, m_rationale, m_author, 0 });
    // The same checks as scoring::changeThresholds / changeParam, on probes of the audit's setup,
    // so that thresholds and parameters are written together in one transaction.
    scoring::Catalogue catalogue = m_setup->catalogue;
    if (Status s = scoring::applyThresholdOverrides(catalogue, rows); !s)
        return s;
    Params params = m_setup->params;
    if (Status s = scoring::applyParamOverrides(params, rows); !s)
        return s;
    return evidence::writeRefOverrides(db, rows, m_doc->clock());
}

void RefOverrideCommand::redo()
{
    if (!m_doc->project())
        return finish(Error::usage("no audit is open"));
    Status s = capture();
    if (s)
        s = write();
    finish(s);
}

void RefOverrideCommand::undo()
{
    if (!m_doc->project() || !m_before)
        return finish(Error::usage("no audit is open"));
    store::Connection& db = m_doc->project()->db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return finish(tx.error());
    if (Status s = m_before->restore(db); !s)
        return finish(s);
    finish(tx->commit());
}

void RefOverrideCommand::finish(const Status& s)
{
    if (!s) {
        setObsolete(true); // nothing was written
        m_doc->reportError(describe(s.error()));
        return;
    }
    m_doc->notifyDataChanged(QStringLiteral("ref_overrides"));
}

} // namespace sa::app
