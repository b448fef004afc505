#!/usr/bin/env python3
# BertLab's TensorFlow runner: trains a run that BertLab prepared (`bertlab-cli train --export-tensorflow`)
# with TensorFlow, on a TPU (TPUStrategy), on GPUs (MirroredStrategy) or on the CPU, and reports it exactly as
# BertLab's own trainer does: the same event stream (events.jsonl), metrics.csv, and a checkpoint in Google's
# layout (bert_config.json, vocab.txt, bert_model.ckpt.* with Adam slots and global_step, training_state.json)
# that BertLab opens and can resume.
#
# The model is keras-bert's BERT (post-LayerNorm encoder, pooler, MLM head tied to the word embeddings, NSP
# head, run_classifier's classifier head) under Google's variable names; the optimizer is keras-bert's
# AdamWarmup as BertLab defines it (linear warm-up, linear decay to min_lr, decoupled weight decay on the
# pattern's parameters, optional global-norm clipping and AMSGrad). BertLab has tokenized and masked every
# batch already (keras-bert's gen_batch_inputs semantics), so the devices never wait for Python.
#
# It also extracts: for a folder BertLab exported for extraction (tf_extract.json: every sequence tokenized
# and padded, long texts already split into windows), it writes each sequence's features (the chosen
# layers' outputs side by side, pooled as asked: nsp/max/ave) to features.npy, and BertLab puts the result
# together after fetch exactly as its own extraction does.
#
#   bertlab_tf_runner.py PREPARED_FOLDER OUTPUT_FOLDER [--strategy auto|tpu|gpu|cpu] [--cpu-replicas N]
#
# Part of BertLab, distributed under the GNU GPL, version 3 or later.
"""Runs a BertLab training run prepared for TensorFlow."""

import argparse
import json
import math
import os
import shutil
import signal
import sys
import time

import numpy as np

RUN_FORMAT = "bertlab-tf-run"
EXTRACT_FORMAT = "bertlab-tf-extract"
EXTRACTION_EVENTS_FORMAT = "bertlab-extraction-events"
EVENTS_FORMAT = "bertlab-training-events"
ARRAYS = ("input_ids", "segment_ids", "lengths", "mlm_positions", "mlm_labels", "mlm_counts", "nsp_labels",
          "class_labels")
METRICS_HEADER = ("step,epoch,loss,mlm_loss,nsp_loss,mlm_accuracy,nsp_accuracy,accuracy,learning_rate,"
                  "tokens_per_second,gradient_norm,val_loss,val_mlm_accuracy,val_nsp_accuracy,val_accuracy,"
                  "val_macro_f1\n")
TESTED_TF = ((2, 15),)  # it uses no Keras: newer 2.x should work too


class RunError(Exception):
    """A problem with the run that the user can act on (shown as the failed event's message)."""


# --- The prepared run -----------------------------------------------------------------------------------

def load_run(folder):
    path = os.path.join(folder, "tf_run.json")
    try:
        with open(path, encoding="utf-8") as f:
            run = json.load(f)
    except (OSError, ValueError) as e:
        raise RunError(f"{path}: cannot read it: {e}")
    if run.get("format") != RUN_FORMAT or run.get("version") != 1:
        raise RunError(f"{path}: not a BertLab TensorFlow run of a version this runner knows (format "
                       f"{run.get('format')!r}, version {run.get('version')!r})")
    return run


def load_arrays(folder, split, rows, seq_len, predictions):
    """The split's arrays, memory-mapped, with their shapes checked against the run."""
    arrays = {}
    for name in ARRAYS:
        path = os.path.join(folder, f"{split}_{name}.npy")
        try:
            array = np.load(path, mmap_mode="r")
        except (OSError, ValueError) as e:
            raise RunError(f"{path}: cannot read it: {e}")
        width = {"input_ids": seq_len, "segment_ids": seq_len, "mlm_positions": predictions,
                 "mlm_labels": predictions}.get(name)
        expected = (rows, width) if width else (rows,)
        if array.shape != expected:
            raise RunError(f"{path}: shape {array.shape}, expected {expected}")
        arrays[name] = array
    return arrays


def batch_at(arrays, index, batch_size):
    """Batch `index` as int32 arrays, with the batch's totals that every replica divides its sums by."""
    rows = slice(index * batch_size, (index + 1) * batch_size)
    batch = {name: np.asarray(array[rows], dtype=np.int32) for name, array in arrays.items()}
    batch["mlm_total"] = np.full((batch_size,), max(1, int(batch["mlm_counts"].sum())), np.float32)
    batch["nsp_total"] = np.full((batch_size,), max(1, int((batch["nsp_labels"] >= 0).sum())), np.float32)
    batch["class_total"] = np.full((batch_size,), max(1, int((batch["class_labels"] >= 0).sum())), np.float32)
    return batch


def real_tokens(batch):
    return int(batch["lengths"].sum())


# --- Schedule and scores, as BertLab defines them (core/train/adam_warmup.cpp, metrics.cpp) --------------

def scheduled_rate(optimizer, step):
    """The learning rate at 1-based step `step`, before Adam's bias correction (in double, as reported)."""
    lr, min_lr = optimizer["learning_rate"], optimizer["min_lr"]
    warmup, decay = optimizer["warmup_steps"], optimizer["decay_steps"]
    t = float(step)
    if warmup > 0 and t <= warmup:
        return lr * (t / warmup)
    if decay <= 0:
        return lr
    return min_lr + (lr - min_lr) * (1.0 - min(t, decay) / decay)


def decays(name, pattern):
    return not pattern or any(part in name for part in pattern)


