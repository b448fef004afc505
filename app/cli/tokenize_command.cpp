#include "cli_common.h"

#include "core/tasks/json_writer.h"
#include "core/text/tokenizer_settings.h"

#include <QFileInfo>

namespace bertlab::cli {

int runTokenize(const QStringList& args) {
    CommandParser cmd(QStringLiteral("tokenize"),
                      QStringLiteral("WordPiece tokens, ids, segments and spans as JSON."),
                      /*tokenizes=*/true, /*loadsModel=*/false);
    cmd.addOption({QStringLiteral("vocab"),
                   QStringLiteral("vocab.txt of the model. With --mode auto, a tokenizer_config.json or "
                                  "tokenizer.json next to it sets the tokenizer (else google, uncased)."),
                   QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("max-len"), QStringLiteral("Truncate (longest first) to N tokens."),
                   QStringLiteral("N")});
    cmd.addOption(
        {QStringLiteral("pad"),
         QStringLiteral("Fill up to --max-len with [PAD] (its id; keras-bert mode: id 0, keras-bert's "
                        "pad_index). The default in keras-bert mode, whose Tokenizer.encode pads when "
                        "given max_len.")});
    cmd.addOption({QStringLiteral("no-pad"), QStringLiteral("Only truncate to --max-len, never pad.")});
    cmd.addPositional(QStringLiteral("first"), QStringLiteral("Text to tokenize."), QStringLiteral("FIRST"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.process(args);

    const auto options = cmd.common();
    const int maxLength = cmd.intValue(QStringLiteral("max-len"), 0, 2);
    const auto [first, second] = cmd.texts();
    const QString vocabPath = cmd.requiredValue(QStringLiteral("vocab"));
    const auto settings = core::readTokenizerSettings(QFileInfo(vocabPath).absolutePath());
    if (!settings)
        fail(settings.errorString());
    const core::TokenizerOptions tokenizerOptions =
        options.tokenizer.resolve(*settings ? (*settings)->options : core::TokenizerOptions{});
    auto tokenizer = core::Tokenizer::fromVocabFile(vocabPath, tokenizerOptions);
    if (!tokenizer)
        fail(tokenizer.errorString());
    if (cmd.parser().isSet(QStringLiteral("pad")) && cmd.parser().isSet(QStringLiteral("no-pad")))
        fail(QStringLiteral("--pad and --no-pad: choose one"));
    if (cmd.parser().isSet(QStringLiteral("pad")) && maxLength == 0)
        fail(QStringLiteral("--pad needs --max-len N (the length to pad to)"));
    const bool pad = cmd.parser().isSet(QStringLiteral("pad")) ||
                     (tokenizerOptions.mode == core::TokenizerMode::KerasBert && maxLength > 0 &&
                      !cmd.parser().isSet(QStringLiteral("no-pad")));
    const core::Encoding encoding = tokenizer->encode(first, second, maxLength, pad);

    writeStdout(core::encodingJson(encoding) + '\n');
    return 0;
}

} // namespace bertlab::cli
