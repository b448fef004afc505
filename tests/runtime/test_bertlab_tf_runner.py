"""Unit tests of BertLab's TensorFlow runner: the prepared data, the schedule, the scores, the optimizer step
the strategy fallback and the extraction's pooling. Run by CTest (tf_runner_unit) with the Python that has TensorFlow."""

import json
import os
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.environ.get("BERTLAB_TF_RUNNER_DIR",
                                  os.path.join(os.path.dirname(__file__), "../../resources/runtime/tensorflow")))
import bertlab_tf_runner as runner  # noqa: E402


def optimizer_options(**changes):
    options = {"learning_rate": 1e-3, "min_lr": 1e-5, "warmup_steps": 10, "decay_steps": 100, "beta1": 0.9,
               "beta2": 0.999, "epsilon": 1e-7, "weight_decay": 0.01,
               "weight_decay_pattern": ["_embeddings", "kernel", "output_weights"], "amsgrad": False,
               "clip_norm": 0.0}
    options.update(changes)
    return options


class Schedule(unittest.TestCase):
    def test_warm_up_then_linear_decay_to_min_lr(self):
        o = optimizer_options()
        self.assertAlmostEqual(runner.scheduled_rate(o, 1), 1e-4)
        self.assertAlmostEqual(runner.scheduled_rate(o, 10), 1e-3)  # the peak at the last warm-up step
        self.assertAlmostEqual(runner.scheduled_rate(o, 55), 1e-5 + (1e-3 - 1e-5) * 0.45)
        self.assertAlmostEqual(runner.scheduled_rate(o, 100), 1e-5)
        self.assertAlmostEqual(runner.scheduled_rate(o, 500), 1e-5)  # and stays there

    def test_no_decay_keeps_the_rate(self):
        o = optimizer_options(warmup_steps=0, decay_steps=0)
        self.assertEqual(runner.scheduled_rate(o, 7), 1e-3)

    def test_weight_decay_pattern(self):
        pattern = optimizer_options()["weight_decay_pattern"]
        self.assertTrue(runner.decays("bert/embeddings/word_embeddings", pattern))
        self.assertTrue(runner.decays("bert/encoder/layer_0/attention/self/query/kernel", pattern))
        self.assertFalse(runner.decays("bert/embeddings/LayerNorm/gamma", pattern))
        self.assertFalse(runner.decays("bert/encoder/layer_0/output/dense/bias", pattern))
        self.assertTrue(runner.decays("anything", []))  # an empty pattern decays everything


class Scores(unittest.TestCase):
    def test_macro_f1_leaves_out_labels_nobody_saw(self):
        confusion = np.array([[2, 0, 0], [1, 1, 0], [0, 0, 0]], np.float64)
        # label 0: 2tp / (2tp + fp + fn) = 4 / 5; label 1: 2 / 3; label 2 absent from truth and predictions.
        self.assertAlmostEqual(runner.macro_f1(confusion), (4 / 5 + 2 / 3) / 2)
        self.assertEqual(runner.macro_f1(np.zeros((2, 2))), 0.0)

    def test_top_k_breaks_ties_by_the_lower_id(self):
        self.assertEqual(runner.top_k(np.array([0.1, 0.4, 0.1, 0.4]), 3), [1, 3, 0])


