<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EmbeddingWriter</name>
    <message>
        <source>cannot update the .npy header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>bertlab::app::AttentionPage</name>
    <message>
        <source>Layer shown in the large view and the head view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head shown in the large view (click a thumbnail in the grid to choose both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads drawn in the head view and averaged by “Mean over heads”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch every head on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mean over heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the average of the switched-on heads instead of one head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ide [CLS]/[SEP]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the [CLS] and [SEP] rows and columns. The other weights are not rescaled, so a row then sums to less than 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;word pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each word once: its pieces&apos; weights as keys are added up, as queries averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B → A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sentence pair: all tokens, how the first text attends to the second (A → B), or the second to the first (B → A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view shown (grid, large view or head view) as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view shown (grid, large view or head view) as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the large view&apos;s matrix (current layer and head, options applied) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every head of every layer; click one (or press Enter) to see it large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries on the left attend to keys on the right; a line&apos;s opacity is the weight. Point at a token to see only its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers × heads: one small heatmap per head (Alt+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One head with token labels; point at a square for its exact weight (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One layer&apos;s heads as lines between tokens, like bertviz (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to see how its tokens attend to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention weights of every layer and head: grid, large heatmap and head view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model (File ▸ Open Model…) to see how its tokens attend to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a text (or a sentence pair) above to see its attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens, how the first text attends to the second (A → B), or the second to the first (B → A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a sentence pair: switch on “Sentence pair” in the input above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head %1: show it in the head view and include it in the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: no heads switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, mean of heads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2: rows are queries, columns the keys they attend to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, mean of the switched-on heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: one colour per head, as the head buttons above show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PNG image for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractPage</name>
    <message>
        <source>NSP ([CLS] token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX over the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVE over the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSP: the vector of the first token, [CLS] (keras-bert&apos;s &quot;NSP&quot; pooling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX: each feature&apos;s largest value over the text&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVE: each feature&apos;s mean over the text&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second text (after a tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text files (one text per line, a tab splits a sentence pair) or CSV/TSV files with a header row (Ctrl+Shift+O). You can also drop files onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to extract, in the order they run. Select one to see how it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV with header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text lines: one text per line, a tab splits a sentence pair, an empty line keeps its (empty) row.
CSV/TSV: the first row names the columns; choose the text column below. Files are read as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column whose text is embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a column with the second text of a sentence pair (embedded together as A [SEP] B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to see its first rows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the selected file as the run will read them; the columns that are embedded are tinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the extraction to see its summary here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last run wrote: rows, columns, time, skipped lines and output files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with the output files in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0,-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which encoder layers&apos; outputs make up the features, concatenated in this order.
Last N: the last N layers, earliest first (as keras-bert&apos;s output_layer_num=N).
Layers: indices separated by commas, 0 = the first encoder layer, -1 = the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the poolings to get one row per text; their blocks are concatenated from top to bottom (as keras-bert&apos;s poolings list). Drag, or use the arrows (Alt+Up/Down), to change the order.
None ticked: one row per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected pooling up: its block comes earlier in each row (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected pooling down: its block comes later in each row (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer texts are cut to this many tokens, [CLS] and [SEP] included (keras-bert&apos;s seq_len)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts per forward pass: larger batches are faster up to a point and use more memory; the numbers do not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer options set on the Tokenize page (Ctrl+1); a run uses them as they are when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV (.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy (.npy + .index.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV/TSV: one row per text (index, text, f0, f1, …) or per token, for spreadsheets.
NumPy: one float32 matrix, with an index CSV that says what each row is.
JSON Lines: one JSON object per text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits written per number in text formats; 9 gives back the exact 32-bit float, fewer make smaller files (NumPy files always hold exact floats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to each input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the outputs go, named &lt;input name&gt;.embeddings.&lt;format&gt;; empty: next to each input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it, list it in the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a line that is not valid UTF-8 or longer than 1 MiB. Skipped lines leave a gap in the index column, so rows still match input lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;bad line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the partial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the partial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled run keeps the complete rows written so far as &lt;name&gt;.embeddings.partial.&lt;format&gt;, or removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the embeddings of every listed file, one after the other (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run after the current batch (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over all files, by the bytes read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts done, speed and estimated time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings of every text in files, to CSV, TSV, NumPy or JSON Lines (as keras-bert&apos;s extract_embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of %1, one text per line (UTF-8); a tab splits a sentence pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first rows of %1 (UTF-8); the text columns are tinted. %n column(s) in all.</source>
        <translation>
            <numerusform>The first rows of %1 (UTF-8); the text columns are tinted. %n column in all.</numerusform>
            <numerusform>The first rows of %1 (UTF-8); the text columns are tinted. %n columns in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Input Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts and tables (*.txt *.csv *.tsv *.tab *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model maximum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model folder (File ▸ Open Model…) to extract embeddings. You can add files and set the options meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google BERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keras-bert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (set on the Tokenize page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give layer indices separated by commas, like 0,-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n layer(s), earliest first.</source>
        <translation>
            <numerusform>The last %n layer.</numerusform>
            <numerusform>The last %n layers, earliest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>These layers, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer(s) %1 in this order (this model has 0–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: one row per token. Tick poolings for one row per text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: index, text, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model folder to extract embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files to extract first (Add Files…, or drop them onto the page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layers: give a number of last layers, or layer indices like 0,-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two input files would both write %1. Remove one of them, or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2 — %3: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2 — %3: %L4 texts · %L5 texts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %L1 rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %L1 rows, %L2 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %L1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors; see the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the run was cancelled before this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %L1 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows × %L2 feature columns, from %L3 texts in %4 (%L5 texts/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial output was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (no row in the output):</source>
        <translation>
            <numerusform>%n line skipped (no row in the output):</numerusform>
            <numerusform>%n lines skipped (no row in the output):</numerusform>
        </translation>
    </message>
    <message>
        <source>line %L1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 in a file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files to extract first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to extract, then Run (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n file(s).</source>
        <translation>
            <numerusform>Ready: %n file.</numerusform>
            <numerusform>Ready: %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into windows and average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text longer than the maximum length is either cut, or split into consecutive windows that each run on their own: pooled rows average the windows (weighted by their token counts), per-token rows follow the whole text. Sentence pairs are always cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Long texts:</source>
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
        <source>%1 — BertLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Google TF checkpoint folder or a Hugging Face BERT folder (Ctrl+O). You can also drop a model folder onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open model&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital of France is [MASK].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a word in the text (or put the cursor on it) to mask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous model is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack a downloaded model archive (zip, tar.gz, …) into the model store and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model archives (*.zip *.tar *.tgz *.tar.gz *.tbz2 *.tar.bz2 *.txz *.tar.xz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking %1 into the model store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download pretrained BERT models, import your own and manage the model store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only models whose name or id contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only models of this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only models of this hidden size (small models download and run faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny (hidden ≤ 256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small (hidden 512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (hidden 768)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large (hidden ≥ 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models that can be downloaded; double-click one to download it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected model, verify it and install it into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the model; it also becomes its folder name in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… URL of a .zip or .tar.gz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to download the model archive from (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this model to the catalog (kept in the store, shared with bertlab-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models in the store; double-click one to open it. Drop a model folder or archive here to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected model the app&apos;s current model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected model from the store (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a model folder (TF checkpoint or Hugging Face) into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Model Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack a model archive (.zip, .tar.gz, .tar.bz2, .tar.xz) into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Model Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model archives (*.zip *.tar.gz *.tgz *.tar.bz2 *.tbz2 *.tar.xz *.txz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads of this session; select one to pause, resume or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected download; Resume continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected paused or failed download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected download and delete what it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds installed models (one sub-folder each). Press Enter to switch to the folder typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder for the model store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Store Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: download from the original hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base URL that replaces the host of every catalog URL, for networks that cannot reach the original hosts. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many downloads run at the same time; the others wait in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog models are downloaded from their original hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog models are downloaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the BERTLAB_MODEL_STORE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog entry &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog entry &apos;%1&apos; has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already installed as %2. Remove it first to download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model &apos;%1&apos; and its folder %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::PredictPage</name>
    <message>
        <source>&amp;Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top &amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-sentence prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a word (or press Enter on it) to put it into the text in place of its [MASK].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected words (or the word under the cursor) in the text with [MASK] (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many candidate words to show for each [MASK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s next-sentence (NSP) head: how likely sentence B directly follows sentence A. Above 50 % the model says it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in [MASK]: the model&apos;s most probable words for each mask, and for a sentence pair whether B follows A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model folder to predict masked words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model (%1) has no masked-language-model (MLM) head, so it cannot predict masked words. Open a model saved with its pre-training heads, such as a Google BERT checkpoint or a Hugging Face BertForPreTraining or BertForMaskedLM folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words around this [MASK] in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keras-bert tokenizer reads [MASK] in the text as ordinary characters, so there is nothing to predict. Switch the tokenizer to Google mode in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type [MASK] in the text where a word should be predicted, for example &quot;The capital of France is [MASK].&quot;, or select a word and press Mask (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no next-sentence (NSP) head, so it cannot tell whether sentence B follows sentence A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask %1 — position %2 (sentence A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask %1 — position %2 (sentence B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask %1 — position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 is the token&apos;s index in the model input ([CLS] is 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many CPU threads the model may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface; takes effect when BertLab starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after restarting BertLab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::TokenizePage</name>
    <message>
        <source>Cased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep upper case and accents. Turn on for cased models; uncased models lower-case and strip accents first. Shared by every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s BERT tokenizer, as Hugging Face&apos;s BertTokenizer: a word without a WordPiece split becomes one [UNK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keras-bert&apos;s tokenizer: an unknown character becomes a piece of its own ([UNK]) and the rest of the word is still split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reference tokenizer to reproduce. Shared by every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncate the input to this many tokens, [CLS] and [SEP] included (a pair loses pieces from its longer text first). The pieces cut off are shown greyed. At its lowest it is the model&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the model gets, and pieces cut off by the maximum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tokens, ids, segments and offsets as JSON, as bertlab-cli tokenize prints them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the text as the model&apos;s WordPiece tokens: ids, segments and character spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model max (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to see its tokens.
The tokenizer needs the model&apos;s vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truncated</source>
        <translation>
            <numerusform>%n truncated</numerusform>
            <numerusform>%n truncated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model gets %n token(s), the maximum length; the greyed pieces after the ✂ mark are cut off</source>
        <translation>
            <numerusform>The model gets %n token, the maximum length; the greyed pieces after the ✂ mark are cut off</numerusform>
            <numerusform>The model gets %n tokens, the maximum length; the greyed pieces after the ✂ mark are cut off</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens the model gets, [CLS] and [SEP] included (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type some text above to see its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ([UNK])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece joined to the word before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off by the maximum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a token for its id and span; click it to select its characters in the text.</source>
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
    <message>
        <source>Splitting long texts into windows needs a maximum length of at least 3 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::ExtractionJob</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rename the finished output into place</source>
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
    <name>bertlab::core::TextSource</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has %2 columns; the text column must be one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is %3</source>
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
    <name>bertlab::widgets::AttentionGrid</name>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attention to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2 (largest weight %3): click to see it large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::AttentionHeatmap</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attention to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::CandidateList</name>
    <message>
        <source>Candidates for this [MASK], most probable first. Click one (or press Enter) to put it into the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::CandidateListModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word piece: it joins the word before it without a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vocabulary id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click it or press Enter to put it into the text in place of this [MASK].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::CatalogTableModel</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L-%1 H-%2 A-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers, hidden size and attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::DownloadListModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::HeadView</name>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heads selected: switch on at least one head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::InputFileListModel</name>
    <message>
        <source>Text lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” + “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read; change it below the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A file of this name exists and will be replaced when the run finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::InstalledModelsModel</name>
    <message>
        <source>Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L-%1 H-%2 A-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers, hidden size and attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Width of every token&apos;s vector</source>
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
        <source>none (encoder only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cased models keep upper case and accents; uncased ones lower-case the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ProbabilityGauge</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TablePreviewModel</name>
    <message>
        <source>Line %1 will be skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (second text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is embedded as the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is embedded as the second text of a sentence pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s index in the output file (the first text is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no row in the output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TextPairEditor</name>
    <message>
        <source>Type a sentence, e.g. The capital of France is [MASK].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text every page looks at (sentence A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second sentence of the pair (sentence B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence B: the model sees [CLS] A [SEP] B [SEP]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence &amp;pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the model two sentences (segments A and B), as for next-sentence prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TokenStrip</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text&apos;s WordPiece tokens. Arrow keys move between tokens, Enter selects the token&apos;s characters in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special token: starts the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special token: ends the first text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special token: ends the second text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chars %1–%2 of the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continues the word before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;not in the vocabulary: the model sees [UNK]&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;cut off: beyond the maximum length, the model does not see it&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut: the tokens after this mark go beyond the maximum length</source>
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
        <source>Open MODEL with an example text, save a picture of every page into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick brown fox [MASK] over the lazy dog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was a sunny day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
