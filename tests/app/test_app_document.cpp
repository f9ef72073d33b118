// The audit document, the new-audit dialog, opening bad files and undo of property edits.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "FileController.h"
#include "MainWindow.h"
#include "Settings.h"
#include "commands/EditAuditInfoCommand.h"
#include "dialogs/AuditInfoDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apptest::isolateSettings(); }
    void createAuditThroughDialog();
    void damagedFilesShowErrorAndAppKeepsRunning_data();
    void damagedFilesShowErrorAndAppKeepsRunning();
    void undoRedoAuditProperty();
    void recentFilesAreKeptInOrder();
    void navigationFollowsTheDocument();
    void openDemoAudit();
    void dropOpensAProjectAndWindowStateIsRestored();

private:
    QTemporaryDir m_dir;
};

void TestAppDocument::createAuditThroughDialog()
{
    AuditInfoDialog dialog(AuditInfoDialog::Mode::NewAudit);
    auto* company = dialog.findChild<QLineEdit*>(QStringLiteral("company"));
    auto* variant = dialog.findChild<QComboBox*>(QStringLiteral("variant"));
    QVERIFY(company && variant);
    QTest::keyClicks(company, QStringLiteral("OOO "));
    company->insert(QStringLiteral("«Ромашка»")); // keyClicks types Latin-1 only
    variant->setCurrentIndex(variant->findData(QStringLiteral("premium")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const store::AuditInfo info = dialog.info();
    QCOMPARE(QString::fromStdString(info.company), QStringLiteral("OOO «Ромашка»"));
    QVERIFY(info.variant == store::Variant::Premium);
    QVERIFY(info.periodFrom && info.periodTo && *info.periodFrom < *info.periodTo);

    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(window.files()->createAudit(path, info));
    QVERIFY(window.document()->isOpen());
    QVERIFY(window.currentScreen() == Screen::Overview);
    auto stored = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    QVERIFY(stored.ok());
    QCOMPARE(QString::fromStdString(stored->auditInfo()->company), QStringLiteral("OOO «Ромашка»"));
    QVERIFY(stored->auditInfo()->variant == store::Variant::Premium);
    // An empty company is refused by the dialog, not by a later write.
    AuditInfoDialog empty(AuditInfoDialog::Mode::NewAudit);
    empty.accept();
    QVERIFY(empty.result() != int(QDialog::Accepted));
}

void TestAppDocument::damagedFilesShowErrorAndAppKeepsRunning_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QByteArray("company,amount\nACME,100\n") << QStringLiteral("SQLite");
    const QString good = m_dir.filePath(QStringLiteral("good-for-truncation.sqlite"));
    QVERIFY(apptest::makeSampleProject(good).isEmpty());
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QTest::newRow("truncated project") << bytes.left(bytes.size() / 2) << QString();
}

void TestAppDocument::damagedFilesShowErrorAndAppKeepsRunning()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.sqlite")
                                           .arg(QString::fromLatin1(QTest::currentDataTag()))
                                           .replace(QLatin1Char(' '), QLatin1Char('-')));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    MainWindow window;
    window.show();
    QSignalSpy failed(window.files(), &FileController::failed);
    QVERIFY(!window.files()->openPath(bad));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QFileInfo(bad).fileName()), qPrintable(message)); // names the file
    if (!reason.isEmpty())
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message)); // and the reason
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), message);
    QVERIFY(!window.document()->isOpen());
    box->accept();
    // The same file checked on a worker thread (how the menus open files) fails the same way.
    failed.clear();
    window.files()->openInBackground(bad);
    QVERIFY(apptest::waitFor([&] { return failed.count() == 1; }, 30000));
    QCOMPARE(failed.first().at(1).toString(), message);
    QVERIFY(!window.document()->isOpen());
    QVERIFY(!window.files()->isBusy());
    if (auto* again = window.findChild<QMessageBox*>(QStringLiteral("errorBox")))
        again->accept();
    // Still alive: a good project opens afterwards.
    const QString good = m_dir.filePath(QStringLiteral("good-%1.sqlite")
                                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(apptest::makeSampleProject(good).isEmpty());
    QVERIFY(window.files()->openPath(good));
    QVERIFY(window.document()->isOpen());
}

