#!/usr/bin/env python3
"""Writes the sample files that ship with the demo model (resources/samples/), from WordNet 3.0:

  topics.csv     text,label: 1,500 noun definitions labelled by their WordNet topic (animal, body, food,
                 person, plant; 300 each), for trying out fine-tuning a classifier on the Train page;
  sentences.txt  400 everyday example sentences, one per line, for trying out the Extract page;
  corpus.txt     the first 40 documents of the demo model's training corpus, for trying out pre-training.

Usage: make_samples.py [--wordnet /usr/share/wordnet] OUT_DIR
"""
import argparse
import csv
import os
import random
import re

from wordnet_corpus import synsets

TOPICS = {5: "animal", 8: "body", 13: "food", 18: "person", 20: "plant"}  # WordNet's lexicographer files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--corpus", help="the demo model's training corpus (wordnet_corpus.py's output)")
    parser.add_argument("out")
    args = parser.parse_args()
    rng = random.Random(1)

    by_topic, examples = {label: [] for label in TOPICS.values()}, []
    for part in ("noun", "verb", "adj", "adv"):
        for lex_file, words, gloss in synsets(os.path.join(args.wordnet, "data." + part)):
            definition = re.sub(r'"[^"]*"', "", gloss).strip(" ;")
            if part == "noun" and lex_file in TOPICS and 20 <= len(definition) <= 200:
                by_topic[TOPICS[lex_file]].append(definition)
            for example in re.findall(r'"([^"]+)"', gloss):
                words_in = example.split()
                if 6 <= len(words_in) <= 14 and example[0].isalpha() and "_" not in example:
                    examples.append(example[0].upper() + example[1:] + ("" if example[-1] in ".!?" else "."))

    os.makedirs(args.out, exist_ok=True)
    rows = [(text, label) for label, texts in by_topic.items() for text in rng.sample(texts, 300)]
    rng.shuffle(rows)
    with open(os.path.join(args.out, "topics.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    with open(os.path.join(args.out, "sentences.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(rng.sample(examples, 400)) + "\n")
    if args.corpus:
        documents = open(args.corpus, encoding="utf-8").read().split("\n\n")[:40]
        with open(os.path.join(args.out, "corpus.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(documents).strip() + "\n")


if __name__ == "__main__":
    main()
