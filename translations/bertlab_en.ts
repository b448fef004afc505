<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FillMask</name>
    <message>
        <source>This model has no masked-language-model (MLM) head, so it cannot predict masked words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBundle</name>
    <message>
        <source>%1: has %2 tokens but the model&apos;s vocab_size is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::MainWindow</name>
    <message>
        <source>BertLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model open. Use File ▸ Open Model… (Ctrl+O) to choose a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Google TF checkpoint folder or a Hugging Face BERT folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — BertLab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is missing (needed next to model.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharded safetensors (model.safetensors.index.json) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytorch_model.bin is not supported; save the model as model.safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkpoint .index file has no .data-NNNNN-of-NNNNN files next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model weights (model.safetensors or a TensorFlow checkpoint *.ckpt.index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bert_config.json is missing (needed next to the checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocab.txt is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence length %1 is outside 1..%2 (max_position_embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::BertConfig</name>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is too large for a config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hidden_act&quot; must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden_act &quot;%1&quot; is not supported (gelu, gelu_new, gelu_tanh, gelu_pytorch_tanh, relu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_type &quot;%1&quot; is not BERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position_embedding_type &quot;%1&quot; is not supported (only absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden_size %1 is not a multiple of num_attention_heads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes describe about %1 billion parameters, more than this program loads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::BertModel</name>
    <message>
        <source>This model has no pooler layer, so it cannot give a pooled output or NSP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no next-sentence-prediction (NSP) head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no masked-language-model (MLM) head, so it cannot predict words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 has %2 tokens; this model takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id %1 is outside the vocabulary (size %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment id %1 is outside the model&apos;s %2 segment types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLM position %1 is outside the batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::BertWeightMapping</name>
    <message>
        <source>missing tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected %3 from the config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::EmbeddingExtractor</name>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::LayerSelection</name>
    <message>
        <source>The number of output layers must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 does not exist: the model has %2 layers (use 0…%3 or -1…-%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::Parser</name>
    <message>
        <source>%1 (offset %2, size %3) lies outside the file of %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch in %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2 uses unsupported compression type %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a bad restart count %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a restart point outside the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a corrupt entry header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an entry that runs past the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number in %2%3, %4], not %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::SafetensorsReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for a safetensors file (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 exceeds the file size (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no valid shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an impossibly large shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has invalid data_offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (bytes %2 to %3) lies beyond the end of the data (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 bytes but its shape and dtype need %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; overlaps another tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap in the data before tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensors cover %1 of %2 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, not a float tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lies beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read tensor &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::SsTableReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is too large for a table index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for a table (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a table file (bad magic number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt block handle in the index block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys out of order in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::TfCheckpointReader</name>
    <message>
        <source>no bundle header (not a TensorFlow V2 checkpoint index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt bundle header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big-endian checkpoints are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad shard count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt entry for tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; refers to shard %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2 of %3 but %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an impossible offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, not a float tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (offset %2, %3 bytes) lies beyond the end of the file (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read tensor &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch in tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ModelSummaryView</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google TF checkpoint or Hugging Face safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer encoder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of every token&apos;s vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPiece vocabulary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights loaded (optimizer slots excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler, masked-LM and next-sentence heads found in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked LM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow checkpoint (Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face (safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (encoder only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop workbench for BERT models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
