// The import wizard end to end on a gen_crm.py 10k deals export: every page, the dry run, the
// background import, Cancel rolling back, and the longest GUI-thread stall while importing.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "dialogs/ImportWizard.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sa;
using namespace sa::app;

namespace {

qint64 countDeals(AuditDocument& doc)
{
    auto n = doc.project()->db().scalarInt("SELECT count(*) FROM deals");
    return n ? n->value_or(0) : -1;
}

} // namespace

class TestAppImportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsTenThousandDealsThroughEveryPage();
    void cancelRollsBack();

private:
    bool walkTo(ImportWizard& wizard, int page);
    QTemporaryDir m_dir;
    QString m_deals;
};

void TestAppImportWizard::initTestCase()
{
    apptest::isolateSettings();
    const QString shared = qEnvironmentVariable("SA_SHARED_DIR", QString::fromLatin1(SA_SHARED_DIR));
    const QString generator = shared + QLatin1String("/bench/gen_crm.py");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || !QFileInfo::exists(generator))
        QSKIP("needs python3 and shared/bench/gen_crm.py (set SA_SHARED_DIR)");
    const QString out = m_dir.filePath(QStringLiteral("10k"));
    QCOMPARE(QProcess::execute(python,
                 { generator, QStringLiteral("--deals"), QStringLiteral("10000"), QStringLiteral("--out"), out,
                     QStringLiteral("-q") }),
        0);
    m_deals = out + QLatin1String("/deals.csv");
    QVERIFY(QFileInfo::exists(m_deals));
}

bool TestAppImportWizard::walkTo(ImportWizard& wizard, int page)
{
    while (wizard.currentId() != page) {
        if (!apptest::waitFor([&] { return wizard.currentPage()->isComplete(); }, 120000))
            return false;
        wizard.next();
    }
    return true;
}

void TestAppImportWizard::importsTenThousandDealsThroughEveryPage()
{
    const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
    AuditDocument doc;
    store::AuditInfo info;
    info.company = "Import Co";
    QVERIFY(doc.create(path, info).ok());
    ImportWizard wizard(&doc, m_deals);
    wizard.show();
    auto* preset = wizard.page(ImportWizard::FilePage)->findChild<QComboBox*>();
    QVERIFY(preset);
    for (auto* combo : wizard.page(ImportWizard::FilePage)->findChildren<QComboBox*>()) {
        const int amo = combo->findData(QStringLiteral("amocrm"));
        if (amo >= 0)
            combo->setCurrentIndex(amo);
    }
    QVERIFY(walkTo(wizard, ImportWizard::PreviewPage));
    QVERIFY(!wizard.lastPreview().rows.empty());
    QCOMPARE(wizard.lastPreview().summary.encoding, std::string("utf-8-bom"));
    QVERIFY(walkTo(wizard, ImportWizard::DryRunPage));
    QVERIFY(apptest::waitFor([&] { return wizard.currentPage()->isComplete(); }, 120000));
    QCOMPARE(countDeals(doc), qint64(0)); // the dry run wrote nothing

    // The GUI thread keeps ticking while the import runs on its worker.
    QElapsedTimer tick;
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] { longest = std::max(longest, tick.restart()); });
    tick.start();
    probe.start();
    QElapsedTimer total;
    total.start();
    wizard.next();
    QVERIFY(apptest::waitFor([&] { return wizard.currentPage()->isComplete(); }, 300000));
    probe.stop();
    qInfo(
        "import of 10k deals through the wizard: %lld ms; longest GUI-thread stall: %lld ms", total.elapsed(), longest);
    QVERIFY2(wizard.imported(), qPrintable(wizard.job()->outcome().error));
    QCOMPARE(countDeals(doc), qint64(wizard.job()->outcome().summary.rowsImported));
    QVERIFY(countDeals(doc) >= 9000);
}

void TestAppImportWizard::cancelRollsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    AuditDocument doc;
    store::AuditInfo info;
    info.company = "Cancel Co";
    QVERIFY(doc.create(path, info).ok());
    import::ImportRequest request;
    request.file = m_deals.toStdString();
    request.preset = "amocrm";
    ImportJob job;
    QSignalSpy done(&job, &ImportJob::finished);
    job.start(ImportJob::Step::Import, path, request);
    job.cancel();
    QVERIFY(done.wait(120000));
    QVERIFY(job.outcome().cancelled);
    QCOMPARE(countDeals(doc), qint64(0));
}

QTEST_MAIN(TestAppImportWizard)
#include "test_app_import_wizard.moc"
