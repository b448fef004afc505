#pragma once

// The BertLab demo model: a small BERT (L4 H256 A4, WordPiece vocabulary of its own) that BertLab trained on
// WordNet's definitions and examples with its own trainer (resources/demo-model/README.md is its model card,
// resources/demo-model/reproduce.sh makes it from scratch). It ships with the app, so every page works at
// first start without a download.

#include <QString>
#include <QStringList>

namespace bertlab::core {

struct DemoModel {
    static constexpr auto environmentVariable = "BERTLAB_DEMO_MODEL";
    static constexpr auto id = "bertlab-demo"; // how the store lists it

    // Where it is looked for, in order: $BERTLAB_DEMO_MODEL; share/bertlab/demo-model beside the program
    // (../share for an installed program, ../../share for one in the build tree); the install prefix's
    // data folder the build was configured with.
    static QStringList searchPaths();
    // The first of searchPaths() that holds a model folder, or empty when none does.
    static QString directory();
    // Whether `path` is the demo model's folder (compared after resolving links).
    static bool isDemoModel(const QString& path);
    // A sample file that ships beside the demo model (share/bertlab/samples: topics.csv, sentences.txt,
    // corpus.txt), or empty when it is not there.
    static QString samplePath(const QString& name);
    // The model card (Markdown) from the folder's README.md, or empty.
    static QString modelCard(const QString& directory = DemoModel::directory());
};

} // namespace bertlab::core
