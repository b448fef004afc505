#include "cli_common.h"

#include "core/tasks/json_writer.h"

namespace bertlab::cli {

int runTokenize(const QStringList& args) {
    CommandParser cmd(QStringLiteral("tokenize"),
                      QStringLiteral("WordPiece tokens, ids, segments and spans as JSON."),
                      /*tokenizes=*/true, /*loadsModel=*/false);
    cmd.addOption(
        {QStringLiteral("vocab"), QStringLiteral("vocab.txt of the model."), QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("max-len"), QStringLiteral("Truncate (longest first) to N tokens."),
                   QStringLiteral("N")});
    cmd.addPositional(QStringLiteral("first"), QStringLiteral("Text to tokenize."), QStringLiteral("FIRST"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.process(args);

    const auto options = cmd.common();
    const int maxLength = cmd.intValue(QStringLiteral("max-len"), 0, 2);
    const auto [first, second] = cmd.texts();
    auto tokenizer =
        core::Tokenizer::fromVocabFile(cmd.requiredValue(QStringLiteral("vocab")), options.tokenizer);
    if (!tokenizer)
        fail(tokenizer.errorString());
    const core::Encoding encoding = tokenizer->encode(first, second, maxLength);

    writeStdout(core::encodingJson(encoding) + '\n');
    return 0;
}

} // namespace bertlab::cli
