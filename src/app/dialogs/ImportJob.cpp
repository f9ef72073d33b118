#include "ImportJob.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "common/Clock.h"
#include "store/Project.h"

#include <QTimer>
#include <QtConcurrent>

namespace sa::app {

namespace {

ImportOutcome runStep(ImportJob::Step step, const QString& path, const import::ImportRequest& request,
    const std::shared_ptr<void>& sharedHolder, std::atomic<double>* fraction, std::atomic<long long>* rows,
    std::atomic<bool>* cancel)
{
    Q_UNUSED(sharedHolder) // keeps the atomics alive while the worker runs
    ImportOutcome out;
    auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadWrite);
    if (!project) {
        out.error = describe(project.error());
        return out;
    }
    const SystemClock clock;
    const import::ProgressFn onProgress = [=](double f, long long n) {
        fraction->store(f);
        rows->store(n);
        return !cancel->load();
    };
    auto record = [&](const Error& e) {
        out.cancelled = e.kind == ErrorKind::Cancelled;
        out.error = describe(e);
    };
    if (step == ImportJob::Step::Preview) {
        auto p = import::preview(*project, request, ImportJob::kPreviewRows, clock);
        if (p) {
            out.summary = std::move(p->summary);
            out.rows = std::move(p->rows);
        } else {
            record(p.error());
        }
        return out;
    }
    auto s = step == ImportJob::Step::DryRun ? import::dryRun(*project, request, clock, onProgress)
                                             : import::runImport(*project, request, clock, onProgress);
    if (s)
        out.summary = std::move(*s);
    else
        record(s.error());
    return out;
}

} // namespace

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_watcher(new QFutureWatcher<ImportOutcome>(this))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this,
        [this] { Q_EMIT progress(m_shared->fraction.load(), qlonglong(m_shared->rows.load())); });
    connect(m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        m_poll->stop();
        m_outcome = m_watcher->result();
        Q_EMIT progress(m_outcome.error.isEmpty() ? 1.0 : m_shared->fraction.load(), qlonglong(m_shared->rows.load()));
        Q_EMIT finished();
    });
}

ImportJob::~ImportJob()
{
    m_shared->cancel = true; // a running import rolls back
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void ImportJob::start(Step step, const QString& projectPath, const import::ImportRequest& request)
{
    if (m_watcher->isRunning())
        return;
    m_shared = std::make_shared<Shared>();
    Shared* s = m_shared.get();
    m_outcome = {};
    m_poll->start();
    m_watcher->setFuture(QtConcurrent::run(backgroundPool(), &runStep, step, projectPath, request,
        std::shared_ptr<void>(m_shared), &s->fraction, &s->rows, &s->cancel));
}

void ImportJob::cancel()
{
    m_shared->cancel = true;
}

} // namespace sa::app
