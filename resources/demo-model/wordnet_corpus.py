#!/usr/bin/env python3
"""Turns WordNet 3.0 (Debian's wordnet-base) into a pretraining corpus for the BertLab demo model.

Each synset gives sentences: its definition after its first --words words ("dog, domestic dog: a member of the
genus Canis ...") and each example sentence on its own ("The dog barked all night."), the examples --example-copies
times: they are the everyday English people type, where the definitions are
dictionary prose, and the second run's lesson was that a model fed mostly definitions guesses dictionary words
("head", "day", "time") in everyday sentences. The sentences of one
lexicographer file (noun.animal, verb.motion, ...) are shuffled with a fixed seed, so neighbours share a topic
but an example rarely stands next to its own definition or its synset's other examples (which would teach the
model to copy a word it sees rather than to predict it); they are joined into lines of about --line-chars
characters and the lines into documents of --doc-lines lines, in Google's create_pretraining_data layout (one
"sentence" per line, a blank line between documents). Every --heldout-every-th synset, with all its sentences,
goes to the held-out file instead of the training file: no held-out example is ever trained on.

Usage: wordnet_corpus.py [--wordnet /usr/share/wordnet] TRAIN.txt HELDOUT.txt
"""
import argparse
import os
import random
import re
import sys

PARTS = ("noun", "verb", "adj", "adv")
MARKER = re.compile(r"\((a|p|ip)\)$")  # adjective position markers, e.g. galore(ip)


def synsets(path):
    """Yields (lexicographer file number, words, gloss) for every synset of a WordNet data.* file."""
    with open(path, encoding="utf-8", errors="strict") as f:
        for line in f:
            if line.startswith("  "):  # the licence header
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            lex_file = int(fields[1])
            count = int(fields[3], 16)
            words = [MARKER.sub("", fields[4 + 2 * i]).replace("_", " ") for i in range(count)]
            yield lex_file, words, gloss.strip()


def sentences(words, gloss, max_words):
    """(['words: definition.'], ['Example one.', 'Example two.']) from a gloss 'definition; "example one"; …'."""
    examples = re.findall(r'"([^"]+)"', gloss)
    definition = re.sub(r'"[^"]*"', "", gloss)
    definition = re.sub(r"[;\s]+$", "", re.sub(r";\s*;", ";", definition)).strip()
    out = []
    for example in examples:
        example = example.strip()
        if example:
            out.append(example[0].upper() + example[1:] + ("" if example[-1] in ".!?" else "."))
    return [", ".join(words[:max_words]) + ": " + definition + "."], out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--line-chars", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--doc-lines", type=int, default=12)
    parser.add_argument("--heldout-every", type=int, default=25)
    parser.add_argument("--words", type=int, default=2, help="words of a synset before its definition")
    parser.add_argument("--example-copies", type=int, default=3)
    parser.add_argument("train")
    parser.add_argument("heldout")
    args = parser.parse_args()

    # Held-out text is whole synsets (every --heldout-every-th), so no copy of a held-out example is trained on.
    pools = {"train": ({}, {}), "heldout": ({}, {})}
    index = 0
    for part in PARTS:
        path = os.path.join(args.wordnet, "data." + part)
        if not os.path.exists(path):
            sys.exit(f"wordnet_corpus.py: {path} is missing (apt-get install wordnet-base)")
        for lex_file, words, gloss in synsets(path):
            index += 1
            definitions, examples = pools["heldout" if index % args.heldout_every == 0 else "train"]
            defined, said = sentences(words, gloss, args.words)
            definitions.setdefault(lex_file, []).extend(defined)
            examples.setdefault(lex_file, []).extend(said)

    rng = random.Random(args.seed)
    counts = []
    for name, path in (("train", args.train), ("heldout", args.heldout)):
        definitions, examples = pools[name]
        documents = []
        for lex_file in sorted(definitions):
            texts = list(definitions[lex_file])
            for _ in range(args.example_copies):
                texts += examples.get(lex_file, [])
            rng.shuffle(texts)
            lines, line = [], ""
            for text in texts:
                line = f"{line} {text}" if line else text
                if len(line) >= args.line_chars:
                    lines.append(line)
                    line = ""
            if line:
                lines.append(line)
            documents += [lines[i:i + args.doc_lines] for i in range(0, len(lines), args.doc_lines)]
        with open(path, "w", encoding="utf-8") as out:
            for document in documents:
                out.write("\n".join(document) + "\n\n")
        counts.append(f"{name}: {len(documents)} documents, {sum(map(len, documents))} lines")
    print("; ".join(counts), file=sys.stderr)


if __name__ == "__main__":
    main()
