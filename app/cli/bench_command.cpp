#include "cli_common.h"

#include "core/tasks/benchmark.h"
#include "core/tensor/compute_threads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace bertlab::cli {

namespace {

int runTrainBench(int steps, bool asJson, const std::function<void(const QString&)>& say) {
    const auto t = core::benchmarkTraining(steps);
    if (!t.error.isEmpty())
        fail(QStringLiteral("bench --train: %1").arg(t.error));
    say(QStringLiteral(
            "training, BERT-mini shape (L%1 H%2 A%3 I%4, vocab %5), seq %6, batch %7, %8 masked per "
            "sequence, step + AdamWarmup: %9 ms/step (best %10), %11 steps/s over %12 steps, "
            "last loss %13")
            .arg(t.layers)
            .arg(t.hidden)
            .arg(t.heads)
            .arg(t.intermediate)
            .arg(t.vocab)
            .arg(t.sequenceLength)
            .arg(t.batch)
            .arg(t.maskedPerSequence)
            .arg(t.msPerStep, 0, 'f', 1)
            .arg(t.bestMsPerStep, 0, 'f', 1)
            .arg(t.stepsPerSecond, 0, 'f', 3)
            .arg(t.steps)
            .arg(t.finalLoss, 0, 'f', 3));
    say(QStringLiteral("training estimate before a run (from the fp32 GEMM ceiling, %1 GFLOP/s): %2 ms/step; "
                       "measured / estimate = %3")
            .arg(t.ceilingGflops, 0, 'f', 1)
            .arg(t.estimatedMsPerStep, 0, 'f', 1)
            .arg(t.msPerStep / t.estimatedMsPerStep, 0, 'f', 2));
    if (asJson) {
        QJsonArray stepMs;
        for (double ms : t.stepMs)
            stepMs.append(ms);
        const QJsonObject training{{QStringLiteral("step_ms"), stepMs},
                                   {QStringLiteral("layers"), t.layers},
                                   {QStringLiteral("hidden"), t.hidden},
                                   {QStringLiteral("heads"), t.heads},
                                   {QStringLiteral("intermediate"), t.intermediate},
                                   {QStringLiteral("vocab"), t.vocab},
                                   {QStringLiteral("batch"), t.batch},
                                   {QStringLiteral("sequence_length"), t.sequenceLength},
                                   {QStringLiteral("masked_per_sequence"), t.maskedPerSequence},
                                   {QStringLiteral("warmup_steps"), t.warmupSteps},
                                   {QStringLiteral("steps"), t.steps},
                                   {QStringLiteral("optimizer"), t.optimizer},
                                   {QStringLiteral("ms_per_step"), t.msPerStep},
                                   {QStringLiteral("best_ms_per_step"), t.bestMsPerStep},
                                   {QStringLiteral("steps_per_second"), t.stepsPerSecond},
                                   {QStringLiteral("final_loss"), t.finalLoss},
                                   {QStringLiteral("ceiling_gflops"), t.ceilingGflops},
                                   {QStringLiteral("estimated_ms_per_step"), t.estimatedMsPerStep}};
        const QJsonObject figures{{QStringLiteral("threads"), core::computeThreads()},
                                  {QStringLiteral("training"), training}};
        writeStdout(QJsonDocument(figures).toJson(QJsonDocument::Indented));
    }
    return 0;
}

} // namespace