def macro_f1(confusion):
    """sklearn's f1_score(average='macro') from a [truth, predicted] count matrix."""
    total, present = 0.0, 0
    for label in range(confusion.shape[0]):
        tp = confusion[label, label]
        fp = confusion[:, label].sum() - tp
        fn = confusion[label, :].sum() - tp
        denominator = 2 * tp + fp + fn
        if denominator == 0:
            continue
        total += 2 * tp / denominator
        present += 1
    return total / present if present else 0.0


def top_k(probabilities, k):
    """The k most probable ids, ties to the lower id, as BertLab's topK()."""
    order = np.lexsort((np.arange(len(probabilities)), -probabilities))
    return [int(i) for i in order[:k]]


# --- Events, metrics and checkpoints ----------------------------------------------------------------------

class Reporter:
    """Writes events.jsonl (each line whole and flushed) and metrics.csv, as BertLab's trainer does."""

    def __init__(self, output):
        self.events = open(os.path.join(output, "events.jsonl"), "w", encoding="utf-8")
        self.metrics = open(os.path.join(output, "metrics.csv"), "w", encoding="utf-8")
        self.metrics.write(METRICS_HEADER)
        self.metrics.flush()

    def event(self, **fields):
        self.events.write(json.dumps(fields, separators=(",", ":"), allow_nan=False) + "\n")
        self.events.flush()

    def metrics_row(self, point, validation):
        values = [point["epoch"], point["loss"], point["mlm_loss"], point["nsp_loss"], point["mlm_accuracy"],
                  point["nsp_accuracy"], point["accuracy"], point["learning_rate"], point["tokens_per_second"],
                  point["gradient_norm"]]
        row = str(point["step"]) + "".join("," + format(v, ".9g") for v in values)
        if validation:
            row += "".join("," + format(validation[k], ".9g")
                           for k in ("loss", "mlm_accuracy", "nsp_accuracy", "accuracy", "macro_f1"))
        else:
            row += ",,,,,"
        self.metrics.write(row + "\n")
        self.metrics.flush()


def save_checkpoint(tf, output, start_folder, model, optimizer, state):
    """<output>/checkpoint in Google's layout beside training_state.json, swapped in by renames."""
    target = os.path.join(output, "checkpoint")
    fresh, backup = target + ".new", target + ".old"
    shutil.rmtree(fresh, ignore_errors=True)
    os.makedirs(fresh)
    names, tensors = [], []
    for name, variable in model.variables.items():
        names.append(name)
        tensors.append(variable.read_value())
        if name in optimizer.m:
            names += [name + "/adam_m", name + "/adam_v"]
            tensors += [optimizer.m[name].read_value(), optimizer.v[name].read_value()]
            if name in optimizer.vhat:
                names.append(name + "/adam_vhat")
                tensors.append(optimizer.vhat[name].read_value())
    names.append("global_step")
    tensors.append(tf.constant(state["step"], tf.int64))
    tf.raw_ops.SaveV2(prefix=os.path.join(fresh, "bert_model.ckpt"), tensor_names=names,
                      shape_and_slices=[""] * len(names), tensors=tensors)
    for name in ("bert_config.json", "vocab.txt"):
        shutil.copyfile(os.path.join(start_folder, name), os.path.join(fresh, name))
    with open(os.path.join(fresh, "training_state.json"), "w", encoding="utf-8") as f:
        json.dump(state, f, indent=4)
    shutil.rmtree(backup, ignore_errors=True)
    if os.path.exists(target):
        os.rename(target, backup)
    os.rename(fresh, target)
    shutil.rmtree(backup, ignore_errors=True)
    return target


# --- Strategy ---------------------------------------------------------------------------------------------

def make_strategy(tf, name, cpu_replicas):
    """(strategy, what it runs on). auto: the TPU VM's own TPU, else GPUs, else the CPU."""
    if name in ("auto", "tpu"):
        # Only a machine that has TPU devices is asked: the resolver is never sent looking elsewhere.
        if tf.config.list_physical_devices("TPU") or os.path.exists("/dev/accel0"):
            try:
                resolver = tf.distribute.cluster_resolver.TPUClusterResolver(tpu="local")
                tf.config.experimental_connect_to_cluster(resolver)
                tf.tpu.experimental.initialize_tpu_system(resolver)
                return tf.distribute.TPUStrategy(resolver), "tpu"
            except (ValueError, RuntimeError, tf.errors.OpError) as e:
                if name == "tpu":
                    raise RunError(f"no usable TPU: {e}")
        elif name == "tpu":
            raise RunError("strategy tpu: this machine has no TPU devices")
    if name in ("auto", "gpu"):
        gpus = tf.config.list_physical_devices("GPU")
        if gpus:
            if len(gpus) == 1:
                return tf.distribute.OneDeviceStrategy("/gpu:0"), "gpu"
            return tf.distribute.MirroredStrategy(), "gpu"
        if name == "gpu":
            raise RunError("strategy gpu: TensorFlow sees no GPU on this machine")
    if cpu_replicas > 1:
        cpu = tf.config.list_physical_devices("CPU")[0]
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * cpu_replicas)
        devices = [f"/cpu:{i}" for i in range(cpu_replicas)]
        return tf.distribute.MirroredStrategy(devices=devices,
                                              cross_device_ops=tf.distribute.ReductionToOneDevice()), "cpu"
    return tf.distribute.OneDeviceStrategy("/cpu:0"), "cpu"


# --- The model --------------------------------------------------------------------------------------------

def activation(tf, name):
    if name in ("gelu", "gelu_erf"):
        return lambda x: 0.5 * x * (1.0 + tf.math.erf(x / math.sqrt(2.0)))
    if name in ("gelu_new", "gelu_tanh", "gelu_pytorch_tanh"):
        return lambda x: 0.5 * x * (1.0 + tf.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)))
    if name == "relu":
        return tf.nn.relu
    raise RunError(f"bert_config.json: hidden_act {name!r} is not one the runner knows (gelu, gelu_new, relu)")


