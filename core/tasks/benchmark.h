#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace bertlab::core {

struct GemmCeiling {
    double gflops = 0.0;
    int size = 0; // the square problem measured
};

struct ForwardTiming {
    int batch = 0;
    int sequenceLength = 0;
    double msPerSequence = 0.0;
    double gflops = 0.0;       // effective: the model's matmul FLOPs over the wall time
    double ceilingRatio = 0.0; // gflops / the GEMM ceiling measured in the same run
};

struct TokenizerThroughput {
    double megabytesPerSecond = 0.0;
    double tokensPerSecond = 0.0;
    qint64 corpusBytes = 0;
    qint64 tokens = 0;
};

// A large oneDNN sgemm, best of several runs: the most this machine's cores can do in fp32.
GemmCeiling measureGemmCeiling(int size = 2048);

// BERT-base shape (L12 H768 A12) with random weights, forward at the given batch and length, best of repeats.
ForwardTiming benchmarkBertBase(int batch, int sequenceLength, double ceilingGflops, int repeats = 5);

struct ExtractionTiming {
    int lines = 0;
    double pipelineSeconds = 0.0; // the whole file job: read, tokenize, forward, pool, write CSV
    double forwardSeconds = 0.0;  // the forward passes alone over the same batches: mean of the two runs
    double forwardBefore = 0.0;   // measured forward, pipeline, forward so a noisy neighbour in the middle
    double forwardAfter = 0.0;    // (or at either end) cannot bias the ratio one way
    double ratio = 0.0;           // pipeline / forward
};

// Extraction of generated lines (mixed lengths, at most 128 tokens, pooled AVE) with a BERT-base-shaped
// model: the file job's time against the pure forward time of the same batches.
ExtractionTiming benchmarkExtraction(int lines, int batchSize = 8);

// WordPiece tokenization of a generated corpus over a generated 30k-entry vocabulary.
TokenizerThroughput benchmarkTokenizer(qint64 corpusBytes = 8 << 20);

struct TrainingTiming {
    int layers = 0, hidden = 0, heads = 0, intermediate = 0, vocab = 0;
    int batch = 0;
    int sequenceLength = 0;
    int maskedPerSequence = 0;
    int warmupSteps = 0;
    int steps = 0;              // timed steps
    bool optimizer = false;     // the timed step includes AdamWarmup::apply
    double msPerStep = 0.0;     // mean over the timed steps
    double bestMsPerStep = 0.0; // fastest single step
    double stepsPerSecond = 0.0;
    std::vector<double> stepMs;      // each timed step
    double finalLoss = 0.0;          // sanity: the last step's loss (finite, falling slowly)
    double ceilingGflops = 0.0;      // the fp32 GEMM ceiling, best of before and after the steps
    double estimatedMsPerStep = 0.0; // what the Train page promises before a run, from that ceiling
    QString error;                   // set when a step failed (no figures then)
};

// Pretraining steps of a BERT-mini-shaped model (L4 H256 A4, I 1024, vocab 30522) with random weights on
// random batches: [CLS] a [SEP] b [SEP], 15% of the tokens masked, NSP labels, dropout 0.1. Each step is
// forward + losses + backward + the optimizer update; warmupSteps untimed steps come first.
TrainingTiming benchmarkTraining(int steps = 20, int warmupSteps = 3, int batch = 32,
                                 int sequenceLength = 128);

} // namespace bertlab::core
