#pragma once
// One undoable consultant edit of a criterion (checklist answer, rating, override ...). redo()
// runs the scoring API call that validates and writes; undo() puts back exactly the rows the
// criterion had before in the assessment tables, in one transaction. The score follows at once
// (the document announces the change and ScoreService rescoring in the background).
#include "RowSnapshot.h"
#include "common/Result.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>
#include <QVariant>
#include <functional>

namespace sa::store {
class Connection;
}

namespace sa::app {

class AuditDocument;

class AssessmentCommand : public QUndoCommand {
public:
    using Apply = std::function<Status()>;
    AssessmentCommand(AuditDocument* doc, QString criterionId, const QString& text, Apply apply);
    void undo() override;
    void redo() override;

private:
    Status capture();
    Status restore();
    AuditDocument* m_doc;
    QString m_criterion;
    Apply m_apply;
    QList<RowSnapshot> m_before;
};

} // namespace sa::app