class PreparedData(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.folder = self.dir.name

    def tearDown(self):
        self.dir.cleanup()

    def write(self, split, rows, seq_len=4, predictions=2, **override):
        arrays = {"input_ids": np.arange(rows * seq_len, dtype=np.int16).reshape(rows, seq_len),
                  "segment_ids": np.zeros((rows, seq_len), np.int8),
                  "lengths": np.array([4, 3, 0, 2][:rows], np.int32),
                  "mlm_positions": np.ones((rows, predictions), np.int32),
                  "mlm_labels": np.ones((rows, predictions), np.int32),
                  "mlm_counts": np.array([2, 1, 0, 1][:rows], np.int32),
                  "nsp_labels": np.array([0, 1, -1, 0][:rows], np.int32),
                  "class_labels": np.full((rows,), -1, np.int32)}
        arrays.update(override)
        for name, array in arrays.items():
            np.save(os.path.join(self.folder, f"{split}_{name}.npy"), array)

    def test_a_batch_carries_its_totals(self):
        self.write("train", 4)
        arrays = runner.load_arrays(self.folder, "train", 4, 4, 2)
        batch = runner.batch_at(arrays, 0, 4)
        self.assertEqual(batch["input_ids"].dtype, np.int32)
        self.assertEqual(list(batch["mlm_total"]), [4.0] * 4)
        self.assertEqual(list(batch["nsp_total"]), [3.0] * 4)  # the empty sequence (-1) does not count
        self.assertEqual(list(batch["class_total"]), [1.0] * 4)  # no labels: 1, so 0 / 1 stays 0
        self.assertEqual(runner.real_tokens(batch), 9)

    def test_a_wrong_shape_names_the_file(self):
        self.write("train", 4, mlm_labels=np.ones((4, 3), np.int32))
        with self.assertRaises(runner.RunError) as caught:
            runner.load_arrays(self.folder, "train", 4, 4, 2)
        self.assertIn("train_mlm_labels.npy", str(caught.exception))

    def test_a_missing_array_names_the_file(self):
        with self.assertRaises(runner.RunError) as caught:
            runner.load_arrays(self.folder, "validation", 4, 4, 2)
        self.assertIn("validation_input_ids.npy", str(caught.exception))

    def test_a_foreign_run_file_is_refused(self):
        with open(os.path.join(self.folder, "tf_run.json"), "w") as f:
            json.dump({"format": "something-else", "version": 1}, f)
        with self.assertRaises(runner.RunError):
            runner.load_run(self.folder)
        with open(os.path.join(self.folder, "tf_run.json"), "w") as f:
            f.write("{not json")
        with self.assertRaises(runner.RunError):
            runner.load_run(self.folder)


class OptimizerStep(unittest.TestCase):
    """One AdamWarmup step against the same formulas written out in numpy."""

    def test_one_step_matches_the_formulas(self):
        import tensorflow as tf

        class Model:
            def __init__(self):
                self.variables = {"a/kernel": tf.Variable(np.array([[0.5, -1.0]], np.float32)),
                                  "a/bias": tf.Variable(np.array([0.25], np.float32))}
                self.trainable = ["a/kernel", "a/bias"]

            def __getitem__(self, name):
                return self.variables[name]

        o = optimizer_options(warmup_steps=2, clip_norm=1.0)
        model = Model()
        optimizer = runner.AdamWarmup(tf, model, o)
        grads = [tf.constant([[3.0, 4.0]]), tf.constant([0.0])]
        norm = optimizer.apply(model, grads)
        self.assertAlmostEqual(float(norm), 5.0, places=5)
        # Reference: clip to norm 1, Adam moments from zero, bias-corrected rate at t = 1, decay on the kernel.
        g = np.array([[3.0, 4.0]]) / 5.0
        m, v = 0.1 * g, 0.001 * g * g
        rate = 1e-3 * (1 / 2) * np.sqrt(1 - 0.999) / (1 - 0.9)
        expected = np.array([[0.5, -1.0]]) - rate * (m / (np.sqrt(v) + 1e-7) + 0.01 * np.array([[0.5, -1.0]]))
        np.testing.assert_allclose(model["a/kernel"].numpy(), expected, rtol=1e-5)
        np.testing.assert_allclose(model["a/bias"].numpy(), [0.25], rtol=1e-6)  # zero gradient, no decay
        self.assertEqual(int(optimizer.iterations.numpy()), 1)

    def test_a_non_finite_gradient_changes_nothing(self):
        import tensorflow as tf

        class Model:
            variables = None
            trainable = ["w/kernel"]

            def __init__(self):
                self.variables = {"w/kernel": tf.Variable(np.array([1.0, 2.0], np.float32))}

            def __getitem__(self, name):
                return self.variables[name]

        model = Model()
        optimizer = runner.AdamWarmup(tf, model, optimizer_options())
        optimizer.apply(model, [tf.constant([np.nan, 1.0], tf.float32)])
        np.testing.assert_array_equal(model["w/kernel"].numpy(), [1.0, 2.0])
        self.assertEqual(int(optimizer.iterations.numpy()), 0)


    def test_a_variable_without_gradient_is_left_alone(self):
        import tensorflow as tf

        class Model:
            trainable = ["used/kernel", "unused/kernel"]

            def __init__(self):
                self.variables = {name: tf.Variable(np.array([1.0, 2.0], np.float32)) for name in self.trainable}

            def __getitem__(self, name):
                return self.variables[name]

        model = Model()
        optimizer = runner.AdamWarmup(tf, model, optimizer_options())
        optimizer.apply(model, [tf.constant([1.0, 1.0]), tf.zeros([2])], [True, False])
        self.assertFalse(np.array_equal(model["used/kernel"].numpy(), [1.0, 2.0]))
        # No Adam step and no weight decay for the one the loss did not reach.
        np.testing.assert_array_equal(model["unused/kernel"].numpy(), [1.0, 2.0])
        np.testing.assert_array_equal(optimizer.m["unused/kernel"].numpy(), [0.0, 0.0])


class Strategy(unittest.TestCase):
    def test_auto_falls_back_to_the_cpu_and_tpu_says_there_is_none(self):
        import tensorflow as tf
        if tf.config.list_physical_devices("TPU") or tf.config.list_physical_devices("GPU"):
            self.skipTest("this machine has an accelerator")
        strategy, device = runner.make_strategy(tf, "auto", 1)
        self.assertEqual(device, "cpu")
        self.assertEqual(strategy.num_replicas_in_sync, 1)
        with self.assertRaises(runner.RunError):
            runner.make_strategy(tf, "tpu", 1)
        with self.assertRaises(runner.RunError):
            runner.make_strategy(tf, "gpu", 1)



class Pooling(unittest.TestCase):
    def test_poolings_see_only_the_real_tokens(self):
        import tensorflow as tf
        tokens = np.array([[[1.0, -5.0], [3.0, 2.0], [9.0, 9.0]],      # length 2: the 9s are padding
                           [[0.0, 1.0], [2.0, -1.0], [4.0, 3.0]]], np.float32)  # length 3
        lengths = np.array([2, 3], np.int32)
        out = runner.pool(tf, tf.constant(tokens), tf.constant(lengths), ["nsp", "max", "ave"]).numpy()
        np.testing.assert_allclose(out[0], [1, -5, 3, 2, 2, -1.5])
        np.testing.assert_allclose(out[1], [0, 1, 4, 3, 2, 1])

    def test_an_empty_filler_sequence_gives_no_nan_in_the_average(self):
        import tensorflow as tf
        out = runner.pool(tf, tf.zeros([1, 2, 2]), tf.constant([0], tf.int32), ["ave"]).numpy()
        self.assertFalse(np.isnan(out).any())

    def test_a_foreign_extraction_file_is_refused(self):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "tf_extract.json"), "w") as f:
                json.dump({"format": "bertlab-tf-extract", "version": 1, "poolings": ["median"]}, f)
            with self.assertRaisesRegex(runner.RunError, "unknown pooling 'median'"):
                runner.load_extraction(folder)


if __name__ == "__main__":
    unittest.main()
