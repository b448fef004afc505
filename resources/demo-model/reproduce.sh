#!/usr/bin/env bash
# Makes the BertLab demo model from scratch, with BertLab itself: WordNet 3.0's definitions and examples
# (Debian's wordnet-base) → a corpus (wordnet_corpus.py) → `bertlab-cli train pretrain` on a fresh
# L4 H256 A4 model, whose WordPiece vocabulary BertLab learns from the corpus → half-precision safetensors
# in this folder → the evaluation the model card quotes (evaluation.json, curves.csv).
#
#   resources/demo-model/reproduce.sh [WORK_DIR]      (default build/demo-model-run)
#
# Run it again after an interruption: training resumes from its last checkpoint (saved every 1000 steps).
# BERTLAB_CLI names the bertlab-cli to use (default build/app/cli/bertlab-cli); BERTLAB_DEMO_STEPS the
# number of training steps (default 20000; about 80 minutes on 2 otherwise idle cores).
set -euo pipefail
here=${BERTLAB_DEMO_DIR:-$(cd "$(dirname "$0")" && pwd)} # where the model goes (this folder)
top=$(cd "$here/../.." && pwd)
work=$(mkdir -p "${1:-$top/build/demo-model-run}" && cd "${1:-$top/build/demo-model-run}" && pwd)
cli=${BERTLAB_CLI:-$top/build/app/cli/bertlab-cli}
steps=${BERTLAB_DEMO_STEPS:-20000}
[ -x "$cli" ] || { echo "reproduce.sh: $cli is missing: build BertLab first (see README.md)" >&2; exit 1; }

if [ ! -f /usr/share/wordnet/data.noun ] || ! command -v python3 >/dev/null; then
    apt-get install -y --no-install-recommends wordnet-base python3
fi

echo "== corpus, and the sample files that ship beside the model (resources/samples)"
python3 "$here/wordnet_corpus.py" "$work/train.txt" "$work/heldout.txt"
python3 "$here/make_samples.py" --corpus "$work/train.txt" "$here/../samples"

echo "== training ($steps steps; resumes when $work/run holds a checkpoint)"
resume=()
[ -f "$work/run/checkpoint/training_state.json" ] && resume=(--resume)
began=$(date +%s)
"$cli" train pretrain --data "$work/train.txt" --validation "$work/heldout.txt" --output "$work/run" \
    --layers 4 --hidden 256 --heads 4 --intermediate 1024 --activation gelu --dropout 0.1 \
    --vocab-size 8000 --seq-len 128 --batch-size 32 --steps "$steps" \
    --lr 4e-4 --warmup-steps 2000 --weight-decay 0.01 --clip-norm 1.0 \
    --validate-every 2000 --checkpoint-every 1000 --seed 1 "${resume[@]}" \
    --probe "The dog barked all [MASK]." --probe "She drank a glass of [MASK]." --probe-every 2000 \
    > "$work/summary.json"
# Wall time of the training, summed over the runs it took (the card quotes it).
echo $(($(cat "$work/train_seconds" 2>/dev/null || echo 0) + $(date +%s) - began)) > "$work/train_seconds"

echo "== half-precision copy into $here"
rm -rf "$work/f16"
"$cli" convert --model "$work/run/safetensors" --output "$work/f16" --dtype f16 >/dev/null
cp "$work/f16/config.json" "$work/f16/model.safetensors" "$work/f16/vocab.txt" "$here/"

echo "== evaluation"
# Held-out masked-LM accuracy of the committed (half-precision) weights: the trainer's own validation on the
# held-out documents, after one step at learning rate 0 (the weights stay as they are).
rm -rf "$work/evaluate" # a rerun evaluates afresh
"$cli" train pretrain --model "$here" --data "$work/heldout.txt" --validation "$work/heldout.txt" \
    --output "$work/evaluate" --steps 1 --lr 0 --weight-decay 0 --warmup-steps 0 --dropout 0 \
    --checkpoint-every 0 --seq-len 128 --batch-size 32 --seed 2 > "$work/evaluate.json"
python3 - "$cli" "$here" "$work" <<'PY'
import csv, json, subprocess, sys
cli, here, work = sys.argv[1:]
held = json.load(open(f"{work}/evaluate.json"))["validation"]
hits, rows = 0, []
for line in open(f"{here}/everyday_sentences.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    sentence, answer = line.rstrip("\n").split("\t")
    out = json.loads(subprocess.run([cli, "predict", "--model", here, "--top-k", "5", "--", sentence],
                                    check=True, capture_output=True, text=True).stdout)
    top5 = [c["token"] for c in out["masks"][0]["candidates"]]
    hits += answer in top5
    rows.append({"sentence": sentence, "answer": answer, "top5": top5})
# The curves: every 100th training step and every validation.
curves = []
with open(f"{work}/run/metrics.csv", newline="") as f:
    for row in csv.DictReader(f):
        if int(row["step"]) % 100 == 0 or row["val_loss"]:
            curves.append(row)
with open(f"{here}/curves.csv", "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=list(curves[0].keys()), lineterminator="\n")
    writer.writeheader()
    writer.writerows(curves)
last = curves[-1]
result = {"heldout_mlm_accuracy": held["mlm_accuracy"], "heldout_nsp_accuracy": held["nsp_accuracy"],
          "heldout_loss": held["loss"], "everyday_top5": hits, "everyday_total": len(rows),
          "steps": int(last["step"]), "epochs": float(last["epoch"]),
          "train_hours": int(open(f"{work}/train_seconds").read()) / 3600, "everyday": rows}
with open(f"{here}/evaluation.json", "w", encoding="utf-8") as f:
    json.dump(result, f, indent=1, ensure_ascii=False)
    f.write("\n")
# The model card: model_card.md with the figures filled in.
figures = dict(result, everyday_list="\n".join(
    f"| {r['sentence']} | {r['answer']} | {', '.join(r['top5'])} | {'yes' if r['answer'] in r['top5'] else 'no'} |"
    for r in rows))
with open(f"{here}/model_card.md", encoding="utf-8") as f:
    card = f.read().format(**figures)
with open(f"{here}/README.md", "w", encoding="utf-8") as f:
    f.write(card)
print(f"held-out MLM accuracy {held['mlm_accuracy']:.3f}, NSP accuracy {held['nsp_accuracy']:.3f}; "
      f"everyday sentences: the right word in the top 5 for {hits} of {len(rows)}")
PY
