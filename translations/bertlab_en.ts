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
    <name>bertlab::app::AboutDialog</name>
    <message>
        <source>About BertLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop workbench for BERT: tokenize, predict masked words, look at attention, extract embeddings and train models, on an engine of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1. BertLab is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute: oneDNN uses &lt;b&gt;%1&lt;/b&gt; on this CPU. Built with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::Askpass</name>
    <message>
        <source>Trust This Host?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab connects to this host for the first time. Trust its key only if the fingerprint below is the one its administrator gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(BertLab does not store it.)</source>
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
    <message>
        <source>Heads shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads drawn in the head view and averaged by “Mean over heads”. Ctrl+click a head (or right-click it) to show only that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch every head off, to switch on just the ones to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head %1: show it in the head view and include it in the mean (Ctrl+click or right-click: only this head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only H%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention of every layer and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1   B: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ClassifyPage</name>
    <message>
        <source>Prediction for the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most probable label for the text and its probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label of the classifier with its probability, most probable first (they add up to 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a fine-tuned classifier: the label probabilities of the text, or of every text of a file into a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify every text of a file (one per line, a tab splits a pair; or a CSV/TSV with a header) and write a CSV: index, text, label, probability and one probability column per label. You can also drop a file on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file, .csv or .tsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts to classify: one per line (a tab splits a sentence pair), or a CSV/TSV file whose first row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file of texts to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV with a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read; chosen from its extension, change it if that is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column that holds the text to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sentence-pair classifier: the column of the second text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV of predictions to write; it appears only when every text is done, and an existing file is replaced only after you agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classify File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify every text of the file and write the CSV (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new predictions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: nothing is written and an earlier file stays as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fine-tuned classifier to classify texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model (%1) has no classifier head, so there are no labels to predict. Fine-tune one on the Train page (task: Classify), or open a Hugging Face BertForSequenceClassification folder or a checkpoint of Google&apos;s run_classifier.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a text (or a sentence pair) above to see the classifier&apos;s labels for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv *.tab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Predictions To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
        <source>%1 has no header row to name its columns; it cannot be read as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model with a classifier head first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file of texts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the predictions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file&apos;s header…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output would replace the input %1: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written; %1 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n text(s) classified into %1.</source>
        <translation>
            <numerusform>Done: %n text classified into %1.</numerusform>
            <numerusform>Done: %n texts classified into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (the first, line %1: %2).</source>
        <translation>
            <numerusform>%n line skipped (line %1: %2).</numerusform>
            <numerusform>%n lines skipped (the first, line %1: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractInputsPanel</name>
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
        <source>Add &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sentences.txt, 400 everyday sentences from WordNet that ship with BertLab, to try extraction without a file of your own</source>
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
        <translation type="unfinished">
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
        <source>Input columns to copy into the output beside the features (an id, a label…), after the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep columns: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractOptionsForm</name>
    <message>
        <source>MAX: each feature&apos;s largest value over the text&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVE: each feature&apos;s mean over the text&apos;s tokens</source>
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
        <source>Model maximum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model maximum</source>
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
        <source>Output Folder</source>
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
        <source>None ticked: one row per token. Tick poolings for one row per text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: index, text, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSP: the vector of the first token, [CLS], which BERT trains to sum up the whole text for next-sentence prediction (keras-bert&apos;s &quot;NSP&quot; pooling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole text: the [CLS] vector (NSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;sentence-transformers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute what SentenceTransformer.encode gives for this model: the last layer, the pooling and normalization its modules.json names, up to its max_seq_length tokens. Untick to choose the layers and poolings yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the model&apos;s modules.json: one row per text, as SentenceTransformer.encode gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which encoder layers&apos; outputs make up the features, concatenated in this order.
Last N: the last N layers, earliest first (as keras-bert&apos;s output_layer_num=N).
Layers: indices separated by commas, 0 = the first encoder layer (L1 on the Attention page), -1 = the last.
The output&apos;s columns say where each feature comes from: nsp_l12_0 is dimension 0 of the [CLS] vector of L12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV/TSV: one row per text (index, kept columns, text, then features named like nsp_l12_0: pooling, layer, dimension) or per token, for spreadsheets.
NumPy: one float32 matrix, with an index CSV that says what each row is.
JSON Lines: one JSON object per text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in this order. This model has L1–L%2: index 0 is L1, -1 is L%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractPage</name>
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
        <source>Open a model folder (File ▸ Open Model…) to extract embeddings. You can add files and set the options meanwhile.</source>
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
        <source>The sample&apos;s embeddings will be written to %1 (Output folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embeddings are computed: this computer, or a host added on the Remote page (each file and the model are sent there, the results come back here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the first file and the model to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every listed file to %1, extract there and bring the results back (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No texts in it: the output has only its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no texts (empty, or every line was skipped): %2 has only its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n output file(s) exist already.</source>
        <translation>
            <numerusform>%n output file exists already.</numerusform>
            <numerusform>%n output files exist already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial file(s) of a cancelled run will be replaced.</source>
        <translation>
            <numerusform>%n partial file of a cancelled run will be replaced.</numerusform>
            <numerusform>%n partial files of a cancelled run will be replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs Exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Finished Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: its output exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file&apos;s output exists already: nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at %p %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::HelpWindow</name>
    <message>
        <source>BertLab Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of sections</source>
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
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user manual, opened at the current page&apos;s section (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About This &amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open model&apos;s card: what it was trained on, its licence and its training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open BertLab&apos;s small built-in model, which works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BertLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BertLab demo model is not installed (looked in %1). Open a model folder (Ctrl+O) or download one on the Models page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BertLab.&lt;/b&gt; This is the &lt;b&gt;BertLab demo model&lt;/b&gt;, a small BERT trained on WordNet&apos;s definitions, so every page works right away, offline. For real work, &lt;a href=&quot;bertlab:models&quot;&gt;download a pretrained BERT&lt;/a&gt; on the Models page or &lt;a href=&quot;bertlab:open&quot;&gt;open a model folder&lt;/a&gt; (Ctrl+O). &lt;a href=&quot;bertlab:card&quot;&gt;What the demo model is&lt;/a&gt; · &lt;a href=&quot;bertlab:manual&quot;&gt;Manual&lt;/a&gt; (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Opening the demo model instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::ModelCardDialog</name>
    <message>
        <source>Model Card — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model folder has no README.md model card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked-word accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training log in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held out</source>
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
    <message>
        <source>Model &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected model is: its card (README.md) and training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo model is built into BertLab and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;ry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the catalog now: select it and click Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 (%2) into the model store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store keeps its own copy in %1. To use the model without copying it, open it where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Without Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the failed download off the list and delete the part it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the download off the list (an installed model stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the model you added off the catalog (Delete); an installed copy stays. Only entries you added can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the catalog.</source>
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
    <message>
        <source>The keras-bert tokenizer reads [MASK] in the text as ordinary characters, so there is nothing to predict. Switch the tokenizer to Google or Hugging Face mode on the Tokenize page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::RemotePage</name>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts reached over SSH, and the training runs sent to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines BertLab reaches with your system ssh: your SSH config, agent and known_hosts apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. gpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host alias or user@host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work folder (default ~/bertlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH config file (default ~/.ssh/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and report system, cores, memory, free disk, GPUs/TPUs, bertlab-cli and Slurm, each ok or missing with how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the host (nothing on it is touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Run Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send run settings saved on the Train page (Save Settings) to the selected host and start them there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch in Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the job&apos;s curves, probes and log on the Train page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job: it saves a checkpoint first, and is forced after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the finished job&apos;s weights, metrics and events here, each SHA-256 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit Run Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send run settings saved on the Train page to %1 and start them there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host above to send training runs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Select it and press Check to see what it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready for jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable, but something is missing (see How to fix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started job %1. Watch in Train shows its curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling %1 (it saves a checkpoint first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the outputs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (a detached process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm (sbatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How jobs start on the host: as a detached process, or queued with Slurm&apos;s sbatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;heduler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm partition (sbatch --partition); empty: the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm account (sbatch --account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit, e.g. 4:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm time limit (sbatch --time); the run saves a checkpoint two minutes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gres, e.g. gpu:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm generic resources (sbatch --gres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install bertlab-cli There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this build&apos;s bertlab-cli into the host&apos;s work folder (no root needed; the host must run the same OS release and architecture), then check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Host?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host named %1 exists. Replace its settings with these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet: pick a host in Run on (Train or Extract page), or Submit Run Settings… here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking the hosts for the state of %n job(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked (older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPU devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bertlab-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalled (alive, no heartbeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
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
        <source>lost (gone without an exit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing %1: change the settings, then Save Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has no bertlab-cli to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting bertlab-cli on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the run to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab engine (bertlab-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow (TPU, GPU or CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs training jobs there: bertlab-cli, or BertLab&apos;s TensorFlow runner for a TPU VM or a GPU host (extraction jobs always use bertlab-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python with TensorFlow (default python3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python there that has TensorFlow, e.g. ~/tf/bin/python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: TPU, else GPUs, else CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where TensorFlow trains: TPUStrategy, MirroredStrategy over the GPUs, or the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after fetch, run here (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command run on this computer once a job&apos;s results came back and passed their checks, e.g. gcloud compute tpus tpu-vm stop NAME --zone ZONE, as an idle TPU VM costs money. Never run through a shell; BERTLAB_JOB_ID and BERTLAB_HOST are set for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched into %1 (the model is in %2/).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::RunHistory</name>
    <message>
        <source>&amp;Remove Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs of this session, newest first: tick one to draw its curves dashed beside the current run&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new run keeps the one before it here. Tick a run to compare its curves with the current run&apos;s (dashed, same colour per metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected run&apos;s curves (Delete); its folder stays on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier run yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::RunOnBox</name>
    <message>
        <source>This computer</source>
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
    <message>
        <source>This model&apos;s vocabulary is uncased: with Cased on, words with capitals become [UNK].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Cased off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s BERT tokenizer (tokenization.py), the one TF checkpoints were trained with: a word without a WordPiece split becomes one [UNK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face tokenizers&apos; BertTokenizerFast, with the model&apos;s tokenizer_config.json: like Google&apos;s, but private-use characters are dropped and case is lowered letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::TrainPage</name>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-train a BERT (masked LM + next sentence) or fine-tune it for classification, with live training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training with these settings (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the current step, or resume (Space or Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step; the run saves a checkpoint first (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step, epoch, speed and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss per step (and smoothed), validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run to see its curve here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe sentences (Output tab) show the model&apos;s guesses for each [MASK] here as it learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe sentences with the model&apos;s current best guesses in place of [MASK] (outlined when they just changed) and its top five below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints and the run&apos;s summary appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Trained Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the last checkpoint in the window, to try it on the other pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (masked LM, next sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation MLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation NSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a checkpoint. Tick &quot;Resume&quot; to continue that run, or choose another output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the run in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: output in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step; saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training run is in progress (step %L1). Stop it and close? The run saves a checkpoint before it ends, so it can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the run on the left, then Start (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %L1 steps (%L2 warm-up, %L3 per epoch); %L4 training and %L5 validation examples; %6 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 trainable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; resuming at step %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %L1 / %L2 · starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %L1 / %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %L1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at step %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation at step %L1: loss %2, MLM accuracy %3, NSP accuracy %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation at step %L1: loss %2, accuracy %3, macro F1 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved checkpoint at step %L1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at step %L1. Resume with Space or Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at step %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %L1 after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped early at step %L1 after %2: the %3 did not improve for %n validation(s) (best %4).</source>
        <translation>
            <numerusform>Stopped early at step %L1 after %2: the %3 did not improve for %n validation (best %4).</numerusform>
            <numerusform>Stopped early at step %L1 after %2: the %3 did not improve for %n validations (best %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished %L1 steps in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at step %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>Ends the plan sentence built above (a full stop in the translation&apos;s script).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Checkpoint: %1</source>
        <extracomment>Appended to the run&apos;s summary sentence: the leading space is part of the text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not complete yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the run settings to %1; &apos;bertlab-cli train --config %1&apos; runs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form from run settings saved as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings as JSON, to run them again here or with &apos;bertlab-cli train --config FILE&apos; (on this or another machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Run Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is shown already: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the run in %1 (followed while it is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a run folder&apos;s curves, probes and log (a finished run, or one the command line or a remote host is still writing: it is followed as it goes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Training Run Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the run&apos;s file (the run itself goes on) (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the run at step %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended at step %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing remote job %1 as it trains (Stop stops watching; cancel the job on the Remote page). Its model is fetched here when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the run trains: this computer, or a host added on the Remote page (the run is sent there and its curves show here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote job&apos;s model is not here yet: it is fetched when the job has finished (or use Fetch on the Remote page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the run to %1; its curves show here once it trains there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the run&apos;s inputs to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the transfer (sending again resumes it)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the run to %1 and show its curves here as it trains there (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved checkpoint at step %L1 (on the remote host, in the job&apos;s folder: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: new, %1 layers, hidden %2, %3 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, sequence length %2, learning rate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last training loss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last validation loss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::app::TrainSetupForm</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue training the model open in the window (fine-tuning or further pre-training); its shape and vocabulary stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new model of this shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random weights (truncated normal, as BERT initializes them) in the shape below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder layers (transformer blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size: the width of every token vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads per layer; the hidden size must divide by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-forward (intermediate) size, usually 4 × the hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-fwd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per example, [CLS] and [SEP] included (keras-bert&apos;s seq_len). A new model gets this many position embeddings; the open model allows up to its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequence length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open model&apos;s vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vocab.txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a new model&apos;s WordPiece vocabulary comes from. Learning one builds it from the training file before the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocab.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vocab.txt (one token per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabularies (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocab &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learned vocabulary&apos;s size, special tokens and characters included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target size:</source>
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
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters from the shape and vocabulary; memory for the weights, their gradients, Adam&apos;s slots and one batch&apos;s activations; time per step from the speed measured in your last run (before any run: a modest CPU&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-train (masked LM + next sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify (fine-tune on labelled texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-training learns from plain text as BERT did; classification adds a classifier on [CLS] and learns from a table of texts and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the training file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Training Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and tables (*.txt *.tsv *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold out part of the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a file in the training file&apos;s format, used only to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a validation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Validation Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a validation file: this share of the training examples is held out (a fixed, seeded choice) to measure the model on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with the text: its header name or its number (1 = first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a column with the second text of a pair (text_b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with the label; labels are numbered in order of first appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text_&amp;b column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the tokens the model has to predict (of those, 80 % become [MASK], 10 % a random token, 10 % stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per step; more uses more memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When set, the run takes exactly this many steps (the epochs are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamWarmup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak learning rate, reached at the end of warm-up (e.g. 1e-4 for pre-training, 2e-5 to 5e-5 for fine-tuning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the steps over which the rate rises linearly from 0 (keras-bert&apos;s calc_train_steps warmup_proportion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After warm-up the rate falls linearly to this at the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoupled weight decay added to each update (kernels and embeddings; not biases or LayerNorm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight &amp;decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the gradients down when their global norm is larger than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clip norm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMS&amp;Grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the largest second moment seen (AMSGrad); one more slot per parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train only parameters whose official names start with one of these prefixes (comma separated), e.g. &quot;bert/encoder/layer_11, cls/&quot;; the others stay frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate at each step, as the run will set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint (TF layout, with the optimizer state), a Hugging Face copy and metrics.csv are written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a checkpoint this often (a stopped run also saves one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heckpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume from the folder&apos;s checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stopped run: weights, optimizer state, step and data position come from the output folder&apos;s checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the initial weights, the masking and the data order: the same seed gives the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation and early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;alidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation MLM accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure early stopping watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the monitored measure has not improved for this many validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence per line with [MASK], e.g.
The capital of France is [MASK].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While pre-training, the model&apos;s top guesses for each [MASK] are shown as it learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 layers, hidden %3, %4 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
        <source>A CSV or TSV file with a header row; one example per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text, one sentence per line, a blank line between documents; or a .tsv file of sentence pairs (first&lt;TAB&gt;second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model, or choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary comes from the open model: open one, or choose another vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vocab.txt to see the model&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ &lt;b&gt;%1&lt;/b&gt; of memory while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ &lt;b&gt;%1&lt;/b&gt; per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %L1 steps ≈ &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden size must divide by the number of heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps known once the data is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to train it further, or choose a new model on the Model tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary is to come from the open model, but no model is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vocab.txt for the new model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the training file on the Data tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder on the Output tab: checkpoints are written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sample that ships with BertLab: for Classify, topics.csv (1,500 WordNet definitions labelled animal, body, food, person or plant); for Pre-train, corpus.txt (40 documents of the demo model&apos;s corpus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a number, like 1e-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum learning rate must be a number, like 0 or 1e-6.</source>
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
        <source>a checkpoint .index file has no .data-NNNNN-of-NNNNN files next to it</source>
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
    <message>
        <source>cannot write (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint prefix names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tensor has an empty name (reserved for the bundle header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds %2 values, which does not match its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tensor named &apos;global_step&apos; is given besides the global step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two tensors have the name &apos;%1&apos; in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights do not have the sizes of the config (%1 layers, vocabulary %2, hidden %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra tensor &apos;%1&apos; has the name of a model weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds a model.safetensors, which would be loaded instead of the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has no tab between the two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no sentence pairs</source>
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
        <source>%1: has no column “%2” (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: unknown label “%3” (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: training the vocabulary was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no words to learn a vocabulary from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the training state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a BertLab training state file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the training state is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the training state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the previous checkpoint aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the new checkpoint into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no checkpoint to resume from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint has no optimizer state for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checkpoint was made with another task, batch size or seed; resuming would not continue the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning a vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: classification needs at least two different labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already holds a model; choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the metrics log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a BertLab metrics log (no step and loss columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a catalog id nor an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog entry &apos;%1&apos; has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 needs 64 hex digits, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model &apos;%1&apos; is already installed in %2; remove it first or replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
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
        <source>The training batch has no sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 of the training batch is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 has %2 tokens; this model takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1, token %2: id %3 is outside the vocabulary (size %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1, token %2: segment %3 is outside the model&apos;s %4 segment types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has masked-LM targets but the model has no MLM head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has %1 masked-LM positions but %2 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked-LM position %1 (row %2) is outside the batch of %3 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked-LM label %1 at position %2 is outside the vocabulary (size %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has next-sentence labels but the model has no NSP head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has class labels but the model has no classifier head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has %1 sequences but %2 next-sentence labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has %1 sequences but %2 class labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 has next-sentence label %2; it must be 0 (is next) or 1 (not next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 has class label %2; the classifier has %3 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step of the forward pass; the steps are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forward pass kept no intermediates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 does not exist: the model has layers 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no sentences: %2 of its lines are not valid UTF-8 (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no words to learn a vocabulary from: %2 of its lines are not valid UTF-8 (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its host key has CHANGED since you last connected, so BertLab refused to connect (someone may be intercepting the connection). If the server was really reinstalled, remove the old key with `ssh-keygen -R HOST` and connect once with ssh to check and accept the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its host key is not known yet. Connect once (Check on the Remote page, `bertlab-cli remote check --accept-prompts`, or plain ssh) to compare the key&apos;s fingerprint and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in: BertLab signs in with keys or an SSH agent only. Add your public key to the remote (`ssh-copy-id`), or load it into the agent (`ssh-add`). (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such host name (check the destination, or the Host alias in your SSH config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens there (check the host and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: the network or the host is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH connection failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run ssh: the OpenSSH client is not installed (apt-get install openssh-client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ssh stopped before the remote command finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the check did not finish (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab&apos;s runtime is built for Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 GB free in the work folder: checkpoints and corpora may not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote user cannot create or write %1: choose a work folder in a place it owns, e.g. ~/bertlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote has version %1 and this BertLab is %2: jobs may read or write settings differently; install the same version there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch, squeue and scancel found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host&apos;s scheduler is Slurm, but its commands are not on the login&apos;s PATH: use a cluster login node, or set the scheduler to direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run sftp: the OpenSSH client is not installed (apt-get install openssh-client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transfer was cancelled; submitting again resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file transfer failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install BertLab there (its .deb: `apt install ./bertlab_%1_amd64.deb`, as root), or, when the remote runs the same OS, let BertLab put this build&apos;s bertlab-cli into %2/bin without root: Install bertlab-cli on the Remote page, or `bertlab-cli remote install-cli %3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an executable bertlab-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 and this BertLab is built for %3: install BertLab&apos;s package for that system there instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path holds a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copied bertlab-cli does not run there; libraries it needs are missing: %2. Install them (the packages BertLab&apos;s README names), or BertLab&apos;s package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the result into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence length %1 is longer than the model&apos;s %2 positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary has no [MASK] token, so it cannot be used for pretraining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no training examples were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping needs validation data: give a validation file or a validation fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s classifier does not match the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TensorFlow run starts from step 0: it cannot resume a BertLab checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rename it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run there: install Python 3 (3.9–3.11 for TensorFlow 2.15) or set the host&apos;s Python to one that runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot import tensorflow: make a virtual environment with it there (`python3 -m venv ~/tf &amp;&amp; ~/tf/bin/pip install tensorflow-cpu==2.15.*`; on a TPU VM the TPU build `tensorflow==2.15.*` with libtpu, on a GPU host `tensorflow[and-cuda]==2.15.*`) and set the host&apos;s Python to ~/tf/bin/python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sees %2 TPU, %3 GPU devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab&apos;s runner is tested with TensorFlow 2.15; it uses no Keras, so %1 should work, but install 2.15 if it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for training with TensorFlow; extraction jobs need it (Install bertlab-cli on the Remote page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not the runner&apos;s probe outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run had no probe sentences, so there is nothing to compare (add a probe sentence with [MASK] to the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no model came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the engines found a different number of [MASK]s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the after-fetch command %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the after-fetch command %1 did not finish in %2 s; stopped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the after-fetch command %1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The after-fetch command did not run: the results did not pass their check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran the after-fetch command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number &gt;= %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the extraction together: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extraction settings name no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote extraction needs an input file (not standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and tokenizing the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an extraction prepared for TensorFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since the job was sent, so its texts no longer match the results; run the extraction again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its shape does not match the %2 sequences that were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds fewer sequences than the input gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input gives a longer sequence than was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 sequences, but the input gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is missing (needed next to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model weights (model.safetensors, pytorch_model.bin or a TensorFlow checkpoint *.ckpt.index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a tokenizer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;model_max_length&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its normalizer is &quot;%2&quot;, not BERT&apos;s (BertNormalizer); BertLab reproduces BERT&apos;s tokenizer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a sentence-transformers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not supported (BertLab pools with cls, max and mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pooling mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;max_seq_length&quot; must be a whole number from 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a list of modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot;: its path must be a folder inside the model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Transformer module&apos;s folder %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; is not supported here (BertLab runs Transformer, Pooling and Normalize, in that order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a Transformer and a Pooling module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds several .h5 files (%1): keep one, or name the model model.h5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds weights only (no model_config): put the model&apos;s bert_config.json next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HDF5 library failed reading it: the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected [%3, %4] (labels, hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classifier has %1 outputs but the config names %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id2label&quot; must map the ids 0, 1, … to label names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (id %1 is missing or not a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no classifier head: fine-tune one for classification first (Train page, or bertlab-cli train classify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input has no texts to classify; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::BatchArrays</name>
    <message>
        <source>more masked tokens in a sequence than counted</source>
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
    <message>
        <source>This model has no classifier head: fine-tune one for classification first.</source>
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
    <message>
        <source>Text %1: %2 results for %3 sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1: features of the wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalizing needs a pooling: it makes each text&apos;s vector unit length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::EngineCheck</name>
    <message>
        <source>Cross-engine check passed: BertLab and %1 give the same predictions on the trained model (%2 masks, largest difference in probability %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-engine check FAILED: BertLab and %1 disagree on the trained model (%2 masks, largest difference in probability %3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, different top guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-engine check passed: BertLab and %1 compute the same features (%2 sequences, largest difference %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-engine check FAILED: BertLab and %1 compute different features (%2 sequences, largest difference %3).</source>
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
    <message>
        <source>the .npy format needs an output file (it also writes the file&apos;s .index.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sentence-transformers folder (it has no modules.json): choose the poolings instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::ExtractionQueue</name>
    <message>
        <source>Add the files to extract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two input files would both write %1. Remove one of them, or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extraction is running already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::ExtractionSettings</name>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not BertLab extraction settings (its &quot;format&quot; is not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extraction settings of version %2; this BertLab reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: option “%2” is not a name with a text or true/false value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for extraction settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-layers &apos;%1&apos;: give N &gt;= 1 or a list of layer indices like 0,-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--long-texts &apos;%1&apos;: use truncate or windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (use jsonl, csv, tsv or npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input-format &apos;%1&apos;: use lines, csv or tsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format npy needs --output FILE (it also writes FILE&apos;s .index.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gelu &apos;%1&apos;: use erf or tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cased and --uncased: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --mode &apos;%1&apos;: use auto, google, huggingface or keras-bert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pooling: unknown pooling &apos;%1&apos; (use nsp, max, ave or sentence-transformers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::FetchReport</name>
    <message>
        <source>Cross-engine check not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::HostRegistry</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a BertLab host list (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote host named “%1” (see `bertlab-cli remote list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote host named “%1” exists already (replace it with --replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::HuggingFaceWeights</name>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is too large for a shard index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a shard index (no &quot;weight_map&quot; object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; names no tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its shard is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shard &apos;%2&apos; is not a file name in the model&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 is missing (the index names it for &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 does not hold &apos;%2&apos;, which the index puts there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::InputPlacer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file name BertLab cannot send (use letters, digits and ._+-)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::JobBundle</name>
    <message>
        <source>a remote extraction needs an input file (not standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extraction settings name no model (write them with `bertlab-cli extract --write-config`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BertLab&apos;s TensorFlow runner (bertlab_tf_runner.py) is not installed beside this program; reinstall BertLab or set BERTLAB_TF_RUNNER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::KerasH5Reader</name>
    <message>
        <source>cannot open (no such file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HDF5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open it as HDF5 (damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model_weights group cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Keras weights file (no layer_names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; is listed but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: its weight_names cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is listed but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is not a float vector or matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has an impossible shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: its data cannot be read (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Embedding-Token layer: not a keras-bert model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model_config is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model_config does not describe a keras-bert encoder (heads, layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: the file holds less data than its shape needs (truncated?)</source>
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
    <name>bertlab::core::LineReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::LocalJob</name>
    <message>
        <source>“%1” is not a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job “%1” on this computer (see `bertlab-cli job list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a BertLab job record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::Machine</name>
    <message>
        <source>pickle byte %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pickle ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pops an empty stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MARK to pop to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads an empty stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of %1 bytes runs past the end of the pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads memo slot %1, which was never set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo slot %1 is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuses to load &apos;%1&apos;: only tensors and plain containers are read, no other objects and no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls an object that is not a function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls %1 without an argument tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections.OrderedDict is called with arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets items on something that is not a dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appends to something that is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETITEMS has an odd number of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container holds more than %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickle protocol %1 is newer than 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects are left on the stack at STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer of %1 bytes is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builds a tuple from an empty stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICT has an odd number of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GLOBAL opcode&apos;s name is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STACK_GLOBAL needs two strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets the state of an object that is neither a dict nor a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcode 0x%1 is not read (it is not used for tensors and plain containers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::MetricsLog</name>
    <message>
        <source>%1: cannot write the metrics log: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::NpyArray</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a NumPy .npy file of format 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its header is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a .npy header BertLab does not read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds %2 values, not of the type expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an impossible shape (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds a single value, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes of data where its shape needs %3 (cut off or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::NpyWriter</name>
    <message>
        <source>%1: cannot write it: %2</source>
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
    <name>bertlab::core::PickleReader</name>
    <message>
        <source>a %1-byte integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tuple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dict of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a persistent id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::PytorchReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PyTorch file in the tar layout of PyTorch 0.3 and earlier is not supported; load it with PyTorch and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PyTorch file (neither the zip layout of torch.save nor its legacy layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not inside the archive&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries &apos;%1/…&apos; and &apos;%2&apos; are in different folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PyTorch file (the archive has no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensors are stored big-endian (&apos;%1&apos;); only little-endian files are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing (no entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; holds %2 bytes, fewer than its %3 elements need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pickles are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PyTorch file (no torch.save magic number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown torch.save protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its system information is not a dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensors are stored big-endian; only little-endian files are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of storages is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage list names %1, which no tensor uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage list names &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; lies beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has %2 elements where the state dict says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing from the file&apos;s storage list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pickle holds %1, not a state dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state dict has a key that is not a string (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter without its tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its rebuild call has %1 arguments, not 4 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its storage is not a (&apos;storage&apos;, type, key, location, size) record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its storage record is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage views (PyTorch before 0.4) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is described in two different ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its offset, shape or strides are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reaches element %1 of a storage of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 elements, more than its storage&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a storage (%1)</source>
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
</context>
<context>
    <name>bertlab::core::Reader</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::RemoteExtractionQueue</name>
    <message>
        <source>An extraction is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the job on %2 ended %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::RemoteHost</name>
    <message>
        <source>name: “%1” is not a host name: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: “%1” is not an SSH destination: use a Host alias of your SSH config or [user@]host (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), not starting with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port: %1 is not a TCP port (1–65535, or 0 for SSH&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work folder: “%1” is not allowed: use letters, digits and ._+-/ (optionally starting with ~/), with no &apos;..&apos; and no part starting with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work folder: “%1” is a whole file system or home; name a folder inside it, e.g. ~/bertlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” holds characters Slurm does not take (use letters, digits and ._:,=/+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler: “%1” is not direct or slurm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination: “%1” has port 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime: “%1” is not one BertLab can run (bertlab or tensorflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python: “%1” is not allowed: a command such as python3, or a path of letters, digits and ._+-/ (optionally starting with ~/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy: “%1” is not one of auto, tpu, gpu, cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after fetch: one command line, please</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::RemoteJobs</name>
    <message>
        <source>%1: %2 (exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage %1 for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temporary folder&apos;s path holds a quote: set TMPDIR to a plain folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: job %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: following job %2 stopped (exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: job %2 has no outputs yet (it has not succeeded): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: job %2&apos;s output list has an entry BertLab will not fetch: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the job folder&apos;s path holds a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 arrived damaged (SHA-256 differs); fetch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the outputs into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the work folder %2 has %3 MB free, but this job&apos;s inputs need %4 MB. Free some space there (finished jobs are in %2/jobs) or choose another work folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: job %2 is %3: cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 there cannot import tensorflow, so the job cannot run; Check the host on the Remote page (or `bertlab-cli remote check %1`) for how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the batch size %2 does not divide by the %3 %4 devices TensorFlow sees there (each takes an equal share of every batch): choose a multiple of %3</source>
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
    <name>bertlab::core::SentenceTransformersConfig</name>
    <message>
        <source>%1 pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, normalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, up to %1 tokens</source>
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
    <name>bertlab::core::SshChannel</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
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
    <message>
        <source>%1: no column &apos;%2&apos; (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; to keep (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns to keep need a CSV or TSV file with a header row</source>
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
    <name>bertlab::core::Trainer</name>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss became %1 at step %2; try a lower learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the events: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::TrainingConfig</name>
    <message>
        <source>%1 is longer than the start model&apos;s %2 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hidden size %1 does not divide by %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a training file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 4 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates are between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the [MASK] share plus the random share is more than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1 (or give max_steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (use epochs) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of 0 or more, like 1e-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (no clipping) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (off) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping needs validation data: give a validation file or hold out part of the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder for the checkpoints and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (only at the end) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no [MASK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not BertLab training settings (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: settings version %2; this BertLab reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not pretrain or classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not gelu, gelu_new or relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not google or keras-bert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one character, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::TrainingEventReader</name>
    <message>
        <source>line %1 is not a training event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: events of another format or version (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::TrainingReplay</name>
    <message>
        <source>%1: cannot read the run&apos;s events: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::Validation</name>
    <message>
        <source>unknown early-stopping monitor &quot;%1&quot; (val_loss, val_accuracy, val_mlm_accuracy, val_nsp_accuracy, val_macro_f1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::core::ZipReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip archive (no end-of-central-directory record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip64 archive (no zip64 end-of-directory locator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip64 archive (its end record lies beyond the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip64 archive (no zip64 end-of-directory record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip64 archive (truncated end record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archives split over several disks are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries is more than the %2 a model archive may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (its central directory lies outside the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the central directory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (%1 has no signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (%1 is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (%1 has a short zip64 field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (%1 has a name that is not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; lies outside the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; has no local header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; has another name in its local header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; lies beyond the end of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is %2 bytes, more than the %3 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed entries are not supported (method %1); PyTorch stores tensors uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored entry&apos;s sizes differ (%1 and %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1..%2 are outside its %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lies beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (its CRC-32 does not match)</source>
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
    <message>
        <source>imported</source>
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
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::LabelProbabilityModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 (number %2 of the model&apos;s labels): %3</source>
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
    <message>
        <source>Google TF checkpoint, or Hugging Face safetensors or PyTorch pytorch_model.bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face (PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keras-bert (HDF5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler, masked-LM, next-sentence and classifier heads found in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classifier (labels %1)</source>
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
    <name>bertlab::widgets::ProbeList</name>
    <message>
        <source>no guesses yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ProbeListModel</name>
    <message>
        <source>%1
No guesses yet: they come with the first probe of the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[MASK] %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::SchedulePreview</name>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %L1: learning rate %2</source>
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
        <source>Line %1 of the file; its texts are row %2 of the output (the first text is row 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file is skipped: no row in the output</source>
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
    <name>bertlab::widgets::TrainingChart</name>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic value axis (values at or below zero are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all the data again after zooming or panning (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logarithmic Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale, zoom and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (step %3)</source>
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
    <message>
        <source>Model folder to open (default: the last model opened, or the BertLab demo model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open MODEL (default: the demo model) with an example text, save a picture of every page into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