void TestAppDocument::undoRedoAuditProperty()
{
    const QString path = m_dir.filePath(QStringLiteral("undo.sqlite"));
    QVERIFY(apptest::makeSampleProject(path).isEmpty());
    AuditDocument doc;
    QVERIFY(doc.open(path).ok());
    const store::AuditInfo before = doc.auditInfo();
    store::AuditInfo after = before;
    after.company = "Renamed Co";
    after.annualPlan = 120000000;
    QSignalSpy changed(&doc, &AuditDocument::auditInfoChanged);
    doc.undoStack()->push(new EditAuditInfoCommand(&doc, before, after));
    auto readCompany = [&] {
        auto p = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
        return p ? QString::fromStdString(p->auditInfo()->company) : QString();
    };
    QCOMPARE(readCompany(), QStringLiteral("Renamed Co"));
    QCOMPARE(doc.auditInfo().annualPlan, std::optional<Minor>(120000000));
    doc.undoStack()->undo();
    QCOMPARE(readCompany(), QStringLiteral("Test Co"));
    QVERIFY(!doc.auditInfo().annualPlan);
    doc.undoStack()->redo();
    QCOMPARE(readCompany(), QStringLiteral("Renamed Co"));
    QCOMPARE(changed.count(), 3);
    // An invalid edit is refused by the store, reported, and leaves no undo step.
    QSignalSpy errors(&doc, &AuditDocument::errorOccurred);
    store::AuditInfo invalid = doc.auditInfo();
    invalid.company = "  ";
    doc.undoStack()->push(new EditAuditInfoCommand(&doc, doc.auditInfo(), invalid));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(readCompany(), QStringLiteral("Renamed Co"));
}

void TestAppDocument::recentFilesAreKeptInOrder()
{
    Settings s;
    for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
        s.addRecentFile(QStringLiteral("/audits/%1.sqlite").arg(i));
    s.addRecentFile(QStringLiteral("/audits/5.sqlite"));
    const QStringList recent = s.recentFiles();
    QCOMPARE(recent.size(), Settings::kMaxRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/audits/5.sqlite"));
    QCOMPARE(recent.count(QStringLiteral("/audits/5.sqlite")), 1);
    s.setLanguage(UiLanguage::Russian);
    QVERIFY(Settings().language() == UiLanguage::Russian);
    s.setLanguage(UiLanguage::System);
}

void TestAppDocument::navigationFollowsTheDocument()
{
    MainWindow window;
    window.showScreen(Screen::Data);
    QVERIFY(window.currentScreen() == Screen::Start); // no audit: other screens are disabled
    const QString path = m_dir.filePath(QStringLiteral("nav.sqlite"));
    QVERIFY(apptest::makeSampleProject(path).isEmpty());
    QVERIFY(window.files()->openPath(path));
    window.showScreen(Screen::Data);
    QVERIFY(window.currentScreen() == Screen::Data);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Test Co")));
    window.document()->close();
    QVERIFY(window.currentScreen() == Screen::Start);
}

void TestAppDocument::openDemoAudit()
{
    QStandardPaths::setTestModeEnabled(true); // the demo file goes to a test-only data folder
    QFile::remove(FileController::demoPath());
    MainWindow window;
    QSignalSpy busy(window.files(), &FileController::busyChanged);
    window.files()->openDemo(); // generated on a worker thread
    QVERIFY(apptest::waitFor([&] { return window.document()->isOpen(); }, 60000));
    QCOMPARE(busy.count(), 4); // generating, then opening and checking, each on a worker thread
    auto deals = window.document()->project()->db().scalarInt("SELECT count(*) FROM deals");
    QVERIFY(deals.ok() && deals->value_or(0) > 0);
    QVERIFY(window.currentScreen() == Screen::Overview);
    window.document()->close();
    window.files()->openDemo(); // the second time it is simply reopened
    QVERIFY(apptest::waitFor([&] { return window.document()->isOpen(); }, 60000));
    window.document()->close();
    QVERIFY(QFile::remove(FileController::demoPath()));
}

void TestAppDocument::dropOpensAProjectAndWindowStateIsRestored()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.sqlite"));
    QVERIFY(apptest::makeSampleProject(path).isEmpty());
    {
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(apptest::waitFor([&] { return window.document()->isOpen(); }, 30000));
        QCOMPARE(Settings().recentFiles().first(), path);
        window.resize(1000, 700);
        window.close(); // saves geometry and state
    }
    MainWindow again;
    QCOMPARE(again.size(), QSize(1000, 700));
}

QTEST_MAIN(TestAppDocument)
#include "test_app_document.moc"
