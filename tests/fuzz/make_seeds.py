"""Writes the fuzz targets' seed corpus, tests/fuzz/seeds/<target>/, from the committed fixtures and a few
tiny files made by the real writers (torch.save in both layouts, numpy.save, tar, zipfile, h5py).

Run with the reference venv (torch, numpy and h5py; Debian's python3-torch and python3-h5py are enough):
    python tests/fuzz/make_seeds.py
"""

import collections
import io
import json
import os
import shutil
import struct
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")
SEEDS = os.path.join(HERE, "seeds")


def fixture(*parts):
    with open(os.path.join(FIXTURES, *parts), "rb") as f:
        return f.read()


def put(target, name, data):
    os.makedirs(os.path.join(SEEDS, target), exist_ok=True)
    with open(os.path.join(SEEDS, target, name), "wb") as f:
        f.write(data)


def torch_files():
    import torch
    w = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    state = collections.OrderedDict([("w", w), ("t", w.t()), ("h", torch.ones(3, dtype=torch.float16)),
                                     ("ids", torch.arange(4))])
    state._metadata = collections.OrderedDict([("", {"version": 1})])
    out = {}
    for layout, new in (("zip", True), ("legacy", False)):
        buf = io.BytesIO()
        torch.save(state, buf, _use_new_zipfile_serialization=new)
        out[layout] = buf.getvalue()
    return out


def keras_h5_files():
    """The keras-bert fixtures shrunk: the same groups, attributes and names, one encoder layer, every weight
    a few numbers of its rank (a seed well under the fuzzer's input limit); one as model.save writes it, one as
    save_weights does (no model_config), in the newer HDF5 layout."""
    import h5py
    import numpy as np
    out = {}
    source = os.path.join(FIXTURES, "models", "tiny_keras_h5", "model.h5")
    for name, whole, libver in (("model.h5", True, "earliest"), ("weights.h5", False, "latest")):
        buf = io.BytesIO()
        with h5py.File(source, "r") as f, h5py.File(buf, "w", libver=libver) as g:
            if whole:
                for key, value in f.attrs.items():
                    g.attrs[key] = value
            weights = f["model_weights"]
            target = g.create_group("model_weights") if whole else g
            layers = [n for n in weights.attrs["layer_names"] if not str(n).startswith("Encoder-2")]
            target.attrs["layer_names"] = np.array(layers, dtype="S")
            for layer in layers:
                group = target.create_group(layer)
                names = list(weights[layer].attrs["weight_names"])
                group.attrs["weight_names"] = np.array(names, dtype="S")
                for weight in names:
                    rank = weights[layer][weight].ndim
                    group.create_dataset(weight, data=np.full((3,) * rank, 0.5, dtype="<f4"))
        out[name] = buf.getvalue()
    return out


def main():
    shutil.rmtree(SEEDS, ignore_errors=True)
    torch_bins = torch_files()
    put("pytorch", "zip.bin", torch_bins["zip"])
    put("pytorch", "legacy.bin", torch_bins["legacy"])
    put("pickle", "legacy.pkl", torch_bins["legacy"])
    with zipfile.ZipFile(io.BytesIO(torch_bins["zip"])) as z:
        put("pickle", "data.pkl", z.read([n for n in z.namelist() if n.endswith("data.pkl")][0]))
    put("zip", "torch.zip", torch_bins["zip"])

    put("safetensors", "dtypes.safetensors", fixture("io", "dtypes.safetensors"))
    put("safetensors", "model.safetensors", fixture("io", "hf_pretraining", "model.safetensors"))
    put("sstable", "nohead.index", fixture("io", "tf_nohead", "model.ckpt-100.index"))
    put("sstable", "dtypes.index", fixture("io", "tf_dtypes", "dtypes.ckpt.index"))
    for name, index, data in (("nohead", ("io", "tf_nohead", "model.ckpt-100.index"),
                               ("io", "tf_nohead", "model.ckpt-100.data-00000-of-00001")),
                              ("dtypes", ("io", "tf_dtypes", "dtypes.ckpt.index"),
                               ("io", "tf_dtypes", "dtypes.ckpt.data-00000-of-00001"))):
        i = fixture(*index)
        put("tensor_bundle", name + ".bundle", struct.pack("<I", len(i)) + i + fixture(*data))

    put("config", "bert_config.json", fixture("io", "tf_tiny", "bert_config.json"))
    put("config", "config.json", fixture("io", "hf_pretraining", "config.json"))
    # fuzz_config: the first byte (mod 4) makes the rest a tokenizer_config.json, a tokenizer.json, a
    # sentence-transformers modules.json, or its 1_Pooling/config.json (and sentence_bert_config.json).
    put("config", "tokenizer_config.json", b"\x00" + fixture("tokenizer", "settings", "cased_strip_accents",
                                                               "tokenizer_config.json"))
    put("config", "tokenizer.json", b"\x01" + fixture("tokenizer", "settings", "tokenizer_json_only",
                                                        "tokenizer.json"))
    put("config", "modules.json", b"\x02" + fixture("models", "tiny_st", "modules.json"))
    put("config", "pooling.json", b"\x03" + fixture("models", "tiny_st_cls_max", "1_Pooling", "config.json"))
    put("vocab", "vocab.txt", fixture("io", "tf_tiny", "vocab.txt"))
    put("vocab", "tiny_hf.txt", fixture("models", "tiny_hf", "vocab.txt"))
    put("tokenizer", "mixed.txt", "Héllo, WÖRLD! 你好 unaffable\tthe second ​\u200b\ue000 text".encode())
    put("tokenizer", "invalid.txt", b"caf\xc3 \xff\xfe the\x00end\r\n")

    reviews = fixture("train", "reviews.csv")[:1500]
    put("text_source", "lines.txt", b"\x00" + b"a first line\nsecond\tpair\n\nlast")
    put("text_source", "reviews.csv", b"\x09" + reviews)
    put("text_source", "named.tsv", b"\x0a" + b"id\ttext\tsecond\n1\thello\tworld\n2\t\"quoted\"\tx\n")

    events = [{"event": "run", "step": 0}, {"event": "step", "step": 1, "loss": 2.5, "lr": 1e-4},
              {"event": "validation", "step": 1, "loss": 2.4}, {"event": "finished", "step": 1}]
    put("training_events", "events.jsonl", "".join(json.dumps(e) + "\n" for e in events).encode())
    # Found by fuzz_training_events: a step no integer holds was converted out of range.
    put("training_events", "huge-step.jsonl", b'{"event": "step", "step": 1e117, "loss": 2.5, "lr": 0.0001}\n')

    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w:gz") as t:
        for name in ("bert_config.json", "vocab.txt"):
            data = fixture("io", "tf_tiny", name)
            info = tarfile.TarInfo("model/" + name)
            info.size = len(data)
            info.mtime = 0
            t.addfile(info, io.BytesIO(data))
    put("archive", "model.tar.gz", tar.getvalue())
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as f:
        f.writestr("model/vocab.txt", fixture("io", "tf_tiny", "vocab.txt"))
    put("archive", "model.zip", z.getvalue())

    for name, data in keras_h5_files().items():
        put("keras_h5", name, data)

    import numpy as np
    for dtype in ("<f4", "<i4", "|i1"):
        buf = io.BytesIO()
        np.save(buf, np.arange(6, dtype=dtype).reshape(2, 3))
        put("npy", "arange_%s.npy" % dtype.strip("<|"), buf.getvalue())

    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(SEEDS) for f in fs)
    print("seeds: %d bytes in %s" % (total, SEEDS))


if __name__ == "__main__":
    main()
