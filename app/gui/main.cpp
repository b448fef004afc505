// bertlab: the desktop workbench. Wires the window, settings and translators; no logic of its own.
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BertLab"));
    QApplication::setApplicationName(QStringLiteral("BertLab"));
    QApplication::setApplicationVersion(QStringLiteral(BERTLAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bertlab.svg")));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("bertlab"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop workbench for BERT models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QApplication::translate("main", "Model folder to open."),
                                 QStringLiteral("[MODEL]"));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    bertlab::app::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openModel(positional.first());

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        const auto grab = [&window, path] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        };
        if (positional.isEmpty()) {
            QTimer::singleShot(200, &window, grab);
        } else {
            QObject::connect(&window, &bertlab::app::MainWindow::modelLoaded, &window,
                             [grab] { QTimer::singleShot(200, grab); });
            QObject::connect(&window, &bertlab::app::MainWindow::modelFailed, &window,
                             [grab] { QTimer::singleShot(200, grab); });
        }
    }
    return QApplication::exec();
}
