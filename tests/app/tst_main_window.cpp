// The main window opens model folders off the UI thread, shows their summary, remembers them, and reports
// a broken folder inline.
#include "../core/archive_support.h"
#include "../core/fixture_support.h"

#include "main_window.h"
#include "widgets/message_bar.h"
#include "widgets/model_summary_view.h"
#include "widgets/text_pair_editor.h"
#include "workspace.h"

#include "core/model/bert_config.h"
#include "core/text/tokenizer.h"
#include "core/train/pretraining_data.h"
#include "core/train/trainer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace bertlab;

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensCheckpointFolder();
    void textBoxesCanBeMadeTaller();
    void switchingPagesKeepsTheWindowSize();
    void opensHuggingFaceFormats_data();
    void opensHuggingFaceFormats();
    void takesTheModelsTokenizer();
    void reportsBrokenFolder();
    void keepsPreviousModelOnFailure();
    void chineseTranslationLoads();
    void engineMessagesAreTranslated();
    void opensModelArchive();
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BertLabTest"));
    QSettings().clear();
}

// The shared text boxes start at three lines and grow when the splitter under them is dragged.
void TestMainWindow::textBoxesCanBeMadeTaller() {
    app::MainWindow window;
    window.resize(1200, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* editor = window.findChild<widgets::TextPairEditor*>();
    QVERIFY(editor);
    auto* splitter = qobject_cast<QSplitter*>(editor->parentWidget());
    QVERIFY(splitter);
    auto* box = editor->findChild<QPlainTextEdit*>();
    const int before = box->height();
    QVERIFY(before >= box->fontMetrics().lineSpacing() * 3);
    const QList<int> sizes = splitter->sizes();
    splitter->setSizes({sizes[0] + 150, sizes[1] - 150});
    QTRY_VERIFY(box->height() > before + 50);
}

// Going through every page leaves the window as wide and tall as it was (no page forces it wider).
void TestMainWindow::switchingPagesKeepsTheWindowSize() {
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    const QSize start = window.size();
    for (int round = 0; round < 2; ++round) {
        for (int page = 0; page < window.pages().size(); ++page) {
            window.showPage(page);
            QTest::qWait(20);
            QVERIFY2(window.size() == start, qPrintable(QStringLiteral("page %1: %2x%3, was %4x%5")
                                                            .arg(page)
                                                            .arg(window.width())
                                                            .arg(window.height())
                                                            .arg(start.width())
                                                            .arg(start.height())));
        }
    }
}

void TestMainWindow::opensCheckpointFolder() {
    app::MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    const QString folder = tests::fixturePath(QStringLiteral("models/tiny_tf"));
    window.openModel(folder);
    QVERIFY(loaded.wait(20000));
    auto* summary = window.findChild<widgets::ModelSummaryView*>();
    QVERIFY(summary);
    QCOMPARE(summary->fieldText(QStringLiteral("format")), QStringLiteral("TF checkpoint"));
    QCOMPARE(summary->fieldText(QStringLiteral("layers")), QStringLiteral("3"));
    QVERIFY(summary->fieldText(QStringLiteral("outputs")).contains(QStringLiteral("masked LM")));
    QCOMPARE(QSettings().value(QStringLiteral("models/recent")).toStringList().value(0), folder);
}

// Opening a model sets the tokenizer it expects: google for a TF checkpoint, huggingface with the settings of
// its tokenizer_config.json for a Hugging Face folder that has one; the Tokenize page shows it.
void TestMainWindow::takesTheModelsTokenizer() {
    QTemporaryDir dir;
    const QDir source(tests::fixturePath(QStringLiteral("models/tiny_hf")));
    for (const QString& name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    QFile config(dir.filePath(QStringLiteral("tokenizer_config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"do_lower_case": false, "strip_accents": true, "tokenize_chinese_chars": false})");
    config.close();

    app::MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    window.openModel(tests::fixturePath(QStringLiteral("models/tiny_tf")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.workspace()->tokenizerOptions().mode, core::TokenizerMode::Google);

    window.openModel(dir.path());
    QVERIFY(loaded.wait(20000));
    const core::TokenizerOptions options = window.workspace()->tokenizerOptions();
    QCOMPARE(options.mode, core::TokenizerMode::HuggingFace);
    QVERIFY(options.cased);
    QCOMPARE(options.stripAccents, std::optional(true));
    QVERIFY(!options.splitCjk);
    auto* mode = window.findChild<QComboBox*>(QStringLiteral("modeCombo"));
    QVERIFY(mode);
    QCOMPARE(mode->count(), 3);
    QCOMPARE(mode->currentText(), QStringLiteral("huggingface"));
    // Ticking Cased off on the page keeps the folder's other settings.
    auto* cased = window.findChild<QCheckBox*>(QStringLiteral("casedCheck"));
    QVERIFY(cased && cased->isChecked());
    cased->click();
    QVERIFY(!window.workspace()->tokenizerOptions().cased);
    QCOMPARE(window.workspace()->tokenizerOptions().stripAccents, std::optional(true));
}

// The other files transformers writes open as one Hugging Face model: sharded safetensors
// (model.safetensors.index.json + 4 shards), pytorch_model.bin (zip and legacy torch.save) and its shards.
// Every format BertLab reads opens in the window as it does in the CLI: the model bar names the format and
// the heads the files hold.
void TestMainWindow::opensHuggingFaceFormats_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("outputs");
    const QString mlm = QStringLiteral("masked LM");
    QTest::newRow("sharded safetensors")
        << QStringLiteral("tiny_hf_sharded") << QStringLiteral("Hugging Face") << mlm;
    QTest::newRow("pytorch_model.bin")
        << QStringLiteral("tiny_hf_pytorch") << QStringLiteral("Hugging Face (PyTorch)") << mlm;
    QTest::newRow("legacy pytorch_model.bin")
        << QStringLiteral("tiny_hf_pytorch_legacy") << QStringLiteral("Hugging Face (PyTorch)") << mlm;
    QTest::newRow("sharded pytorch_model.bin")
        << QStringLiteral("tiny_hf_pytorch_sharded") << QStringLiteral("Hugging Face (PyTorch)") << mlm;
    QTest::newRow("keras-bert model.h5")
        << QStringLiteral("tiny_keras_h5") << QStringLiteral("keras-bert (HDF5)") << mlm;
    QTest::newRow("keras-bert fine-tuned .h5")
        << QStringLiteral("tiny_keras_h5_classifier") << QStringLiteral("keras-bert (HDF5)")
        << QStringLiteral("pooler");
    QTest::newRow("sentence-transformers folder")
        << QStringLiteral("tiny_st") << QStringLiteral("Hugging Face") << QStringLiteral("pooler");
    QTest::newRow("classifier") << QStringLiteral("tiny_hf_classifier") << QStringLiteral("Hugging Face")
                                << QStringLiteral("classifier (labels negative, neutral, positive)");
}

void TestMainWindow::opensHuggingFaceFormats() {
    QFETCH(QString, folder);
    QFETCH(QString, format);
    QFETCH(QString, outputs);
    app::MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    window.openModel(tests::fixturePath(QStringLiteral("models/") + folder));
    QVERIFY(loaded.wait(20000));
    auto* summary = window.findChild<widgets::ModelSummaryView*>();
    QVERIFY(summary);
    QCOMPARE(summary->fieldText(QStringLiteral("format")), format);
    QVERIFY2(summary->fieldText(QStringLiteral("outputs")).contains(outputs),
             qPrintable(summary->fieldText(QStringLiteral("outputs"))));
    QVERIFY(window.model());
}

void TestMainWindow::reportsBrokenFolder() {
    app::MainWindow window;
    window.show();
    QSignalSpy failed(&window, &app::MainWindow::modelFailed);
    window.openModel(QStringLiteral("/nonexistent/folder"));
    QVERIFY(failed.wait(20000));
    auto* bar = window.findChild<widgets::MessageBar*>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("/nonexistent/folder")));
    QVERIFY(!window.model());
}

void TestMainWindow::keepsPreviousModelOnFailure() {
    app::MainWindow window;
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    QSignalSpy failed(&window, &app::MainWindow::modelFailed);
    window.openModel(tests::fixturePath(QStringLiteral("models/tiny_hf")));
    QVERIFY(loaded.wait(20000));
    const auto before = window.model();

    // A copy of the model whose config is not JSON: the error names the file; the old model stays.
    QTemporaryDir broken;
    for (const char* name : {"model.safetensors", "vocab.txt"})
        QVERIFY(QFile::copy(tests::fixturePath(QStringLiteral("models/tiny_hf/")) + QLatin1String(name),
                            broken.filePath(QLatin1String(name))));
    QFile config(broken.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{ not json");
    config.close();
    window.openModel(broken.path());
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("config.json")));
    QCOMPARE(window.model(), before);
    QCOMPARE(window.workspace()->model(), before);
}

void TestMainWindow::chineseTranslationLoads() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/bertlab_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    app::MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(u',')));
}

