<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EmbeddingWriter</name>
    <message>
        <source>cannot update the .npy header</source>
        <translation>无法更新 .npy 文件头</translation>
    </message>
</context>
<context>
    <name>FillMask</name>
    <message>
        <source>This model has no masked-language-model (MLM) head, so it cannot predict masked words.</source>
        <translation>此模型没有掩码语言模型（MLM）头，因此无法预测被掩码的词。</translation>
    </message>
</context>
<context>
    <name>ModelBundle</name>
    <message>
        <source>%1: has %2 tokens but the model&apos;s vocab_size is %3.</source>
        <translation>%1：包含 %2 个词元，但模型的 vocab_size 为 %3。</translation>
    </message>
</context>
<context>
    <name>bertlab::app::AboutDialog</name>
    <message>
        <source>About BertLab</source>
        <translation>关于 BertLab</translation>
    </message>
    <message>
        <source>A desktop workbench for BERT: tokenize, predict masked words, look at attention, extract embeddings and train models, on an engine of its own.</source>
        <translation>BERT 桌面工作台：分词、预测被遮盖的词、查看注意力、提取嵌入并训练模型，使用自己的计算引擎。</translation>
    </message>
    <message>
        <source>Licence: %1. BertLab is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>许可证：%1。BertLab 是自由软件：您可以依照 GNU 通用公共许可证第 3 版或更高版本的条款分享和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Compute: oneDNN uses &lt;b&gt;%1&lt;/b&gt; on this CPU. Built with %2.</source>
        <translation>计算：oneDNN 在此 CPU 上使用 &lt;b&gt;%1&lt;/b&gt;。编译器：%2。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>bertlab::app::Askpass</name>
    <message>
        <source>Trust This Host?</source>
        <translation>信任此主机？</translation>
    </message>
    <message>
        <source>BertLab connects to this host for the first time. Trust its key only if the fingerprint below is the one its administrator gives you.</source>
        <translation>BertLab 首次连接此主机。只有当下面的指纹与其管理员提供的一致时，才信任它的密钥。</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>SSH Asks</source>
        <translation>SSH 询问</translation>
    </message>
    <message>
        <source>(BertLab does not store it.)</source>
        <translation>（BertLab 不会保存它。）</translation>
    </message>
</context>
<context>
    <name>bertlab::app::AttentionPage</name>
    <message>
        <source>Layer shown in the large view and the head view</source>
        <translation>大图和头视图中显示的层</translation>
    </message>
    <message>
        <source>Head shown in the large view (click a thumbnail in the grid to choose both)</source>
        <translation>大图中显示的注意力头（在网格中点击缩略图可同时选择层和头）</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>层(&amp;Y)：</translation>
    </message>
    <message>
        <source>H&amp;ead:</source>
        <translation>头(&amp;E)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Switch every head on</source>
        <translation>开启所有注意力头</translation>
    </message>
    <message>
        <source>&amp;Mean over heads</source>
        <translation>各头平均(&amp;M)</translation>
    </message>
    <message>
        <source>Show the average of the switched-on heads instead of one head</source>
        <translation>显示已开启注意力头的平均值，而不是单个头</translation>
    </message>
    <message>
        <source>H&amp;ide [CLS]/[SEP]</source>
        <translation>隐藏 [CLS]/[SEP](&amp;I)</translation>
    </message>
    <message>
        <source>Leave out the [CLS] and [SEP] rows and columns. The other weights are not rescaled, so a row then sums to less than 1.</source>
        <translation>省略 [CLS] 和 [SEP] 所在的行和列。其余权重不会重新缩放，因此每行之和会小于 1。</translation>
    </message>
    <message>
        <source>Merge &amp;word pieces</source>
        <translation>合并子词(&amp;W)</translation>
    </message>
    <message>
        <source>Show each word once: its pieces&apos; weights as keys are added up, as queries averaged</source>
        <translation>每个词只显示一次：其子词作为键时权重相加，作为查询时取平均</translation>
    </message>
    <message>
        <source>A → B</source>
        <translation>A → B</translation>
    </message>
    <message>
        <source>B → A</source>
        <translation>B → A</translation>
    </message>
    <message>
        <source>For a sentence pair: all tokens, how the first text attends to the second (A → B), or the second to the first (B → A)</source>
        <translation>对于句子对：全部词元、第一段文本对第二段的注意力（A → B），或第二段对第一段的注意力（B → A）</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>区块(&amp;B)：</translation>
    </message>
    <message>
        <source>Computing attention…</source>
        <translation>正在计算注意力…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the view shown (grid, large view or head view) as a PNG image</source>
        <translation>将当前显示的视图（网格、大图或头视图）保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Save the view shown (grid, large view or head view) as an SVG drawing</source>
        <translation>将当前显示的视图（网格、大图或头视图）保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the large view&apos;s matrix (current layer and head, options applied) as CSV</source>
        <translation>将大图的矩阵（当前层和头，已应用选项）保存为 CSV</translation>
    </message>
    <message>
        <source>Every head of every layer; click one (or press Enter) to see it large</source>
        <translation>每一层的每个注意力头；点击其中一个（或按 Enter）查看大图</translation>
    </message>
    <message>
        <source>Queries on the left attend to keys on the right; a line&apos;s opacity is the weight. Point at a token to see only its lines.</source>
        <translation>左侧的查询关注右侧的键；连线的不透明度即为权重。指向某个词元可只显示它的连线。</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Large view</source>
        <translation>大图(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Head view</source>
        <translation>头视图(&amp;H)</translation>
    </message>
    <message>
        <source>Layers × heads: one small heatmap per head (Alt+G)</source>
        <translation>层 × 头：每个注意力头一张小热力图（Alt+G）</translation>
    </message>
    <message>
        <source>One head with token labels; point at a square for its exact weight (Alt+L)</source>
        <translation>单个注意力头，带词元标签；指向方格可查看其精确权重（Alt+L）</translation>
    </message>
    <message>
        <source>One layer&apos;s heads as lines between tokens, like bertviz (Alt+H)</source>
        <translation>将一层的各注意力头显示为词元之间的连线，类似 bertviz（Alt+H）</translation>
    </message>
    <message>
        <source>Open a model to see how its tokens attend to each other.</source>
        <translation>打开模型以查看其词元之间如何相互关注。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Attention weights of every layer and head: grid, large heatmap and head view</source>
        <translation>每一层、每个注意力头的注意力权重：网格、大热力图和头视图</translation>
    </message>
    <message>
        <source>Open a model (File ▸ Open Model…) to see how its tokens attend to each other.</source>
        <translation>打开模型（文件 ▸ 打开模型…）以查看其词元之间如何相互关注。</translation>
    </message>
    <message>
        <source>Type a text (or a sentence pair) above to see its attention.</source>
        <translation>在上方输入文本（或句子对）以查看其注意力。</translation>
    </message>
    <message>
        <source>Could not compute attention: %1</source>
        <translation>无法计算注意力：%1</translation>
    </message>
    <message>
        <source>All tokens, how the first text attends to the second (A → B), or the second to the first (B → A)</source>
        <translation>全部词元、第一段文本对第二段的注意力（A → B），或第二段对第一段的注意力（B → A）</translation>
    </message>
    <message>
        <source>Only for a sentence pair: switch on “Sentence pair” in the input above</source>
        <translation>仅适用于句子对：请在上方输入区开启“句子对”</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Layer %1: no heads switched on</source>
        <translation>第 %1 层：未开启任何注意力头</translation>
    </message>
    <message>
        <source>Layer %1, mean of heads %2</source>
        <translation>第 %1 层，注意力头 %2 的平均值</translation>
    </message>
    <message>
        <source>Layer %1, head %2: rows are queries, columns the keys they attend to</source>
        <translation>第 %1 层，注意力头 %2：行为查询，列为其关注的键</translation>
    </message>
    <message>
        <source>Layer %1, mean of the switched-on heads</source>
        <translation>第 %1 层，已开启注意力头的平均值</translation>
    </message>
    <message>
        <source>Layer %1: one colour per head, as the head buttons above show</source>
        <translation>第 %1 层：每个注意力头一种颜色，与上方的头按钮一致</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not encode the PNG image for %1</source>
        <translation>无法为 %1 编码 PNG 图像</translation>
    </message>
    <message>
        <source>Heads shown:</source>
        <translation>显示的头：</translation>
    </message>
    <message>
        <source>Heads drawn in the head view and averaged by “Mean over heads”. Ctrl+click a head (or right-click it) to show only that one.</source>
        <translation>头视图中绘制、并由“按头平均”参与平均的头。Ctrl+单击某个头（或右键单击）即只显示这一个。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Switch every head off, to switch on just the ones to compare</source>
        <translation>关闭所有头，再只打开要比较的那些</translation>
    </message>
    <message>
        <source>Head %1: show it in the head view and include it in the mean (Ctrl+click or right-click: only this head)</source>
        <translation>头 %1：在头视图中显示并参与平均（Ctrl+单击或右键单击：只显示此头）</translation>
    </message>
    <message>
        <source>Only H%1</source>
        <translation>只显示 H%1</translation>
    </message>
    <message>
        <source>All Heads</source>
        <translation>所有头</translation>
    </message>
    <message>
        <source>No Heads</source>
        <translation>不显示任何头</translation>
    </message>
    <message>
        <source>Attention of every layer and head</source>
        <translation>每一层每个头的注意力</translation>
    </message>
    <message>
        <source>Layer %1, head view</source>
        <translation>第 %1 层，头视图</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>A: %1   B: %2</source>
        <translation>A：%1   B：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::app::ClassifyPage</name>
    <message>
        <source>Prediction for the text</source>
        <translation>文本的预测</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>正在分类…</translation>
    </message>
    <message>
        <source>The most probable label for the text and its probability</source>
        <translation>该文本最可能的标签及其概率</translation>
    </message>
    <message>
        <source>Every label of the classifier with its probability, most probable first (they add up to 100 %)</source>
        <translation>分类器的每个标签及其概率，最可能的在前（合计 100 %）</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Run a fine-tuned classifier: the label probabilities of the text, or of every text of a file into a CSV</source>
        <translation>运行微调过的分类器：文本的标签概率，或把文件中每条文本的标签概率写入 CSV</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>对文件分类</translation>
    </message>
    <message>
        <source>Classify every text of a file (one per line, a tab splits a pair; or a CSV/TSV with a header) and write a CSV: index, text, label, probability and one probability column per label. You can also drop a file on this page.</source>
        <translation>对文件中的每条文本分类（每行一条，制表符分隔句对；或带表头的 CSV/TSV），并写出 CSV：序号、文本、标签、概率，以及每个标签一列概率。也可以把文件拖放到本页。</translation>
    </message>
    <message>
        <source>A text file, .csv or .tsv</source>
        <translation>文本文件、.csv 或 .tsv</translation>
    </message>
    <message>
        <source>The texts to classify: one per line (a tab splits a sentence pair), or a CSV/TSV file whose first row names the columns</source>
        <translation>要分类的文本：每行一条（制表符分隔句对），或首行为列名的 CSV/TSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file of texts to classify</source>
        <translation>选择要分类的文本文件</translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation>文本行</translation>
    </message>
    <message>
        <source>CSV with a header</source>
        <translation>带表头的 CSV</translation>
    </message>
    <message>
        <source>TSV with a header</source>
        <translation>带表头的 TSV</translation>
    </message>
    <message>
        <source>How the file is read; chosen from its extension, change it if that is wrong</source>
        <translation>文件的读取方式；按扩展名选择，若不对请更改</translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation>文本列(&amp;T)：</translation>
    </message>
    <message>
        <source>The column that holds the text to classify</source>
        <translation>存放待分类文本的列</translation>
    </message>
    <message>
        <source>S&amp;econd text:</source>
        <translation>第二文本(&amp;E)：</translation>
    </message>
    <message>
        <source>For a sentence-pair classifier: the column of the second text</source>
        <translation>用于句对分类器：第二个文本所在的列</translation>
    </message>
    <message>
        <source>predictions.csv</source>
        <translation>predictions.csv</translation>
    </message>
    <message>
        <source>The CSV of predictions to write; it appears only when every text is done, and an existing file is replaced only after you agree</source>
        <translation>要写出的预测 CSV；所有文本完成后才会出现，已有文件须经您同意才会被替换</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose where to write the predictions</source>
        <translation>选择预测结果的保存位置</translation>
    </message>
    <message>
        <source>&amp;Classify File</source>
        <translation>分类文件(&amp;C)</translation>
    </message>
    <message>
        <source>Classify every text of the file and write the CSV (Ctrl+Return)</source>
        <translation>对文件中的每条文本分类并写出 CSV（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new predictions?</source>
        <translation>%1 已存在。要用新的预测结果替换它吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop: nothing is written and an earlier file stays as it was (Esc)</source>
        <translation>停止：不写出任何内容，之前的文件保持原样（Esc）</translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation>文件已读取的比例</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>读取为：</translation>
    </message>
    <message>
        <source>O&amp;utput CSV:</source>
        <translation>输出 CSV(&amp;U)：</translation>
    </message>
    <message>
        <source>Open a fine-tuned classifier to classify texts.</source>
        <translation>请打开一个微调过的分类器来对文本分类。</translation>
    </message>
    <message>
        <source>This model (%1) has no classifier head, so there are no labels to predict. Fine-tune one on the Train page (task: Classify), or open a Hugging Face BertForSequenceClassification folder or a checkpoint of Google&apos;s run_classifier.py.</source>
        <translation>此模型（%1）没有分类头，因此没有可预测的标签。请在“训练”页微调一个（任务：分类），或打开 Hugging Face 的 BertForSequenceClassification 文件夹，或 Google run_classifier.py 的检查点。</translation>
    </message>
    <message>
        <source>Type a text (or a sentence pair) above to see the classifier&apos;s labels for it.</source>
        <translation>在上方输入文本（或句对），即可看到分类器给出的标签。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Texts to Classify</source>
        <translation>要分类的文本</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv *.tab);;All files (*)</source>
        <translation>文本 (*.txt *.csv *.tsv *.tab);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Write Predictions To</source>
        <translation>预测结果写入</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 has no header row to name its columns; it cannot be read as a table.</source>
        <translation>%1 没有命名各列的表头行，无法作为表格读取。</translation>
    </message>
    <message>
        <source>Open a model with a classifier head first</source>
        <translation>请先打开带分类头的模型</translation>
    </message>
    <message>
        <source>Choose the file of texts first</source>
        <translation>请先选择文本文件</translation>
    </message>
    <message>
        <source>Choose where to write the predictions first</source>
        <translation>请先选择预测结果的保存位置</translation>
    </message>
    <message>
        <source>Reading the file&apos;s header…</source>
        <translation>正在读取文件表头…</translation>
    </message>
    <message>
        <source>The output would replace the input %1: choose another name.</source>
        <translation>输出会替换输入文件 %1：请换一个名字。</translation>
    </message>
    <message>
        <source>%1 exists and was left as it is.</source>
        <translation>%1 已存在，保持原样未动。</translation>
    </message>
    <message>
        <source>Classifying %1…</source>
        <translation>正在分类 %1…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written; %1 is as it was.</source>
        <translation>已取消：未写出任何内容；%1 保持原样。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写出任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n text(s) classified into %1.</source>
        <translation>
            <numerusform>完成：已将 %n 条文本分类并写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (the first, line %1: %2).</source>
        <translation>
            <numerusform>跳过 %n 行（第一处，第 %1 行：%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractInputsPanel</name>
    <message>
        <source>Input files</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add text files (one text per line, a tab splits a sentence pair) or CSV/TSV files with a header row (Ctrl+Shift+O). You can also drop files onto this page.</source>
        <translation>添加文本文件（每行一段文本，制表符分隔句子对）或带表头行的 CSV/TSV 文件（Ctrl+Shift+O）。也可以将文件拖放到此页面。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Delete)</source>
        <translation>从列表中移除所选文件（Delete）</translation>
    </message>
    <message>
        <source>Add &amp;Sample</source>
        <translation>添加示例(&amp;S)</translation>
    </message>
    <message>
        <source>Add sentences.txt, 400 everyday sentences from WordNet that ship with BertLab, to try extraction without a file of your own</source>
        <translation>添加 BertLab 自带的 sentences.txt（来自 WordNet 的 400 个日常句子），无需自己的文件即可试用提取</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>或将文件拖放到此处</translation>
    </message>
    <message>
        <source>The files to extract, in the order they run. Select one to see how it is read.</source>
        <translation>要提取的文件，按运行顺序排列。选中一个可查看其读取方式。</translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation>文本行</translation>
    </message>
    <message>
        <source>CSV with header</source>
        <translation>带表头的 CSV</translation>
    </message>
    <message>
        <source>TSV with header</source>
        <translation>带表头的 TSV</translation>
    </message>
    <message>
        <source>Text lines: one text per line, a tab splits a sentence pair, an empty line keeps its (empty) row.
CSV/TSV: the first row names the columns; choose the text column below. Files are read as UTF-8.</source>
        <translation>文本行：每行一段文本，制表符分隔句子对，空行保留其（空）行。
