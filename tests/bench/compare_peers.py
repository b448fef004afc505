#!/usr/bin/env python3
"""BertLab's BERT-base forward speed against PyTorch (and ONNX Runtime when installed), in one run.

Run from the repository root after building, with the reference venv (tests/fixtures/README.md):
    /opt/bertref/bin/python tests/bench/compare_peers.py [--cli build/app/cli/bertlab-cli] [--threads N]
Every figure is the best of several runs on the same machine at the same time, so the ratios hold even
on a shared, noisy machine. Random weights, BERT-base shape (L12 H768 A12), sequence length 128.
"""
import argparse
import json
import os
import subprocess
import time

SEQ = 128


def best_ms(fn, repeats):
    fn()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - start) * 1e3)
    return best


def torch_peer(threads, repeats):
    import torch
    from transformers import BertConfig, BertModel

    torch.set_num_threads(threads)
    model = BertModel(BertConfig()).eval()
    results = {}
    with torch.inference_mode():
        for batch in (1, 8):
            ids = torch.randint(1000, 30000, (batch, SEQ))
            results[batch] = best_ms(lambda: model(input_ids=ids), repeats) / batch
    return model, results


def onnx_peer(model, threads, repeats):
    try:
        import onnxruntime as ort
        import torch
    except ImportError:
        return None
    import tempfile

    path = os.path.join(tempfile.mkdtemp(), "bert.onnx")
    ids = torch.randint(1000, 30000, (1, SEQ))
    torch.onnx.export(model, (ids,), path, input_names=["input_ids"], output_names=["hidden"],
                      dynamic_axes={"input_ids": {0: "batch"}}, opset_version=14)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    results = {}
    for batch in (1, 8):
        feed = {"input_ids": torch.randint(1000, 30000, (batch, SEQ)).numpy()}
        results[batch] = best_ms(lambda: session.run(None, feed), repeats) / batch
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/app/cli/bertlab-cli")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    bench = json.loads(subprocess.run([args.cli, "bench", "--json", "--threads", str(args.threads),
                                       "--repeats", str(args.repeats)], check=True, capture_output=True,
                                      text=True).stdout)
    ours = {f["batch"]: f["ms_per_sequence"] for f in bench["forward"]}
    ceiling = bench["gemm_ceiling_gflops"]
    model, torch_ms = torch_peer(args.threads, args.repeats)
    onnx_ms = onnx_peer(model, args.threads, args.repeats)

    flops = bench["forward"][0]["gflops"] * ours[1] / 1e3  # GFLOP per sequence
    print(f"threads {args.threads}; fp32 GEMM ceiling {ceiling:.1f} GFLOP/s; {flops:.2f} GFLOP per sequence")
    print(f"{'':>12} {'batch':>5} {'ms/seq':>9} {'of ceiling':>10} {'BertLab speed-up':>17}")
    for batch in (1, 8):
        rows = [("BertLab", ours[batch]), ("PyTorch", torch_ms[batch])]
        if onnx_ms:
            rows.append(("ONNX Runtime", onnx_ms[batch]))
        for name, ms in rows:
            ratio = flops / (ms / 1e3) / ceiling
            print(f"{name:>12} {batch:>5} {ms:>9.2f} {ratio:>10.3f} {ms / ours[batch]:>16.2f}x")


if __name__ == "__main__":
    main()
