#!/usr/bin/env python3
"""BertLab's pretraining speed against PyTorch (transformers BertForPreTraining), in one run.

Run from the repository root after building, with the reference venv (tests/fixtures/README.md):
    /opt/bertref/bin/python tests/bench/train_bench.py [--cli build/app/cli/bertlab-cli] [--threads N]

Both sides train a BERT-mini-shaped model (L4 H256 A4, I 1024, vocab 30522) from random weights on random
batches of the same shape: 32 sequences of 128 tokens ([CLS] a [SEP] b [SEP]), 15% of the tokens masked,
NSP labels, dropout 0.1. A step is forward, MLM + NSP losses, backward and the optimizer update (BertLab:
AdamWarmup; PyTorch: AdamW). Both run with the same number of threads (default 2; --threads or
BERTLAB_THREADS), after the same number of untimed warm-up steps; the figure is the mean over the timed
steps. The sides take turns for several rounds, so a change in a shared machine's load hits each of them;
the per-round ratios' median is printed beside the overall one.

PyTorch is timed twice: BertForPreTraining as shipped (its MLM head computes the 30522-way logits of every
token, the loss then ignores the unmasked ones), and the same model with the MLM head applied to the masked
rows only, which is what BertLab (and Google's run_pretraining.py) does. The issue's target is the ratio to
the first; the second shows how much of the difference is that saving.
"""
import argparse
import json
import os
import subprocess
import time

VOCAB, HIDDEN, LAYERS, HEADS, INTERMEDIATE = 30522, 256, 4, 4, 1024
CLS, SEP, MASK = 101, 102, 103


def random_batch(gen, batch, length):
    """The same recipe as BertLab's benchmark: random words from 1000.., 15% masked (80/10/10)."""
    import torch
    split = 1 + (length - 3) // 2
    ids = torch.randint(1000, VOCAB, (batch, length), generator=gen)
    ids[:, 0] = CLS
    ids[:, split] = SEP
    ids[:, length - 1] = SEP
    segments = torch.zeros((batch, length), dtype=torch.long)
    segments[:, split + 1:] = 1
    labels = torch.full((batch, length), -100, dtype=torch.long)
    count = max(1, round(0.15 * length))
    words = [t for t in range(length) if t not in (0, split, length - 1)]
    for s in range(batch):
        pick = torch.randperm(len(words), generator=gen)[:count]
        for p in sorted(words[int(i)] for i in pick):
            labels[s, p] = ids[s, p]
            r = float(torch.rand((), generator=gen))
            if r < 0.8:
                ids[s, p] = MASK
            elif r < 0.9:
                ids[s, p] = int(torch.randint(1000, VOCAB, (), generator=gen))
    nsp = torch.randint(0, 2, (batch,), generator=gen)
    return ids, segments, labels, nsp


class TorchTraining:
    """A BertForPreTraining + AdamW trainer whose rounds continue one training run."""

    def __init__(self, threads, batch, length, masked_only, seed):
        import torch
        from transformers import BertConfig, BertForPreTraining

        torch.set_num_threads(threads)
        torch.manual_seed(42)
        config = BertConfig(vocab_size=VOCAB, hidden_size=HIDDEN, num_hidden_layers=LAYERS,
                            num_attention_heads=HEADS, intermediate_size=INTERMEDIATE,
                            max_position_embeddings=512, hidden_dropout_prob=0.1,
                            attention_probs_dropout_prob=0.1)
        self.model = BertForPreTraining(config)
        self.model.train()
        self.optimizer = torch.optim.AdamW(self.model.parameters(), lr=1e-4, weight_decay=0.01, eps=1e-7)
        self.gen = torch.Generator().manual_seed(seed)
        self.batch, self.length, self.masked_only = batch, length, masked_only
        self.ce = torch.nn.CrossEntropyLoss()

    def step(self, ids, segments, labels, nsp):
        self.optimizer.zero_grad(set_to_none=True)
        if self.masked_only:
            out = self.model.bert(input_ids=ids, token_type_ids=segments)
            rows = labels.view(-1) != -100
            hidden = out.last_hidden_state.reshape(-1, HIDDEN)[rows]
            mlm_logits = self.model.cls.predictions(hidden)
            nsp_logits = self.model.cls.seq_relationship(out.pooler_output)
            loss = self.ce(mlm_logits, labels.view(-1)[rows]) + self.ce(nsp_logits, nsp)
        else:
            loss = self.model(input_ids=ids, token_type_ids=segments, labels=labels,
                              next_sentence_label=nsp).loss
        loss.backward()
        self.optimizer.step()
        return float(loss)

    def round(self, steps, warmup):
        """Per-step seconds of `steps` timed steps after `warmup` untimed ones, fresh batches each."""
        batches = [random_batch(self.gen, self.batch, self.length) for _ in range(warmup + steps)]
        times = []
        for i, b in enumerate(batches):
            start = time.perf_counter()
            self.loss = self.step(*b)
            if i >= warmup:
                times.append(time.perf_counter() - start)
        return times