CSV/TSV：第一行为列名；请在下方选择文本列。文件按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>Rea&amp;d as:</source>
        <translation>读取方式(&amp;D)：</translation>
    </message>
    <message>
        <source>The column whose text is embedded</source>
        <translation>要计算嵌入的文本所在的列</translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation>文本列(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional: a column with the second text of a sentence pair (embedded together as A [SEP] B)</source>
        <translation>可选：包含句子对第二段文本的列（以 A [SEP] B 的形式一起计算嵌入）</translation>
    </message>
    <message>
        <source>Second te&amp;xt:</source>
        <translation>第二段文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Add a file to see its first rows here.</source>
        <translation>添加文件后，此处将显示其前几行。</translation>
    </message>
    <message>
        <source>The first rows of the selected file as the run will read them; the columns that are embedded are tinted</source>
        <translation>所选文件的前几行，按运行时的读取方式显示；要计算嵌入的列以底色标出</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 has no texts.</source>
        <translation>%1 中没有文本。</translation>
    </message>
    <message>
        <source>The first rows of %1, one text per line (UTF-8); a tab splits a sentence pair.</source>
        <translation>%1 的前几行，每行一段文本（UTF-8）；制表符分隔句子对。</translation>
    </message>
    <message numerus="yes">
        <source>The first rows of %1 (UTF-8); the text columns are tinted. %n column(s) in all.</source>
        <translation>
            <numerusform>%1 的前几行（UTF-8）；文本列以底色标出。共 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Input Files</source>
        <translation>添加输入文件</translation>
    </message>
    <message>
        <source>Texts and tables (*.txt *.csv *.tsv *.tab *.text);;All files (*)</source>
        <translation>文本和表格 (*.txt *.csv *.tsv *.tab *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Input columns to copy into the output beside the features (an id, a label…), after the index</source>
        <translation>复制到输出中、与特征并列的输入列（如 id、标签…），位于序号之后</translation>
    </message>
    <message>
        <source>Keep columns: none</source>
        <translation>保留列：无</translation>
    </message>
    <message>
        <source>Keep columns: %1</source>
        <translation>保留列：%1</translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractOptionsForm</name>
    <message>
        <source>MAX: each feature&apos;s largest value over the text&apos;s tokens</source>
        <translation>MAX：每个特征在文本各词元上的最大值</translation>
    </message>
    <message>
        <source>AVE: each feature&apos;s mean over the text&apos;s tokens</source>
        <translation>AVE：每个特征在文本各词元上的平均值</translation>
    </message>
    <message>
        <source>MAX over the tokens</source>
        <translation>MAX（各词元取最大值）</translation>
    </message>
    <message>
        <source>AVE over the tokens</source>
        <translation>AVE（各词元取平均值）</translation>
    </message>
    <message>
        <source>Model maximum (%1)</source>
        <translation>模型最大值（%1）</translation>
    </message>
    <message>
        <source>Model maximum</source>
        <translation>模型最大值</translation>
    </message>
    <message>
        <source>Output layers: give a number of last layers, or layer indices like 0,-1.</source>
        <translation>输出层：请输入最后几层的层数，或类似 0,-1 的层索引。</translation>
    </message>
    <message>
        <source>Output layers: %1</source>
        <translation>输出层：%1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>最后(&amp;L)</translation>
    </message>
    <message>
        <source> layer(s)</source>
        <translation> 层</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>指定层(&amp;Y)</translation>
    </message>
    <message>
        <source>e.g. 0,-1</source>
        <translation>例如 0,-1</translation>
    </message>
    <message>
        <source>Output layers:</source>
        <translation>输出层：</translation>
    </message>
    <message>
        <source>Tick the poolings to get one row per text; their blocks are concatenated from top to bottom (as keras-bert&apos;s poolings list). Drag, or use the arrows (Alt+Up/Down), to change the order.
None ticked: one row per token.</source>
        <translation>勾选池化方式可为每段文本得到一行；各池化块按从上到下的顺序拼接（同 keras-bert 的 poolings 列表）。拖动或使用箭头按钮（Alt+Up/Down）可调整顺序。
不勾选：每个词元一行。</translation>
    </message>
    <message>
        <source>Move the selected pooling up: its block comes earlier in each row (Alt+Up)</source>
        <translation>上移所选池化方式：其块在每行中更靠前（Alt+Up）</translation>
    </message>
    <message>
        <source>Move the selected pooling down: its block comes later in each row (Alt+Down)</source>
        <translation>下移所选池化方式：其块在每行中更靠后（Alt+Down）</translation>
    </message>
    <message>
        <source>Pooling:</source>
        <translation>池化：</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source>Longer texts are cut to this many tokens, [CLS] and [SEP] included (keras-bert&apos;s seq_len)</source>
        <translation>更长的文本会被截断为这么多词元，包括 [CLS] 和 [SEP]（keras-bert 的 seq_len）</translation>
    </message>
    <message>
        <source>&amp;Max length:</source>
        <translation>最大长度(&amp;M)：</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Split into windows and average</source>
        <translation>分成多个窗口并取平均</translation>
    </message>
    <message>
        <source>A text longer than the maximum length is either cut, or split into consecutive windows that each run on their own: pooled rows average the windows (weighted by their token counts), per-token rows follow the whole text. Sentence pairs are always cut</source>
        <translation>超过最大长度的文本要么被截断，要么被切分为多个连续的窗口，每个窗口单独运行：池化行对各窗口取平均（按各窗口的词元数加权），逐词元的行则覆盖整段文本。句子对始终被截断</translation>
    </message>
    <message>
        <source>&amp;Long texts:</source>
        <translation>长文本(&amp;L)：</translation>
    </message>
    <message>
        <source> texts</source>
        <translation> 段文本</translation>
    </message>
    <message>
        <source>Texts per forward pass: larger batches are faster up to a point and use more memory; the numbers do not change</source>
        <translation>每次前向传播处理的文本数：在一定范围内批次越大越快，但占用更多内存；结果数值不变</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>The tokenizer options set on the Tokenize page (Ctrl+1); a run uses them as they are when it starts</source>
        <translation>在“分词”页面（Ctrl+1）设置的分词器选项；运行时使用开始那一刻的设置</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>TSV (.tsv)</source>
        <translation>TSV (.tsv)</translation>
    </message>
    <message>
        <source>NumPy (.npy + .index.csv)</source>
        <translation>NumPy (.npy + .index.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <source>Output &amp;format:</source>
        <translation>输出格式(&amp;F)：</translation>
    </message>
    <message>
        <source> significant digits</source>
        <translation> 位有效数字</translation>
    </message>
    <message>
        <source>Digits written per number in text formats; 9 gives back the exact 32-bit float, fewer make smaller files (NumPy files always hold exact floats)</source>
        <translation>文本格式中每个数字写出的位数；9 位可精确还原 32 位浮点数，位数越少文件越小（NumPy 文件始终保存精确的浮点数）</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>Next to each input file</source>
        <translation>各输入文件所在文件夹</translation>
    </message>
    <message>
        <source>Where the outputs go, named &lt;input name&gt;.embeddings.&lt;format&gt;; empty: next to each input file</source>
        <translation>输出文件的存放位置，命名为 &lt;输入文件名&gt;.embeddings.&lt;格式&gt;；留空：各输入文件所在文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Output f&amp;older:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Skip it, list it in the summary</source>
        <translation>跳过该行，并在摘要中列出</translation>
    </message>
    <message>
        <source>Stop that file</source>
        <translation>停止处理该文件</translation>
    </message>
    <message>
        <source>What to do with a line that is not valid UTF-8 or longer than 1 MiB. Skipped lines leave a gap in the index column, so rows still match input lines.</source>
        <translation>遇到不是有效 UTF-8 或超过 1 MiB 的行时如何处理。跳过的行会在索引列中留下空缺，因此各行仍与输入行对应。</translation>
    </message>
    <message>
        <source>On a &amp;bad line:</source>
        <translation>遇到错误行时(&amp;B)：</translation>
    </message>
    <message>
        <source>Keep the partial file</source>
        <translation>保留不完整的文件</translation>
    </message>
    <message>
        <source>Remove the partial file</source>
        <translation>删除不完整的文件</translation>
    </message>
    <message>
        <source>A cancelled run keeps the complete rows written so far as &lt;name&gt;.embeddings.partial.&lt;format&gt;, or removes it</source>
        <translation>取消运行时，将已写入的完整行保留为 &lt;名称&gt;.embeddings.partial.&lt;格式&gt;，或将其删除</translation>
    </message>
    <message>
        <source>When &amp;cancelled:</source>
        <translation>取消时(&amp;C)：</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Google BERT</source>
        <translation>Google BERT</translation>
    </message>
    <message>
        <source>keras-bert</source>
        <translation>keras-bert</translation>
    </message>
    <message>
        <source>%1, %2 (set on the Tokenize page)</source>
        <translation>%1，%2（在“分词”页面设置）</translation>
    </message>
    <message>
        <source>cased</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>uncased</source>
        <translation>不区分大小写</translation>
    </message>
    <message>
        <source>Give layer indices separated by commas, like 0,-1.</source>
        <translation>请输入以逗号分隔的层索引，例如 0,-1。</translation>
    </message>
    <message numerus="yes">
        <source>The last %n layer(s), earliest first.</source>
        <translation>
            <numerusform>最后 %n 层，从较早的层开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>These layers, in this order.</source>
        <translation>这些层，按此顺序。</translation>
    </message>
    <message>
        <source>None ticked: one row per token. Tick poolings for one row per text.</source>
        <translation>不勾选：每个词元一行。勾选池化方式则每段文本一行。</translation>
    </message>
    <message>
        <source>Each row: index, text, then %1.</source>
        <translation>每行：索引、文本，然后是 %1。</translation>
    </message>
    <message>
        <source>NSP: the vector of the first token, [CLS], which BERT trains to sum up the whole text for next-sentence prediction (keras-bert&apos;s &quot;NSP&quot; pooling)</source>
        <translation>NSP：第一个词元 [CLS] 的向量，BERT 在下一句预测中训练它概括整段文本（keras-bert 的“NSP”池化）</translation>
    </message>
    <message>
        <source>Whole text: the [CLS] vector (NSP)</source>
        <translation>整段文本：[CLS] 向量（NSP）</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>As &amp;sentence-transformers: %1</source>
        <translation>按 &amp;sentence-transformers 方式：%1</translation>
    </message>
    <message>
        <source>Compute what SentenceTransformer.encode gives for this model: the last layer, the pooling and normalization its modules.json names, up to its max_seq_length tokens. Untick to choose the layers and poolings yourself.</source>
        <translation>计算 SentenceTransformer.encode 对此模型给出的结果：最后一层、其 modules.json 指定的池化与归一化，最多 max_seq_length 个词元。取消勾选则自行选择层与池化方式。</translation>
    </message>
    <message>
        <source>Set by the model&apos;s modules.json: one row per text, as SentenceTransformer.encode gives it.</source>
        <translation>由模型的 modules.json 决定：每条文本一行，与 SentenceTransformer.encode 的结果相同。</translation>
    </message>
    <message>
        <source>Which encoder layers&apos; outputs make up the features, concatenated in this order.
Last N: the last N layers, earliest first (as keras-bert&apos;s output_layer_num=N).
Layers: indices separated by commas, 0 = the first encoder layer (L1 on the Attention page), -1 = the last.
The output&apos;s columns say where each feature comes from: nsp_l12_0 is dimension 0 of the [CLS] vector of L12.</source>
        <translation>由哪些编码器层的输出组成特征，按此顺序拼接。
最后 N 层：最后 N 层，较早的在前（同 keras-bert 的 output_layer_num=N）。
指定层：以逗号分隔的索引，0 = 第一个编码器层（注意力页的 L1），-1 = 最后一层。
输出的列名说明每个特征的来源：nsp_l12_0 是 L12 的 [CLS] 向量的第 0 维。</translation>
    </message>
    <message>
        <source>CSV/TSV: one row per text (index, kept columns, text, then features named like nsp_l12_0: pooling, layer, dimension) or per token, for spreadsheets.
NumPy: one float32 matrix, with an index CSV that says what each row is.
JSON Lines: one JSON object per text.</source>
        <translation>CSV/TSV：每条文本一行（序号、保留的列、文本，然后是形如 nsp_l12_0 的特征列：池化方式、层、维度）或每个词元一行，便于电子表格使用。
NumPy：一个 float32 矩阵，并附一个说明每行含义的索引 CSV。
JSON Lines：每条文本一个 JSON 对象。</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>%1, in this order. This model has L1–L%2: index 0 is L1, -1 is L%2.</source>
        <translation>%1，按此顺序。此模型有 L1–L%2：索引 0 是 L1，-1 是 L%2。</translation>
    </message>
</context>
<context>
    <name>bertlab::app::ExtractPage</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Run the extraction to see its summary here.</source>
        <translation>运行提取后，此处将显示其摘要。</translation>
    </message>
    <message>
        <source>What the last run wrote: rows, columns, time, skipped lines and output files</source>
        <translation>上次运行写入的内容：行数、列数、耗时、跳过的行和输出文件</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Show the folder with the output files in the file manager</source>
        <translation>在文件管理器中显示输出文件所在的文件夹</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>Extract the embeddings of every listed file, one after the other (Ctrl+Return)</source>
        <translation>依次提取列表中每个文件的嵌入（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the run after the current batch (Esc)</source>
        <translation>在当前批次完成后停止运行（Esc）</translation>
    </message>
    <message>
        <source>Progress over all files, by the bytes read</source>
        <translation>所有文件的总进度，按已读取的字节计算</translation>
    </message>
    <message>
        <source>Texts done, speed and estimated time left</source>
        <translation>已完成的文本数、速度和预计剩余时间</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Embeddings of every text in files, to CSV, TSV, NumPy or JSON Lines (as keras-bert&apos;s extract_embeddings)</source>
        <translation>将文件中每段文本的嵌入导出为 CSV、TSV、NumPy 或 JSON Lines（同 keras-bert 的 extract_embeddings）</translation>
    </message>
    <message>
        <source>Open a model folder (File ▸ Open Model…) to extract embeddings. You can add files and set the options meanwhile.</source>
        <translation>打开模型文件夹（文件 ▸ 打开模型…）以提取嵌入。在此期间可以先添加文件并设置选项。</translation>
    </message>
    <message>
        <source>Open a model folder to extract embeddings.</source>
        <translation>打开模型文件夹以提取嵌入。</translation>
    </message>
    <message>
        <source>Add the files to extract first (Add Files…, or drop them onto the page).</source>
        <translation>请先添加要提取的文件（添加文件…，或将文件拖放到页面上）。</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>File %1 of %2 — %3: starting…</source>
        <translation>文件 %1/%2 — %3：正在开始…</translation>
    </message>
    <message>
        <source>File %1 of %2 — %3: %L4 texts · %L5 texts/s</source>
        <translation>文件 %1/%2 — %3：%L4 段文本 · %L5 段/秒</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 约剩 %1</translation>
    </message>
    <message>
        <source>Running: %1 %</source>
        <translation>正在运行：%1%</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled, removed</source>
        <translation>已取消，已删除</translation>
    </message>
    <message>
        <source>Cancelled: %L1 rows kept</source>
        <translation>已取消：保留 %L1 行</translation>
    </message>
    <message>
        <source>Done: %L1 rows, %L2 skipped</source>
        <translation>完成：%L1 行，跳过 %L2 行</translation>
    </message>
    <message>
        <source>Done: %L1 rows</source>
        <translation>完成：%L1 行</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Finished with errors; see the summary.</source>
        <translation>已完成，但有错误；请查看摘要。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Not run: the run was cancelled before this file.</source>
        <translation>未运行：运行在处理此文件之前已被取消。</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Cancelled after %L1 texts.</source>
        <translation>处理 %L1 段文本后已取消。</translation>
    </message>
    <message>
        <source>%L1 rows × %L2 feature columns, from %L3 texts in %4 (%L5 texts/s).</source>
        <translation>%L1 行 × %L2 个特征列，来自 %L3 段文本，用时 %4（%L5 段/秒）。</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>The partial output was removed.</source>
        <translation>不完整的输出已删除。</translation>
    </message>
    <message>
        <source>Row index: %1</source>
        <translation>行索引：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (no row in the output):</source>
        <translation>
            <numerusform>跳过了 %n 行（输出中没有对应的行）：</numerusform>
        </translation>
    </message>
    <message>
        <source>line %L1: %2</source>
        <translation>第 %L1 行：%2</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… 另有 %L1 项</translation>
    </message>
    <message>
        <source>Cannot open %1 in a file manager.</source>
        <translation>无法在文件管理器中打开 %1。</translation>
    </message>
    <message>
        <source>Open a model folder first</source>
        <translation>请先打开模型文件夹</translation>
    </message>
    <message>
        <source>Add the files to extract first</source>
        <translation>请先添加要提取的文件</translation>
    </message>
    <message>
        <source>Add files to extract, then Run (Ctrl+Return).</source>
        <translation>添加要提取的文件，然后点击“运行”（Ctrl+Return）。</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n file(s).</source>
        <translation>
            <numerusform>就绪：%n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample&apos;s embeddings will be written to %1 (Output folder).</source>
        <translation>示例的嵌入将写入 %1（输出文件夹）。</translation>
    </message>
    <message>
        <source>Where the embeddings are computed: this computer, or a host added on the Remote page (each file and the model are sent there, the results come back here)</source>
        <translation>在哪里计算嵌入：本机，或在远程页添加的主机（每个文件和模型会发送到那里，结果取回到本机）</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>运行于(&amp;U)：</translation>
    </message>
    <message>
        <source>Sending the first file and the model to %1…</source>
        <translation>正在把第一个文件和模型发送到 %1…</translation>
    </message>
    <message>
        <source>Send every listed file to %1, extract there and bring the results back (Ctrl+Return)</source>
        <translation>把列表中的每个文件发送到 %1，在那里提取并把结果取回（Ctrl+Return）</translation>
    </message>
    <message>
        <source>No texts in it: the output has only its header</source>
        <translation>其中没有文本：输出只有表头</translation>
    </message>
    <message>
        <source>%1 holds no texts (empty, or every line was skipped): %2 has only its header.</source>
        <translation>%1 中没有文本（为空，或每一行都被跳过）：%2 只有表头。</translation>
    </message>
    <message numerus="yes">
        <source>%n output file(s) exist already.</source>
        <translation>
            <numerusform>已有 %n 个输出文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial file(s) of a cancelled run will be replaced.</source>
        <translation>
            <numerusform>已取消运行留下的 %n 个部分文件将被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs Exist</source>
        <translation>输出已存在</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip Finished Files</source>
        <translation>跳过已完成的文件(&amp;S)</translation>
    </message>
    <message>
        <source>Skipped: its output exists</source>
        <translation>已跳过：其输出已存在</translation>
    </message>
    <message>
        <source>Every file&apos;s output exists already: nothing to run.</source>
        <translation>每个文件的输出都已存在：没有需要运行的。</translation>
    </message>
    <message>
        <source>Cancelled at %p %</source>
        <translation>已在 %p % 处取消</translation>
    </message>
</context>
<context>
    <name>bertlab::app::HelpWindow</name>
    <message>
        <source>BertLab Manual</source>
        <translation>BertLab 用户手册</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退 (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+Right)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The list of sections</source>
        <translation>各章节列表</translation>
    </message>
</context>
<context>
    <name>bertlab::app::MainWindow</name>
    <message>
        <source>BertLab</source>
        <translation>BertLab</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Google TF checkpoint folder or a Hugging Face BERT folder</source>
        <translation>打开 Google TF 检查点文件夹或 Hugging Face BERT 文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1 — BertLab</source>
        <translation>%1 — BertLab</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Open a Google TF checkpoint folder or a Hugging Face BERT folder (Ctrl+O). You can also drop a model folder onto the window.</source>
        <translation>打开 Google TF 检查点文件夹或 Hugging Face BERT 文件夹（Ctrl+O）。也可以将模型文件夹拖放到窗口上。</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>未打开模型</translation>
    </message>
    <message>
        <source>The open model&apos;s folder</source>
        <translation>当前打开的模型所在的文件夹</translation>
    </message>
    <message>
        <source>The capital of France is [MASK].</source>
        <translation>法国的首都是[MASK]黎。</translation>
    </message>
    <message>
        <source>Select a word in the text (or put the cursor on it) to mask it.</source>
        <translation>选中文本中的一个词（或将光标置于其上）即可将其掩码。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source> The previous model is still open.</source>
        <translation> 之前的模型仍处于打开状态。</translation>
    </message>
    <message>
        <source>Open Model &amp;Archive…</source>
        <translation>打开模型压缩包(&amp;A)…</translation>
    </message>
    <message>
        <source>Unpack a downloaded model archive (zip, tar.gz, …) into the model store and open it</source>
        <translation>将下载的模型压缩包（zip、tar.gz、…）解压到模型库并打开</translation>
    </message>
    <message>
        <source>Open Model Archive</source>
        <translation>打开模型压缩包</translation>
    </message>
    <message>
        <source>Model archives (*.zip *.tar *.tgz *.tar.gz *.tbz2 *.tar.bz2 *.txz *.tar.xz)</source>
        <translation>模型压缩包 (*.zip *.tar *.tgz *.tar.gz *.tbz2 *.tar.bz2 *.txz *.tar.xz)</translation>
    </message>
    <message>
        <source>Unpacking %1 into the model store…</source>
        <translation>正在将 %1 解压到模型库…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>BertLab &amp;Manual</source>
        <translation>BertLab 用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>The user manual, opened at the current page&apos;s section (F1)</source>
        <translation>用户手册，打开到当前页面的章节 (F1)</translation>
    </message>
    <message>
        <source>About This &amp;Model</source>
        <translation>关于此模型(&amp;M)</translation>
    </message>
    <message>
        <source>The open model&apos;s card: what it was trained on, its licence and its training curves</source>
        <translation>当前模型的模型卡：训练数据、许可证和训练曲线</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Model</source>
        <translation>打开演示模型(&amp;D)</translation>
    </message>
    <message>
        <source>Open BertLab&apos;s small built-in model, which works offline</source>
        <translation>打开 BertLab 内置的小模型，无需联网即可使用</translation>
    </message>
    <message>
        <source>&amp;About BertLab</source>
        <translation>关于 BertLab(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The BertLab demo model is not installed (looked in %1). Open a model folder (Ctrl+O) or download one on the Models page.</source>
        <translation>未安装 BertLab 演示模型（已查找 %1）。请打开一个模型文件夹 (Ctrl+O)，或在“模型”页面下载一个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to BertLab.&lt;/b&gt; This is the &lt;b&gt;BertLab demo model&lt;/b&gt;, a small BERT trained on WordNet&apos;s definitions, so every page works right away, offline. For real work, &lt;a href=&quot;bertlab:models&quot;&gt;download a pretrained BERT&lt;/a&gt; on the Models page or &lt;a href=&quot;bertlab:open&quot;&gt;open a model folder&lt;/a&gt; (Ctrl+O). &lt;a href=&quot;bertlab:card&quot;&gt;What the demo model is&lt;/a&gt; · &lt;a href=&quot;bertlab:manual&quot;&gt;Manual&lt;/a&gt; (F1)</source>
        <translation>&lt;b&gt;欢迎使用 BertLab。&lt;/b&gt;当前打开的是 &lt;b&gt;BertLab 演示模型&lt;/b&gt;，一个用 WordNet 释义训练的小型 BERT，因此每个页面无需联网即可立即使用。如需实际工作，请在“模型”页面&lt;a href=&quot;bertlab:models&quot;&gt;下载预训练的 BERT&lt;/a&gt;，或&lt;a href=&quot;bertlab:open&quot;&gt;打开模型文件夹&lt;/a&gt; (Ctrl+O)。&lt;a href=&quot;bertlab:card&quot;&gt;演示模型是什么&lt;/a&gt; · &lt;a href=&quot;bertlab:manual&quot;&gt;用户手册&lt;/a&gt; (F1)</translation>
    </message>
    <message>
        <source> Opening the demo model instead.</source>
        <translation> 改为打开演示模型。</translation>
    </message>
    <message>
        <source>BertLab demo model</source>
        <translation>BertLab 演示模型</translation>
    </message>
    <message>
        <source>%1 (trained)</source>
        <translation>%1（训练所得）</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+8)</source>
        <translation>页面（Ctrl+1 … Ctrl+8）</translation>
    </message>
</context>
<context>
    <name>bertlab::app::ModelCardDialog</name>
    <message>
        <source>Model Card — %1</source>
        <translation>模型卡 — %1</translation>
    </message>
    <message>
        <source>This model folder has no README.md model card.</source>
        <translation>此模型文件夹没有 README.md 模型卡。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Masked-word accuracy</source>
        <translation>遮盖词准确率</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>No training log in this folder</source>
        <translation>此文件夹中没有训练日志</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>留出集</translation>
    </message>
</context>
<context>
    <name>bertlab::app::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Download pretrained BERT models, import your own and manage the model store</source>
        <translation>下载预训练的 BERT 模型、导入自己的模型并管理模型库</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <source>Show only models whose name or id contains this text</source>
        <translation>仅显示名称或 id 包含此文本的模型</translation>
    </message>
    <message>
        <source>Show only models of this language</source>
        <translation>仅显示此语言的模型</translation>
    </message>
    <message>
        <source>Show only models of this hidden size (small models download and run faster)</source>
        <translation>仅显示此隐藏维度的模型（小模型下载和运行更快）</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意大小</translation>
    </message>
    <message>
        <source>Tiny (hidden ≤ 256)</source>
        <translation>微型（隐藏维度 ≤ 256）</translation>
    </message>
    <message>
        <source>Small (hidden 512)</source>
        <translation>小型（隐藏维度 512）</translation>
    </message>
    <message>
        <source>Base (hidden 768)</source>
        <translation>基础（隐藏维度 768）</translation>
    </message>
    <message>
        <source>Large (hidden ≥ 1024)</source>
        <translation>大型（隐藏维度 ≥ 1024）</translation>
    </message>
    <message>
        <source>Models that can be downloaded; double-click one to download it</source>
        <translation>可下载的模型；双击其中一个即可下载</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download the selected model, verify it and install it into the store</source>
        <translation>下载所选模型，校验后安装到模型库中</translation>
    </message>
    <message>
        <source>Add your own model</source>
        <translation>添加自己的模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A name for the model; it also becomes its folder name in the store</source>
        <translation>模型的名称；它也会成为该模型在模型库中的文件夹名</translation>
    </message>
    <message>
        <source>https://… URL of a .zip or .tar.gz</source>
        <translation>.zip 或 .tar.gz 的 https://… URL</translation>
    </message>
    <message>
        <source>Where to download the model archive from (http or https)</source>
        <translation>从何处下载模型压缩包（http 或 https）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add this model to the catalog (kept in the store, shared with bertlab-cli)</source>
        <translation>将此模型添加到模型目录（保存在模型库中，与 bertlab-cli 共用）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Models in the store; double-click one to open it. Drop a model folder or archive here to import it.</source>
        <translation>模型库中的模型；双击其中一个即可打开。将模型文件夹或压缩包拖放到此处即可导入。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Make the selected model the app&apos;s current model</source>
        <translation>将所选模型设为应用的当前模型</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete the selected model from the store (asks first)</source>
        <translation>从模型库中删除所选模型（会先询问）</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>在文件管理器中打开所选模型的文件夹</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy a model folder (TF checkpoint or Hugging Face) into the store</source>
        <translation>将模型文件夹（TF 检查点或 Hugging Face）复制到模型库中</translation>
    </message>
    <message>
        <source>Import Model Folder</source>
        <translation>导入模型文件夹</translation>
    </message>
    <message>
        <source>Import &amp;Archive…</source>
        <translation>导入压缩包(&amp;A)…</translation>
    </message>
    <message>
        <source>Unpack a model archive (.zip, .tar.gz, .tar.bz2, .tar.xz) into the store</source>
        <translation>将模型压缩包（.zip、.tar.gz、.tar.bz2、.tar.xz）解压到模型库中</translation>
    </message>
    <message>
        <source>Import Model Archive</source>
        <translation>导入模型压缩包</translation>
    </message>
    <message>
        <source>Model archives (*.zip *.tar.gz *.tgz *.tar.bz2 *.tbz2 *.tar.xz *.txz *.tar)</source>
        <translation>模型压缩包 (*.zip *.tar.gz *.tgz *.tar.bz2 *.tbz2 *.tar.xz *.txz *.tar)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载列表</translation>
    </message>
    <message>
        <source>Downloads of this session; select one to pause, resume or cancel it</source>
        <translation>本次会话中的下载；选中其中一个可暂停、继续或取消</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Stop the selected download; Resume continues where it stopped</source>
        <translation>停止所选下载；“继续”会从停止处接着下载</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the selected paused or failed download</source>
        <translation>继续所选的已暂停或失败的下载</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected download and delete what it received</source>
        <translation>停止所选下载并删除已接收的内容</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>模型库设置</translation>
    </message>
    <message>
        <source>The folder that holds installed models (one sub-folder each). Press Enter to switch to the folder typed here.</source>
        <translation>存放已安装模型的文件夹（每个模型一个子文件夹）。按 Enter 可切换到此处输入的文件夹。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Choose another folder for the model store</source>
        <translation>为模型库选择另一个文件夹</translation>
    </message>
    <message>
        <source>Model Store Folder</source>
        <translation>模型库文件夹</translation>
    </message>
    <message>
        <source>Store folder:</source>
        <translation>模型库文件夹：</translation>
    </message>
    <message>
        <source>none: download from the original hosts</source>
        <translation>无：从原始主机下载</translation>
    </message>
    <message>
        <source>A base URL that replaces the host of every catalog URL, for networks that cannot reach the original hosts. Press Enter to apply.</source>
        <translation>一个基础 URL，用于替换模型目录中每个 URL 的主机，适用于无法访问原始主机的网络。按 Enter 应用。</translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>How many downloads run at the same time; the others wait in the list</source>
        <translation>同时进行的下载数量；其余下载在列表中等待</translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation>并行下载数：</translation>
    </message>
    <message>
        <source>Mirror &apos;%1&apos;: %2</source>
        <translation>镜像 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>Catalog models are downloaded from their original hosts.</source>
        <translation>模型目录中的模型从其原始主机下载。</translation>
    </message>
    <message>
        <source>Catalog models are downloaded from %1.</source>
        <translation>模型目录中的模型从 %1 下载。</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Set by the BERTLAB_MODEL_STORE environment variable.</source>
        <translation>由环境变量 BERTLAB_MODEL_STORE 设置。</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>无法创建下载文件夹 %1。</translation>
    </message>
    <message>
        <source>unpacking…</source>
        <translation>正在解压…</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>%1 下载失败：%2</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>installed as %1</source>
        <translation>已安装为 %1</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete the model &apos;%1&apos; and its folder %2?</source>
        <translation>要删除模型 &apos;%1&apos; 及其文件夹 %2 吗？</translation>
    </message>
    <message>
        <source>Model &amp;Card</source>
        <translation>模型卡(&amp;C)</translation>
    </message>
    <message>
        <source>What the selected model is: its card (README.md) and training curves</source>
        <translation>所选模型的说明：模型卡 (README.md) 和训练曲线</translation>
    </message>
    <message>
        <source>The demo model is built into BertLab and cannot be removed</source>
        <translation>演示模型内置于 BertLab，无法删除</translation>
    </message>
    <message>
        <source>Ret&amp;ry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>trying %1</source>
        <translation>正在尝试 %1</translation>
    </message>
    <message>
        <source>%1 is in the catalog now: select it and click Download.</source>
        <translation>%1 已加入目录：选中它并点击“下载”。</translation>
    </message>
    <message>
        <source>Copy %1 (%2) into the model store?</source>
        <translation>将 %1（%2）复制到模型库中？</translation>
    </message>
    <message>
        <source>The store keeps its own copy in %1. To use the model without copying it, open it where it is.</source>
        <translation>模型库会在 %1 中保留一份自己的副本。若不想复制，可以直接在原位置打开该模型。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Without Copying</source>
        <translation>不复制直接打开(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Take the failed download off the list and delete the part it received</source>
        <translation>把失败的下载从列表中移除，并删除已接收的部分</translation>
    </message>
    <message>
        <source>Take the download off the list (an installed model stays)</source>
        <translation>把该下载从列表中移除（已安装的模型保留）</translation>
    </message>
    <message>
        <source>Remove &amp;Entry</source>
        <translation>移除条目(&amp;E)</translation>
    </message>
    <message>
        <source>Take the model you added off the catalog (Delete); an installed copy stays. Only entries you added can be removed.</source>
        <translation>把您添加的模型从目录中移除（Delete）；已安装的副本保留。只有您添加的条目可以移除。</translation>
    </message>
    <message>
        <source>%1 is no longer in the catalog.</source>
        <translation>%1 已不在目录中。</translation>
    </message>
</context>
<context>
    <name>bertlab::app::PredictPage</name>
    <message>
        <source>&amp;Mask</source>
        <translation>掩码(&amp;M)</translation>
    </message>
    <message>
        <source>Top &amp;k:</source>
        <translation>前 k 个(&amp;K)：</translation>
    </message>
    <message>
        <source>Next-sentence prediction</source>
        <translation>下一句预测</translation>
    </message>
    <message>
        <source>Click a word (or press Enter on it) to put it into the text in place of its [MASK].</source>
        <translation>点击一个词（或在其上按 Enter）将其填入文本中对应 [MASK] 的位置。</translation>
    </message>
    <message>
        <source>Replace the selected words (or the word under the cursor) in the text with [MASK] (Ctrl+M)</source>
        <translation>将文本中选中的词（或光标所在的词）替换为 [MASK]（Ctrl+M）</translation>
    </message>
    <message>
        <source>How many candidate words to show for each [MASK]</source>
        <translation>每个 [MASK] 显示多少个候选词</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <source>Is next sentence</source>
        <translation>是下一句</translation>
    </message>
    <message>
        <source>The model&apos;s next-sentence (NSP) head: how likely sentence B directly follows sentence A. Above 50 % the model says it does.</source>
        <translation>模型的下一句预测（NSP）头：句子 B 紧接在句子 A 之后的可能性。超过 50% 时模型判断为是。</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Fill in [MASK]: the model&apos;s most probable words for each mask, and for a sentence pair whether B follows A</source>
        <translation>填充 [MASK]：模型对每个掩码给出的最可能的词；对于句子对，还会判断 B 是否接在 A 之后</translation>
    </message>
    <message>
        <source>Open a model folder to predict masked words.</source>
        <translation>打开模型文件夹以预测被掩码的词。</translation>
    </message>
    <message>
        <source>This model (%1) has no masked-language-model (MLM) head, so it cannot predict masked words. Open a model saved with its pre-training heads, such as a Google BERT checkpoint or a Hugging Face BertForPreTraining or BertForMaskedLM folder.</source>
        <translation>此模型（%1）没有掩码语言模型（MLM）头，因此无法预测被掩码的词。请打开保存了预训练头的模型，例如 Google BERT 检查点，或 Hugging Face 的 BertForPreTraining 或 BertForMaskedLM 文件夹。</translation>
    </message>
    <message>
        <source>The words around this [MASK] in the text</source>
        <translation>文本中此 [MASK] 周围的词</translation>
    </message>
    <message>
        <source>Type [MASK] in the text where a word should be predicted, for example &quot;The capital of France is [MASK].&quot;, or select a word and press Mask (Ctrl+M).</source>
        <translation>在文本中需要预测词的位置输入 [MASK]，例如“法国的首都是[MASK]黎。”，或选中一个词后按“掩码”（Ctrl+M）。</translation>
    </message>
    <message>
        <source>This model has no next-sentence (NSP) head, so it cannot tell whether sentence B follows sentence A.</source>
        <translation>此模型没有下一句预测（NSP）头，因此无法判断句子 B 是否接在句子 A 之后。</translation>
    </message>
    <message>
        <source>Mask %1 — position %2 (sentence A)</source>
        <translation>掩码 %1 — 位置 %2（句子 A）</translation>
    </message>
    <message>
        <source>Mask %1 — position %2 (sentence B)</source>
        <translation>掩码 %1 — 位置 %2（句子 B）</translation>
    </message>
    <message>
        <source>Mask %1 — position %2</source>
        <translation>掩码 %1 — 位置 %2</translation>
    </message>
    <message>
        <source>Position %1 is the token&apos;s index in the model input ([CLS] is 0)</source>
        <translation>位置 %1 是该词元在模型输入中的索引（[CLS] 为 0）</translation>
    </message>
    <message>
        <source>The keras-bert tokenizer reads [MASK] in the text as ordinary characters, so there is nothing to predict. Switch the tokenizer to Google or Hugging Face mode on the Tokenize page.</source>
        <translation>keras-bert 分词器把文本中的 [MASK] 当作普通字符，因此没有可预测的位置。请在“分词”页把分词器切换为 Google 或 Hugging Face 模式。</translation>
    </message>
</context>
<context>
    <name>bertlab::app::RemotePage</name>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Hosts reached over SSH, and the training runs sent to them</source>
        <translation>通过 SSH 连接的主机，以及发送到这些主机的训练任务</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>Work folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>Machines BertLab reaches with your system ssh: your SSH config, agent and known_hosts apply</source>
        <translation>BertLab 通过系统的 ssh 连接的机器：沿用您的 SSH 配置、代理和 known_hosts</translation>
    </message>
    <message>
        <source>name, e.g. gpu</source>
        <translation>名称，例如 gpu</translation>
    </message>
    <message>
        <source>Host alias or user@host[:port]</source>
        <translation>主机别名或 user@host[:port]</translation>
    </message>
    <message>
        <source>work folder (default ~/bertlab)</source>
        <translation>工作文件夹（默认 ~/bertlab）</translation>
    </message>
    <message>
        <source>SSH config file (default ~/.ssh/config)</source>
        <translation>SSH 配置文件（默认 ~/.ssh/config）</translation>
    </message>
    <message>
        <source>&amp;Add Host</source>
        <translation>添加主机(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Connect and report system, cores, memory, free disk, GPUs/TPUs, bertlab-cli and Slurm, each ok or missing with how to fix it</source>
        <translation>连接并报告系统、核心数、内存、可用磁盘、GPU/TPU、bertlab-cli 和 Slurm，每项标明正常或缺失以及修复方法</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <source>Forget the host (nothing on it is touched)</source>
        <translation>忘记此主机（不会改动其上的任何内容）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>&amp;Submit Run Settings…</source>
        <translation>提交运行设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Send run settings saved on the Train page (Save Settings) to the selected host and start them there</source>
        <translation>将在训练页面保存的运行设置（保存设置）发送到所选主机并在那里启动</translation>
    </message>
    <message>
        <source>&amp;Watch in Train</source>
        <translation>在训练页查看(&amp;W)</translation>
    </message>
    <message>
        <source>Follow the job&apos;s curves, probes and log on the Train page</source>
        <translation>在训练页面跟踪该任务的曲线、探测句和日志</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Stop the job: it saves a checkpoint first, and is forced after 30 s</source>
        <translation>停止任务：先保存检查点，30 秒后强制停止</translation>
    </message>
    <message>
        <source>&amp;Fetch Outputs</source>
        <translation>获取输出(&amp;F)</translation>
    </message>
    <message>
        <source>Copy the finished job&apos;s weights, metrics and events here, each SHA-256 checked</source>
        <translation>将已完成任务的权重、指标和事件复制到本机，每个文件都经过 SHA-256 校验</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Submit Run Settings</source>
        <translation>提交运行设置</translation>
    </message>
    <message>
        <source>Run settings (*.json)</source>
        <translation>运行设置 (*.json)</translation>
    </message>
    <message>
        <source>Send run settings saved on the Train page to %1 and start them there</source>
        <translation>将在训练页面保存的运行设置发送到 %1 并在那里启动</translation>
    </message>
    <message>
        <source>Select a host first</source>
        <translation>请先选择主机</translation>
    </message>
    <message>
        <source>Add a host above to send training runs to it.</source>
        <translation>在上方添加主机，即可向其发送训练任务。</translation>
    </message>
    <message>
        <source>Added %1. Select it and press Check to see what it has.</source>
        <translation>已添加 %1。选中它并点击“检查”可查看其配置。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1 is ready for jobs.</source>
        <translation>%1 已可运行任务。</translation>
    </message>
    <message>
        <source>%1 is reachable, but something is missing (see How to fix).</source>
        <translation>%1 可以连接，但缺少某些内容（见“修复方法”）。</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>正在将 %1 发送到 %2…</translation>
    </message>
    <message>
        <source>Started job %1. Watch in Train shows its curves.</source>
        <translation>已启动任务 %1。“在训练页查看”可显示其曲线。</translation>
    </message>
    <message>
        <source>Cancelling %1 (it saves a checkpoint first)…</source>
        <translation>正在取消 %1（先保存检查点）…</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>已取消 %1。</translation>
    </message>
    <message>
        <source>Fetching the outputs of %1…</source>
        <translation>正在获取 %1 的输出…</translation>
    </message>
    <message>
        <source>Direct (a detached process)</source>
        <translation>直接（独立的后台进程）</translation>
    </message>
    <message>
        <source>Slurm (sbatch)</source>
        <translation>Slurm（sbatch）</translation>
    </message>
    <message>
        <source>How jobs start on the host: as a detached process, or queued with Slurm&apos;s sbatch</source>
        <translation>任务在主机上如何启动：作为独立的后台进程，或通过 Slurm 的 sbatch 排队</translation>
    </message>
    <message>
        <source>Sc&amp;heduler:</source>
        <translation>调度器(&amp;H)：</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Slurm partition (sbatch --partition); empty: the default</source>
        <translation>Slurm 分区（sbatch --partition）；留空：默认分区</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Slurm account (sbatch --account)</source>
        <translation>Slurm 账户（sbatch --account）</translation>
    </message>
    <message>
        <source>time limit, e.g. 4:00:00</source>
        <translation>时间限制，例如 4:00:00</translation>
    </message>
    <message>
        <source>Slurm time limit (sbatch --time); the run saves a checkpoint two minutes before it</source>
        <translation>Slurm 时间限制（sbatch --time）；到时前两分钟任务会保存检查点</translation>
    </message>
    <message>
        <source>gres, e.g. gpu:1</source>
        <translation>gres，例如 gpu:1</translation>
    </message>
    <message>
        <source>Slurm generic resources (sbatch --gres)</source>
        <translation>Slurm 通用资源（sbatch --gres）</translation>
    </message>
    <message>
        <source>&amp;Install bertlab-cli There</source>
        <translation>在该主机安装 bertlab-cli(&amp;I)</translation>
    </message>
    <message>
        <source>Put this build&apos;s bertlab-cli into the host&apos;s work folder (no root needed; the host must run the same OS release and architecture), then check again</source>
        <translation>把本版本的 bertlab-cli 放到主机的工作文件夹中（无需 root；主机须运行相同的系统版本和架构），然后重新检查</translation>
    </message>
    <message>
        <source>Replace Host?</source>
        <translation>替换主机？</translation>
    </message>
    <message>
        <source>A host named %1 exists. Replace its settings with these?</source>
        <translation>已有名为 %1 的主机。要用这些设置替换它的设置吗？</translation>
    </message>
    <message>
        <source>No jobs yet: pick a host in Run on (Train or Extract page), or Submit Run Settings… here.</source>
        <translation>还没有任务：在“运行于”中选择主机（训练页或提取页），或在此处“提交运行设置…”。</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>正在询问…</translation>
    </message>
    <message numerus="yes">
        <source>Asking the hosts for the state of %n job(s)…</source>
        <translation>
            <numerusform>正在向主机询问 %n 个任务的状态…</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>not asked (older)</source>
        <translation>未询问（较早的任务）</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>work folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>free disk</source>
        <translation>可用磁盘</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU devices</source>
        <translation>TPU 设备</translation>
    </message>
    <message>
        <source>bertlab-cli</source>
        <translation>bertlab-cli</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stalled (alive, no heartbeat)</source>
        <translation>停滞（进程仍在，无心跳）</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>lost (gone without an exit code)</source>
        <translation>丢失（消失且无退出码）</translation>
    </message>
    <message>
        <source>S&amp;ave Host</source>
        <translation>保存主机(&amp;A)</translation>
    </message>
    <message>
        <source>Editing %1: change the settings, then Save Host.</source>
        <translation>正在编辑 %1：修改设置后点击“保存主机”。</translation>
    </message>
    <message>
        <source>This installation has no bertlab-cli to send.</source>
        <translation>此安装中没有可发送的 bertlab-cli。</translation>
    </message>
    <message>
        <source>Putting bertlab-cli on %1…</source>
        <translation>正在把 bertlab-cli 放到 %1…</translation>
    </message>
    <message>
        <source>Sending the run to %1…</source>
        <translation>正在把运行发送到 %1…</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>BertLab engine (bertlab-cli)</source>
        <translation>BertLab 引擎（bertlab-cli）</translation>
    </message>
    <message>
        <source>TensorFlow (TPU, GPU or CPU)</source>
        <translation>TensorFlow（TPU、GPU 或 CPU）</translation>
    </message>
    <message>
        <source>What runs training jobs there: bertlab-cli, or BertLab&apos;s TensorFlow runner for a TPU VM or a GPU host (extraction jobs always use bertlab-cli)</source>
        <translation>在该主机上运行训练任务的程序：bertlab-cli，或用于 TPU 虚拟机或 GPU 主机的 BertLab TensorFlow 运行器（提取任务始终使用 bertlab-cli）</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>运行时(&amp;U)：</translation>
    </message>
    <message>
        <source>Python with TensorFlow (default python3)</source>
        <translation>装有 TensorFlow 的 Python（默认 python3）</translation>
    </message>
    <message>
        <source>The Python there that has TensorFlow, e.g. ~/tf/bin/python3</source>
        <translation>该主机上装有 TensorFlow 的 Python，例如 ~/tf/bin/python3</translation>
    </message>
    <message>
        <source>auto: TPU, else GPUs, else CPU</source>
        <translation>自动：TPU，否则 GPU，否则 CPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Where TensorFlow trains: TPUStrategy, MirroredStrategy over the GPUs, or the CPU</source>
        <translation>TensorFlow 在何处训练：TPUStrategy、跨 GPU 的 MirroredStrategy，或 CPU</translation>
    </message>
    <message>
        <source>after fetch, run here (optional)</source>
        <translation>取回后在本机运行（可选）</translation>
    </message>
    <message>
        <source>A command run on this computer once a job&apos;s results came back and passed their checks, e.g. gcloud compute tpus tpu-vm stop NAME --zone ZONE, as an idle TPU VM costs money. Never run through a shell; BERTLAB_JOB_ID and BERTLAB_HOST are set for it.</source>
        <translation>结果取回并通过检查后在本机运行的命令，例如 gcloud compute tpus tpu-vm stop NAME --zone ZONE，因为空闲的 TPU 虚拟机也要付费。不经过 shell 运行；会为它设置 BERTLAB_JOB_ID 和 BERTLAB_HOST。</translation>
    </message>
    <message>
        <source>TensorFlow (%1, %2)</source>
        <translation>TensorFlow（%1，%2）</translation>
    </message>
    <message>
        <source>BertLab</source>
        <translation>BertLab</translation>
    </message>
    <message>
        <source>Fetched into %1 (the model is in %2/).</source>
        <translation>已取回到 %1（模型在 %2/ 中）。</translation>
    </message>
</context>
<context>
    <name>bertlab::app::RunHistory</name>
    <message>
        <source>&amp;Remove Run</source>
        <translation>移除运行(&amp;R)</translation>
    </message>
    <message>
        <source>Earlier runs of this session, newest first: tick one to draw its curves dashed beside the current run&apos;s</source>
        <translation>本次会话中较早的运行，最新的在前：勾选一个，即可在当前运行的曲线旁以虚线画出它的曲线</translation>
    </message>
    <message>
        <source>Each new run keeps the one before it here. Tick a run to compare its curves with the current run&apos;s (dashed, same colour per metric).</source>
        <translation>每次新的运行都会把上一次运行保存在这里。勾选某次运行即可把它的曲线与当前运行对比（虚线，同一指标同一颜色）。</translation>
    </message>
    <message>
        <source>Forget the selected run&apos;s curves (Delete); its folder stays on disk</source>
        <translation>丢弃所选运行的曲线（Delete）；其文件夹仍保留在磁盘上</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>No earlier run yet</source>
        <translation>尚无较早的运行</translation>
    </message>
</context>
<context>
    <name>bertlab::app::RunOnBox</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>bertlab::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>每个核心一个（%1）</translation>
    </message>
    <message>
        <source>How many CPU threads the model may use</source>
        <translation>模型可使用的 CPU 线程数</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language of the interface; takes effect when BertLab starts again</source>
        <translation>界面语言；重新启动 BertLab 后生效</translation>
    </message>
    <message>
        <source>Compute &amp;threads:</source>
        <translation>计算线程(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies after restarting BertLab.</source>
        <translation>新语言将在重新启动 BertLab 后生效。</translation>
    </message>
</context>
<context>
    <name>bertlab::app::TokenizePage</name>
    <message>
        <source>Cased</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Keep upper case and accents. Turn on for cased models; uncased models lower-case and strip accents first. Shared by every page.</source>
        <translation>保留大写和重音符号。区分大小写的模型请开启；不区分大小写的模型会先转为小写并去除重音。所有页面共用此设置。</translation>
    </message>
    <message>
        <source>keras-bert&apos;s tokenizer: an unknown character becomes a piece of its own ([UNK]) and the rest of the word is still split</source>
        <translation>keras-bert 的分词器：未知字符单独成为一个片段（[UNK]），词的其余部分仍会被切分</translation>
    </message>
    <message>
        <source>Which reference tokenizer to reproduce. Shared by every page.</source>
        <translation>要复现哪种参考分词器。所有页面共用此设置。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Truncate the input to this many tokens, [CLS] and [SEP] included (a pair loses pieces from its longer text first). The pieces cut off are shown greyed. At its lowest it is the model&apos;s maximum.</source>
        <translation>将输入截断为这么多词元，包括 [CLS] 和 [SEP]（句子对会先从较长的文本中删去片段）。被截掉的片段以灰色显示。设为最小值时即为模型的最大长度。</translation>
    </message>
    <message>
        <source>Max length:</source>
        <translation>最大长度：</translation>
    </message>
    <message>
        <source>Tokens the model gets, and pieces cut off by the maximum length</source>
        <translation>模型接收的词元，以及因最大长度而被截掉的片段</translation>
    </message>
    <message>
        <source>Copy the tokens, ids, segments and offsets as JSON, as bertlab-cli tokenize prints them (%1)</source>
        <translation>将词元、id、句段和偏移量复制为 JSON，与 bertlab-cli tokenize 的输出相同（%1）</translation>
    </message>
    <message>
        <source>Tokenizing…</source>
        <translation>正在分词…</translation>
    </message>
    <message>
        <source>Tokenize</source>
        <translation>分词</translation>
    </message>
    <message>
        <source>See the text as the model&apos;s WordPiece tokens: ids, segments and character spans</source>
        <translation>以模型的 WordPiece 词元查看文本：id、句段和字符范围</translation>
    </message>
    <message>
        <source>model max (%1)</source>
        <translation>模型最大值（%1）</translation>
    </message>
    <message>
        <source>model max</source>
        <translation>模型最大值</translation>
    </message>
    <message>
        <source>Open a model to see its tokens.
The tokenizer needs the model&apos;s vocabulary.</source>
        <translation>打开模型以查看其词元。
分词器需要模型的词表。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truncated</source>
        <translation>
            <numerusform>%n 个被截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model gets %n token(s), the maximum length; the greyed pieces after the ✂ mark are cut off</source>
        <translation>
            <numerusform>模型接收 %n 个词元，即最大长度；✂ 标记之后的灰色片段被截掉</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens the model gets, [CLS] and [SEP] included (at most %1)</source>
        <translation>模型接收的词元，包括 [CLS] 和 [SEP]（最多 %1 个）</translation>
    </message>
    <message>
        <source>Type some text above to see its tokens.</source>
        <translation>在上方输入文本以查看其词元。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>第一段文本</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>第二段文本</translation>
    </message>
    <message>
        <source>unknown ([UNK])</source>
        <translation>未知（[UNK]）</translation>
    </message>
    <message>
        <source>piece joined to the word before</source>
        <translation>接在前一个词之后的子词</translation>
    </message>
    <message>
        <source>cut off by the maximum length</source>
        <translation>因最大长度而被截掉</translation>
    </message>
    <message>
        <source>Hover a token for its id and span; click it to select its characters in the text.</source>
        <translation>将鼠标悬停在词元上可查看其 id 和范围；点击可在文本中选中其字符。</translation>
    </message>
    <message>
        <source>This model&apos;s vocabulary is uncased: with Cased on, words with capitals become [UNK].</source>
        <translation>此模型的词表不区分大小写：开启“区分大小写”后，含大写字母的词会变成 [UNK]。</translation>
    </message>
    <message>
        <source>Turn Cased off</source>
        <translation>关闭“区分大小写”</translation>
    </message>
    <message>
        <source>Google&apos;s BERT tokenizer (tokenization.py), the one TF checkpoints were trained with: a word without a WordPiece split becomes one [UNK]</source>
        <translation>Google 的 BERT 分词器（tokenization.py），即 TF 检查点训练时所用的分词器：无法用 WordPiece 切分的词整体变为一个 [UNK]</translation>
    </message>
    <message>
        <source>Hugging Face tokenizers&apos; BertTokenizerFast, with the model&apos;s tokenizer_config.json: like Google&apos;s, but private-use characters are dropped and case is lowered letter by letter</source>
        <translation>Hugging Face tokenizers 的 BertTokenizerFast，使用模型的 tokenizer_config.json：与 Google 的相同，但会丢弃私用区字符，并逐个字母转为小写</translation>
    </message>
</context>
<context>
    <name>bertlab::app::TrainPage</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Pre-train a BERT (masked LM + next sentence) or fine-tune it for classification, with live training curves</source>
        <translation>预训练 BERT（掩码语言模型 + 下一句预测），或针对分类进行微调，并实时显示训练曲线</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start training with these settings (Ctrl+Return)</source>
        <translation>使用这些设置开始训练（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause after the current step, or resume (Space or Ctrl+P)</source>
        <translation>在当前步完成后暂停，或继续（空格键或 Ctrl+P）</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current step; the run saves a checkpoint first (Esc)</source>
        <translation>在当前步完成后停止；停止前会先保存检查点（Esc）</translation>
    </message>
    <message>
        <source>Step, epoch, speed and time left</source>
        <translation>步数、轮次、速度和剩余时间</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <source>Training loss per step (and smoothed), validation loss</source>
        <translation>每步的训练损失（及其平滑曲线）和验证损失</translation>
    </message>
    <message>
        <source>Start a run to see its curve here</source>
        <translation>开始运行后，曲线会显示在这里</translation>
    </message>
    <message>
        <source>Probe sentences (Output tab) show the model&apos;s guesses for each [MASK] here as it learns.</source>
        <translation>训练过程中，探测句（“输出”选项卡）里每个 [MASK] 的模型猜测会显示在这里。</translation>
    </message>
    <message>
        <source>The probe sentences with the model&apos;s current best guesses in place of [MASK] (outlined when they just changed) and its top five below</source>
        <translation>探测句中的 [MASK] 替换为模型当前的最佳猜测（刚发生变化时加框显示），下方列出前五个猜测</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>探测句</translation>
    </message>
    <message>
        <source>Checkpoints and the run&apos;s summary appear here.</source>
        <translation>检查点和本次运行的总结会显示在这里。</translation>
    </message>
    <message>
        <source>Open &amp;Trained Model</source>
        <translation>打开训练好的模型(&amp;T)</translation>
    </message>
    <message>
        <source>Open the last checkpoint in the window, to try it on the other pages</source>
        <translation>在窗口中打开最新的检查点，以便在其他页面上试用</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>在文件管理器中显示输出文件夹</translation>
    </message>
    <message>
        <source>Cannot show the output folder %1.</source>
        <translation>无法显示输出文件夹 %1。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Accuracy (masked LM, next sentence)</source>
        <translation>准确率（掩码语言模型，下一句预测）</translation>
    </message>
    <message>
        <source>MLM</source>
        <translation>MLM</translation>
    </message>
    <message>
        <source>NSP</source>
        <translation>NSP</translation>
    </message>
    <message>
        <source>validation MLM</source>
        <translation>验证 MLM</translation>
    </message>
    <message>
        <source>validation NSP</source>
        <translation>验证 NSP</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>validation macro F1</source>
        <translation>验证宏平均 F1</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a checkpoint. Tick &quot;Resume&quot; to continue that run, or choose another output folder.</source>
        <translation>%1 中已有检查点。勾选“从文件夹中的检查点继续”可接着那次运行，或选择其他输出文件夹。</translation>
    </message>
    <message>
        <source>Resuming the run in %1.</source>
        <translation>正在继续 %1 中的运行。</translation>
    </message>
    <message>
        <source>Starting: output in %1.</source>
        <translation>正在开始：输出到 %1。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Stopping after the current step; saving a checkpoint…</source>
        <translation>将在当前步完成后停止；正在保存检查点…</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>A training run is in progress (step %L1). Stop it and close? The run saves a checkpoint before it ends, so it can be resumed.</source>
        <translation>训练正在进行（第 %L1 步）。要停止并关闭吗？运行结束前会保存检查点，之后可以继续训练。</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Set up the run on the left, then Start (Ctrl+Return).</source>
        <translation>在左侧设置本次运行，然后点击“开始”（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Plan: %L1 steps (%L2 warm-up, %L3 per epoch); %L4 training and %L5 validation examples; %6 parameters</source>
        <translation>计划：%L1 步（预热 %L2 步，每轮 %L3 步）；训练样本 %L4 个，验证样本 %L5 个；%6 个参数</translation>
    </message>
    <message>
        <source> (%1 trainable)</source>
        <translation>（%1 个可训练）</translation>
    </message>
    <message>
        <source>; resuming at step %L1</source>
        <translation>；从第 %L1 步继续</translation>
    </message>
    <message>
        <source>; labels: %1</source>
        <translation>；标签：%1</translation>
    </message>
    <message>
        <source>Step %L1 / %L2 · starting…</source>
        <translation>第 %L1 / %L2 步 · 正在开始…</translation>
    </message>
    <message>
        <source>Step %L1 / %L2</source>
        <translation>第 %L1 / %L2 步</translation>
    </message>
    <message>
        <source>Step %L1</source>
        <translation>第 %L1 步</translation>
    </message>
    <message>
        <source> · epoch %1</source>
        <translation> · 轮次 %1</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · 损失 %1</translation>
    </message>
    <message>
        <source> · %L1 tokens/s</source>
        <translation> · %L1 词元/秒</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · 剩余 %1</translation>
    </message>
    <message>
        <source>Paused at step %L1</source>
        <translation>已在第 %L1 步暂停</translation>
    </message>
    <message>
        <source>Validation at step %L1: loss %2, MLM accuracy %3, NSP accuracy %4.</source>
        <translation>第 %L1 步验证：损失 %2，MLM 准确率 %3，NSP 准确率 %4。</translation>
    </message>
    <message>
        <source>Validation at step %L1: loss %2, accuracy %3, macro F1 %4.</source>
        <translation>第 %L1 步验证：损失 %2，准确率 %3，宏平均 F1 %4。</translation>
    </message>
    <message>
        <source>Saved checkpoint at step %L1 (%2).</source>
        <translation>已在第 %L1 步保存检查点（%2）。</translation>
    </message>
    <message>
        <source>Paused at step %L1. Resume with Space or Ctrl+P.</source>
        <translation>已在第 %L1 步暂停。按空格键或 Ctrl+P 继续。</translation>
    </message>
    <message>
        <source>Paused at step %L1.</source>
        <translation>已在第 %L1 步暂停。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Stopped at step %L1 after %2.</source>
        <translation>在第 %L1 步停止，用时 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped early at step %L1 after %2: the %3 did not improve for %n validation(s) (best %4).</source>
        <translation>
            <numerusform>在第 %L1 步提前停止，用时 %2：%3 连续 %n 次验证没有改善（最佳值 %4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished %L1 steps in %2.</source>
        <translation>已完成 %L1 步，用时 %2。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Failed at step %L1.</source>
        <translation>在第 %L1 步失败。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>Export Chart as CSV</source>
        <translation>将图表导出为 CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>Ends the plan sentence built above (a full stop in the translation&apos;s script).</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source> Checkpoint: %1</source>
        <extracomment>Appended to the run&apos;s summary sentence: the leading space is part of the text.</extracomment>
        <translation>检查点：%1</translation>
    </message>
    <message>
        <source>The settings are not complete yet: %1</source>
        <translation>设置尚不完整：%1</translation>
    </message>
    <message>
        <source>Saved the run settings to %1; &apos;bertlab-cli train --config %1&apos; runs them.</source>
        <translation>已将运行设置保存到 %1；可用“bertlab-cli train --config %1”运行。</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>Fill the form from run settings saved as JSON</source>
        <translation>用保存为 JSON 的运行设置填写表单</translation>
    </message>
    <message>
        <source>Open Run Settings</source>
        <translation>打开运行设置</translation>
    </message>
    <message>
        <source>Run settings (*.json)</source>
        <translation>运行设置 (*.json)</translation>
    </message>
    <message>
        <source>Save Settings…</source>
        <translation>保存设置…</translation>
    </message>
    <message>
        <source>Save these settings as JSON, to run them again here or with &apos;bertlab-cli train --config FILE&apos; (on this or another machine)</source>
        <translation>将这些设置保存为 JSON，以便在此处再次运行，或用“bertlab-cli train --config FILE”（在本机或其他机器上）运行</translation>
    </message>
    <message>
        <source>Save Run Settings</source>
        <translation>保存运行设置</translation>
    </message>
    <message>
        <source>A run is shown already: stop it first.</source>
        <translation>已在显示一个运行：请先停止它。</translation>
    </message>
    <message>
        <source>Showing the run in %1 (followed while it is written).</source>
        <translation>正在显示 %1 中的运行（写入期间持续跟随）。</translation>
    </message>
    <message>
        <source>Reading the run…</source>
        <translation>正在读取运行…</translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <source>Show a run folder&apos;s curves, probes and log (a finished run, or one the command line or a remote host is still writing: it is followed as it goes)</source>
        <translation>显示运行文件夹的曲线、探针和日志（已完成的运行，或命令行或远程主机仍在写入的运行：会随其进展持续跟随）</translation>
    </message>
    <message>
        <source>Open a Training Run Folder</source>
        <translation>打开训练运行文件夹</translation>
    </message>
    <message>
        <source>Stop following the run&apos;s file (the run itself goes on) (Esc)</source>
        <translation>停止跟随该运行的文件（运行本身会继续）(Esc)</translation>
    </message>
    <message>
        <source>Stopped following the run at step %L1.</source>
        <translation>已在第 %L1 步停止跟随该运行。</translation>
    </message>
    <message>
        <source>The run ended at step %L1.</source>
        <translation>该运行在第 %L1 步结束。</translation>
    </message>
    <message>
        <source>Before Start: %1</source>
        <translation>开始之前：%1</translation>
    </message>
    <message>
        <source>Showing remote job %1 as it trains (Stop stops watching; cancel the job on the Remote page). Its model is fetched here when it has finished.</source>
        <translation>正在显示训练中的远程任务 %1（“停止”只停止观看；要取消任务请到远程页）。任务结束后其模型会取回到本机。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Where the run trains: this computer, or a host added on the Remote page (the run is sent there and its curves show here)</source>
        <translation>在哪里训练：本机，或在远程页添加的主机（运行会发送到那里，曲线在此显示）</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>运行于(&amp;U)：</translation>
    </message>
    <message>
        <source>The remote job&apos;s model is not here yet: it is fetched when the job has finished (or use Fetch on the Remote page).</source>
        <translation>远程任务的模型尚未取回：任务结束后会自动取回（也可在远程页使用“获取输出”）。</translation>
    </message>
    <message>
        <source>Sending the run to %1; its curves show here once it trains there.</source>
        <translation>正在把运行发送到 %1；开始训练后曲线会在此显示。</translation>
    </message>
    <message>
        <source>Sending the run&apos;s inputs to %1…</source>
        <translation>正在把运行的输入发送到 %1…</translation>
    </message>
    <message>
        <source>Cancelling the transfer (sending again resumes it)…</source>
        <translation>正在取消传输（再次发送会接着传）…</translation>
    </message>
    <message>
        <source>Send the run to %1 and show its curves here as it trains there (Ctrl+Return)</source>
        <translation>把运行发送到 %1，并在此显示其训练曲线（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Saved checkpoint at step %L1 (on the remote host, in the job&apos;s folder: %2).</source>
        <translation>已在第 %L1 步保存检查点（在远程主机上，任务文件夹中：%2）。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · %4</source>
        <translation>运行 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>（无文件夹）</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>Model: new, %1 layers, hidden %2, %3 heads</source>
        <translation>模型：新建，%1 层，隐藏维度 %2，%3 个头</translation>
    </message>
    <message>
        <source>Model: from %1</source>
        <translation>模型：来自 %1</translation>
    </message>
    <message>
        <source>Batch %1, sequence length %2, learning rate %3</source>
        <translation>批大小 %1，序列长度 %2，学习率 %3</translation>
    </message>
    <message>
        <source>Steps: %L1 of %L2</source>
        <translation>步数：%L1 / %L2</translation>
    </message>
    <message>
        <source>Steps: %L1</source>
        <translation>步数：%L1</translation>
    </message>
    <message>
        <source>Last training loss: %1</source>
        <translation>最后的训练损失：%1</translation>
    </message>
    <message>
        <source>Last validation loss: %1</source>
        <translation>最后的验证损失：%1</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>在结束前停止</translation>
    </message>
</context>
<context>
    <name>bertlab::app::TrainSetupForm</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起始模型</translation>
    </message>
    <message>
        <source>The &amp;open model</source>
        <translation>当前打开的模型(&amp;O)</translation>
    </message>
    <message>
        <source>Continue training the model open in the window (fine-tuning or further pre-training); its shape and vocabulary stay</source>
        <translation>继续训练窗口中打开的模型（微调或继续预训练）；其结构和词表保持不变</translation>
    </message>
    <message>
        <source>A &amp;new model of this shape:</source>
        <translation>按此结构新建模型(&amp;N)：</translation>
    </message>
    <message>
        <source>Random weights (truncated normal, as BERT initializes them) in the shape below</source>
        <translation>按下方结构随机初始化权重（截断正态分布，与 BERT 的初始化方式相同）</translation>
    </message>
    <message>
        <source>Encoder layers (transformer blocks)</source>
        <translation>编码器层数（Transformer 块）</translation>
    </message>
    <message>
        <source>Hidden size: the width of every token vector</source>
        <translation>隐藏维度：每个词元向量的宽度</translation>
    </message>
    <message>
        <source>Attention heads per layer; the hidden size must divide by it</source>
        <translation>每层的注意力头数；隐藏维度必须能被它整除</translation>
    </message>
    <message>
        <source>Feed-forward (intermediate) size, usually 4 × the hidden size</source>
        <translation>前馈层（中间层）维度，通常为隐藏维度的 4 倍</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>隐藏维度：</translation>
    </message>
    <message>
        <source>Heads:</source>
        <translation>头数：</translation>
    </message>
    <message>
        <source>Feed-fwd:</source>
        <translation>前馈维度：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source>Tokens per example, [CLS] and [SEP] included (keras-bert&apos;s seq_len). A new model gets this many position embeddings; the open model allows up to its own.</source>
        <translation>每个样本的词元数，包括 [CLS] 和 [SEP]（keras-bert 的 seq_len）。新模型的位置嵌入数即为此值；已打开的模型最多可用到其自身的位置数。</translation>
    </message>
    <message>
        <source>&amp;Sequence length:</source>
        <translation>序列长度(&amp;S)：</translation>
    </message>
    <message>
        <source>The open model&apos;s vocabulary</source>
        <translation>当前打开模型的词表</translation>
    </message>
    <message>
        <source>A vocab.txt file</source>
        <translation>vocab.txt 文件</translation>
    </message>
    <message>
        <source>Learn from the training data</source>
        <translation>从训练数据中学习</translation>
    </message>
    <message>
        <source>Where a new model&apos;s WordPiece vocabulary comes from. Learning one builds it from the training file before the first step.</source>
        <translation>新模型的 WordPiece 词表从何而来。选择学习时，会在第一步之前从训练文件构建词表。</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>词表(&amp;V)：</translation>
    </message>
    <message>
        <source>vocab.txt</source>
        <translation>vocab.txt</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a vocab.txt (one token per line)</source>
        <translation>选择 vocab.txt（每行一个词元）</translation>
    </message>
    <message>
        <source>Choose a Vocabulary</source>
        <translation>选择词表</translation>
    </message>
    <message>
        <source>Vocabularies (*.txt);;All files (*)</source>
        <translation>词表 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Vocab &amp;file:</source>
        <translation>词表文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The learned vocabulary&apos;s size, special tokens and characters included</source>
        <translation>学习得到的词表大小，包括特殊词元和字符</translation>
    </message>
    <message>
        <source>&amp;Target size:</source>
        <translation>目标大小(&amp;T)：</translation>
    </message>
    <message>
        <source>The tokenizer options set on the Tokenize page (Ctrl+1); a run uses them as they are when it starts</source>
        <translation>在“分词”页面（Ctrl+1）设置的分词器选项；运行使用开始那一刻的设置</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Parameters from the shape and vocabulary; memory for the weights, their gradients, Adam&apos;s slots and one batch&apos;s activations; time per step from the speed measured in your last run (before any run: a modest CPU&apos;s)</source>
        <translation>参数量由结构和词表算出；内存包括权重、梯度、Adam 的状态槽和一个批次的激活值；每步时间按上次运行测得的速度估算（尚未运行过时按普通 CPU 的速度）</translation>
    </message>
    <message>
        <source>Task and data</source>
        <translation>任务和数据</translation>
    </message>
    <message>
        <source>Pre-train (masked LM + next sentence)</source>
        <translation>预训练（掩码语言模型 + 下一句预测）</translation>
    </message>
    <message>
        <source>Classify (fine-tune on labelled texts)</source>
        <translation>分类（在带标签的文本上微调）</translation>
    </message>
    <message>
        <source>Pre-training learns from plain text as BERT did; classification adds a classifier on [CLS] and learns from a table of texts and labels</source>
        <translation>预训练像 BERT 那样从纯文本中学习；分类会在 [CLS] 上添加分类器，并从由文本和标签组成的表格中学习</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>任务(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose the training file</source>
        <translation>选择训练文件</translation>
    </message>
    <message>
        <source>Choose Training Data</source>
        <translation>选择训练数据</translation>
    </message>
    <message>
        <source>Text and tables (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>文本和表格 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Training file:</source>
        <translation>训练文件(&amp;T)：</translation>
    </message>
    <message>
        <source>Hold out part of the training data</source>
        <translation>留出部分训练数据</translation>
    </message>
    <message>
        <source>Optional: a file in the training file&apos;s format, used only to measure</source>
        <translation>可选：与训练文件格式相同的文件，仅用于评估</translation>
    </message>
    <message>
        <source>Choose a validation file</source>
        <translation>选择验证文件</translation>
    </message>
    <message>
        <source>Choose Validation Data</source>
        <translation>选择验证数据</translation>
    </message>
    <message>
        <source>&amp;Validation file:</source>
        <translation>验证文件(&amp;V)：</translation>
    </message>
    <message>
        <source>no validation</source>
        <translation>不验证</translation>
    </message>
    <message>
        <source>Without a validation file: this share of the training examples is held out (a fixed, seeded choice) to measure the model on</source>
        <translation>没有验证文件时：留出这一比例的训练样本（由随机种子固定选取）用于评估模型</translation>
    </message>
    <message>
        <source>&amp;Hold out:</source>
        <translation>留出(&amp;H)：</translation>
    </message>
    <message>
        <source>The column with the text: its header name or its number (1 = first)</source>
        <translation>文本所在的列：列名或列号（1 = 第一列）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Optional: a column with the second text of a pair (text_b)</source>
        <translation>可选：句子对中第二段文本所在的列（text_b）</translation>
    </message>
    <message>
        <source>The column with the label; labels are numbered in order of first appearance</source>
        <translation>标签所在的列；标签按首次出现的顺序编号</translation>
    </message>
    <message>
        <source>Te&amp;xt column:</source>
        <translation>文本列(&amp;X)：</translation>
    </message>
    <message>
        <source>Text_&amp;b column:</source>
        <translation>text_b 列(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Label column:</source>
        <translation>标签列(&amp;L)：</translation>
    </message>
    <message>
        <source>Share of the tokens the model has to predict (of those, 80 % become [MASK], 10 % a random token, 10 % stay)</source>
        <translation>模型需要预测的词元比例（其中 80% 替换为 [MASK]，10% 替换为随机词元，10% 保持不变）</translation>
    </message>
    <message>
        <source>&amp;Mask rate:</source>
        <translation>掩码率(&amp;M)：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source> examples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <source>Examples per step; more uses more memory</source>
        <translation>每步的样本数；越大占用内存越多</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>遍历训练数据的次数</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮次(&amp;E)：</translation>
    </message>
    <message>
        <source>from the epochs</source>
        <translation>由轮次决定</translation>
    </message>
    <message>
        <source>When set, the run takes exactly this many steps (the epochs are ignored)</source>
        <translation>设置后，运行恰好执行这么多步（忽略轮次）</translation>
    </message>
    <message>
        <source>Ma&amp;x steps:</source>
        <translation>最大步数(&amp;X)：</translation>
    </message>
    <message>
        <source>AdamWarmup</source>
        <translation>AdamWarmup</translation>
    </message>
    <message>
        <source>The peak learning rate, reached at the end of warm-up (e.g. 1e-4 for pre-training, 2e-5 to 5e-5 for fine-tuning)</source>
        <translation>峰值学习率，在预热结束时达到（例如预训练用 1e-4，微调用 2e-5 到 5e-5）</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>Share of the steps over which the rate rises linearly from 0 (keras-bert&apos;s calc_train_steps warmup_proportion)</source>
        <translation>学习率从 0 线性上升所占的步数比例（keras-bert 的 calc_train_steps warmup_proportion）</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>预热(&amp;W)：</translation>
    </message>
    <message>
        <source>After warm-up the rate falls linearly to this at the last step</source>
        <translation>预热结束后，学习率线性下降，在最后一步降到此值</translation>
    </message>
    <message>
        <source>M&amp;inimum rate:</source>
        <translation>最小学习率(&amp;I)：</translation>
    </message>
    <message>
        <source>Decoupled weight decay added to each update (kernels and embeddings; not biases or LayerNorm)</source>
        <translation>每次更新时附加的解耦权重衰减（作用于权重矩阵和嵌入；不作用于偏置和 LayerNorm）</translation>
    </message>
    <message>
        <source>Weight &amp;decay:</source>
        <translation>权重衰减(&amp;D)：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scale the gradients down when their global norm is larger than this</source>
        <translation>当梯度的全局范数大于此值时按比例缩小梯度</translation>
    </message>
    <message>
        <source>&amp;Clip norm:</source>
        <translation>梯度裁剪(&amp;C)：</translation>
    </message>
    <message>
        <source>AMS&amp;Grad</source>
        <translation>AMS&amp;Grad</translation>
    </message>
    <message>
        <source>Keep the largest second moment seen (AMSGrad); one more slot per parameter</source>
        <translation>保留出现过的最大二阶矩（AMSGrad）；每个参数多占一个状态槽</translation>
    </message>
    <message>
        <source>all parameters</source>
        <translation>全部参数</translation>
    </message>
    <message>
        <source>Train only parameters whose official names start with one of these prefixes (comma separated), e.g. &quot;bert/encoder/layer_11, cls/&quot;; the others stay frozen</source>
        <translation>只训练官方名称以这些前缀之一开头的参数（以逗号分隔），例如 &quot;bert/encoder/layer_11, cls/&quot;；其他参数保持冻结</translation>
    </message>
    <message>
        <source>&amp;Trainable:</source>
        <translation>可训练(&amp;T)：</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>The learning rate at each step, as the run will set it</source>
        <translation>运行时每一步将使用的学习率</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>The checkpoint (TF layout, with the optimizer state), a Hugging Face copy and metrics.csv are written here</source>
        <translation>检查点（TF 格式，含优化器状态）、Hugging Face 格式的副本和 metrics.csv 都写入这里</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <source>Save a checkpoint this often (a stopped run also saves one)</source>
        <translation>每隔这么多步保存一次检查点（停止的运行也会保存一次）</translation>
    </message>
    <message>
        <source>C&amp;heckpoints:</source>
        <translation>检查点(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resume from the folder&apos;s checkpoint</source>
        <translation>从文件夹中的检查点继续(&amp;R)</translation>
    </message>
    <message>
        <source>Continue a stopped run: weights, optimizer state, step and data position come from the output folder&apos;s checkpoint</source>
        <translation>继续已停止的运行：权重、优化器状态、步数和数据位置均取自输出文件夹中的检查点</translation>
    </message>
    <message>
        <source>Seeds the initial weights, the masking and the data order: the same seed gives the same run</source>
        <translation>用于初始权重、掩码和数据顺序的随机种子：相同的种子得到相同的运行</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Validation and early stopping</source>
        <translation>验证和早停</translation>
    </message>
    <message>
        <source>once per epoch</source>
        <translation>每轮一次</translation>
    </message>
    <message>
        <source>V&amp;alidate:</source>
        <translation>验证(&amp;A)：</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation MLM accuracy</source>
        <translation>验证 MLM 准确率</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>The measure early stopping watches</source>
        <translation>早停所监控的指标</translation>
    </message>
    <message>
        <source>&amp;Monitor:</source>
        <translation>监控(&amp;M)：</translation>
    </message>
    <message>
        <source> validations</source>
        <translation> 次验证</translation>
    </message>
    <message>
        <source>Stop when the monitored measure has not improved for this many validations</source>
        <translation>当监控的指标连续这么多次验证都没有改善时停止</translation>
    </message>
    <message>
        <source>&amp;Patience:</source>
        <translation>耐心值(&amp;P)：</translation>
    </message>
    <message>
        <source>Probe sentences</source>
        <translation>探测句</translation>
    </message>
    <message>
        <source>One sentence per line with [MASK], e.g.
The capital of France is [MASK].</source>
        <translation>每行一个含 [MASK] 的句子，例如：
法国的首都是巴[MASK]。</translation>
    </message>
    <message>
        <source>While pre-training, the model&apos;s top guesses for each [MASK] are shown as it learns</source>
        <translation>预训练期间，会随着学习显示模型对每个 [MASK] 的最佳猜测</translation>
    </message>
    <message>
        <source>Pro&amp;be:</source>
        <translation>探测(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 — %2 layers, hidden %3, %4 parameters</source>
        <translation>%1 — %2 层，隐藏维度 %3，%4 个参数</translation>
    </message>
    <message>
        <source>No model is open (Ctrl+O).</source>
        <translation>未打开模型（Ctrl+O）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>cased</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>uncased</source>
        <translation>不区分大小写</translation>
    </message>
    <message>
        <source>A CSV or TSV file with a header row; one example per row.</source>
        <translation>带表头行的 CSV 或 TSV 文件；每行一个样本。</translation>
    </message>
    <message>
        <source>Plain text, one sentence per line, a blank line between documents; or a .tsv file of sentence pairs (first&lt;TAB&gt;second).</source>
        <translation>纯文本，每行一个句子，文档之间以空行分隔；或由句子对组成的 .tsv 文件（第一句&lt;TAB&gt;第二句）。</translation>
    </message>
    <message>
        <source>Open a model, or choose a new one.</source>
        <translation>请打开一个模型，或选择新建模型。</translation>
    </message>
    <message>
        <source>The vocabulary comes from the open model: open one, or choose another vocabulary.</source>
        <translation>词表来自打开的模型：请打开一个模型，或选择其他词表。</translation>
    </message>
    <message>
        <source>Choose a vocab.txt to see the model&apos;s size.</source>
        <translation>选择 vocab.txt 以查看模型大小。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; parameters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个参数</translation>
    </message>
    <message>
        <source>≈ &lt;b&gt;%1&lt;/b&gt; of memory while training</source>
        <translation>训练时约占 &lt;b&gt;%1&lt;/b&gt; 内存</translation>
    </message>
    <message>
        <source>≈ &lt;b&gt;%1&lt;/b&gt; per step</source>
        <translation>每步约 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, %L1 steps ≈ &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>，%L1 步约 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The hidden size must divide by the number of heads.</source>
        <translation>隐藏维度必须能被注意力头数整除。</translation>
    </message>
    <message>
        <source>Steps known once the data is counted</source>
        <translation>统计完数据后即可得知步数</translation>
    </message>
    <message>
        <source>estimated from the file</source>
        <translation>根据文件估算</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Open a model to train it further, or choose a new model on the Model tab.</source>
        <translation>请打开模型以继续训练，或在“模型”选项卡中选择新建模型。</translation>
    </message>
    <message>
        <source>The vocabulary is to come from the open model, but no model is open.</source>
        <translation>词表应来自打开的模型，但当前没有打开模型。</translation>
    </message>
    <message>
        <source>Choose the vocab.txt for the new model.</source>
        <translation>请为新模型选择 vocab.txt。</translation>
    </message>
    <message>
        <source>Choose the training file on the Data tab.</source>
        <translation>请在“数据”选项卡中选择训练文件。</translation>
    </message>
    <message>
        <source>Choose an output folder on the Output tab: checkpoints are written there.</source>
        <translation>请在“输出”选项卡中选择输出文件夹：检查点会写入其中。</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Use the sample that ships with BertLab: for Classify, topics.csv (1,500 WordNet definitions labelled animal, body, food, person or plant); for Pre-train, corpus.txt (40 documents of the demo model&apos;s corpus)</source>
        <translation>使用 BertLab 自带的示例：分类任务用 topics.csv（1,500 条 WordNet 释义，标注为 animal、body、food、person 或 plant）；预训练用 corpus.txt（演示模型语料中的 40 篇文档）</translation>
    </message>
    <message>
        <source>The learning rate must be a number, like 1e-4.</source>
        <translation>学习率必须是数字，例如 1e-4。</translation>
    </message>
    <message>
        <source>The minimum learning rate must be a number, like 0 or 1e-6.</source>
        <translation>最小学习率必须是数字，例如 0 或 1e-6。</translation>
    </message>
</context>
<context>
    <name>bertlab::core</name>
    <message>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a checkpoint .index file has no .data-NNNNN-of-NNNNN files next to it</source>
        <translation>检查点 .index 文件旁边没有 .data-NNNNN-of-NNNNN 文件</translation>
    </message>
    <message>
        <source>bert_config.json is missing (needed next to the checkpoint)</source>
        <translation>缺少 bert_config.json（需要与检查点放在一起）</translation>
    </message>
    <message>
        <source>vocab.txt is missing</source>
        <translation>缺少 vocab.txt</translation>
    </message>
    <message>
        <source>sequence length %1 is outside 1..%2 (max_position_embeddings)</source>
        <translation>序列长度 %1 超出 1..%2 的范围（max_position_embeddings）</translation>
    </message>
    <message>
        <source>cannot write (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>the checkpoint prefix names no file</source>
        <translation>检查点前缀没有指向任何文件</translation>
    </message>
    <message>
        <source>a tensor has an empty name (reserved for the bundle header)</source>
        <translation>有张量的名称为空（空名称保留给 bundle 头）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds %2 values, which does not match its shape</source>
        <translation>张量 &apos;%1&apos; 含有 %2 个值，与其形状不符</translation>
    </message>
    <message>
        <source>a tensor named &apos;global_step&apos; is given besides the global step</source>
        <translation>除全局步数外，还给出了名为 &apos;global_step&apos; 的张量</translation>
    </message>
    <message>
        <source>two tensors have the name &apos;%1&apos; in UTF-8</source>
        <translation>有两个张量的 UTF-8 名称都是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a tensor</source>
        <translation>&apos;%1&apos; 不能用作张量名称</translation>
    </message>
    <message>
        <source>the weights do not have the sizes of the config (%1 layers, vocabulary %2, hidden %3)</source>
        <translation>权重的尺寸与配置不符（%1 层，词表 %2，隐藏维度 %3）</translation>
    </message>
    <message>
        <source>the extra tensor &apos;%1&apos; has the name of a model weight</source>
        <translation>额外张量 &apos;%1&apos; 与某个模型权重同名</translation>
    </message>
    <message>
        <source>the folder holds a model.safetensors, which would be loaded instead of the checkpoint</source>
        <translation>该文件夹中有 model.safetensors，加载时会用它代替检查点</translation>
    </message>
    <message>
        <source>%1: has no sentences</source>
        <translation>%1：没有句子</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8</source>
        <translation>%1：第 %2 行不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2 is longer than %3 characters</source>
        <translation>%1：第 %2 行超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1: line %2 has no tab between the two sentences</source>
        <translation>%1：第 %2 行的两个句子之间没有制表符</translation>
    </message>
    <message>
        <source>%1: has no sentence pairs</source>
        <translation>%1：没有句子对</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: has no header row</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1: the header row is not valid UTF-8</source>
        <translation>%1：表头行不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1: has no column “%2” (columns: %3)</source>
        <translation>%1：没有“%2”列（现有列：%3）</translation>
    </message>
    <message>
        <source>%1: line %2: unknown label “%3” (known: %4)</source>
        <translation>%1：第 %2 行：未知标签“%3”（已知标签：%4）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: has no examples</source>
        <translation>%1：没有样本</translation>
    </message>
    <message>
        <source>%1: training the vocabulary was cancelled</source>
        <translation>%1：词表训练已取消</translation>
    </message>
    <message>
        <source>%1: has no words to learn a vocabulary from</source>
        <translation>%1：没有可用于学习词表的词</translation>
    </message>
    <message>
        <source>%1: cannot read the training state: %2</source>
        <translation>%1：无法读取训练状态：%2</translation>
    </message>
    <message>
        <source>%1: not a BertLab training state file</source>
        <translation>%1：不是 BertLab 训练状态文件</translation>
    </message>
    <message>
        <source>%1: the training state is incomplete</source>
        <translation>%1：训练状态不完整</translation>
    </message>
    <message>
        <source>%1: cannot write the training state: %2</source>
        <translation>%1：无法写入训练状态：%2</translation>
    </message>
    <message>
        <source>%1: cannot move the previous checkpoint aside</source>
        <translation>%1：无法移开之前的检查点</translation>
    </message>
    <message>
        <source>%1: cannot move the new checkpoint into place</source>
        <translation>%1：无法将新检查点移动到位</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1：无法创建输出文件夹</translation>
    </message>
    <message>
        <source>%1: there is no checkpoint to resume from</source>
        <translation>%1：没有可以继续的检查点</translation>
    </message>
    <message>
        <source>the checkpoint has no optimizer state for %1</source>
        <translation>检查点中没有 %1 的优化器状态</translation>
    </message>
    <message>
        <source>%1: the checkpoint was made with another task, batch size or seed; resuming would not continue the same run</source>
        <translation>%1：该检查点来自不同的任务、批大小或随机种子；从它继续将不是同一次运行</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>Learning a vocabulary</source>
        <translation>正在学习词表</translation>
    </message>
    <message>
        <source>%1: classification needs at least two different labels</source>
        <translation>%1：分类至少需要两个不同的标签</translation>
    </message>
    <message>
        <source>already holds a model; choose an empty folder</source>
        <translation>已包含一个模型；请选择一个空文件夹</translation>
    </message>
    <message>
        <source>%1: cannot read the metrics log: %2</source>
        <translation>%1：无法读取指标日志：%2</translation>
    </message>
    <message>
        <source>%1: not a BertLab metrics log (no step and loss columns)</source>
        <translation>%1：不是 BertLab 指标日志（缺少 step 和 loss 列）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a catalog id nor an http(s) URL</source>
        <translation>“%1”既不是目录中的 ID，也不是 http(s) 网址</translation>
    </message>
    <message>
        <source>the catalog entry &apos;%1&apos; has no URL</source>
        <translation>目录条目“%1”没有网址</translation>
    </message>
    <message>
        <source>the SHA-256 needs 64 hex digits, not &apos;%1&apos;</source>
        <translation>SHA-256 需要 64 位十六进制数字，而不是“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model id</source>
        <translation>“%1”不是有效的模型 ID</translation>
    </message>
    <message>
        <source>a model &apos;%1&apos; is already installed in %2; remove it first or replace it</source>
        <translation>模型“%1”已安装在 %2 中；请先删除或替换它</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Second text (after a tab)</source>
        <translation>第二段文本（制表符之后）</translation>
    </message>
    <message>
        <source>The training batch has no sequences.</source>
        <translation>训练批次中没有序列。</translation>
    </message>
    <message>
        <source>Sequence %1 of the training batch is empty.</source>
        <translation>训练批次中的序列 %1 为空。</translation>
    </message>
    <message>
        <source>Sequence %1 has %2 tokens; this model takes at most %3.</source>
        <translation>序列 %1 有 %2 个词元；此模型最多接受 %3 个。</translation>
    </message>
    <message>
        <source>Sequence %1, token %2: id %3 is outside the vocabulary (size %4).</source>
        <translation>序列 %1，词元 %2：id %3 超出词表范围（大小为 %4）。</translation>
    </message>
    <message>
        <source>Sequence %1, token %2: segment %3 is outside the model&apos;s %4 segment types.</source>
        <translation>序列 %1，词元 %2：句段 %3 超出了模型的 %4 种句段类型。</translation>
    </message>
    <message>
        <source>The batch has masked-LM targets but the model has no MLM head.</source>
        <translation>批次中有掩码语言模型的目标，但模型没有 MLM 头。</translation>
    </message>
    <message>
        <source>The batch has %1 masked-LM positions but %2 labels.</source>
        <translation>批次中有 %1 个掩码位置，却有 %2 个标签。</translation>
    </message>
    <message>
        <source>Masked-LM position %1 (row %2) is outside the batch of %3 tokens.</source>
        <translation>掩码位置 %1（第 %2 行）超出了 %3 个词元的批次范围。</translation>
    </message>
    <message>
        <source>Masked-LM label %1 at position %2 is outside the vocabulary (size %3).</source>
        <translation>位置 %2 处的掩码标签 %1 超出词表范围（大小为 %3）。</translation>
    </message>
    <message>
        <source>The batch has next-sentence labels but the model has no NSP head.</source>
        <translation>批次中有下一句预测标签，但模型没有 NSP 头。</translation>
    </message>
    <message>
        <source>The batch has class labels but the model has no classifier head.</source>
        <translation>批次中有类别标签，但模型没有分类头。</translation>
    </message>
    <message>
        <source>The batch has %1 sequences but %2 next-sentence labels.</source>
        <translation>批次中有 %1 个序列，却有 %2 个下一句预测标签。</translation>
    </message>
    <message>
        <source>The batch has %1 sequences but %2 class labels.</source>
        <translation>批次中有 %1 个序列，却有 %2 个类别标签。</translation>
    </message>
    <message>
        <source>Sequence %1 has next-sentence label %2; it must be 0 (is next) or 1 (not next).</source>
        <translation>序列 %1 的下一句预测标签为 %2；它必须是 0（是下一句）或 1（不是下一句）。</translation>
    </message>
    <message>
        <source>Sequence %1 has class label %2; the classifier has %3 labels.</source>
        <translation>序列 %1 的类别标签为 %2；分类器只有 %3 个标签。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step of the forward pass; the steps are %2.</source>
        <translation>“%1”不是前向计算中的一步；可用的步骤有 %2。</translation>
    </message>
    <message>
        <source>The forward pass kept no intermediates.</source>
        <translation>前向计算没有保留中间结果。</translation>
    </message>
    <message>
        <source>Layer %1 does not exist: the model has layers 1 to %2.</source>
        <translation>第 %1 层不存在：模型只有第 1 至 %2 层。</translation>
    </message>
    <message>
        <source>%1: has no sentences: %2 of its lines are not valid UTF-8 (save the file as UTF-8)</source>
        <translation>%1：没有句子：其中 %2 行不是有效的 UTF-8（请将文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>%1: has no words to learn a vocabulary from: %2 of its lines are not valid UTF-8 (save the file as UTF-8)</source>
        <translation>%1：没有可用来学习词表的词：其中 %2 行不是有效的 UTF-8（请将文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>%1: its host key has CHANGED since you last connected, so BertLab refused to connect (someone may be intercepting the connection). If the server was really reinstalled, remove the old key with `ssh-keygen -R HOST` and connect once with ssh to check and accept the new one.</source>
        <translation>%1：其主机密钥自上次连接以来已更改，因此 BertLab 拒绝连接（可能有人在拦截连接）。如果服务器确实已重装，请用 `ssh-keygen -R HOST` 删除旧密钥，再用 ssh 连接一次以核对并接受新密钥。</translation>
    </message>
    <message>
        <source>%1: its host key is not known yet. Connect once (Check on the Remote page, `bertlab-cli remote check --accept-prompts`, or plain ssh) to compare the key&apos;s fingerprint and accept it.</source>
        <translation>%1：其主机密钥尚未记录。请先连接一次（远程页面的“检查”、`bertlab-cli remote check --accept-prompts` 或直接用 ssh），核对密钥指纹并接受它。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: BertLab signs in with keys or an SSH agent only. Add your public key to the remote (`ssh-copy-id`), or load it into the agent (`ssh-add`). (%2)</source>
        <translation>%1 拒绝登录：BertLab 只使用密钥或 SSH 代理登录。请将您的公钥添加到远程主机（`ssh-copy-id`），或将其加载到代理中（`ssh-add`）。（%2）</translation>
    </message>
    <message>
        <source>%1: no such host name (check the destination, or the Host alias in your SSH config)</source>
        <translation>%1：没有此主机名（请检查目标，或 SSH 配置中的 Host 别名）</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens there (check the host and port)</source>
        <translation>%1 拒绝连接：该处没有 SSH 服务器在监听（请检查主机和端口）</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the network or the host is down</source>
        <translation>%1 未及时响应：网络或主机已断开</translation>
    </message>
    <message>
        <source>%1: the SSH connection failed</source>
        <translation>%1：SSH 连接失败</translation>
    </message>
    <message>
        <source>%1: the SSH connection failed: %2</source>
        <translation>%1：SSH 连接失败：%2</translation>
    </message>
    <message>
        <source>cannot run ssh: the OpenSSH client is not installed (apt-get install openssh-client)</source>
        <translation>无法运行 ssh：未安装 OpenSSH 客户端（apt-get install openssh-client）</translation>
    </message>
    <message>
        <source>%1: ssh stopped before the remote command finished</source>
        <translation>%1：ssh 在远程命令完成前就停止了</translation>
    </message>
    <message>
        <source>%1: the check did not finish (exit code %2): %3</source>
        <translation>%1：检查未完成（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>BertLab&apos;s runtime is built for Linux</source>
        <translation>BertLab 的运行时是为 Linux 构建的</translation>
    </message>
    <message>
        <source>under 1 GB free in the work folder: checkpoints and corpora may not fit</source>
        <translation>工作文件夹的可用空间不足 1 GB：可能放不下检查点和语料</translation>
    </message>
    <message>
        <source>the remote user cannot create or write %1: choose a work folder in a place it owns, e.g. ~/bertlab</source>
        <translation>远程用户无法创建或写入 %1：请选择其拥有的位置作为工作文件夹，例如 ~/bertlab</translation>
    </message>
    <message>
        <source>the remote has version %1 and this BertLab is %2: jobs may read or write settings differently; install the same version there</source>
        <translation>远程版本为 %1，而本 BertLab 为 %2：任务读写设置的方式可能不同；请在那里安装相同版本</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>sbatch, squeue and scancel found</source>
        <translation>已找到 sbatch、squeue 和 scancel</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>this host&apos;s scheduler is Slurm, but its commands are not on the login&apos;s PATH: use a cluster login node, or set the scheduler to direct</source>
        <translation>此主机的调度器为 Slurm，但登录环境的 PATH 中没有其命令：请使用集群登录节点，或将调度器设为 direct</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>cannot run sftp: the OpenSSH client is not installed (apt-get install openssh-client)</source>
        <translation>无法运行 sftp：未安装 OpenSSH 客户端（apt-get install openssh-client）</translation>
    </message>
    <message>
        <source>%1: the transfer was cancelled; submitting again resumes it</source>
        <translation>%1：传输已取消；再次提交会接着传</translation>
    </message>
    <message>
        <source>%1: a file transfer failed: %2</source>
        <translation>%1：文件传输失败：%2</translation>
    </message>
    <message>
        <source>install BertLab there (its .deb: `apt install ./bertlab_%1_amd64.deb`, as root), or, when the remote runs the same OS, let BertLab put this build&apos;s bertlab-cli into %2/bin without root: Install bertlab-cli on the Remote page, or `bertlab-cli remote install-cli %3`</source>
        <translation>在那里安装 BertLab（以 root 运行其 .deb：`apt install ./bertlab_%1_amd64.deb`）；或者当远程运行相同的系统时，让 BertLab 无需 root 把本版本的 bertlab-cli 放到 %2/bin：在远程页点击“在该主机安装 bertlab-cli”，或运行 `bertlab-cli remote install-cli %3`</translation>
    </message>
    <message>
        <source>%1: %2 (exit code %3)</source>
        <translation>%1：%2（退出码 %3）</translation>
    </message>
    <message>
        <source>%1: not an executable bertlab-cli</source>
        <translation>%1：不是可执行的 bertlab-cli</translation>
    </message>
    <message>
        <source>%1 runs %2 and this BertLab is built for %3: install BertLab&apos;s package for that system there instead</source>
        <translation>%1 运行的是 %2，而此 BertLab 是为 %3 构建的：请在那里安装适用于该系统的 BertLab 软件包</translation>
    </message>
    <message>
        <source>%1: the path holds a quote</source>
        <translation>%1：路径含有引号</translation>
    </message>
    <message>
        <source>%1: the copied bertlab-cli does not run there; libraries it needs are missing: %2. Install them (the packages BertLab&apos;s README names), or BertLab&apos;s package.</source>
        <translation>%1：复制过去的 bertlab-cli 无法在那里运行，缺少所需的库：%2。请安装它们（BertLab 的 README 列出的软件包），或安装 BertLab 软件包。</translation>
    </message>
    <message>
        <source>%1: cannot write it</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1: cannot move the result into place</source>
        <translation>%1：无法把结果移到目标位置</translation>
    </message>
    <message>
        <source>The sequence length %1 is longer than the model&apos;s %2 positions.</source>
        <translation>序列长度 %1 超过了模型的 %2 个位置。</translation>
    </message>
    <message>
        <source>The vocabulary has no [MASK] token, so it cannot be used for pretraining.</source>
        <translation>词表中没有 [MASK] 词元，因此不能用于预训练。</translation>
    </message>
    <message>
        <source>Reading the training data</source>
        <translation>正在读取训练数据</translation>
    </message>
    <message>
        <source>%1: no training examples were found</source>
        <translation>%1：未找到训练样本</translation>
    </message>
    <message>
        <source>Early stopping needs validation data: give a validation file or a validation fraction.</source>
        <translation>早停需要验证数据：请提供验证文件或验证集比例。</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s classifier does not match the labels</source>
        <translation>%1：检查点的分类器与标签不匹配</translation>
    </message>
    <message>
        <source>a TensorFlow run starts from step 0: it cannot resume a BertLab checkpoint</source>
        <translation>TensorFlow 运行从第 0 步开始：不能从 BertLab 检查点继续</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1：已存在</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>Preparing the batches</source>
        <translation>正在准备批次</translation>
    </message>
    <message>
        <source>%1: cannot rename it to %2</source>
        <translation>%1：无法重命名为 %2</translation>
    </message>
    <message>
        <source>%1 does not run there: install Python 3 (3.9–3.11 for TensorFlow 2.15) or set the host&apos;s Python to one that runs</source>
        <translation>%1 在该主机上无法运行：请安装 Python 3（TensorFlow 2.15 需要 3.9–3.11），或把主机的 Python 设为可运行的那个</translation>
    </message>
    <message>
        <source>%1 cannot import tensorflow: make a virtual environment with it there (`python3 -m venv ~/tf &amp;&amp; ~/tf/bin/pip install tensorflow-cpu==2.15.*`; on a TPU VM the TPU build `tensorflow==2.15.*` with libtpu, on a GPU host `tensorflow[and-cuda]==2.15.*`) and set the host&apos;s Python to ~/tf/bin/python3</source>
        <translation>%1 无法导入 tensorflow：请在该主机上建立装有它的虚拟环境（`python3 -m venv ~/tf &amp;&amp; ~/tf/bin/pip install tensorflow-cpu==2.15.*`；TPU 虚拟机上用带 libtpu 的 TPU 版 `tensorflow==2.15.*`，GPU 主机上用 `tensorflow[and-cuda]==2.15.*`），并把主机的 Python 设为 ~/tf/bin/python3</translation>
    </message>
    <message>
        <source>%1 (sees %2 TPU, %3 GPU devices)</source>
        <translation>%1（可见 %2 个 TPU、%3 个 GPU 设备）</translation>
    </message>
    <message>
        <source>BertLab&apos;s runner is tested with TensorFlow 2.15; it uses no Keras, so %1 should work, but install 2.15 if it fails</source>
        <translation>BertLab 的运行器已在 TensorFlow 2.15 上测试；它不使用 Keras，因此 %1 应该可以工作，若失败请安装 2.15</translation>
    </message>
    <message>
        <source>not needed for training with TensorFlow; extraction jobs need it (Install bertlab-cli on the Remote page)</source>
        <translation>用 TensorFlow 训练时不需要；提取任务需要它（在“远程”页面点击“在那里安装 bertlab-cli”）</translation>
    </message>
    <message>
        <source>%1: not the runner&apos;s probe outputs</source>
        <translation>%1：不是运行器的探针输出</translation>
    </message>
    <message>
        <source>the run had no probe sentences, so there is nothing to compare (add a probe sentence with [MASK] to the run)</source>
        <translation>该运行没有探针句子，因此无从比较（请给运行添加一个含 [MASK] 的探针句子）</translation>
    </message>
    <message>
        <source>%1: no model came back</source>
        <translation>%1：没有取回模型</translation>
    </message>
    <message>
        <source>“%1”: the engines found a different number of [MASK]s</source>
        <translation>“%1”：两个引擎找到的 [MASK] 数量不同</translation>
    </message>
    <message>
        <source>the after-fetch command %1 did not start: %2</source>
        <translation>取回后命令 %1 未能启动：%2</translation>
    </message>
    <message>
        <source>the after-fetch command %1 did not finish in %2 s; stopped it</source>
        <translation>取回后命令 %1 未在 %2 秒内结束；已将其停止</translation>
    </message>
    <message>
        <source>the after-fetch command %1 failed (exit code %2): %3</source>
        <translation>取回后命令 %1 失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>The after-fetch command did not run: the results did not pass their check.</source>
        <translation>取回后命令未运行：结果未通过检查。</translation>
    </message>
    <message>
        <source>Ran the after-fetch command: %1</source>
        <translation>已运行取回后命令：%1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number &gt;= %2, not &apos;%3&apos;</source>
        <translation>--%1 需要一个 &gt;= %2 的整数，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: cannot put the extraction together: %2</source>
        <translation>%1：无法组装提取结果：%2</translation>
    </message>
    <message>
        <source>the extraction settings name no model</source>
        <translation>提取设置中没有指定模型</translation>
    </message>
    <message>
        <source>a remote extraction needs an input file (not standard input)</source>
        <translation>远程提取需要输入文件（不能是标准输入）</translation>
    </message>
    <message>
        <source>Opening the model</source>
        <translation>正在打开模型</translation>
    </message>
    <message>
        <source>Reading and tokenizing the texts</source>
        <translation>正在读取文本并分词</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: not an extraction prepared for TensorFlow</source>
        <translation>%1：不是为 TensorFlow 准备的提取</translation>
    </message>
    <message>
        <source>%1 has changed since the job was sent, so its texts no longer match the results; run the extraction again</source>
        <translation>%1 在任务发送后已被修改，其文本与结果不再对应；请重新运行提取</translation>
    </message>
    <message>
        <source>%1: its shape does not match the %2 sequences that were sent</source>
        <translation>%1：其形状与已发送的 %2 个序列不符</translation>
    </message>
    <message>
        <source>%1 holds fewer sequences than the input gives</source>
        <translation>%1 包含的序列少于输入给出的序列</translation>
    </message>
    <message>
        <source>the input gives a longer sequence than was sent</source>
        <translation>输入给出的序列比已发送的更长</translation>
    </message>
    <message>
        <source>%1 holds %2 sequences, but the input gives %3</source>
        <translation>%1 包含 %2 个序列，但输入给出 %3 个</translation>
    </message>
    <message>
        <source>config.json is missing (needed next to %1)</source>
        <translation>缺少 config.json（%1 旁边需要它）</translation>
    </message>
    <message>
        <source>no model weights (model.safetensors, pytorch_model.bin or a TensorFlow checkpoint *.ckpt.index)</source>
        <translation>没有模型权重（model.safetensors、pytorch_model.bin 或 TensorFlow 检查点 *.ckpt.index）</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a tokenizer file</source>
        <translation>%1：%2 字节，作为分词器文件过大</translation>
    </message>
    <message>
        <source>%1: invalid JSON (%2 at offset %3)</source>
        <translation>%1：JSON 无效（偏移 %3 处：%2）</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true, false or null</source>
        <translation>%1：&quot;%2&quot; 必须为 true、false 或 null</translation>
    </message>
    <message>
        <source>%1: &quot;model_max_length&quot; must be a positive number</source>
        <translation>%1：&quot;model_max_length&quot; 必须为正数</translation>
    </message>
    <message>
        <source>%1: its normalizer is &quot;%2&quot;, not BERT&apos;s (BertNormalizer); BertLab reproduces BERT&apos;s tokenizer only</source>
        <translation>%1：其规范化器为 &quot;%2&quot;，不是 BERT 的（BertNormalizer）；BertLab 只复现 BERT 的分词器</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a sentence-transformers file</source>
        <translation>%1：%2 字节，作为 sentence-transformers 文件过大</translation>
    </message>
    <message>
        <source>%1: %2 is not supported (BertLab pools with cls, max and mean)</source>
        <translation>%1：不支持 %2（BertLab 支持 cls、max 和 mean 池化）</translation>
    </message>
    <message>
        <source>%1: no pooling mode is on</source>
        <translation>%1：未开启任何池化方式</translation>
    </message>
    <message>
        <source>%1: &quot;max_seq_length&quot; must be a whole number from 2</source>
        <translation>%1：&quot;max_seq_length&quot; 必须为不小于 2 的整数</translation>
    </message>
    <message>
        <source>%1: not a list of modules</source>
        <translation>%1：不是模块列表</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot;: its path must be a folder inside the model folder</source>
        <translation>%1：模块 &quot;%2&quot;：其路径必须是模型文件夹内的文件夹</translation>
    </message>
    <message>
        <source>%1: the Transformer module&apos;s folder %2 is missing</source>
        <translation>%1：缺少 Transformer 模块的文件夹 %2</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; is not supported here (BertLab runs Transformer, Pooling and Normalize, in that order)</source>
        <translation>%1：此处不支持模块 &quot;%2&quot;（BertLab 依次运行 Transformer、Pooling 和 Normalize）</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <source>%1: needs a Transformer and a Pooling module</source>
        <translation>%1：需要一个 Transformer 模块和一个 Pooling 模块</translation>
    </message>
    <message>
        <source>holds several .h5 files (%1): keep one, or name the model model.h5</source>
        <translation>包含多个 .h5 文件（%1）：只保留一个，或把模型命名为 model.h5</translation>
    </message>
    <message>
        <source>holds weights only (no model_config): put the model&apos;s bert_config.json next to it</source>
        <translation>只含权重（没有 model_config）：请把模型的 bert_config.json 放在它旁边</translation>
    </message>
    <message>
        <source>the HDF5 library failed reading it: the file is damaged</source>
        <translation>HDF5 库读取失败：文件已损坏</translation>
    </message>
    <message>
        <source>missing tensor &apos;%1&apos;</source>
        <translation>缺少张量“%1”</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected [%3, %4] (labels, hidden)</source>
        <translation>张量“%1”的形状为 %2，应为 [%3, %4]（标签数，隐藏维度）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected [%3]</source>
        <translation>张量“%1”的形状为 %2，应为 [%3]</translation>
    </message>
    <message>
        <source>the classifier has %1 outputs but the config names %2 labels</source>
        <translation>分类器有 %1 个输出，但配置中命名了 %2 个标签</translation>
    </message>
    <message>
        <source>&quot;id2label&quot; must map the ids 0, 1, … to label names</source>
        <translation>“id2label”必须把 id 0、1、… 映射到标签名</translation>
    </message>
    <message>
        <source> (id %1 is missing or not a string)</source>
        <translation>（id %1 缺失或不是字符串）</translation>
    </message>
    <message>
        <source>This model has no classifier head: fine-tune one for classification first (Train page, or bertlab-cli train classify).</source>
        <translation>此模型没有分类头：请先为分类任务微调一个（“训练”页，或 bertlab-cli train classify）。</translation>
    </message>
    <message>
        <source>the input has no texts to classify; %1 was not written</source>
        <translation>输入中没有可分类的文本；未写出 %1</translation>
    </message>
</context>
<context>
    <name>bertlab::core::BatchArrays</name>
    <message>
        <source>more masked tokens in a sequence than counted</source>
        <translation>序列中被遮蔽的词元比统计的多</translation>
    </message>
</context>
<context>
    <name>bertlab::core::BertConfig</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a config file</source>
        <translation>%1 字节对于配置文件来说太大</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at offset %2)</source>
        <translation>无效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;hidden_act&quot; must be a string, not %1</source>
        <translation>&quot;hidden_act&quot; 必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>hidden_act &quot;%1&quot; is not supported (gelu, gelu_new, gelu_tanh, gelu_pytorch_tanh, relu)</source>
        <translation>不支持 hidden_act &quot;%1&quot;（支持 gelu, gelu_new, gelu_tanh, gelu_pytorch_tanh, relu）</translation>
    </message>
    <message>
        <source>model_type &quot;%1&quot; is not BERT</source>
        <translation>model_type &quot;%1&quot; 不是 BERT</translation>
    </message>
    <message>
        <source>position_embedding_type &quot;%1&quot; is not supported (only absolute)</source>
        <translation>不支持 position_embedding_type &quot;%1&quot;（仅支持 absolute）</translation>
    </message>
    <message>
        <source>hidden_size %1 is not a multiple of num_attention_heads %2</source>
        <translation>hidden_size %1 不是 num_attention_heads %2 的整数倍</translation>
    </message>
    <message>
        <source>the sizes describe about %1 billion parameters, more than this program loads</source>
        <translation>这些尺寸对应约 %1 × 10⁹ 个参数，超出了本程序可加载的上限</translation>
    </message>
</context>
<context>
    <name>bertlab::core::BertModel</name>
    <message>
        <source>This model has no pooler layer, so it cannot give a pooled output or NSP.</source>
        <translation>此模型没有池化层，因此无法给出池化输出或 NSP。</translation>
    </message>
    <message>
        <source>This model has no next-sentence-prediction (NSP) head.</source>
        <translation>此模型没有下一句预测（NSP）头。</translation>
    </message>
    <message>
        <source>This model has no masked-language-model (MLM) head, so it cannot predict words.</source>
        <translation>此模型没有掩码语言模型（MLM）头，因此无法预测词。</translation>
    </message>
    <message>
        <source>Sequence %1 has %2 tokens; this model takes at most %3.</source>
        <translation>序列 %1 有 %2 个词元；此模型最多接受 %3 个。</translation>
    </message>
    <message>
        <source>Token id %1 is outside the vocabulary (size %2).</source>
        <translation>词元 id %1 超出词表范围（大小为 %2）。</translation>
    </message>
    <message>
        <source>Segment id %1 is outside the model&apos;s %2 segment types.</source>
        <translation>句段 id %1 超出模型的 %2 种句段类型。</translation>
    </message>
    <message>
        <source>MLM position %1 is outside the batch.</source>
        <translation>MLM 位置 %1 超出批次范围。</translation>
    </message>
    <message>
        <source>This model has no classifier head: fine-tune one for classification first.</source>
        <translation>此模型没有分类头：请先为分类任务微调一个。</translation>
    </message>
</context>
<context>
    <name>bertlab::core::BertWeightMapping</name>
    <message>
        <source>missing tensor &apos;%1&apos;</source>
        <translation>缺少张量 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected %3 from the config</source>
        <translation>张量 &apos;%1&apos; 的形状为 %2，而根据配置应为 %3</translation>
    </message>
</context>
<context>
    <name>bertlab::core::EmbeddingExtractor</name>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>批大小至少为 1。</translation>
    </message>
    <message>
        <source>Text %1: %2</source>
        <translation>文本 %1：%2</translation>
    </message>
    <message>
        <source>Splitting long texts into windows needs a maximum length of at least 3 tokens.</source>
        <translation>将长文本切分为窗口时，最大长度至少需要 3 个词元。</translation>
    </message>
    <message>
        <source>Text %1: %2 results for %3 sequences</source>
        <translation>文本 %1：%3 个序列却有 %2 个结果</translation>
    </message>
    <message>
        <source>Text %1: features of the wrong shape</source>
        <translation>文本 %1：特征的形状不对</translation>
    </message>
    <message>
        <source>Normalizing needs a pooling: it makes each text&apos;s vector unit length.</source>
        <translation>归一化需要池化：它把每条文本的向量缩放为单位长度。</translation>
    </message>
</context>
<context>
    <name>bertlab::core::EngineCheck</name>
    <message>
        <source>Cross-engine check passed: BertLab and %1 give the same predictions on the trained model (%2 masks, largest difference in probability %3).</source>
        <translation>跨引擎检查通过：BertLab 与 %1 在训练后的模型上给出相同的预测（%2 个掩码，概率最大差异 %3）。</translation>
    </message>
    <message>
        <source>Cross-engine check FAILED: BertLab and %1 disagree on the trained model (%2 masks, largest difference in probability %3%4).</source>
        <translation>跨引擎检查失败：BertLab 与 %1 在训练后的模型上结果不一致（%2 个掩码，概率最大差异 %3%4）。</translation>
    </message>
    <message>
        <source>, different top guesses</source>
        <translation>，首选猜测不同</translation>
    </message>
    <message>
        <source>Cross-engine check passed: BertLab and %1 compute the same features (%2 sequences, largest difference %3).</source>
        <translation>跨引擎检查通过：BertLab 与 %1 计算出相同的特征（%2 个序列，最大差异 %3）。</translation>
    </message>
    <message>
        <source>Cross-engine check FAILED: BertLab and %1 compute different features (%2 sequences, largest difference %3).</source>
        <translation>跨引擎检查失败：BertLab 与 %1 计算出的特征不同（%2 个序列，最大差异 %3）。</translation>
    </message>
</context>
<context>
    <name>bertlab::core::ExtractionJob</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot rename the finished output into place</source>
        <translation>%1：无法将已完成的输出重命名到目标位置</translation>
    </message>
    <message>
        <source>the .npy format needs an output file (it also writes the file&apos;s .index.csv)</source>
        <translation>.npy 格式需要输出文件（还会写入该文件的 .index.csv）</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>%1 is not a sentence-transformers folder (it has no modules.json): choose the poolings instead</source>
        <translation>%1 不是 sentence-transformers 文件夹（没有 modules.json）：请改为选择池化方式</translation>
    </message>
</context>
<context>
    <name>bertlab::core::ExtractionQueue</name>
    <message>
        <source>Add the files to extract first.</source>
        <translation>请先添加要提取的文件。</translation>
    </message>
    <message>
        <source>Two input files would both write %1. Remove one of them, or rename it.</source>
        <translation>有两个输入文件都会写入 %1。请移除其中一个，或将其重命名。</translation>
    </message>
    <message>
        <source>An extraction is running already.</source>
        <translation>已有提取正在运行。</translation>
    </message>
</context>
<context>
    <name>bertlab::core::ExtractionSettings</name>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation>%1：不是 JSON（%2）</translation>
    </message>
    <message>
        <source>%1: not BertLab extraction settings (its &quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1：不是 BertLab 提取设置（其 &quot;format&quot; 不是 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: extraction settings of version %2; this BertLab reads version %3</source>
        <translation>%1：提取设置的版本为 %2；此 BertLab 读取版本 %3</translation>
    </message>
    <message>
        <source>%1: option “%2” is not a name with a text or true/false value</source>
        <translation>%1：选项“%2”不是带文本或 true/false 值的名称</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: too large for extraction settings</source>
        <translation>%1：作为提取设置过大</translation>
    </message>
    <message>
        <source>--output-layers &apos;%1&apos;: give N &gt;= 1 or a list of layer indices like 0,-1</source>
        <translation>--output-layers &apos;%1&apos;：请给出 N &gt;= 1，或层序号列表，如 0,-1</translation>
    </message>
    <message>
        <source>--long-texts &apos;%1&apos;: use truncate or windows</source>
        <translation>--long-texts &apos;%1&apos;：请用 truncate 或 windows</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (use jsonl, csv, tsv or npy)</source>
        <translation>--format：未知格式 &apos;%1&apos;（请用 jsonl、csv、tsv 或 npy）</translation>
    </message>
    <message>
        <source>--input-format &apos;%1&apos;: use lines, csv or tsv</source>
        <translation>--input-format &apos;%1&apos;：请用 lines、csv 或 tsv</translation>
    </message>
    <message>
        <source>--format npy needs --output FILE (it also writes FILE&apos;s .index.csv)</source>
        <translation>--format npy 需要 --output FILE（还会写入 FILE 的 .index.csv）</translation>
    </message>
    <message>
        <source>--gelu &apos;%1&apos;: use erf or tanh</source>
        <translation>--gelu &apos;%1&apos;：请用 erf 或 tanh</translation>
    </message>
    <message>
        <source>--cased and --uncased: choose one</source>
        <translation>--cased 与 --uncased：只能选一个</translation>
    </message>
    <message>
        <source>unknown --mode &apos;%1&apos;: use auto, google, huggingface or keras-bert</source>
        <translation>未知的 --mode &apos;%1&apos;：请使用 auto、google、huggingface 或 keras-bert</translation>
    </message>
    <message>
        <source>--pooling: unknown pooling &apos;%1&apos; (use nsp, max, ave or sentence-transformers)</source>
        <translation>--pooling：未知的池化方式 &apos;%1&apos;（请使用 nsp、max、ave 或 sentence-transformers）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::FetchReport</name>
    <message>
        <source>Cross-engine check not done: %1</source>
        <translation>未做跨引擎检查：%1</translation>
    </message>
</context>
<context>
    <name>bertlab::core::HostRegistry</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a BertLab host list (%2)</source>
        <translation>%1：不是 BertLab 主机列表（%2）</translation>
    </message>
    <message>
        <source>no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>没有 &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: host %2: %3</source>
        <translation>%1：主机 %2：%3</translation>
    </message>
    <message>
        <source>no remote host named “%1” (see `bertlab-cli remote list`)</source>
        <translation>没有名为“%1”的远程主机（见 `bertlab-cli remote list`）</translation>
    </message>
    <message>
        <source>a remote host named “%1” exists already (replace it with --replace)</source>
        <translation>名为“%1”的远程主机已存在（可用 --replace 替换）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::core::HuggingFaceWeights</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a shard index</source>
        <translation>%1 字节对于分片索引来说太大</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at offset %2)</source>
        <translation>无效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>not a shard index (no &quot;weight_map&quot; object)</source>
        <translation>不是分片索引（没有 &quot;weight_map&quot; 对象）</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; names no tensors</source>
        <translation>其 &quot;weight_map&quot; 没有列出任何张量</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its shard is not a file name</source>
        <translation>张量 &apos;%1&apos;：其分片不是文件名</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shard &apos;%2&apos; is not a file name in the model&apos;s folder</source>
        <translation>张量 &apos;%1&apos;：分片 &apos;%2&apos; 不是模型文件夹中的文件名</translation>
    </message>
    <message>
        <source>shard %1 is missing (the index names it for &apos;%2&apos;)</source>
        <translation>缺少分片 %1（索引为 &apos;%2&apos; 指定了它）</translation>
    </message>
    <message>
        <source>shard %1 does not hold &apos;%2&apos;, which the index puts there</source>
        <translation>分片 %1 中没有索引指定放在其中的 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的张量</translation>
    </message>
</context>
<context>
    <name>bertlab::core::InputPlacer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: a file name BertLab cannot send (use letters, digits and ._+-)</source>
        <translation>%1：BertLab 无法发送此文件名（请使用字母、数字和 ._+-）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::JobBundle</name>
    <message>
        <source>a remote extraction needs an input file (not standard input)</source>
        <translation>远程提取需要输入文件（不能是标准输入）</translation>
    </message>
    <message>
        <source>the extraction settings name no model (write them with `bertlab-cli extract --write-config`)</source>
        <translation>提取设置中没有指定模型（请用 `bertlab-cli extract --write-config` 生成）</translation>
    </message>
    <message>
        <source>BertLab&apos;s TensorFlow runner (bertlab_tf_runner.py) is not installed beside this program; reinstall BertLab or set BERTLAB_TF_RUNNER</source>
        <translation>本程序旁没有安装 BertLab 的 TensorFlow 运行器（bertlab_tf_runner.py）；请重新安装 BertLab 或设置 BERTLAB_TF_RUNNER</translation>
    </message>
</context>
<context>
    <name>bertlab::core::KerasH5Reader</name>
    <message>
        <source>cannot open (no such file)</source>
        <translation>无法打开（没有此文件）</translation>
    </message>
    <message>
        <source>not an HDF5 file</source>
        <translation>不是 HDF5 文件</translation>
    </message>
    <message>
        <source>cannot open it as HDF5 (damaged or truncated)</source>
        <translation>无法作为 HDF5 打开（已损坏或被截断）</translation>
    </message>
    <message>
        <source>its model_weights group cannot be read</source>
        <translation>无法读取其 model_weights 组</translation>
    </message>
    <message>
        <source>not a Keras weights file (no layer_names)</source>
        <translation>不是 Keras 权重文件（没有 layer_names）</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; is listed but missing</source>
        <translation>列出了层 &apos;%1&apos;，但它不存在</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: its weight_names cannot be read</source>
        <translation>层 &apos;%1&apos;：无法读取其 weight_names</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is listed but missing</source>
        <translation>列出了权重 &apos;%1&apos;，但它不存在</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; cannot be read</source>
        <translation>无法读取权重 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is not a float vector or matrix</source>
        <translation>权重 &apos;%1&apos; 不是浮点向量或矩阵</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has an impossible shape</source>
        <translation>权重 &apos;%1&apos; 的形状不可能</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: its data cannot be read (truncated?)</source>
        <translation>权重 &apos;%1&apos;：无法读取其数据（被截断？）</translation>
    </message>
    <message>
        <source>no Embedding-Token layer: not a keras-bert model</source>
        <translation>没有 Embedding-Token 层：不是 keras-bert 模型</translation>
    </message>
    <message>
        <source>its model_config is not valid JSON</source>
        <translation>其 model_config 不是有效的 JSON</translation>
    </message>
    <message>
        <source>its model_config does not describe a keras-bert encoder (heads, layers)</source>
        <translation>其 model_config 未描述 keras-bert 编码器（头数、层数）</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>没有 %1 的权重</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: the file holds less data than its shape needs (truncated?)</source>
        <translation>权重“%1”：文件中的数据少于其形状所需（被截断？）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::LayerSelection</name>
    <message>
        <source>The number of output layers must be at least 1.</source>
        <translation>输出层的数量至少为 1。</translation>
    </message>
    <message>
        <source>Layer %1 does not exist: the model has %2 layers (use 0…%3 or -1…-%2).</source>
        <translation>第 %1 层不存在：模型共有 %2 层（请使用 0…%3 或 -1…-%2）。</translation>
    </message>
</context>
<context>
    <name>bertlab::core::LineReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::core::LocalJob</name>
    <message>
        <source>“%1” is not a job id</source>
        <translation>“%1”不是任务 id</translation>
    </message>
    <message>
        <source>no job “%1” on this computer (see `bertlab-cli job list`)</source>
        <translation>本机上没有任务“%1”（见 `bertlab-cli job list`）</translation>
    </message>
    <message>
        <source>%1: not a BertLab job record</source>
        <translation>%1：不是 BertLab 任务记录</translation>
    </message>
    <message>
        <source>%1: cannot remove it</source>
        <translation>%1：无法删除</translation>
    </message>
</context>
<context>
    <name>bertlab::core::Machine</name>
    <message>
        <source>pickle byte %1: </source>
        <translation>pickle 第 %1 字节：</translation>
    </message>
    <message>
        <source>the pickle ends early</source>
        <translation>pickle 提前结束</translation>
    </message>
    <message>
        <source>more than %1 objects</source>
        <translation>超过 %1 个对象</translation>
    </message>
    <message>
        <source>pops an empty stack</source>
        <translation>从空栈中弹出</translation>
    </message>
    <message>
        <source>no MARK to pop to</source>
        <translation>没有可弹回的 MARK</translation>
    </message>
    <message>
        <source>reads an empty stack</source>
        <translation>读取空栈</translation>
    </message>
    <message>
        <source>a string of %1 bytes runs past the end of the pickle</source>
        <translation>%1 字节的字符串超出了 pickle 的末尾</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>字符串不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>reads memo slot %1, which was never set</source>
        <translation>读取从未设置的 memo 槽 %1</translation>
    </message>
    <message>
        <source>memo slot %1 is out of order</source>
        <translation>memo 槽 %1 的顺序不对</translation>
    </message>
    <message>
        <source>refuses to load &apos;%1&apos;: only tensors and plain containers are read, no other objects and no code</source>
        <translation>拒绝加载 &apos;%1&apos;：只读取张量和普通容器，不读取其他对象，也不运行代码</translation>
    </message>
    <message>
        <source>calls an object that is not a function</source>
        <translation>调用了一个不是函数的对象</translation>
    </message>
    <message>
        <source>calls %1 without an argument tuple</source>
        <translation>调用 %1 时没有参数元组</translation>
    </message>
    <message>
        <source>collections.OrderedDict is called with arguments</source>
        <translation>调用 collections.OrderedDict 时带了参数</translation>
    </message>
    <message>
        <source>sets items on something that is not a dict</source>
        <translation>对不是字典的对象设置条目</translation>
    </message>
    <message>
        <source>appends to something that is not a list</source>
        <translation>向不是列表的对象追加</translation>
    </message>
    <message>
        <source>SETITEMS has an odd number of objects</source>
        <translation>SETITEMS 的对象个数为奇数</translation>
    </message>
    <message>
        <source>a container holds more than %1 objects</source>
        <translation>一个容器包含超过 %1 个对象</translation>
    </message>
    <message>
        <source>pickle protocol %1 is newer than 5</source>
        <translation>pickle 协议 %1 比 5 更新</translation>
    </message>
    <message>
        <source>objects are left on the stack at STOP</source>
        <translation>STOP 时栈上仍有对象</translation>
    </message>
    <message>
        <source>an integer of %1 bytes is too long</source>
        <translation>%1 字节的整数太长</translation>
    </message>
    <message>
        <source>builds a tuple from an empty stack</source>
        <translation>从空栈构建元组</translation>
    </message>
    <message>
        <source>DICT has an odd number of objects</source>
        <translation>DICT 的对象个数为奇数</translation>
    </message>
    <message>
        <source>a GLOBAL opcode&apos;s name is not terminated</source>
        <translation>GLOBAL 操作码的名称没有结束符</translation>
    </message>
    <message>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL 需要两个字符串</translation>
    </message>
    <message>
        <source>sets the state of an object that is neither a dict nor a call</source>
        <translation>设置了既不是字典也不是调用的对象的状态</translation>
    </message>
    <message>
        <source>opcode 0x%1 is not read (it is not used for tensors and plain containers)</source>
        <translation>不读取操作码 0x%1（张量和普通容器不使用它）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::MetricsLog</name>
    <message>
        <source>%1: cannot write the metrics log: %2</source>
        <translation>%1：无法写入指标日志：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::core::NpyArray</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a NumPy .npy file of format 1.0</source>
        <translation>%1：不是 1.0 格式的 NumPy .npy 文件</translation>
    </message>
    <message>
        <source>%1: its header is cut off</source>
        <translation>%1：文件头被截断</translation>
    </message>
    <message>
        <source>%1: a .npy header BertLab does not read (%2)</source>
        <translation>%1：BertLab 无法读取的 .npy 文件头（%2）</translation>
    </message>
    <message>
        <source>%1: holds %2 values, not of the type expected</source>
        <translation>%1：包含 %2 类型的值，不是预期的类型</translation>
    </message>
    <message>
        <source>%1: an impossible shape (%2)</source>
        <translation>%1：不可能的形状（%2）</translation>
    </message>
    <message>
        <source>%1: holds a single value, not an array</source>
        <translation>%1：只包含单个值，而不是数组</translation>
    </message>
    <message>
        <source>%1: %2 bytes of data where its shape needs %3 (cut off or damaged)</source>
        <translation>%1：数据有 %2 字节，而其形状需要 %3 字节（被截断或已损坏）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::NpyWriter</name>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::core::Parser</name>
    <message>
        <source>%1 (offset %2, size %3) lies outside the file of %4 bytes</source>
        <translation>%1（偏移 %2，大小 %3）超出了 %4 字节的文件范围</translation>
    </message>
    <message>
        <source>checksum mismatch in %1 at offset %2</source>
        <translation>%1 中偏移 %2 处校验和不匹配</translation>
    </message>
    <message>
        <source>%1 at offset %2: %3</source>
        <translation>%1 偏移 %2 处：%3</translation>
    </message>
    <message>
        <source>%1 at offset %2 uses unsupported compression type %3</source>
        <translation>%1 偏移 %2 处使用了不支持的压缩类型 %3</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 太短</translation>
    </message>
    <message>
        <source>%1 has a bad restart count %2</source>
        <translation>%1 的重启点数量 %2 无效</translation>
    </message>
    <message>
        <source>%1 has a restart point outside the block</source>
        <translation>%1 有一个重启点位于块之外</translation>
    </message>
    <message>
        <source>%1 has a corrupt entry header</source>
        <translation>%1 的条目头已损坏</translation>
    </message>
    <message>
        <source>%1 has an entry that runs past the block</source>
        <translation>%1 有一个条目超出了块的末尾</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3, not %4</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数，而不是 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number in %2%3, %4], not %5</source>
        <translation>&quot;%1&quot; 必须是 %2%3, %4] 范围内的数字，而不是 %5</translation>
    </message>
</context>
<context>
    <name>bertlab::core::PickleReader</name>
    <message>
        <source>a %1-byte integer</source>
        <translation>一个 %1 字节的整数</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>a tuple of %1</source>
        <translation>%1 个元素的元组</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>%1 个元素的列表</translation>
    </message>
    <message>
        <source>a dict of %1</source>
        <translation>%1 个条目的字典</translation>
    </message>
    <message>
        <source>a call of %1</source>
        <translation>对 %1 的调用</translation>
    </message>
    <message>
        <source>a persistent id</source>
        <translation>一个持久 ID</translation>
    </message>
</context>
<context>
    <name>bertlab::core::PytorchReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>a PyTorch file in the tar layout of PyTorch 0.3 and earlier is not supported; load it with PyTorch and save it again</source>
        <translation>不支持 PyTorch 0.3 及更早版本的 tar 布局文件；请用 PyTorch 加载后重新保存</translation>
    </message>
    <message>
        <source>not a PyTorch file (neither the zip layout of torch.save nor its legacy layout)</source>
        <translation>不是 PyTorch 文件（既不是 torch.save 的 zip 布局，也不是其旧版布局）</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not inside the archive&apos;s folder</source>
        <translation>条目 &apos;%1&apos; 不在归档的文件夹内</translation>
    </message>
    <message>
        <source>entries &apos;%1/…&apos; and &apos;%2&apos; are in different folders</source>
        <translation>条目 &apos;%1/…&apos; 和 &apos;%2&apos; 位于不同的文件夹</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>归档为空</translation>
    </message>
    <message>
        <source>not a PyTorch file (the archive has no %1)</source>
        <translation>不是 PyTorch 文件（归档中没有 %1）</translation>
    </message>
    <message>
        <source>the tensors are stored big-endian (&apos;%1&apos;); only little-endian files are read</source>
        <translation>张量以大端序存储（&apos;%1&apos;）；只读取小端序文件</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing (no entry %2)</source>
        <translation>缺少存储 &apos;%1&apos;（没有条目 %2）</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; holds %2 bytes, fewer than its %3 elements need</source>
        <translation>存储 &apos;%1&apos; 只有 %2 字节，少于其 %3 个元素所需</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>its pickles are larger than %1 bytes</source>
        <translation>其 pickle 大于 %1 字节</translation>
    </message>
    <message>
        <source>not a PyTorch file (no torch.save magic number)</source>
        <translation>不是 PyTorch 文件（没有 torch.save 的魔数）</translation>
    </message>
    <message>
        <source>unknown torch.save protocol %1</source>
        <translation>未知的 torch.save 协议 %1</translation>
    </message>
    <message>
        <source>its system information is not a dict</source>
        <translation>其系统信息不是字典</translation>
    </message>
    <message>
        <source>the tensors are stored big-endian; only little-endian files are read</source>
        <translation>张量以大端序存储；只读取小端序文件</translation>
    </message>
    <message>
        <source>its list of storages is not a list</source>
        <translation>其存储列表不是列表</translation>
    </message>
    <message>
        <source>the storage list names %1, which no tensor uses</source>
        <translation>存储列表中列出了 %1，但没有张量使用它</translation>
    </message>
    <message>
        <source>the storage list names &apos;%1&apos; twice</source>
        <translation>存储列表两次列出 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; lies beyond the end of the file</source>
        <translation>存储 &apos;%1&apos; 超出了文件末尾</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; has %2 elements where the state dict says %3</source>
        <translation>存储 &apos;%1&apos; 有 %2 个元素，而状态字典写的是 %3</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is missing from the file&apos;s storage list</source>
        <translation>文件的存储列表中缺少存储 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the pickle holds %1, not a state dict</source>
        <translation>pickle 中是%1，而不是状态字典</translation>
    </message>
    <message>
        <source>the state dict has a key that is not a string (%1)</source>
        <translation>状态字典中有一个不是字符串的键（%1）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: </source>
        <translation>张量 &apos;%1&apos;：</translation>
    </message>
    <message>
        <source>a parameter without its tensor</source>
        <translation>一个没有张量的参数</translation>
    </message>
    <message>
        <source>%1 is not a tensor</source>
        <translation>%1 不是张量</translation>
    </message>
    <message>
        <source>its rebuild call has %1 arguments, not 4 or more</source>
        <translation>其重建调用有 %1 个参数，而不是 4 个或更多</translation>
    </message>
    <message>
        <source>its storage is not a (&apos;storage&apos;, type, key, location, size) record</source>
        <translation>其存储不是 (&apos;storage&apos;, 类型, 键, 位置, 大小) 记录</translation>
    </message>
    <message>
        <source>its storage record is damaged</source>
        <translation>其存储记录已损坏</translation>
    </message>
    <message>
        <source>storage views (PyTorch before 0.4) are not supported</source>
        <translation>不支持存储视图（PyTorch 0.4 之前）</translation>
    </message>
    <message>
        <source>storage &apos;%1&apos; is described in two different ways</source>
        <translation>存储 &apos;%1&apos; 有两种不同的描述</translation>
    </message>
    <message>
        <source>its offset, shape or strides are damaged</source>
        <translation>其偏移、形状或步长已损坏</translation>
    </message>
    <message>
        <source>it reaches element %1 of a storage of %2</source>
        <translation>它访问到一个只有 %2 个元素的存储中的第 %1 个元素</translation>
    </message>
    <message>
        <source>it has %1 elements, more than its storage&apos;s %2</source>
        <translation>它有 %1 个元素，多于其存储的 %2 个</translation>
    </message>
    <message>
        <source>no entry %1</source>
        <translation>没有条目 %1</translation>
    </message>
    <message>
        <source>cannot read a storage (%1)</source>
        <translation>无法读取存储（%1）</translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的张量</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, not a float tensor</source>
        <translation>张量 &apos;%1&apos; 是 %2，而非浮点张量</translation>
    </message>
</context>
<context>
    <name>bertlab::core::Reader</name>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
</context>
<context>
    <name>bertlab::core::RemoteExtractionQueue</name>
    <message>
        <source>An extraction is running already.</source>
        <translation>已有提取正在运行。</translation>
    </message>
    <message>
        <source>%1: the job on %2 ended %3: %4</source>
        <translation>%1：%2 上的任务以“%3”结束：%4</translation>
    </message>
</context>
<context>
    <name>bertlab::core::RemoteHost</name>
    <message>
        <source>name: “%1” is not a host name: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>name：“%1”不是主机名：请使用 1–64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头</translation>
    </message>
    <message>
        <source>destination: “%1” is not an SSH destination: use a Host alias of your SSH config or [user@]host (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;), not starting with &apos;-&apos;</source>
        <translation>destination：“%1”不是 SSH 目标：请使用 SSH 配置中的 Host 别名或 [user@]host（字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;），且不以 &apos;-&apos; 开头</translation>
    </message>
    <message>
        <source>port: %1 is not a TCP port (1–65535, or 0 for SSH&apos;s default)</source>
        <translation>port：%1 不是 TCP 端口（1–65535，或 0 表示 SSH 默认值）</translation>
    </message>
    <message>
        <source>work folder: “%1” is not allowed: use letters, digits and ._+-/ (optionally starting with ~/), with no &apos;..&apos; and no part starting with &apos;-&apos;</source>
        <translation>工作文件夹：不允许使用“%1”：请使用字母、数字和 ._+-/（可以 ~/ 开头），不含 &apos;..&apos;，且各部分不以 &apos;-&apos; 开头</translation>
    </message>
    <message>
        <source>work folder: “%1” is a whole file system or home; name a folder inside it, e.g. ~/bertlab</source>
        <translation>工作文件夹：“%1”是整个文件系统或主目录；请指定其中的一个文件夹，例如 ~/bertlab</translation>
    </message>
    <message>
        <source>%1: “%2” holds characters Slurm does not take (use letters, digits and ._:,=/+-)</source>
        <translation>%1：“%2”包含 Slurm 不接受的字符（请使用字母、数字和 ._:,=/+-）</translation>
    </message>
    <message>
        <source>scheduler: “%1” is not direct or slurm</source>
        <translation>scheduler：“%1”既不是 direct 也不是 slurm</translation>
    </message>
    <message>
        <source>destination: “%1” has port 0</source>
        <translation>destination：“%1”的端口为 0</translation>
    </message>
    <message>
        <source>runtime: “%1” is not one BertLab can run (bertlab or tensorflow)</source>
        <translation>运行时：BertLab 无法运行“%1”（可用 bertlab 或 tensorflow）</translation>
    </message>
    <message>
        <source>python: “%1” is not allowed: a command such as python3, or a path of letters, digits and ._+-/ (optionally starting with ~/)</source>
        <translation>python：不允许“%1”：请用 python3 之类的命令，或由字母、数字和 ._+-/ 组成的路径（可以 ~/ 开头）</translation>
    </message>
    <message>
        <source>strategy: “%1” is not one of auto, tpu, gpu, cpu</source>
        <translation>策略：“%1”不是 auto、tpu、gpu、cpu 之一</translation>
    </message>
    <message>
        <source>after fetch: one command line, please</source>
        <translation>取回后命令：请只写一行命令</translation>
    </message>
</context>
<context>
    <name>bertlab::core::RemoteJobs</name>
    <message>
        <source>%1: %2 (exit code %3)</source>
        <translation>%1：%2（退出码 %3）</translation>
    </message>
    <message>
        <source>“%1” is not a job id</source>
        <translation>“%1”不是任务 id</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot stage %1 for sending</source>
        <translation>无法准备发送 %1</translation>
    </message>
    <message>
        <source>the temporary folder&apos;s path holds a quote: set TMPDIR to a plain folder</source>
        <translation>临时文件夹的路径含有引号：请将 TMPDIR 设为普通文件夹</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: job %2: %3</source>
        <translation>%1：任务 %2：%3</translation>
    </message>
    <message>
        <source>%1: following job %2 stopped (exit code %3)</source>
        <translation>%1：对任务 %2 的跟踪已停止（退出码 %3）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1: job %2 has no outputs yet (it has not succeeded): %3</source>
        <translation>%1：任务 %2 尚无输出（它尚未成功完成）：%3</translation>
    </message>
    <message>
        <source>%1: job %2&apos;s output list has an entry BertLab will not fetch: %3</source>
        <translation>%1：任务 %2 的输出列表中有 BertLab 不会获取的条目：%3</translation>
    </message>
    <message>
        <source>%1: the job folder&apos;s path holds a quote</source>
        <translation>%1：任务文件夹的路径含有引号</translation>
    </message>
    <message>
        <source>%1: %2 arrived damaged (SHA-256 differs); fetch again</source>
        <translation>%1：%2 传输后已损坏（SHA-256 不符）；请重新获取</translation>
    </message>
    <message>
        <source>%1: cannot move the outputs into place</source>
        <translation>%1：无法将输出移动到位</translation>
    </message>
    <message>
        <source>%1: the work folder %2 has %3 MB free, but this job&apos;s inputs need %4 MB. Free some space there (finished jobs are in %2/jobs) or choose another work folder.</source>
        <translation>%1：工作文件夹 %2 只有 %3 MB 可用空间，而此任务的输入需要 %4 MB。请在那里腾出空间（已结束的任务在 %2/jobs 中）或选择其他工作文件夹。</translation>
    </message>
    <message>
        <source>%1: job %2 is %3: cancel it first</source>
        <translation>%1：任务 %2 处于 %3 状态：请先取消它</translation>
    </message>
    <message>
        <source>%1: %2 there cannot import tensorflow, so the job cannot run; Check the host on the Remote page (or `bertlab-cli remote check %1`) for how to fix it</source>
        <translation>%1：该主机上的 %2 无法导入 tensorflow，任务无法运行；请在“远程”页面检查该主机（或运行 `bertlab-cli remote check %1`）了解如何修复</translation>
    </message>
    <message>
        <source>%1: the batch size %2 does not divide by the %3 %4 devices TensorFlow sees there (each takes an equal share of every batch): choose a multiple of %3</source>
        <translation>%1：批大小 %2 不能被该主机上 TensorFlow 可见的 %3 个 %4 设备整除（每个设备分担每批的相同份额）：请选择 %3 的倍数</translation>
    </message>
</context>
<context>
    <name>bertlab::core::SafetensorsReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>too short for a safetensors file (%1 bytes)</source>
        <translation>对于 safetensors 文件来说太短（%1 字节）</translation>
    </message>
    <message>
        <source>header length %1 exceeds the file size (%2 bytes)</source>
        <translation>头部长度 %1 超过文件大小（%2 字节）</translation>
    </message>
    <message>
        <source>header length %1 exceeds the limit of %2 bytes</source>
        <translation>头部长度 %1 超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>读取错误（%1）</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1 at offset %2)</source>
        <translation>头部不是有效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation>__metadata__ 不是对象</translation>
    </message>
    <message>
        <source>__metadata__ value &apos;%1&apos; is not a string</source>
        <translation>__metadata__ 中的值 &apos;%1&apos; 不是字符串</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not an object</source>
        <translation>条目 &apos;%1&apos; 不是对象</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation>张量 &apos;%1&apos; 的 dtype &apos;%2&apos; 未知</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no valid shape</source>
        <translation>张量 &apos;%1&apos; 没有有效的形状</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an impossibly large shape</source>
        <translation>张量 &apos;%1&apos; 的形状大得不可能</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has invalid data_offsets</source>
        <translation>张量 &apos;%1&apos; 的 data_offsets 无效</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (bytes %2 to %3) lies beyond the end of the data (%4 bytes)</source>
        <translation>张量 &apos;%1&apos;（字节 %2 到 %3）超出了数据末尾（%4 字节）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 bytes but its shape and dtype need %3</source>
        <translation>张量 &apos;%1&apos; 有 %2 字节，但其形状和 dtype 需要 %3 字节</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; overlaps another tensor</source>
        <translation>张量 &apos;%1&apos; 与另一个张量重叠</translation>
    </message>
    <message>
        <source>gap in the data before tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 之前的数据有空缺</translation>
    </message>
    <message>
        <source>the tensors cover %1 of %2 data bytes</source>
        <translation>张量共覆盖了 %2 个数据字节中的 %1 个</translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的张量</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, not a float tensor</source>
        <translation>张量 &apos;%1&apos; 是 %2，而非浮点张量</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lies beyond the end of the file</source>
        <translation>张量 &apos;%1&apos; 超出了文件末尾</translation>
    </message>
    <message>
        <source>cannot read tensor &apos;%1&apos; (%2)</source>
        <translation>无法读取张量 &apos;%1&apos;（%2）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::SentenceTransformersConfig</name>
    <message>
        <source>%1 pooling</source>
        <translation>%1 池化</translation>
    </message>
    <message>
        <source>, normalized</source>
        <translation>，已归一化</translation>
    </message>
    <message>
        <source>, up to %1 tokens</source>
        <translation>，最多 %1 个词元</translation>
    </message>
</context>
<context>
    <name>bertlab::core::SsTableReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a table index</source>
        <translation>%1 字节对于表索引来说太大</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>读取错误（%1）</translation>
    </message>
    <message>
        <source>too short for a table (%1 bytes)</source>
        <translation>对于表文件来说太短（%1 字节）</translation>
    </message>
    <message>
        <source>not a table file (bad magic number)</source>
        <translation>不是表文件（魔数错误）</translation>
    </message>
    <message>
        <source>corrupt footer</source>
        <translation>文件尾已损坏</translation>
    </message>
    <message>
        <source>index block</source>
        <translation>索引块</translation>
    </message>
    <message>
        <source>corrupt block handle in the index block</source>
        <translation>索引块中的块句柄已损坏</translation>
    </message>
    <message>
        <source>data block %1</source>
        <translation>数据块 %1</translation>
    </message>
    <message>
        <source>keys out of order in %1</source>
        <translation>%1 中的键顺序错误</translation>
    </message>
</context>
<context>
    <name>bertlab::core::SshChannel</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无响应</translation>
    </message>
</context>
<context>
    <name>bertlab::core::TextSource</name>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: has no header row</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1: the header row is not valid UTF-8</source>
        <translation>%1：表头行不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1: has %2 columns; the text column must be one of them</source>
        <translation>%1：只有 %2 列；文本列必须是其中之一</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>超过 %1 字节</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2 is %3</source>
        <translation>%1：第 %2 行%3</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; (columns: %3)</source>
        <translation>%1：没有“%2”列（列：%3）</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; to keep (columns: %3)</source>
        <translation>%1：没有要保留的列“%2”（现有列：%3）</translation>
    </message>
    <message>
        <source>%1: columns to keep need a CSV or TSV file with a header row</source>
        <translation>%1：保留列需要带表头行的 CSV 或 TSV 文件</translation>
    </message>
</context>
<context>
    <name>bertlab::core::TfCheckpointReader</name>
    <message>
        <source>no bundle header (not a TensorFlow V2 checkpoint index)</source>
        <translation>没有 bundle 头（不是 TensorFlow V2 检查点索引）</translation>
    </message>
    <message>
        <source>corrupt bundle header</source>
        <translation>bundle 头已损坏</translation>
    </message>
    <message>
        <source>big-endian checkpoints are not supported</source>
        <translation>不支持大端序检查点</translation>
    </message>
    <message>
        <source>bad shard count %1</source>
        <translation>分片数 %1 无效</translation>
    </message>
    <message>
        <source>corrupt entry for tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 的条目已损坏</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; refers to shard %2 of %3</source>
        <translation>张量 &apos;%1&apos; 引用了分片 %2（共 %3 个）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2 of %3 but %4 bytes</source>
        <translation>张量 &apos;%1&apos; 的形状为 %2、类型为 %3，但大小为 %4 字节</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an impossible offset</source>
        <translation>张量 &apos;%1&apos; 的偏移量无效</translation>
    </message>
    <message>
        <source>no tensor named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的张量</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, not a float tensor</source>
        <translation>张量 &apos;%1&apos; 是 %2，而非浮点张量</translation>
    </message>
    <message>
        <source>partitioned</source>
        <translation>分区张量</translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (offset %2, %3 bytes) lies beyond the end of the file (%4 bytes)</source>
        <translation>张量 &apos;%1&apos;（偏移 %2，%3 字节）超出了文件末尾（%4 字节）</translation>
    </message>
    <message>
        <source>cannot read tensor &apos;%1&apos; (%2)</source>
        <translation>无法读取张量 &apos;%1&apos;（%2）</translation>
    </message>
    <message>
        <source>checksum mismatch in tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 校验和不匹配</translation>
    </message>
</context>
<context>
    <name>bertlab::core::Trainer</name>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1：无法创建输出文件夹</translation>
    </message>
    <message>
        <source>The loss became %1 at step %2; try a lower learning rate.</source>
        <translation>损失在第 %2 步变为 %1；请尝试更低的学习率。</translation>
    </message>
    <message>
        <source>%1: cannot write the events: %2</source>
        <translation>%1：无法写入事件：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::core::TrainingConfig</name>
    <message>
        <source>%1 is longer than the start model&apos;s %2 positions</source>
        <translation>%1 超过了起始模型的 %2 个位置</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>at least 2</source>
        <translation>至少为 2</translation>
    </message>
    <message>
        <source>the hidden size %1 does not divide by %2 heads</source>
        <translation>隐藏层大小 %1 不能被 %2 个头整除</translation>
    </message>
    <message>
        <source>between 0 and 0.9</source>
        <translation>介于 0 和 0.9 之间</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>at least 10</source>
        <translation>至少为 10</translation>
    </message>
    <message>
        <source>choose a training file</source>
        <translation>请选择训练文件</translation>
    </message>
    <message>
        <source>at least 4 tokens</source>
        <translation>至少 4 个词元</translation>
    </message>
    <message>
        <source>rates are between 0 and 1</source>
        <translation>比例须介于 0 和 1 之间</translation>
    </message>
    <message>
        <source>the [MASK] share plus the random share is more than 1</source>
        <translation>[MASK] 比例与随机比例之和大于 1</translation>
    </message>
    <message>
        <source>name the text column</source>
        <translation>请指定文本列</translation>
    </message>
    <message>
        <source>name the label column</source>
        <translation>请指定标签列</translation>
    </message>
    <message>
        <source>at least 1 (or give max_steps)</source>
        <translation>至少为 1（或给出 max_steps）</translation>
    </message>
    <message>
        <source>0 (use epochs) or more</source>
        <translation>0（使用轮数）或更大</translation>
    </message>
    <message>
        <source>a number of 0 or more, like 1e-4</source>
        <translation>0 或更大的数字，例如 1e-4</translation>
    </message>
    <message>
        <source>between 0 and the learning rate</source>
        <translation>介于 0 和学习率之间</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>介于 0 和 1 之间</translation>
    </message>
    <message>
        <source>0 (no clipping) or more</source>
        <translation>0（不裁剪）或更大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>0 (off) or more</source>
        <translation>0（关闭）或更大</translation>
    </message>
    <message>
        <source>early stopping needs validation data: give a validation file or hold out part of the training data</source>
        <translation>提前停止需要验证数据：请提供验证文件，或留出部分训练数据</translation>
    </message>
    <message>
        <source>choose a folder for the checkpoints and metrics</source>
        <translation>请选择用于检查点和指标的文件夹</translation>
    </message>
    <message>
        <source>0 (only at the end) or more</source>
        <translation>0（仅在结束时）或更大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no [MASK]</source>
        <translation>“%1”中没有 [MASK]</translation>
    </message>
    <message>
        <source>%1: not BertLab training settings (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1：不是 BertLab 训练设置（“format”不是“%2”）</translation>
    </message>
    <message>
        <source>%1: settings version %2; this BertLab reads version %3</source>
        <translation>%1：设置版本为 %2；此 BertLab 读取的是版本 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not pretrain or classify</source>
        <translation>“%1”不是 pretrain 或 classify</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not gelu, gelu_new or relu</source>
        <translation>“%1”不是 gelu、gelu_new 或 relu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not google or keras-bert</source>
        <translation>“%1”不是 google 或 keras-bert</translation>
    </message>
    <message>
        <source>one character, or null</source>
        <translation>一个字符，或 null</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1：不是有效的 JSON（第 %3 字节处：%2）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::TrainingEventReader</name>
    <message>
        <source>line %1 is not a training event</source>
        <translation>第 %1 行不是训练事件</translation>
    </message>
    <message>
        <source>line %1: events of another format or version (%2 %3)</source>
        <translation>第 %1 行：其他格式或版本的事件（%2 %3）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>bertlab::core::TrainingReplay</name>
    <message>
        <source>%1: cannot read the run&apos;s events: %2</source>
        <translation>%1：无法读取该运行的事件：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::core::Validation</name>
    <message>
        <source>unknown early-stopping monitor &quot;%1&quot; (val_loss, val_accuracy, val_mlm_accuracy, val_nsp_accuracy, val_macro_f1)</source>
        <translation>未知的早停监控指标 &quot;%1&quot;（可用：val_loss、val_accuracy、val_mlm_accuracy、val_nsp_accuracy、val_macro_f1）</translation>
    </message>
</context>
<context>
    <name>bertlab::core::ZipReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>不是 zip 归档（太短）</translation>
    </message>
    <message>
        <source>not a zip archive (no end-of-central-directory record)</source>
        <translation>不是 zip 归档（没有中央目录结束记录）</translation>
    </message>
    <message>
        <source>damaged zip64 archive (no zip64 end-of-directory locator)</source>
        <translation>zip64 归档已损坏（没有 zip64 目录结束定位符）</translation>
    </message>
    <message>
        <source>damaged zip64 archive (its end record lies beyond the file)</source>
        <translation>zip64 归档已损坏（其结束记录超出了文件）</translation>
    </message>
    <message>
        <source>damaged zip64 archive (no zip64 end-of-directory record)</source>
        <translation>zip64 归档已损坏（没有 zip64 目录结束记录）</translation>
    </message>
    <message>
        <source>damaged zip64 archive (truncated end record)</source>
        <translation>zip64 归档已损坏（结束记录被截断）</translation>
    </message>
    <message>
        <source>archives split over several disks are not supported</source>
        <translation>不支持分卷归档</translation>
    </message>
    <message>
        <source>%1 entries is more than the %2 a model archive may have</source>
        <translation>%1 个条目超过了模型归档允许的 %2 个</translation>
    </message>
    <message>
        <source>damaged zip archive (its central directory lies outside the file)</source>
        <translation>zip 归档已损坏（中央目录位于文件之外）</translation>
    </message>
    <message>
        <source>cannot read the central directory (%1)</source>
        <translation>无法读取中央目录（%1）</translation>
    </message>
    <message>
        <source>central directory entry %1</source>
        <translation>中央目录条目 %1</translation>
    </message>
    <message>
        <source>damaged zip archive (%1 has no signature)</source>
        <translation>zip 归档已损坏（%1 没有签名）</translation>
    </message>
    <message>
        <source>damaged zip archive (%1 is truncated)</source>
        <translation>zip 归档已损坏（%1 被截断）</translation>
    </message>
    <message>
        <source>damaged zip archive (%1 has a short zip64 field)</source>
        <translation>zip 归档已损坏（%1 的 zip64 字段太短）</translation>
    </message>
    <message>
        <source>damaged zip archive (%1 has a name that is not UTF-8)</source>
        <translation>zip 归档已损坏（%1 的名称不是 UTF-8）</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is encrypted</source>
        <translation>条目 &apos;%1&apos; 已加密</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; appears twice</source>
        <translation>条目 &apos;%1&apos; 出现了两次</translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; lies outside the file)</source>
        <translation>zip 归档已损坏（条目 &apos;%1&apos; 位于文件之外）</translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; has no local header)</source>
        <translation>zip 归档已损坏（条目 &apos;%1&apos; 没有本地文件头）</translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; has another name in its local header)</source>
        <translation>zip 归档已损坏（条目 &apos;%1&apos; 的本地文件头中是另一个名称）</translation>
    </message>
    <message>
        <source>damaged zip archive (entry &apos;%1&apos; lies beyond the end of the file)</source>
        <translation>zip 归档已损坏（条目 &apos;%1&apos; 超出了文件末尾）</translation>
    </message>
    <message>
        <source>no entry named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的条目</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is %2 bytes, more than the %3 expected</source>
        <translation>条目 &apos;%1&apos; 有 %2 字节，超过预期的 %3</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos;: </source>
        <translation>条目 &apos;%1&apos;：</translation>
    </message>
    <message>
        <source>compressed entries are not supported (method %1); PyTorch stores tensors uncompressed</source>
        <translation>不支持压缩的条目（方法 %1）；PyTorch 以不压缩的方式存储张量</translation>
    </message>
    <message>
        <source>a stored entry&apos;s sizes differ (%1 and %2 bytes)</source>
        <translation>未压缩条目的两个大小不同（%1 和 %2 字节）</translation>
    </message>
    <message>
        <source>bytes %1..%2 are outside its %3 bytes</source>
        <translation>字节 %1..%2 超出了其 %3 字节</translation>
    </message>
    <message>
        <source>it lies beyond the end of the file</source>
        <translation>它超出了文件末尾</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>damaged (its CRC-32 does not match)</source>
        <translation>已损坏（CRC-32 不匹配）</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::AttentionGrid</name>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>No attention to show.</source>
        <translation>没有可显示的注意力。</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>第 %1 层，注意力头 %2</translation>
    </message>
    <message>
        <source>Layer %1, head %2 (largest weight %3): click to see it large</source>
        <translation>第 %1 层，注意力头 %2（最大权重 %3）：点击查看大图</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::AttentionHeatmap</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>No attention to show.</source>
        <translation>没有可显示的注意力。</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::CandidateList</name>
    <message>
        <source>Candidates for this [MASK], most probable first. Click one (or press Enter) to put it into the text.</source>
        <translation>此 [MASK] 的候选词，按概率从高到低排列。点击其中一个（或按 Enter）将其填入文本。</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::CandidateListModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <translation>&lt; %1%</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>A word piece: it joins the word before it without a space.</source>
        <translation>子词：它会不加空格地接在前一个词之后。</translation>
    </message>
    <message>
        <source>%1 (vocabulary id %2): %3</source>
        <translation>%1（词表 id %2）：%3</translation>
    </message>
    <message>
        <source>Click it or press Enter to put it into the text in place of this [MASK].</source>
        <translation>点击它或按 Enter，将其填入文本中此 [MASK] 的位置。</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::CatalogTableModel</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Multilingual</source>
        <translation>多语言</translation>
    </message>
    <message>
        <source>cased</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>uncased</source>
        <translation>不区分大小写</translation>
    </message>
    <message>
        <source>L-%1 H-%2 A-%3</source>
        <translation>L-%1 H-%2 A-%3</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id：%1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation>自行添加的条目</translation>
    </message>
    <message>
        <source>Layers, hidden size and attention heads</source>
        <translation>层数、隐藏维度和注意力头数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::DownloadListModel</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>retrying soon</source>
        <translation>即将重试</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::HeadView</name>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>No heads selected: switch on at least one head.</source>
        <translation>未选择注意力头：请至少开启一个头。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::InputFileListModel</name>
    <message>
        <source>Text lines</source>
        <translation>文本行</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1: “%2” + “%3”</source>
        <translation>%1：“%2” + “%3”</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>How the file is read; change it below the list</source>
        <translation>文件的读取方式；可在列表下方更改</translation>
    </message>
    <message>
        <source>%1
A file of this name exists and will be replaced when the run finishes</source>
        <translation>%1
已存在同名文件，运行结束时将被替换</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::InstalledModelsModel</name>
    <message>
        <source>L-%1 H-%2 A-%3</source>
        <translation>L-%1 H-%2 A-%3</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>有问题：%1</translation>
    </message>
    <message>
        <source>Layers, hidden size and attention heads</source>
        <translation>层数、隐藏维度和注意力头数</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::LabelProbabilityModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Label %1 (number %2 of the model&apos;s labels): %3</source>
        <translation>标签 %1（模型标签中的第 %2 个）：%3</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ModelSummaryView</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Transformer encoder layers</source>
        <translation>Transformer 编码器层</translation>
    </message>
    <message>
        <source>Width of every token&apos;s vector</source>
        <translation>每个词元向量的宽度</translation>
    </message>
    <message>
        <source>Heads per layer</source>
        <translation>每层的头数</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>WordPiece vocabulary size</source>
        <translation>WordPiece 词表大小</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Weights loaded (optimizer slots excluded)</source>
        <translation>已加载的权重（不含优化器槽）</translation>
    </message>
    <message>
        <source>pooler</source>
        <translation>池化层</translation>
    </message>
    <message>
        <source>masked LM</source>
        <translation>掩码语言模型</translation>
    </message>
    <message>
        <source>next sentence</source>
        <translation>下一句预测</translation>
    </message>
    <message>
        <source>none (encoder only)</source>
        <translation>无（仅编码器）</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <source>Cased models keep upper case and accents; uncased ones lower-case the text first</source>
        <translation>区分大小写的模型保留大写和重音符号；不区分大小写的模型会先将文本转为小写</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出头</translation>
    </message>
    <message>
        <source>TF checkpoint</source>
        <translation>TF 检查点</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>cased</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>uncased</source>
        <translation>不区分大小写</translation>
    </message>
    <message>
        <source>Google TF checkpoint, or Hugging Face safetensors or PyTorch pytorch_model.bin</source>
        <translation>Google TF 检查点，或 Hugging Face 的 safetensors 或 PyTorch 的 pytorch_model.bin</translation>
    </message>
    <message>
        <source>Hugging Face (PyTorch)</source>
        <translation>Hugging Face（PyTorch）</translation>
    </message>
    <message>
        <source>keras-bert (HDF5)</source>
        <translation>keras-bert（HDF5）</translation>
    </message>
    <message>
        <source>Pooler, masked-LM, next-sentence and classifier heads found in the files</source>
        <translation>文件中找到的池化层、掩码语言模型、下一句预测和分类头</translation>
    </message>
    <message>
        <source>classifier (labels %1)</source>
        <translation>分类器（标签 %1）</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ProbabilityGauge</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ProbeList</name>
    <message>
        <source>no guesses yet</source>
        <translation>尚无猜测</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::ProbeListModel</name>
    <message>
        <source>%1
No guesses yet: they come with the first probe of the run.</source>
        <translation>%1
尚无猜测：本次运行第一次探测之后才会出现。</translation>
    </message>
    <message>
        <source>[MASK] %1: %2</source>
        <translation>[MASK] %1：%2</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::SchedulePreview</name>
    <message>
        <source>No schedule</source>
        <translation>无调度</translation>
    </message>
    <message>
        <source>warm-up %L1</source>
        <translation>预热 %L1</translation>
    </message>
    <message>
        <source>%L1 steps</source>
        <translation>%L1 步</translation>
    </message>
    <message>
        <source>step %L1: learning rate %2</source>
        <translation>第 %L1 步：学习率 %2</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TablePreviewModel</name>
    <message>
        <source>Line %1 will be skipped: %2</source>
        <translation>第 %1 行将被跳过：%2</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1（文本）</translation>
    </message>
    <message>
        <source>%1 (second text)</source>
        <translation>%1（第二段文本）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is embedded as the text</source>
        <translation>列“%1”作为文本计算嵌入</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is embedded as the second text of a sentence pair</source>
        <translation>列“%1”作为句子对的第二段文本计算嵌入</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not read</source>
        <translation>不读取列“%1”</translation>
    </message>
    <message>
        <source>Line %1 of the file; its texts are row %2 of the output (the first text is row 0)</source>
        <translation>文件第 %1 行；其文本是输出的第 %2 行（第一段文本为第 0 行）</translation>
    </message>
    <message>
        <source>Line %1 of the file is skipped: no row in the output</source>
        <translation>文件第 %1 行被跳过：输出中没有对应的行</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TextPairEditor</name>
    <message>
        <source>Type a sentence, e.g. The capital of France is [MASK].</source>
        <translation>输入一个句子，例如：法国的首都是[MASK]黎。</translation>
    </message>
    <message>
        <source>The text every page looks at (sentence A)</source>
        <translation>所有页面共同查看的文本（句子 A）</translation>
    </message>
    <message>
        <source>Second sentence of the pair (sentence B)</source>
        <translation>句子对中的第二个句子（句子 B）</translation>
    </message>
    <message>
        <source>Sentence B: the model sees [CLS] A [SEP] B [SEP]</source>
        <translation>句子 B：模型看到的是 [CLS] A [SEP] B [SEP]</translation>
    </message>
    <message>
        <source>Sentence &amp;pair</source>
        <translation>句子对(&amp;P)</translation>
    </message>
    <message>
        <source>Give the model two sentences (segments A and B), as for next-sentence prediction</source>
        <translation>向模型输入两个句子（句段 A 和 B），用于下一句预测</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TokenStrip</name>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>The text&apos;s WordPiece tokens. Arrow keys move between tokens, Enter selects the token&apos;s characters in the text.</source>
        <translation>文本的 WordPiece 词元。用方向键在词元间移动，按 Enter 在文本中选中该词元的字符。</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Special token: starts the input</source>
        <translation>特殊词元：输入的开头</translation>
    </message>
    <message>
        <source>Special token: ends the first text</source>
        <translation>特殊词元：第一段文本的结尾</translation>
    </message>
    <message>
        <source>Special token: ends the second text</source>
        <translation>特殊词元：第二段文本的结尾</translation>
    </message>
    <message>
        <source>Special token</source>
        <translation>特殊词元</translation>
    </message>
    <message>
        <source>chars %1–%2 of the %3</source>
        <translation>%3的第 %1–%2 个字符</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>第一段文本</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>第二段文本</translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation>来自“%1”</translation>
    </message>
    <message>
        <source>continues the word before it</source>
        <translation>接续前一个词</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;not in the vocabulary: the model sees [UNK]&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;不在词表中：模型看到的是 [UNK]&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;cut off: beyond the maximum length, the model does not see it&lt;/i&gt;</source>
        <translation>&lt;i&gt;已截掉：超出最大长度，模型看不到它&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Cut: the tokens after this mark go beyond the maximum length</source>
        <translation>截断：此标记之后的词元超出了最大长度</translation>
    </message>
</context>
<context>
    <name>bertlab::widgets::TrainingChart</name>
    <message>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Logarithmic value axis (values at or below zero are left out)</source>
        <translation>对数数值轴（小于或等于零的值不显示）</translation>
    </message>
    <message>
        <source>Show all the data again after zooming or panning (0)</source>
        <translation>缩放或平移后重新显示全部数据（0）</translation>
    </message>
    <message>
        <source>&amp;Logarithmic Scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Scale, zoom and export</source>
        <translation>刻度、缩放和导出</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1: %2 (step %3)</source>
        <translation>%1：%2（第 %3 步）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop workbench for BERT models.</source>
        <translation>BERT 模型桌面工作台。</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>使用浅色或深色调色板，而不是系统的调色板。</translation>
    </message>
    <message>
        <source>The quick brown fox [MASK] over the lazy dog.</source>
        <translation>敏捷的棕色狐狸[MASK]过了那只懒狗。</translation>
    </message>
    <message>
        <source>It was a sunny day.</source>
        <translation>那天阳光明媚。</translation>
    </message>
    <message>
        <source>Model folder to open (default: the last model opened, or the BertLab demo model).</source>
        <translation>要打开的模型文件夹（默认：上次打开的模型，或 BertLab 演示模型）。</translation>
    </message>
    <message>
        <source>Open MODEL (default: the demo model) with an example text, save a picture of every page into DIR and quit.</source>
        <translation>用示例文本打开 MODEL（默认：演示模型），将每个页面的截图保存到 DIR 后退出。</translation>
    </message>
</context>
</TS>
