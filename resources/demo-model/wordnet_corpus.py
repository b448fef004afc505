#!/usr/bin/env python3
"""Turns WordNet 3.0 (Debian's wordnet-base) into a pretraining corpus for the BertLab demo model.

Each synset gives sentences: its definition after its words ("dog, domestic dog, Canis familiaris: a member of
the genus Canis ...") and each example sentence on its own ("The dog barked all night."). The sentences of one
lexicographer file (noun.animal, verb.motion, ...) are shuffled with a fixed seed, so neighbours share a topic
but an example rarely stands next to its own definition or its synset's other examples (which would teach the
model to copy a word it sees rather than to predict it); they are joined into lines of about --line-chars
characters and the lines into documents of --doc-lines lines, in Google's create_pretraining_data layout (one
"sentence" per line, a blank line between documents). Every --heldout-every-th document goes to the held-out
file instead of the training file.

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


def sentences(words, gloss):
    """['words: definition.', 'Example one.', 'Example two.'] from a gloss 'definition; "example one"; …'."""
    examples = re.findall(r'"([^"]+)"', gloss)
    definition = re.sub(r'"[^"]*"', "", gloss)
    definition = re.sub(r"[;\s]+$", "", re.sub(r";\s*;", ";", definition)).strip()
    out = [", ".join(words) + ": " + definition + "."]
    for example in examples:
        example = example.strip()
        if example:
            out.append(example[0].upper() + example[1:] + ("" if example[-1] in ".!?" else "."))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--line-chars", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--doc-lines", type=int, default=12)
    parser.add_argument("--heldout-every", type=int, default=25)
    parser.add_argument("train")
    parser.add_argument("heldout")
    args = parser.parse_args()

    by_file = {}
    for part in PARTS:
        path = os.path.join(args.wordnet, "data." + part)
        if not os.path.exists(path):
            sys.exit(f"wordnet_corpus.py: {path} is missing (apt-get install wordnet-base)")
        for lex_file, words, gloss in synsets(path):
            by_file.setdefault(lex_file, []).extend(sentences(words, gloss))

    documents = []
    rng = random.Random(args.seed)
    for lex_file in sorted(by_file):
        rng.shuffle(by_file[lex_file])
        lines, line = [], ""
        for text in by_file[lex_file]:
            line = f"{line} {text}" if line else text
            if len(line) >= args.line_chars:
                lines.append(line)
                line = ""
        if line:
            lines.append(line)
        documents += [lines[i:i + args.doc_lines] for i in range(0, len(lines), args.doc_lines)]

    with open(args.train, "w", encoding="utf-8") as train, open(args.heldout, "w", encoding="utf-8") as heldout:
        for index, document in enumerate(documents):
            out = heldout if index % args.heldout_every == args.heldout_every - 1 else train
            out.write("\n".join(document) + "\n\n")
    print(f"{len(documents)} documents, {sum(map(len, documents))} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