class Bert:
    """BERT under Google's variable names, its weights read from the start checkpoint."""

    def __init__(self, tf, start_folder, heads, trainable):
        self.tf = tf
        with open(os.path.join(start_folder, "bert_config.json"), encoding="utf-8") as f:
            self.config = json.load(f)
        reader = tf.train.load_checkpoint(os.path.join(start_folder, "bert_model.ckpt"))
        shapes = reader.get_variable_to_shape_map()
        names = sorted(n for n in shapes if n != "global_step" and not n.rsplit("/", 1)[-1].startswith("adam_"))
        aggregation = tf.VariableAggregation.ONLY_FIRST_REPLICA  # every replica computes the same update
        self.variables = {n: tf.Variable(reader.get_tensor(n).astype(np.float32), name=n.replace("/", "."),
                                         aggregation=aggregation) for n in names}
        self.trainable = [n for n in trainable if n in self.variables]
        missing = [n for n in trainable if n not in self.variables]
        if missing:
            raise RunError(f"{start_folder}: the checkpoint lacks {', '.join(missing[:3])}")
        self.heads = heads
        self.act = activation(tf, self.config.get("hidden_act", "gelu"))
        self.eps = float(self.config.get("layer_norm_eps", 1e-12))
        self.layers = int(self.config["num_hidden_layers"])
        self.num_heads = int(self.config["num_attention_heads"])
        self.hidden_dropout = float(self.config.get("hidden_dropout_prob", 0.1))
        self.attention_dropout = float(self.config.get("attention_probs_dropout_prob", 0.1))

    def __getitem__(self, name):
        return self.variables[name]

    def layer_norm(self, x, prefix):
        tf = self.tf
        mean, variance = tf.nn.moments(x, axes=[-1], keepdims=True)
        return (x - mean) * tf.math.rsqrt(variance + self.eps) * self[prefix + "/gamma"] + self[prefix + "/beta"]

    def dense(self, x, prefix):
        return self.tf.matmul(x, self[prefix + "/kernel"]) + self[prefix + "/bias"]

    def dropout(self, x, rate, seed, site):
        if rate <= 0.0 or seed is None:
            return x
        return self.tf.nn.experimental.stateless_dropout(x, rate, seed=seed + self.tf.constant([0, site], self.tf.int32))

    def encode(self, ids, segments, lengths, seed=None, collect=None, pool=True):
        """The last layer's output [B, L, H] and the pooled [CLS] output [B, H] (None without `pool`);
        `collect`, a list, receives every encoder layer's output in turn."""
        tf = self.tf
        length = ids.shape[1]
        x = (tf.gather(self["bert/embeddings/word_embeddings"], ids) +
             tf.gather(self["bert/embeddings/token_type_embeddings"], segments) +
             self["bert/embeddings/position_embeddings"][:length][tf.newaxis])
        x = self.dropout(self.layer_norm(x, "bert/embeddings/LayerNorm"), self.hidden_dropout, seed, 1)
        mask = tf.sequence_mask(lengths, length, dtype=tf.float32)
        bias = (1.0 - mask)[:, tf.newaxis, tf.newaxis, :] * -10000.0
        hidden = x.shape[-1]
        size = hidden // self.num_heads

        def heads(t):
            return tf.transpose(tf.reshape(t, [-1, length, self.num_heads, size]), [0, 2, 1, 3])

        for i in range(self.layers):
            p = f"bert/encoder/layer_{i}"
            q = heads(self.dense(x, p + "/attention/self/query"))
            k = heads(self.dense(x, p + "/attention/self/key"))
            v = heads(self.dense(x, p + "/attention/self/value"))
            scores = tf.matmul(q, k, transpose_b=True) * (1.0 / math.sqrt(size)) + bias
            probs = self.dropout(tf.nn.softmax(scores, axis=-1), self.attention_dropout, seed, 100 + 10 * i)
            context = tf.reshape(tf.transpose(tf.matmul(probs, v), [0, 2, 1, 3]), [-1, length, hidden])
            attended = self.dropout(self.dense(context, p + "/attention/output/dense"), self.hidden_dropout, seed,
                                    101 + 10 * i)
            x = self.layer_norm(attended + x, p + "/attention/output/LayerNorm")
            inner = self.act(self.dense(x, p + "/intermediate/dense"))
            out = self.dropout(self.dense(inner, p + "/output/dense"), self.hidden_dropout, seed, 102 + 10 * i)
            x = self.layer_norm(out + x, p + "/output/LayerNorm")
            if collect is not None:
                collect.append(x)
        pooled = tf.tanh(self.dense(x[:, 0], "bert/pooler/dense")) if pool else None
        return x, pooled

    def mlm_logits(self, sequence, positions):
        tf = self.tf
        picked = tf.gather(sequence, positions, batch_dims=1)  # [B, P, H]
        h = self.act(self.dense(picked, "cls/predictions/transform/dense"))
        h = self.layer_norm(h, "cls/predictions/transform/LayerNorm")
        return (tf.matmul(h, self["bert/embeddings/word_embeddings"], transpose_b=True) +
                self["cls/predictions/output_bias"])

    def losses(self, batch, seed=None, classifier_dropout=0.0):
        """Sums and counts of every loss and hit, over the (replica's part of the) batch."""
        tf = self.tf
        sequence, pooled = self.encode(batch["input_ids"], batch["segment_ids"], batch["lengths"], seed)
        out = {}
        zero = tf.constant(0.0)
        out["mlm_sum"] = out["mlm_correct"] = out["nsp_sum"] = out["nsp_correct"] = zero
        out["class_sum"] = out["class_correct"] = zero
        if self.heads["mlm"]:
            logits = self.mlm_logits(sequence, batch["mlm_positions"])
            predictions = batch["mlm_positions"].shape[1]
            weights = tf.sequence_mask(batch["mlm_counts"], predictions, dtype=tf.float32)
            ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=batch["mlm_labels"], logits=logits)
            out["mlm_sum"] = tf.reduce_sum(ce * weights)
            hit = tf.cast(tf.equal(tf.argmax(logits, -1, output_type=tf.int32), batch["mlm_labels"]), tf.float32)
            out["mlm_correct"] = tf.reduce_sum(hit * weights)
        if self.heads["nsp"]:
            logits = tf.matmul(pooled, self["cls/seq_relationship/output_weights"], transpose_b=True) + \
                self["cls/seq_relationship/output_bias"]
            labels = batch["nsp_labels"]
            weights = tf.cast(labels >= 0, tf.float32)
            safe = tf.maximum(labels, 0)
            ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=safe, logits=logits)
            out["nsp_sum"] = tf.reduce_sum(ce * weights)
            hit = tf.cast(tf.equal(tf.argmax(logits, -1, output_type=tf.int32), safe), tf.float32)
            out["nsp_correct"] = tf.reduce_sum(hit * weights)
        if self.heads["classifier_labels"] > 0:
            pooled = self.dropout(pooled, classifier_dropout, seed, 2)
            logits = tf.matmul(pooled, self["output_weights"], transpose_b=True) + self["output_bias"]
            labels = batch["class_labels"]
            weights = tf.cast(labels >= 0, tf.float32)
            safe = tf.maximum(labels, 0)
            ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=safe, logits=logits)
            out["class_sum"] = tf.reduce_sum(ce * weights)
            predicted = tf.argmax(logits, -1, output_type=tf.int32)
            out["class_correct"] = tf.reduce_sum(tf.cast(tf.equal(predicted, safe), tf.float32) * weights)
            labels_count = self.heads["classifier_labels"]
            out["confusion"] = tf.math.confusion_matrix(safe, predicted, num_classes=labels_count,
                                                        weights=weights, dtype=tf.float32)
        return out