int runBench(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("bench"),
        QStringLiteral("Measures the fp32 GEMM ceiling, BERT-base forward speed against it, and tokenizer "
                       "throughput, all in one run."),
        false, false);
    cmd.addOption({QStringLiteral("threads"), QStringLiteral("Compute threads (default: one per core)."),
                   QStringLiteral("N")});
    cmd.addOption({QStringLiteral("repeats"),
                   QStringLiteral("Timed runs per figure; the best counts (default 5)."),
                   QStringLiteral("N")});
    cmd.addOption({QStringLiteral("json"), QStringLiteral("Print the figures as JSON.")});
    cmd.addOption(
        {QStringLiteral("extract-lines"),
         QStringLiteral("Also time extracting N generated lines (pooled, <= 128 tokens) with the file job "
                        "against the pure forward time of the same batches (issue figure: 10000)."),
         QStringLiteral("N")});
    cmd.addOption(
        {QStringLiteral("train"),
         QStringLiteral("Only time pretraining steps (forward, losses, backward, AdamWarmup update) of "
                        "a BERT-mini-shaped model, L4 H256 A4, sequence 128, batch 32, random data "
                        "with 15% masked tokens and NSP labels, dropout 0.1.")});
    cmd.addOption({QStringLiteral("train-steps"),
                   QStringLiteral("Timed training steps, after 3 untimed ones (default 20)."),
                   QStringLiteral("N")});
    cmd.process(args);
    if (cmd.parser().isSet(QStringLiteral("threads")))
        core::setComputeThreads(cmd.intValue(QStringLiteral("threads"), 0, 1));
    const int repeats = cmd.intValue(QStringLiteral("repeats"), 5, 1);
    const bool asJson = cmd.parser().isSet(QStringLiteral("json"));

    const auto say = [&](const QString& line) {
        if (!asJson)
            writeStdout(line.toUtf8() + '\n');
    };
    say(QStringLiteral("threads: %1").arg(core::computeThreads()));
    if (cmd.parser().isSet(QStringLiteral("train")))
        return runTrainBench(cmd.intValue(QStringLiteral("train-steps"), 20, 1), asJson, say);
    const auto ceiling = core::measureGemmCeiling();
    say(QStringLiteral("fp32 GEMM ceiling (oneDNN sgemm %1^3): %2 GFLOP/s")
            .arg(ceiling.size)
            .arg(ceiling.gflops, 0, 'f', 1));

    QJsonArray forwards;
    for (int batch : {1, 8}) {
        const auto t = core::benchmarkBertBase(batch, 128, ceiling.gflops, repeats);
        say(QStringLiteral("BERT-base forward, seq 128, batch %1: %2 ms/sequence, %3 GFLOP/s, %4 of ceiling")
                .arg(batch)
                .arg(t.msPerSequence, 0, 'f', 2)
                .arg(t.gflops, 0, 'f', 1)
                .arg(t.ceilingRatio, 0, 'f', 3));
        forwards.append(QJsonObject{{QStringLiteral("batch"), batch},
                                    {QStringLiteral("sequence_length"), t.sequenceLength},
                                    {QStringLiteral("ms_per_sequence"), t.msPerSequence},
                                    {QStringLiteral("gflops"), t.gflops},
                                    {QStringLiteral("ceiling_ratio"), t.ceilingRatio}});
    }

    const auto tok = core::benchmarkTokenizer();
    say(QStringLiteral("tokenizer (30k vocab, %1 MB corpus): %2 MB/s, %3 tokens/s")
            .arg(double(tok.corpusBytes) / 1e6, 0, 'f', 1)
            .arg(tok.megabytesPerSecond, 0, 'f', 2)
            .arg(tok.tokensPerSecond, 0, 'f', 0));

    QJsonObject extraction;
    if (const int lines = cmd.intValue(QStringLiteral("extract-lines"), 0, 1); lines > 0) {
        const auto t = core::benchmarkExtraction(lines);
        say(QStringLiteral(
                "extraction of %1 lines (BERT-base, pooled, <= 128 tokens): pipeline %2 s, forward alone "
                "%3 s (mean of %4 s before and %5 s after), ratio %6")
                .arg(t.lines)
                .arg(t.pipelineSeconds, 0, 'f', 2)
                .arg(t.forwardSeconds, 0, 'f', 2)
                .arg(t.forwardBefore, 0, 'f', 2)
                .arg(t.forwardAfter, 0, 'f', 2)
                .arg(t.ratio, 0, 'f', 3));
        extraction = QJsonObject{{QStringLiteral("lines"), t.lines},
                                 {QStringLiteral("pipeline_seconds"), t.pipelineSeconds},
                                 {QStringLiteral("forward_seconds"), t.forwardSeconds},
                                 {QStringLiteral("forward_before_seconds"), t.forwardBefore},
                                 {QStringLiteral("forward_after_seconds"), t.forwardAfter},
                                 {QStringLiteral("ratio"), t.ratio}};
    }

    if (asJson) {
        const QJsonObject figures{{QStringLiteral("threads"), core::computeThreads()},
                                  {QStringLiteral("gemm_ceiling_gflops"), ceiling.gflops},
                                  {QStringLiteral("forward"), forwards},
                                  {QStringLiteral("tokenizer"),
                                   QJsonObject{{QStringLiteral("corpus_bytes"), double(tok.corpusBytes)},
                                               {QStringLiteral("tokens"), double(tok.tokens)},
                                               {QStringLiteral("mb_per_second"), tok.megabytesPerSecond},
                                               {QStringLiteral("tokens_per_second"), tok.tokensPerSecond}}},
                                  {QStringLiteral("extraction"), extraction}};
        writeStdout(QJsonDocument(figures).toJson(QJsonDocument::Indented));
    }
    return 0;
}

} // namespace bertlab::cli