// An archive is unpacked into the model store (BERTLAB_MODEL_STORE here) and opened from there.
void TestMainWindow::opensModelArchive() {
    QTemporaryDir work;
    const QString archive = work.filePath(QStringLiteral("tiny_hf.tar.gz"));
    QCOMPARE(tests::writeArchive(
                 archive, QStringLiteral("tar.gz"),
                 tests::folderItems(tests::fixturePath(QStringLiteral("models/tiny_hf")), "tiny_hf/")),
             QString());
    const QString store = work.filePath(QStringLiteral("store"));
    qputenv("BERTLAB_MODEL_STORE", store.toUtf8());
    app::MainWindow window;
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    window.openModel(archive);
    QVERIFY(loaded.wait(20000));
    qunsetenv("BERTLAB_MODEL_STORE");
    QVERIFY(window.model());
    QVERIFY2(window.model()->files().directory.startsWith(store),
             qPrintable(window.model()->files().directory));
    QCOMPARE(QSettings().value(QStringLiteral("models/recent")).toStringList().value(0),
             window.model()->files().directory);
}

QTEST_MAIN(TestMainWindow)
// Errors from the engine reach the window as they are; with the Chinese catalogue loaded they must be
// Chinese, whether the text sits in a class's member function or in a free function of core.
void TestMainWindow::engineMessagesAreTranslated() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/bertlab_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const auto chinese = [](const QString& text) {
        return std::any_of(text.begin(), text.end(),
                           [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    };
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    // A member function (Trainer::run), a free function (pretraining data) and a nested helper class
    // (BertConfig's parser).
    auto run = bertlab::core::Trainer(bertlab::core::TrainingConfig{}).run();
    const bertlab::core::Tokenizer tokenizer(bertlab::core::Vocab::fromTokens({QStringLiteral("[PAD]")}));
    auto corpus = bertlab::core::readPretrainingCorpus(missing, tokenizer);
    auto config =
        bertlab::core::BertConfig::fromJson("{\"hidden_size\": \"big\"}", QStringLiteral("config.json"));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!run.ok() && !corpus.ok() && !config.ok());
    QVERIFY2(chinese(run.errorString()), qPrintable(run.errorString()));
    QVERIFY2(chinese(corpus.errorString()), qPrintable(corpus.errorString()));
    QVERIFY2(chinese(config.errorString()), qPrintable(config.errorString()));
}

#include "tst_main_window.moc"