class AdamWarmup:
    """keras-bert's AdamWarmup as BertLab applies it (core/train/adam_warmup.cpp), in float32."""

    def __init__(self, tf, model, options):
        self.tf = tf
        self.o = options
        aggregation = tf.VariableAggregation.ONLY_FIRST_REPLICA
        self.iterations = tf.Variable(0, dtype=tf.int64, aggregation=aggregation, name="iterations")
        self.m, self.v, self.vhat = {}, {}, {}
        for name in model.trainable:
            shape = model[name].shape
            self.m[name] = tf.Variable(tf.zeros(shape), aggregation=aggregation, name=name.replace("/", ".") + ".m")
            self.v[name] = tf.Variable(tf.zeros(shape), aggregation=aggregation, name=name.replace("/", ".") + ".v")
            if options["amsgrad"]:
                self.vhat[name] = tf.Variable(tf.zeros(shape), aggregation=aggregation,
                                              name=name.replace("/", ".") + ".vhat")
        self.decayed = {name: decays(name, options["weight_decay_pattern"]) for name in model.trainable}

    def apply(self, model, grads, present=None):
        """One update from the (summed over replicas) gradients; returns their global norm. A non-finite
        norm changes nothing. A variable the loss does not reach (present False) is left alone entirely, no
        moment decay and no weight decay, as TensorFlow's optimizers and BertLab skip a variable without a
        gradient."""
        tf, o = self.tf, self.o
        norm = tf.sqrt(tf.add_n([tf.reduce_sum(tf.square(tf.cast(g, tf.float64))) for g in grads]))
        norm32 = tf.cast(norm, tf.float32)

        # No tf.cond around the assignments (a replica's synchronised assign may not sit in control flow):
        # a non-finite norm keeps every value as it was through tf.where instead.
        finite = tf.math.is_finite(norm)
        t = tf.cast(self.iterations + 1, tf.float32)
        lr, min_lr = tf.constant(o["learning_rate"], tf.float32), tf.constant(o["min_lr"], tf.float32)
        warmup, decay = float(o["warmup_steps"]), float(o["decay_steps"])
        if o["decay_steps"] <= 0:
            after = lr
        else:
            after = min_lr + (lr - min_lr) * (1.0 - tf.minimum(t, decay) / decay)
        rate = tf.where(t <= warmup, lr * (t / warmup), after) if o["warmup_steps"] > 0 else after
        beta1, beta2 = tf.constant(o["beta1"], tf.float32), tf.constant(o["beta2"], tf.float32)
        rate = rate * tf.sqrt(1.0 - tf.pow(beta2, t)) / (1.0 - tf.pow(beta1, t))
        scale = tf.constant(1.0)
        if o["clip_norm"] > 0:
            clip = tf.constant(o["clip_norm"], tf.float32)
            scale = tf.where(norm32 > 0, clip * tf.minimum(1.0 / norm32, 1.0 / clip), 1.0)
        eps, wd = tf.constant(o["epsilon"], tf.float32), tf.constant(o["weight_decay"], tf.float32)
        for name, g, has in zip(model.trainable, grads, present or [True] * len(grads)):
            if not has:
                continue
            g = g * scale if o["clip_norm"] > 0 else g
            p, m, v = model[name], self.m[name], self.v[name]
            new_m = beta1 * m + (1.0 - beta1) * g
            new_v = beta2 * v + (1.0 - beta2) * tf.square(g)
            denominator = new_v
            if name in self.vhat:
                denominator = tf.maximum(self.vhat[name], new_v)
                self.vhat[name].assign(tf.where(finite, denominator, self.vhat[name]))
            step = new_m / (tf.sqrt(denominator) + eps)
            if o["weight_decay"] > 0 and self.decayed[name]:
                step = step + wd * p
            p.assign(tf.where(finite, p - rate * step, p))
            m.assign(tf.where(finite, new_m, m))
            v.assign(tf.where(finite, new_v, v))
        self.iterations.assign_add(tf.cast(finite, tf.int64))
        return norm


