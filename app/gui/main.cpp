// bertlab: the desktop workbench. Wires the window, settings and translators; no logic of its own.
#include "main_window.h"
#include "palette.h"
#include "settings_dialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QTranslator>

#include <cstdio>

namespace {
// Fusion with a plain light or dark palette: for desktops without a theme, and for screenshots of both.
void applyPalette(bool dark) {
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setPalette(bertlab::app::darkPalette());
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BertLab"));
    QApplication::setApplicationName(QStringLiteral("BertLab"));
    QApplication::setApplicationVersion(QStringLiteral(BERTLAB_VERSION));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/bertlab-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    bertlab::app::SettingsDialog::applyStoredThreads();

    // The language follows the system unless chosen in Settings.
    const QString language = QSettings().value(bertlab::app::SettingsDialog::languageKey).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("bertlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop workbench for BERT models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QApplication::translate("main",
                                                         "Model folder to open (default: the last model "
                                                         "opened, or the BertLab demo model)."),
                                 QStringLiteral("[MODEL]"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Open MODEL (default: the demo model) with an example text, save a "
                                        "picture of every page into DIR and quit."),
        QStringLiteral("DIR"));
    parser.addOption(screenshots);
    QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("main", "Use a light or dark palette instead of the system's."),
        QStringLiteral("light|dark"));
    parser.addOption(palette);
    parser.process(app);
    if (parser.isSet(palette))
        applyPalette(parser.value(palette) == u"dark");

    bertlab::app::MainWindow window;
    window.show();
    const QString requested = parser.positionalArguments().value(0);
    // Screenshots show the model asked for, or the demo model (never whatever was open last).
    if (parser.isSet(screenshots) && requested.isEmpty())
        window.openDemoModel();
    else
        window.openStartupModel(requested);

    if (parser.isSet(screenshots)) {
        const QString directory = parser.value(screenshots);
        const auto finish = [directory](bool ok) {
            if (!ok)
                std::fprintf(stderr, "bertlab: cannot write screenshots to %s\n", qPrintable(directory));
            QApplication::exit(ok ? 0 : 1);
        };
        QObject::connect(
            &window, &bertlab::app::MainWindow::modelLoaded, &window, [&window, directory, finish] {
                window.workspace()->setText(
                    QApplication::translate("main", "The quick brown fox [MASK] over the lazy dog."),
                    QApplication::translate("main", "It was a sunny day."));
                window.saveScreenshots(directory, finish);
            });
        QObject::connect(&window, &bertlab::app::MainWindow::modelFailed, &window,
                         [](const QString& message) {
                             std::fprintf(stderr, "bertlab: %s\n", qPrintable(message));
                             QApplication::exit(1);
                         });
    }
    return QApplication::exec();
}
