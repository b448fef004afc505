#pragma once

// An extraction run by BertLab's TensorFlow runner (a host whose runtime is tensorflow). BertLab reads and
// tokenizes the input here, exactly as its own extraction would (windows of long texts included), and sends
// only fixed-shape arrays, so a TPU never waits for Python:
//
//   tf_extract.json    {"format": "bertlab-tf-extract", …}: layers, poolings, batch size, sequence length,
//                      counts, and the local settings (kept here to put the result together after fetch)
//   start/             the model as a Google TF checkpoint folder
//   input_ids.npy      every sequence padded to the run's length: input_ids and segment_ids [S, L],
//   segment_ids.npy    lengths [S], and the 0-based text each sequence belongs to (sequence_texts [S])
//   lengths.npy, sequence_texts.npy
//
// The runner writes features.npy: per sequence its pooled vector [S, F] or its token features [S, L, W].
// After fetch, assembleTensorFlowExtraction() runs BertLab's own extraction job with those features in place
// of its forward passes — the same joining of windows, the same writers and formats — and checks the first
// sequences against BertLab's engine (the cross-engine check).

#include "core/remote/engine_check.h"
#include "core/result.h"
#include "core/tasks/extraction_job.h"
#include "core/tasks/extraction_settings.h"
#include "core/train/run_setup.h"

#include <QString>

#include <atomic>

namespace bertlab::core {

struct TensorFlowExtractionExport {
    QString folder;
    qint64 texts = 0, sequences = 0;
    int seqLen = 0;
    qint64 bytes = 0;
};

// Writes the folder (which must not exist yet; built as <folder>.partial and renamed when complete). The
// settings name the model and the input by their local paths.
Result<TensorFlowExtractionExport>
exportExtractionForTensorFlow(const ExtractionSettings& local, const QString& folder, const QString& strategy,
                              const Preparing& preparing, const std::atomic<bool>& stop);

struct TensorFlowExtractionResult {
    ExtractionSummary summary;
    EngineCheck check;
};

// Writes <outputFolder>/embeddings.<the settings' format> (.npy also its .index.csv) from the runner's
// features.npy;
// `preparedFolder` is the exported folder (its tf_extract.json is enough). The input must be unchanged since
// the export. The first `checkSequences` sequences are computed by BertLab too and compared.
Result<TensorFlowExtractionResult> assembleTensorFlowExtraction(const QString& preparedFolder,
                                                                const QString& featuresPath,
                                                                const QString& outputFolder,
                                                                int checkSequences = 8);

} // namespace bertlab::core