# --- The run ----------------------------------------------------------------------------------------------

class Runner:
    def __init__(self, prepared, output, strategy_name, cpu_replicas):
        self.prepared, self.output = prepared, output
        self.run = load_run(prepared)
        r = self.run
        self.batch_size, self.seq_len = int(r["batch_size"]), int(r["seq_len"])
        self.predictions = int(r["max_predictions"])
        self.steps = int(r["train_steps"])
        self.train = load_arrays(prepared, "train", self.steps * self.batch_size, self.seq_len, self.predictions)
        self.validation = load_arrays(prepared, "validation", int(r["validation_batches"]) * self.batch_size,
                                      self.seq_len, self.predictions)
        self.start = os.path.join(prepared, "start")
        self.stop_asked = False
        self.strategy_name, self.cpu_replicas = strategy_name or r.get("strategy", "auto"), cpu_replicas

    def execute(self):
        os.makedirs(self.output, exist_ok=True)
        self.report = Reporter(self.output)
        self.report.event(event="run", format=EVENTS_FORMAT, version=1, config=self.run["config"])
        try:
            summary = self.train_all()
        except RunError as e:
            self.report.event(event="failed", message=str(e))
            return 1
        except Exception as e:  # anything TensorFlow raises: reported, not lost in a traceback
            self.report.event(event="failed", message=f"TensorFlow: {type(e).__name__}: {e}")
            raise
        self.report.event(event="finished", **summary)
        return 0

    def train_all(self):
        self.report.event(event="preparing", stage="Starting TensorFlow", done=0, total=1)
        import tensorflow as tf
        self.tf = tf
        version = tuple(int(x) for x in tf.__version__.split(".")[:2])
        if version not in TESTED_TF:
            print(f"bertlab_tf_runner: TensorFlow {tf.__version__} is not among the tested versions", file=sys.stderr)
        strategy, device = make_strategy(tf, self.strategy_name, self.cpu_replicas)
        replicas = strategy.num_replicas_in_sync
        if self.batch_size % replicas:
            raise RunError(f"the batch size {self.batch_size} does not divide by the {replicas} {device} replicas "
                           f"of this machine: choose a multiple of {replicas}")
        print(f"bertlab_tf_runner: TensorFlow {tf.__version__} on {replicas} {device} replica(s)", file=sys.stderr)
        r = self.run
        with strategy.scope():
            model = Bert(tf, self.start, r["heads"], r["trainable"])
            optimizer = AdamWarmup(tf, model, r["optimizer"])
        self.model, self.optimizer, self.strategy = model, optimizer, strategy
        plan = dict(r["plan"])
        plan["padded_examples"] = int(r.get("padded_examples", 0))  # beside BertLab's own plan fields
        self.report.event(event="plan", **plan)
        if plan["padded_examples"]:
            print(f"bertlab_tf_runner: {plan['padded_examples']} empty sequences fill the short last batches of "
                  f"the epochs (no loss counts them; no example is dropped)", file=sys.stderr)
        per_replica = self.batch_size // replicas
        seed_base = int(r["seed"]) % (2 ** 31)
        classifier_dropout = float(r.get("classifier_dropout", 0.1))

        def distribute(batch):
            def part(context):
                i = context.replica_id_in_sync_group
                rows = slice(i * per_replica, (i + 1) * per_replica)
                return {k: tf.constant(v[rows]) for k, v in batch.items()}
            return strategy.experimental_distribute_values_from_function(part)

        def reduce_sums(out):
            context = tf.distribute.get_replica_context()
            return {k: context.all_reduce(tf.distribute.ReduceOp.SUM, v) for k, v in out.items()}

        @tf.function
        def train_step(batch, step):
            def replica(b):
                context = tf.distribute.get_replica_context()
                seed = tf.stack([tf.constant(seed_base, tf.int32),
                                 tf.cast(step, tf.int32) * 64 + context.replica_id_in_sync_group])
                with tf.GradientTape() as tape:
                    out = model.losses(b, seed, classifier_dropout)
                    loss = (out["mlm_sum"] / b["mlm_total"][0] + out["nsp_sum"] / b["nsp_total"][0] +
                            out["class_sum"] / b["class_total"][0])
                grads = tape.gradient(loss, [model[n] for n in model.trainable])
                present = [g is not None for g in grads]  # known when traced: the same on every replica
                grads = [tf.zeros_like(model[n]) if g is None else tf.convert_to_tensor(g)
                         for n, g in zip(model.trainable, grads)]
                grads = context.all_reduce(tf.distribute.ReduceOp.SUM, grads)
                out.pop("confusion", None)
                sums = reduce_sums(out)
                norm = optimizer.apply(model, grads, present)
                sums["norm"] = tf.cast(norm, tf.float32)
                return sums
            result = strategy.run(replica, args=(batch,))
            return {k: strategy.experimental_local_results(v)[0] for k, v in result.items()}

        @tf.function
        def eval_step(batch):
            def replica(b):
                return reduce_sums(model.losses(b))
            result = strategy.run(replica, args=(batch,))
            return {k: strategy.experimental_local_results(v)[0] for k, v in result.items()}

        self.eval_step, self.distribute = eval_step, distribute
        state = {"format": "bertlab-training-state", "version": 1, "task": r["task"], "step": 0,
                 "total_steps": int(plan["total_steps"]), "seed": r["seed"], "batch_size": self.batch_size,
                 "train_file": r["config"].get("data", {}).get("train", ""), "labels": r.get("labels", []),
                 "wait": 0}
        best, has_best = 0.0, False
        stopped_early = cancelled = False
        monitor, patience = r.get("monitor", "val_loss"), int(r.get("patience", 0))
        validate_every = max(1, int(r["validate_every"]))
        checkpoint_every, probe_every = int(r["checkpoint_every"]), int(r["probe_every"])
        steps_per_epoch = max(1, int(plan["steps_per_epoch"]))
        total = int(plan["total_steps"])
        if self.steps < total:
            raise RunError(f"the prepared data holds {self.steps} steps, the plan {total}")
        self.probe(0)
        clock = time.monotonic()
        rate = 0.0
        checkpoint = ""
        step = 0
        while step < total:
            if self.stop_asked:
                cancelled = True
                break
            began = time.monotonic()
            batch = batch_at(self.train, step, self.batch_size)
            sums = {k: float(v) for k, v in train_step(distribute(batch), tf.constant(step, tf.int64)).items()}
            step += 1
            seconds = max(1e-9, time.monotonic() - began)
            tokens = real_tokens(batch) / seconds
            rate = tokens if rate == 0.0 else 0.9 * rate + 0.1 * tokens
            mlm_total, nsp_total = batch["mlm_total"][0], batch["nsp_total"][0]
            class_total = batch["class_total"][0]
            mlm_loss = sums["mlm_sum"] / mlm_total if r["heads"]["mlm"] else 0.0
            nsp_loss = sums["nsp_sum"] / nsp_total if r["heads"]["nsp"] else 0.0
            class_loss = sums["class_sum"] / class_total if r["heads"]["classifier_labels"] else 0.0
            mlm_count = int(batch["mlm_counts"].sum())
            nsp_count = int((batch["nsp_labels"] >= 0).sum())
            class_count = int((batch["class_labels"] >= 0).sum())
            point = {"step": step, "epoch": step / steps_per_epoch, "loss": mlm_loss + nsp_loss + class_loss,
                     "mlm_loss": mlm_loss, "nsp_loss": nsp_loss,
                     "mlm_accuracy": sums["mlm_correct"] / mlm_count if mlm_count else 0.0,
                     "nsp_accuracy": sums["nsp_correct"] / nsp_count if nsp_count else 0.0,
                     "accuracy": sums["class_correct"] / class_count if class_count else 0.0,
                     "learning_rate": scheduled_rate(r["optimizer"], step), "tokens_per_second": rate,
                     "gradient_norm": sums["norm"], "elapsed_seconds": time.monotonic() - clock}
            if not math.isfinite(point["loss"]):
                raise RunError(f"The loss became {point['loss']} at step {step}; try a lower learning rate.")
            self.report.event(event="step", **point)
            validation = None
            if self.run["validation_batches"] > 0 and (step % validate_every == 0 or step == total):
                validation = self.validate(step)
                self.report.event(event="validation", **validation)
                if patience > 0:
                    key = {"val_loss": "loss", "val_accuracy": "accuracy", "val_mlm_accuracy": "mlm_accuracy",
                           "val_nsp_accuracy": "nsp_accuracy", "val_macro_f1": "macro_f1"}[monitor]
                    value = validation[key]
                    better = not has_best or (value < best if monitor == "val_loss" else value > best)
                    if better:
                        has_best, best, state["wait"] = True, value, 0
                    else:
                        state["wait"] += 1
                        if state["wait"] >= patience:
                            stopped_early = step < total
            self.report.metrics_row(point, validation)
            if probe_every > 0 and step % probe_every == 0:
                self.probe(step)
            if checkpoint_every > 0 and step % checkpoint_every == 0 and step < total and not stopped_early:
                checkpoint = self.checkpoint(step, state, has_best, best)
            if stopped_early:
                break
        if step > 0 or not checkpoint:
            checkpoint = self.checkpoint(step, state, has_best, best)
        if step % max(1, probe_every) != 0:
            self.probe(step)
        self.write_probe_outputs()
        return {"steps": step, "stopped_early": stopped_early, "cancelled": cancelled,
                "checkpoint": os.path.relpath(checkpoint, os.path.dirname(self.output) or "."),
                "best_monitor_value": best}

    def checkpoint(self, step, state, has_best, best):
        state["step"] = step
        if has_best:
            state["best_monitor"] = best
        target = save_checkpoint(self.tf, self.output, self.start, self.model, self.optimizer, state)
        self.report.event(event="checkpoint", step=step,
                          directory=os.path.relpath(target, os.path.dirname(self.output) or "."))
        return target

    def validate(self, step):
        sums = {}
        for index in range(int(self.run["validation_batches"])):
            batch = batch_at(self.validation, index, self.batch_size)
            out = {k: np.asarray(v) for k, v in self.eval_step(self.distribute(batch)).items()}
            out["mlm_count"] = batch["mlm_counts"].sum()
            out["nsp_count"] = (batch["nsp_labels"] >= 0).sum()
            out["class_count"] = (batch["class_labels"] >= 0).sum()
            for k, v in out.items():
                sums[k] = sums.get(k, 0) + v.astype(np.float64)

        def mean(total, count):
            return float(total / count) if count > 0 else 0.0

        result = {"step": step,
                  "loss": mean(sums["mlm_sum"], sums["mlm_count"]) + mean(sums["nsp_sum"], sums["nsp_count"]) +
                  mean(sums["class_sum"], sums["class_count"]),
                  "mlm_accuracy": mean(sums["mlm_correct"], sums["mlm_count"]),
                  "nsp_accuracy": mean(sums["nsp_correct"], sums["nsp_count"]),
                  "accuracy": mean(sums["class_correct"], sums["class_count"]),
                  "macro_f1": macro_f1(sums["confusion"]) if "confusion" in sums else 0.0}
        return result

    def probe_probabilities(self, probe):
        """Probabilities over the vocabulary at each [MASK] of a probe sentence (float64 numpy)."""
        tf = self.tf
        ids = tf.constant([probe["ids"]], tf.int32)
        segments = tf.constant([probe["segments"]], tf.int32)
        lengths = tf.constant([len(probe["ids"])], tf.int32)
        positions = tf.constant([probe["mask_positions"]], tf.int32)
        sequence, _ = self.model.encode(ids, segments, lengths)
        logits = self.model.mlm_logits(sequence, positions)[0]
        return tf.nn.softmax(logits, axis=-1).numpy()

    def vocab(self):
        if not hasattr(self, "_vocab"):
            with open(os.path.join(self.start, "vocab.txt"), encoding="utf-8") as f:
                self._vocab = [line.rstrip("\n") for line in f]
        return self._vocab

    def probe(self, step):
        probes = self.run.get("probes", [])
        if not probes or not self.run["heads"]["mlm"]:
            return
        predictions = []
        for probe in probes:
            guesses = []
            if probe["mask_positions"]:
                for row in self.probe_probabilities(probe):
                    guesses.append([self.vocab()[i] for i in top_k(row, 5)])
            predictions.append({"sentence": probe["sentence"], "guesses": guesses})
        self.report.event(event="probe", step=step, predictions=predictions)

    def write_probe_outputs(self):
        """The trained model's probabilities at the probes' masks, for BertLab's cross-engine check."""
        outputs = []
        if self.run["heads"]["mlm"]:
            for probe in self.run.get("probes", []):
                masks = []
                if probe["mask_positions"]:
                    for position, row in zip(probe["mask_positions"], self.probe_probabilities(probe)):
                        best = top_k(row, 10)
                        masks.append({"position": position, "ids": best,
                                      "probabilities": [float(row[i]) for i in best]})
                outputs.append({"sentence": probe["sentence"], "masks": masks})
        path = os.path.join(self.output, "tf_probe_outputs.json")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump({"format": "bertlab-tf-probe-outputs", "version": 1, "engine": f"TensorFlow {self.tf.__version__}",
                       "probes": outputs}, f, indent=1)
        os.replace(path + ".tmp", path)