def bertlab_round(cli, threads, steps):
    env = dict(os.environ, BERTLAB_THREADS=str(threads))
    out = subprocess.run([cli, "bench", "--train", "--train-steps", str(steps), "--threads", str(threads),
                          "--json"], check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out)["training"]


def summary(times):
    mean = sum(times) / len(times)
    return {"ms_per_step": mean * 1e3, "best_ms_per_step": min(times) * 1e3, "steps_per_second": 1.0 / mean,
            "steps": len(times)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/bertlab-cli")
    parser.add_argument("--threads", type=int, default=int(os.environ.get("BERTLAB_THREADS", "2")))
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of BertLab, PyTorch, PyTorch masked-only, one after the other, so that a "
                             "change in the machine's load falls on every side (default 3)")
    parser.add_argument("--steps", type=int, default=5, help="timed steps per side and round (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    import torch
    import transformers

    warmup, batch, length = 3, 32, 128  # BertLab's bench --train: 3 untimed steps, then the timed ones
    load_before = os.getloadavg()[0]
    peers = {"pytorch": TorchTraining(args.threads, batch, length, False, 7),
             "pytorch_masked_rows_only": TorchTraining(args.threads, batch, length, True, 7)}
    times = {"bertlab": [], "pytorch": [], "pytorch_masked_rows_only": []}
    rounds, ours = [], None
    for r in range(args.rounds):
        ours = bertlab_round(args.cli, args.threads, args.steps)
        assert (ours["batch"], ours["sequence_length"], ours["layers"], ours["hidden"]) == \
            (batch, length, LAYERS, HIDDEN), ours
        times["bertlab"] += [ms / 1e3 for ms in ours["step_ms"]]
        this = {"bertlab_ms_per_step": ours["ms_per_step"]}
        for name, peer in peers.items():
            t = peer.round(args.steps, warmup if r == 0 else 0)
            times[name] += t
            this[name + "_ms_per_step"] = sum(t) / len(t) * 1e3
        rounds.append(this)

    figures = {"threads": args.threads, "rounds": args.rounds, "steps_per_round": args.steps,
               "warmup_steps": warmup, "batch": batch, "sequence_length": length,
               "torch": torch.__version__, "transformers": transformers.__version__,
               "load_average_before": load_before, "load_average_after": os.getloadavg()[0]}
    for name, t in times.items():
        figures[name] = summary(t)
    for name in peers:
        figures["ratio_" + name] = figures["bertlab"]["steps_per_second"] / figures[name]["steps_per_second"]
        per_round = sorted(r[name + "_ms_per_step"] / r["bertlab_ms_per_step"] for r in rounds)
        figures["median_round_ratio_" + name] = per_round[len(per_round) // 2]
    figures["per_round"] = rounds
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"BERT-mini (L{LAYERS} H{HIDDEN} A{HEADS} I{INTERMEDIATE}, vocab {VOCAB}), seq {length}, batch {batch}, "
          f"15% masked + NSP, dropout 0.1; {args.threads} threads; {args.rounds} rounds of {args.steps} timed "
          f"steps per side; load average {load_before:.1f} before, {figures['load_average_after']:.1f} after")
    print(f"{'':>34} {'ms/step':>9} {'best':>9} {'steps/s':>8} {'BertLab speed-up':>17} {'median round':>13}")
    names = {"bertlab": "BertLab (step + AdamWarmup)", "pytorch": "PyTorch BertForPreTraining+AdamW",
             "pytorch_masked_rows_only": "PyTorch, MLM on masked rows only"}
    for key, name in names.items():
        f = figures[key]
        median = f"{figures['median_round_ratio_' + key]:>12.2f}x" if key in peers else ""
        print(f"{name:>34} {f['ms_per_step']:>9.1f} {f['best_ms_per_step']:>9.1f} {f['steps_per_second']:>8.3f} "
              f"{f['ms_per_step'] / figures['bertlab']['ms_per_step']:>16.2f}x {median}")


if __name__ == "__main__":
    main()