# --- An extraction --------------------------------------------------------------------------------------

def load_extraction(folder):
    path = os.path.join(folder, "tf_extract.json")
    try:
        with open(path, encoding="utf-8") as f:
            run = json.load(f)
    except (OSError, ValueError) as e:
        raise RunError(f"{path}: cannot read it: {e}")
    if run.get("format") != EXTRACT_FORMAT or run.get("version") != 1:
        raise RunError(f"{path}: not a BertLab TensorFlow extraction of a version this runner knows (format "
                       f"{run.get('format')!r}, version {run.get('version')!r})")
    unknown = [p for p in run["poolings"] if p not in ("nsp", "max", "ave")]
    if unknown:
        raise RunError(f"{path}: unknown pooling {unknown[0]!r}")
    return run


def pool(tf, tokens, lengths, poolings):
    """Per sequence, the poolings of its real tokens side by side, as BertLab pools: nsp = the [CLS] row,
    max and ave over every real token ([CLS] and [SEP] included)."""
    mask = tf.sequence_mask(lengths, tf.shape(tokens)[1])[:, :, tf.newaxis]
    parts = []
    for name in poolings:
        if name == "nsp":
            parts.append(tokens[:, 0])
        elif name == "max":
            parts.append(tf.reduce_max(tf.where(mask, tokens, tf.fill(tf.shape(tokens), -np.inf)), axis=1))
        else:
            count = tf.maximum(tf.cast(lengths, tf.float32), 1.0)[:, tf.newaxis]
            parts.append(tf.reduce_sum(tf.where(mask, tokens, tf.zeros_like(tokens)), axis=1) / count)
    return tf.concat(parts, axis=-1)


class Extractor:
    def __init__(self, prepared, output, strategy_name, cpu_replicas):
        self.prepared, self.output = prepared, output
        self.run = r = load_extraction(prepared)
        self.sequences, self.seq_len = int(r["sequences"]), int(r["seq_len"])
        self.arrays = {}
        for name, width in (("input_ids", self.seq_len), ("segment_ids", self.seq_len), ("lengths", None),
                            ("sequence_texts", None)):
            path = os.path.join(prepared, name + ".npy")
            try:
                array = np.load(path, mmap_mode="r")
            except (OSError, ValueError) as e:
                raise RunError(f"{path}: cannot read it: {e}")
            expected = (self.sequences, width) if width else (self.sequences,)
            if array.shape != expected:
                raise RunError(f"{path}: shape {array.shape}, expected {expected}")
            self.arrays[name] = array
        self.start = os.path.join(prepared, "start")
        self.stop_asked = False
        self.strategy_name, self.cpu_replicas = strategy_name or r.get("strategy", "auto"), cpu_replicas

    def event(self, **fields):
        self.events.write(json.dumps(fields, separators=(",", ":"), allow_nan=False) + "\n")
        self.events.flush()

    def execute(self):
        os.makedirs(self.output, exist_ok=True)
        self.events = open(os.path.join(self.output, "events.jsonl"), "w", encoding="utf-8")
        self.event(event="extraction", format=EXTRACTION_EVENTS_FORMAT, version=1)
        try:
            summary = self.extract_all()
        except RunError as e:
            self.event(event="failed", message=str(e))
            return 1
        except Exception as e:  # anything TensorFlow raises: reported, not lost in a traceback
            self.event(event="failed", message=f"TensorFlow: {type(e).__name__}: {e}")
            raise
        if summary is None:
            self.event(event="cancelled", texts=0, rows=0, columns=int(self.run["features"]), seconds=0.0)
            return 130
        self.event(event="finished", **summary)
        return 0

    def texts_done(self, sequences_done):
        """Texts whose every sequence is done."""
        if sequences_done >= self.sequences:
            return int(self.run["texts"])
        return int(self.arrays["sequence_texts"][sequences_done])

    def extract_all(self):
        import tensorflow as tf
        clock = time.monotonic()
        r = self.run
        strategy, device = make_strategy(tf, self.strategy_name, self.cpu_replicas)
        replicas = strategy.num_replicas_in_sync
        print(f"bertlab_tf_runner: TensorFlow {tf.__version__} on {replicas} {device} replica(s)", file=sys.stderr)
        with strategy.scope():
            model = Bert(tf, self.start, {}, [])
        layers, poolings = [int(i) for i in r["layers"]], list(r["poolings"])
        if any(i < 0 or i >= model.layers for i in layers):
            raise RunError(f"the layers {layers} are not all among the model's {model.layers}")
        # Every replica takes an equal share; the last batch is filled up with empty sequences.
        per_replica = -(-int(r["batch_size"]) // replicas)
        batch_size = per_replica * replicas

        @tf.function
        def features(ids, segments, lengths):
            def replica(ids, segments, lengths):
                states = []
                model.encode(ids, segments, lengths, collect=states, pool=False)
                tokens = tf.concat([states[i] for i in layers], axis=-1)
                return pool(tf, tokens, lengths, poolings) if poolings else tokens
            return strategy.run(replica, args=(ids, segments, lengths))

        def distribute(array):
            def part(context):
                i = context.replica_id_in_sync_group
                return tf.constant(array[i * per_replica:(i + 1) * per_replica])
            return strategy.experimental_distribute_values_from_function(part)

        width = int(r["features"]) if poolings else len(layers) * int(r["hidden_size"])
        shape = (self.sequences, width) if poolings else (self.sequences, self.seq_len, width)
        partial = os.path.join(self.output, "features.partial.npy")
        if self.sequences == 0:  # an empty input: nothing to map
            np.save(partial, np.zeros(shape, np.float32))
            out = np.zeros(shape, np.float32)
        else:
            out = np.lib.format.open_memmap(partial, mode="w+", dtype=np.float32, shape=shape)
        last_report = 0.0
        done = 0
        while done < self.sequences:
            if self.stop_asked:
                del out
                os.remove(partial)
                return None
            rows = slice(done, min(self.sequences, done + batch_size))
            count = rows.stop - rows.start
            batch = {}
            for name in ("input_ids", "segment_ids", "lengths"):
                part = np.asarray(self.arrays[name][rows], dtype=np.int32)
                if count < batch_size:  # filled up with empty sequences (length 0), dropped after
                    part = np.concatenate([part, np.zeros((batch_size - count,) + part.shape[1:], np.int32)])
                batch[name] = part
            result = features(distribute(batch["input_ids"]), distribute(batch["segment_ids"]),
                              distribute(batch["lengths"]))
            values = np.concatenate([np.asarray(v) for v in strategy.experimental_local_results(result)])
            out[rows] = values[:count]
            done += count
            now = time.monotonic()
            if now - last_report >= 0.5 or done == self.sequences:
                last_report = now
                seconds = max(1e-3, now - clock)
                texts = self.texts_done(done)
                total_bytes = int(r.get("input_bytes", 0))
                self.event(event="progress", texts=texts, bytes_read=int(total_bytes * done / self.sequences),
                           bytes_total=total_bytes, texts_per_second=texts / seconds,
                           eta_seconds=seconds * (self.sequences - done) / done)
        if self.sequences:
            out.flush()
        del out
        os.replace(partial, os.path.join(self.output, "features.npy"))
        with open(os.path.join(self.output, "features.json"), "w", encoding="utf-8") as f:
            json.dump({"format": "bertlab-tf-features", "version": 1, "engine": f"TensorFlow {tf.__version__}",
                       "device": device, "replicas": replicas, "sequences": self.sequences}, f, indent=1)
        texts = int(r["texts"])
        # Per token, the windows of a long text are joined without their inner [SEP] and [CLS].
        real = int(np.asarray(self.arrays["lengths"], dtype=np.int64).sum())
        rows_out = real - 2 * (self.sequences - texts) if r.get("row_per_token") else texts
        return {"texts": texts, "rows": rows_out, "columns": int(r["features"]),
                "seconds": time.monotonic() - clock, "skipped": int(r.get("skipped", 0)),
                "output": "features.npy"}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("prepared", help="the folder BertLab exported (a training run or an extraction)")
    parser.add_argument("output", help="the run folder: events.jsonl, metrics.csv, checkpoint/")
    parser.add_argument("--strategy", choices=("auto", "tpu", "gpu", "cpu"), default=None,
                        help="where to run (default: as the prepared run says)")
    parser.add_argument("--cpu-replicas", type=int, default=int(os.environ.get("BERTLAB_TF_CPU_REPLICAS", "1")),
                        help="on the CPU, split each batch over N logical devices (MirroredStrategy)")
    args = parser.parse_args(argv)
    kind = Extractor if os.path.exists(os.path.join(args.prepared, "tf_extract.json")) else Runner
    try:
        runner = kind(args.prepared, args.output, args.strategy, max(1, args.cpu_replicas))
    except RunError as e:
        os.makedirs(args.output, exist_ok=True)
        Reporter(args.output).event(event="failed", message=str(e))
        print(f"bertlab_tf_runner: {e}", file=sys.stderr)
        return 1

    def ask_stop(signum, frame):
        runner.stop_asked = True  # the loop saves a checkpoint and ends the run as cancelled

    signal.signal(signal.SIGTERM, ask_stop)
    signal.signal(signal.SIGINT, ask_stop)
    return runner.execute()


if __name__ == "__main__":
    sys.exit(main())
