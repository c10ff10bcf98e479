<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppState</name>
    <message>
        <source>Select accelerators</source>
        <extracomment>Plot colours are lightened where too dark for the dark theme (set at start).</extracomment>
        <translation>请选择加速卡</translation>
    </message>
    <message>
        <source>Could not compute this scenario: {0}</source>
        <translation>无法计算此场景：{0}</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>{0} devices per replica (TP{1}, PP{2}, EP{3}), {4} concurrent requests</source>
        <translation>每个副本 {0} 卡（TP{1}、PP{2}、EP{3}），并发请求 {4} 个</translation>
    </message>
    <message>
        <source>Results (range)</source>
        <translation>结果（范围）</translation>
    </message>
    <message>
        <source>Time to first token, ms</source>
        <translation>首字延迟 TTFT（ms）</translation>
    </message>
    <message>
        <source>Time per output token, ms</source>
        <translation>每输出 token 时延 TPOT（ms）</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>单用户 token/s</translation>
    </message>
    <message>
        <source>Output tokens/s per device</source>
        <translation>单卡输出 token/s</translation>
    </message>
    <message>
        <source>Prefill tokens/s</source>
        <translation>预填充 token/s</translation>
    </message>
    <message>
        <source>Where a decode step&apos;s time goes</source>
        <translation>一次解码步骤的耗时构成</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Memory traffic</source>
        <translation>显存访问</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Fixed overhead</source>
        <translation>固定开销</translation>
    </message>
    <message>
        <source>Memory per device</source>
        <translation>单卡显存占用</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Catalog figures used</source>
        <translation>所用规格库参数</translation>
    </message>
    <message>
        <source>Efficiencies applied (calibrated)</source>
        <translation>所用效率系数（已校准）</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>固定开销</translation>
    </message>
    <message>
        <source>This step is {0}-bound; compute runs in {1}.</source>
        <translation>该步骤受{0}限制；计算精度为 {1}。</translation>
    </message>
    <message>
        <source>Ranges combine the confidence of the figures used with the calibration spread of the runtime&apos;s efficiencies.</source>
        <translation>范围综合了所用参数的可信度与推理框架效率系数的校准离散度。</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>cannot read: {0}</source>
        <translation>无法读取：{0}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>not valid CSV: {0}</source>
        <translation>不是有效的 CSV：{0}</translation>
    </message>
    <message>
        <source>empty file: no header row</source>
        <translation>空文件：没有表头行</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <source>duplicate column</source>
        <translation>列重复</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>缺少此列</translation>
    </message>
    <message>
        <source>{0} cells for {1} columns</source>
        <translation>有 {0} 个单元格，但表头有 {1} 列</translation>
    </message>
    <message>
        <source>source, confidence or note given without a value</source>
        <translation>给出了来源、置信度或备注，却没有数值</translation>
    </message>
    <message>
        <source>cannot tell the kind from the header: use --kind ({0})</source>
        <translation>无法从表头判断条目类型：请用 --kind 指定（{0}）</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>不是有效的 JSON：{0}</translation>
    </message>
    <message>
        <source>a bare list of rows needs --kind</source>
        <translation>只有一个行列表时需要用 --kind 指定类型</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>{0} is not {1}</source>
        <translation>{0} 不是 {1}</translation>
    </message>
    <message>
        <source>{0} is newer than this app reads ({1})</source>
        <translation>{0} 比本程序能读取的版本（{1}）更新</translation>
    </message>
    <message>
        <source>unknown kind (expected {0})</source>
        <translation>未知的类型（应为 {0}）</translation>
    </message>
    <message>
        <source>expected a list of rows</source>
        <translation>应为行的列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>duplicate id {0} (first at {1})</source>
        <translation>id {0} 重复（首次出现于 {1}）</translation>
    </message>
    <message>
        <source>row {0}</source>
        <extracomment>Singular names for messages (&quot;unknown accelerator &apos;x&apos;&quot;).</extracomment>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unknown format: use a .csv or .json file</source>
        <translation>未知的格式：请使用 .csv 或 .json 文件</translation>
    </message>
    <message>
        <source>{0} cannot be imported or exported (use {1})</source>
        <translation>{0} 不能导入或导出（请用 {1}）</translation>
    </message>
    <message>
        <source>... and {0} more</source>
        <translation>……另有 {0} 个问题</translation>
    </message>
    <message>
        <source>{0} refused, nothing was changed ({1} problem(s)):</source>
        <translation>{0}被拒绝，规格库未做任何更改（{1} 个问题）：</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>missing id</source>
        <extracomment>Kinds whose defining file is absent (data still arriving): references to them are not checked.</extracomment>
        <translation>缺少 id</translation>
    </message>
    <message>
        <source>id {0} is not a lowercase slug (a-z, 0-9, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;)</source>
        <translation>id {0} 不是小写标识（只能用 a-z、0-9、&apos;-&apos;、&apos;.&apos;、&apos;_&apos;）</translation>
    </message>
    <message>
        <source>not a date (YYYY, YYYY-MM or YYYY-MM-DD): {0}</source>
        <translation>不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）：{0}</translation>
    </message>
    <message>
        <source>not a number: {0}</source>
        <translation>不是数字：{0}</translation>
    </message>
    <message>
        <source>not a finite number: {0}</source>
        <translation>不是有限的数字：{0}</translation>
    </message>
    <message>
        <source>must not be negative: {0}</source>
        <translation>不能为负数：{0}</translation>
    </message>
    <message>
        <source>must be positive (leave an unknown value out instead of writing 0)</source>
        <translation>必须为正数（未知的值请留空，不要填 0）</translation>
    </message>
    <message>
        <source>must be a whole number: {0}</source>
        <translation>必须为整数：{0}</translation>
    </message>
    <message>
        <source>not true or false: {0}</source>
        <translation>不是 true 或 false：{0}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知的字段</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少此字段</translation>
    </message>
    <message>
        <source>not text: {0}</source>
        <translation>不是文本：{0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} 不在可选值之中（{1}）</translation>
    </message>
    <message>
        <source>unknown vendor {0}</source>
        <translation>未知的厂商 {0}</translation>
    </message>
    <message>
        <source>unknown source {0}</source>
        <translation>未知的来源 {0}</translation>
    </message>
    <message>
        <source>unknown stack {0}</source>
        <translation>未知的软件栈 {0}</translation>
    </message>
    <message>
        <source>unknown accelerator {0}</source>
        <translation>未知的加速卡 {0}</translation>
    </message>
    <message>
        <source>unknown runtime {0}</source>
        <translation>未知的推理框架 {0}</translation>
    </message>
    <message>
        <source>unknown model {0}</source>
        <translation>未知的模型 {0}</translation>
    </message>
    <message>
        <source>unknown system {0}</source>
        <translation>未知的系统 {0}</translation>
    </message>
    <message>
        <source>unknown {0} {1}</source>
        <translation>未知的 {0} {1}</translation>
    </message>
    <message>
        <source>missing (leave the whole field out when unknown)</source>
        <translation>缺少数值（未知时请把整个字段去掉）</translation>
    </message>
    <message>
        <source>missing: give a source, or set the entry&apos;s source</source>
        <translation>缺少来源：请给出来源，或设置条目的来源</translation>
    </message>
    <message>
        <source>missing: give a confidence, or set the entry&apos;s confidence</source>
        <translation>缺少置信度：请给出置信度，或设置条目的置信度</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search name, vendor, stack, id…</source>
        <extracomment>Compared accelerators named in the bottom line; more are counted. Which filters mean something for each kind (the others are hidden and ignored). (kind, id) of the entry whose spec sheet was opened.</extracomment>
        <translation>搜索名称、厂商、软件栈、ID…</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Availability in China</source>
        <translation>国内可得性</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Memory per device, at least</source>
        <translation>单卡显存下限</translation>
    </message>
    <message>
        <source>Memory ≥</source>
        <translation>显存 ≥</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>重新显示全部条目</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清空选择</translation>
    </message>
    <message>
        <source>Untick every accelerator (undo brings them back)</source>
        <translation>取消勾选所有加速卡（可撤销恢复）</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation>仅显示已选</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部厂商</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <source>All stacks</source>
        <translation>全部软件栈</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>China: any</source>
        <translation>国内：不限</translation>
    </message>
    <message>
        <source>China: available or limited</source>
        <translation>国内：可得或受限</translation>
    </message>
    <message>
        <source>China: {0}</source>
        <translation>国内：{0}</translation>
    </message>
    <message>
        <source>No accelerator selected: tick some to compare</source>
        <translation>未选择加速卡：请勾选几款进行对比</translation>
    </message>
    <message>
        <source>Comparing {0}:</source>
        <translation>正在对比 {0} 款：</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>另有 {0} 款</translation>
    </message>
    <message>
        <source>Showing all {0}</source>
        <translation>显示全部 {0} 项</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>显示 {0} / {1} 项</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add accelerator…</source>
        <translation>添加加速卡…</translation>
    </message>
    <message>
        <source>Open spec sheet</source>
        <translation>打开规格表</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>取消对比</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Compare</source>
        <extracomment>Sort key of an unknown figure: below every real one (figures are never negative). Called by this name with literal texts, so pyside6-lupdate finds every one.</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>Tick to compare this accelerator in the plots</source>
        <translation>勾选后在图表中对比此加速卡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Memory
{0}</source>
        <translation>显存
{0}</translation>
    </message>
    <message>
        <source>Bandwidth
{0}</source>
        <translation>带宽
{0}</translation>
    </message>
    <message>
        <source>BF16
{0}</source>
        <translation>BF16
{0}</translation>
    </message>
    <message>
        <source>FP8
{0}</source>
        <translation>FP8
{0}</translation>
    </message>
    <message>
        <source>TDP
{0}</source>
        <translation>TDP
{0}</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>China</source>
        <translation>国内</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Scale-up
domain</source>
        <translation>Scale-up
域</translation>
    </message>
    <message>
        <source>Power
{0}</source>
        <translation>功耗
{0}</translation>
    </message>
    <message>
        <source>Price
{0}</source>
        <translation>价格
{0}</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发方</translation>
    </message>
    <message>
        <source>Params total
{0}</source>
        <translation>总参数量
{0}</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>Params active
{0}</source>
        <translation>激活参数量
{0}</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Context
{0}</source>
        <translation>上下文
{0}</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源国</translation>
    </message>
    <message>
        <source>dense model: every parameter is active</source>
        <translation>稠密模型：全部参数均激活</translation>
    </message>
    <message>
        <source>Compared in the plots (its colour)</source>
        <translation>已在图表中对比（显示其颜色）</translation>
    </message>
    <message>
        <source>Tick to compare</source>
        <translation>勾选以对比</translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation>{0}（自定义）</translation>
    </message>
    <message>
        <source>Added or edited by you</source>
        <translation>由您添加或修改</translation>
    </message>
    <message>
        <source>Double-click for the full spec sheet</source>
        <translation>双击查看完整规格表</translation>
    </message>
    <message>
        <source>{0}: unknown</source>
        <translation>{0}：未知</translation>
    </message>
    <message>
        <source>Confidence: {0}</source>
        <translation>置信度：{0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>并行方案</translation>
    </message>
    <message>
        <source>Devices for workload</source>
        <translation>满足负载所需卡数</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Max concurrency under targets</source>
        <translation>满足目标的最大并发</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT（毫秒）</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>TPOT（毫秒）</translation>
    </message>
    <message>
        <source>Tokens/s per device</source>
        <translation>单卡 tokens/s</translation>
    </message>
    <message>
        <source>{currency} per M tokens</source>
        <translation>每百万 token 成本（{currency}）</translation>
    </message>
    <message>
        <source>TCO ({currency})</source>
        <translation>总拥有成本 TCO（{currency}）</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>功耗（kW）</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>China availability</source>
        <translation>国内可得性</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <translation>无结果：无法计算此场景。</translation>
    </message>
    <message>
        <source>{0} per million output tokens</source>
        <translation>每百万输出 token 成本（{0}）</translation>
    </message>
    <message>
        <source>No selected accelerator can serve this model at these settings.</source>
        <translation>在当前设置下，所选加速卡均无法部署此模型。</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>显存不足</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>{0}
{1:,.3f} {4} per million tokens
range {2:,.3f} – {3:,.3f}</source>
        <translation>{0}
每百万 token {1:,.3f} {4}
范围 {2:,.3f} – {3:,.3f}</translation>
    </message>
</context>
<context>
    <name>EditEntryDialog</name>
    <message>
        <source>Add your own {0}</source>
        <extracomment>Marks a free-text source kept in a figure&apos;s note (data, not UI text: never translated). Text fields in the form, per kind: (field, widget kind); &quot;choice&quot; fields use the records&apos; choices. Largest plausible value per field: beyond it a figure is almost surely a typo (wrong unit). Sources: the largest parts in the shipped catalog (Cerebras WSE-3: 21 PB/s on-chip, 23 kW) x ~5. The id written on a successful save. Source fields filled from the record: (text shown, source id), so that an untouched field keeps its exact source even when two sources share a title.</extracomment>
        <translation>添加自定义{0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
    <message>
        <source>Your entries and edits are kept apart from the shipped catalog: an update never overwrites them. Leave a figure empty when it is unknown; never write 0.</source>
        <translation>您添加和修改的条目与内置规格库分开保存，规格库更新不会覆盖它们。未知的数值请留空，切勿填 0。</translation>
    </message>
    <message>
        <source>Select it for comparison</source>
        <translation>选中以参与对比</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>required, e.g. Ascend 910C (our lab sample)</source>
        <translation>必填，例如 Ascend 910C（实验室样卡）</translation>
    </message>
    <message>
        <source>filled in from vendor and name</source>
        <translation>根据厂商和名称自动生成</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>country code of the developer, e.g. CN, US</source>
        <translation>开发方的国家代码，例如 CN、US</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Where the figures come from (unless a figure says otherwise)</source>
        <translation>数据来源（单项另有说明的除外）</translation>
    </message>
    <message>
        <source>a catalog source, or your own: e.g. my measurement, 2026-11</source>
        <translation>规格库中的来源，或您自己的来源：例如“本人实测，2026-11”</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <source>optional: conflicts, how it was measured</source>
        <translation>选填：数据冲突、测量方法等</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>the identifier must be lowercase letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;</source>
        <translation>标识符只能包含小写字母、数字、“-”、“.”或“_”</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already in the catalog: choose another identifier, or edit that entry from its spec sheet</source>
        <translation>规格库中已有“{0}”：请换一个标识符，或从其规格表中编辑该条目</translation>
    </message>
    <message>
        <source>choose the vendor</source>
        <translation>请选择厂商</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <source>{0} looks too large (more than {1}): check the unit</source>
        <translation>{0} 似乎过大（超过 {1}）：请检查单位</translation>
    </message>
    <message>
        <source>{0} looks too small</source>
        <translation>{0} 似乎过小</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be more than 0 (leave it empty when unknown)</source>
        <translation>必须大于 0（未知时请留空）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <source>active parameters cannot exceed the total</source>
        <translation>激活参数量不能超过总参数量</translation>
    </message>
    <message>
        <source>experts per token cannot exceed the routed experts</source>
        <translation>每 token 激活专家数不能超过路由专家数</translation>
    </message>
    <message>
        <source>KV heads cannot exceed the attention heads</source>
        <translation>KV 头数不能超过注意力头数</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation>（另有 {0} 项）</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>可以保存。</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Hover over a point in a plot, or select a row of the table, to see where its numbers come from.</source>
        <translation>将鼠标悬停在图表中的数据点上，或在表格中选中一行，即可查看数值的由来。</translation>
    </message>
    <message>
        <source>Not a valid configuration</source>
        <translation>不是可行的配置</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <source>Workbook (XLSX)…</source>
        <translation>工作簿（XLSX）…</translation>
    </message>
    <message>
        <source>Comparison and sweep tables (CSV)…</source>
        <translation>对比表与扫描数据（CSV）…</translation>
    </message>
    <message>
        <source>Plan with results (JSON)…</source>
        <translation>含结果的方案（JSON）…</translation>
    </message>
    <message>
        <source>Plots as images (PNG)…</source>
        <translation>图表图片（PNG）…</translation>
    </message>
    <message>
        <source>Plots as vector drawings (SVG)…</source>
        <translation>图表矢量图（SVG）…</translation>
    </message>
    <message>
        <source>&amp;Import entries…</source>
        <translation>导入条目(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport the catalog…</source>
        <translation>导出规格库(&amp;X)…</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The scenario could not be computed.</source>
        <translation>无法计算此场景。</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>正在导出 {0}…</translation>
    </message>
    <message>
        <source>Folder for the plot images</source>
        <translation>图表图片保存位置</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Plan with results (*.json)</source>
        <translation>含结果的方案 (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing was written; a file that was already there is unchanged.

Reason:
{0}</source>
        <translation>未写入任何文件；已存在的同名文件保持不变。

原因：
{0}</translation>
    </message>
    <message>
        <source>Import catalog entries</source>
        <translation>导入规格库条目</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json)</source>
        <translation>规格库文件 (*.csv *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>The file was refused as a whole: the catalog is as it was.

Every problem found (rows and columns as in the file):
{0}</source>
        <translation>整个文件被拒绝导入：规格库保持原样。

发现的全部问题（行与列按文件中的写法）：
{0}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>已导入 {0}</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>导出规格库</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV, accelerators only (*.csv)</source>
        <translation>JSON (*.json);;CSV，仅加速卡 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {0} entries to {1}</source>
        <translation>已导出 {0} 个条目到 {1}</translation>
    </message>
</context>
<context>
    <name>JsonErrors</name>
    <message>
        <source>Expecting value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应为双引号括起的属性名</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应为分隔符“:”</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应为分隔符“,”</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>末尾有多余的数据</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字符串缺少结束引号，起始于</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>无效的控制字符，位于</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accelerator Planner</source>
        <extracomment>Tab names accepted by `--tab` (stable, untranslated), in tab order.</extracomment>
        <translation>加速卡选型规划器</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Throughput vs interactivity</source>
        <translation>吞吐量与交互性</translation>
    </message>
    <message>
        <source>Memory fit</source>
        <translation>显存占用</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Cost per token</source>
        <translation>每 token 成本</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>规格库</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Why this number</source>
        <translation>数值由来</translation>
    </message>
    <message>
        <source>The scenario could not be computed.</source>
        <extracomment>The height the catalog browser needs for its filters and a useful number of rows.</extracomment>
        <translation>无法计算此场景。</translation>
    </message>
    <message>
        <source>{0} on {1} accelerators · catalog {2}</source>
        <translation>{0}，{1} 款加速卡 · 规格库 {2}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>新建方案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>打开方案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a ready-made &amp;plan</source>
        <translation>打开示例方案(&amp;P)</translation>
    </message>
    <message>
        <source>Ready-made plans</source>
        <translation>示例方案</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy comparison table</source>
        <translation>复制对比表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Demo mode (full screen)</source>
        <translation>演示模式（全屏）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>规格库(&amp;C)</translation>
    </message>
    <message>
        <source>Add an &amp;accelerator…</source>
        <translation>添加加速卡(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a &amp;model…</source>
        <translation>添加模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Plot colours follow the theme after a restart.</source>
        <translation>图表颜色将在重启后跟随主题。</translation>
    </message>
    <message>
        <source> Ready-made: </source>
        <translation> 示例方案：</translation>
    </message>
    <message>
        <source>Open “{0}” as a new plan</source>
        <translation>以新方案打开“{0}”</translation>
    </message>
</context>
<context>
    <name>MemoryPlot</name>
    <message>
        <source>Memory per device (GiB)</source>
        <translation>单卡显存（GiB）</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>显存容量</translation>
    </message>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <translation>无结果：无法计算此场景。</translation>
    </message>
    <message>
        <source>{0} × {1} devices</source>
        <translation>{0} × {1} 卡</translation>
    </message>
    <message>
        <source>{0} devices</source>
        <translation>{0} 卡</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 卡</translation>
    </message>
    <message>
        <source>figures missing</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>显存不足</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>运行时开销</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>ParetoPlot</name>
    <message>
        <source>Tokens/s per user (interactivity)</source>
        <translation>单用户 tokens/s（交互性）</translation>
    </message>
    <message>
        <source>Output tokens/s per device (throughput)</source>
        <translation>单卡输出 tokens/s（吞吐量）</translation>
    </message>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <translation>无结果：无法计算此场景。</translation>
    </message>
    <message>
        <source>No selected accelerator can serve this model at these settings.</source>
        <translation>在当前设置下，所选加速卡均无法部署此模型。</translation>
    </message>
    <message>
        <source>{0}
{1}
{2:,.1f} tokens/s per user
{3:,.0f} tokens/s per device</source>
        <translation>{0}
{1}
单用户 {2:,.1f} tokens/s
单卡 {3:,.0f} tokens/s</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Untitled plan</source>
        <translation>未命名方案</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <source>This file cannot be opened as a plan; nothing was changed.

What is wrong (fields named as in the file):
{0}</source>
        <translation>无法将此文件作为方案打开，未做任何更改。

问题所在（字段名按文件中的写法）：
{0}</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>方案另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” first?</source>
        <translation>是否先保存对“{0}”的更改？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Accelerator Planner did not close normally last time. Restore the unsaved plan?</source>
        <translation>加速卡选型规划器上次未正常关闭。是否恢复未保存的方案？</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>无法保存方案</translation>
    </message>
    <message>
        <source>The plan was not saved; the file that was there is unchanged.

Reason:
{0}</source>
        <translation>方案未保存；原有文件保持不变。

原因：
{0}</translation>
    </message>
    <message>
        <source>The plan was written by an older version and has been upgraded; save it to keep the new format.</source>
        <translation>此方案由旧版本创建，已自动升级；请保存以保留新格式。</translation>
    </message>
    <message>
        <source>The catalog has changed since this plan was saved (catalog {0} → {1}). Figures that changed:</source>
        <translation>保存此方案后规格库已更新（规格库 {0} → {1}）。发生变化的参数：</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>关于此方案</translation>
    </message>
</context>
<context>
    <name>PlanErrors</name>
    <message>
        <source>a number too large to show</source>
        <extracomment>A name of a catalog field in an override: a Python-style identifier, lowercase.</extracomment>
        <translation>一个大到无法显示的数</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>integer too large (beyond the 64-bit range)</source>
        <extracomment>Integers outside the 64-bit range are refused in free-form data: other JSON readers (and spreadsheets) cannot hold them, and Python refuses to print ones with over 4300 digits.</extracomment>
        <translation>整数过大（超出 64 位范围）</translation>
    </message>
    <message>
        <source>expected a positive integer, got {0}</source>
        <translation>应为正整数，实际为 {0}</translation>
    </message>
    <message>
        <source>expected an integer of at least {0}, got {1}</source>
        <translation>应为不小于 {0} 的整数，实际为 {1}</translation>
    </message>
    <message>
        <source>expected a positive integer of at most {0}, got {1}</source>
        <translation>应为不大于 {0} 的正整数，实际为 {1}</translation>
    </message>
    <message>
        <source>expected an integer of at least {0} of at most {1}, got {2}</source>
        <translation>应为 {0} 到 {1} 之间的整数，实际为 {2}</translation>
    </message>
    <message>
        <source>expected a number, got {0}</source>
        <translation>应为数值，实际为 {0}</translation>
    </message>
    <message>
        <source>expected a finite number, got {0}</source>
        <translation>应为有限的数值，实际为 {0}</translation>
    </message>
    <message>
        <source>expected a number greater than {0}, got {1}</source>
        <translation>应为大于 {0} 的数值，实际为 {1}</translation>
    </message>
    <message>
        <source>expected a number of at least {0}, got {1}</source>
        <translation>应为不小于 {0} 的数值，实际为 {1}</translation>
    </message>
    <message>
        <source>expected a number of at most {0}, got {1}</source>
        <translation>应为不大于 {0} 的数值，实际为 {1}</translation>
    </message>
    <message>
        <source>expected one of {0}; got {1}</source>
        <translation>应为以下之一：{0}；实际为 {1}</translation>
    </message>
    <message>
        <source>expected text, got {0}</source>
        <translation>应为文本，实际为 {0}</translation>
    </message>
    <message>
        <source>text is too long ({0} characters; at most {1})</source>
        <translation>文本过长（{0} 个字符，最多 {1} 个）</translation>
    </message>
    <message>
        <source>text contains characters that are not valid Unicode</source>
        <translation>文本包含无效的 Unicode 字符</translation>
    </message>
    <message>
        <source>expected a single line of text</source>
        <translation>应为单行文本</translation>
    </message>
    <message>
        <source>expected a catalog id (lowercase slug), got {0}</source>
        <translation>应为规格库标识符（小写 slug），实际为 {0}</translation>
    </message>
    <message>
        <source>{0} is not a catalog id (a lowercase slug of a-z, 0-9, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;, at most {1} characters)</source>
        <translation>{0} 不是规格库标识符（应为由 a-z、0-9、“-”、“.”、“_”组成的小写 slug，最多 {1} 个字符）</translation>
    </message>
    <message>
        <source>expected a list of catalog ids, got {0}</source>
        <translation>应为规格库标识符列表，实际为 {0}</translation>
    </message>
    <message>
        <source>{0} is listed twice</source>
        <translation>{0} 重复出现</translation>
    </message>
    <message>
        <source>expected an (id, value) pair, got {0}</source>
        <translation>应为（标识符, 值）对，实际为 {0}</translation>
    </message>
    <message>
        <source>expected an object, got {0}</source>
        <translation>应为对象，实际为 {0}</translation>
    </message>
    <message>
        <source>unknown field (not part of this schema)</source>
        <translation>未知字段（不属于此版本的方案格式）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少此字段</translation>
    </message>
    <message>
        <source>{0} is not a field name (a-z, 0-9, &apos;_&apos;)</source>
        <translation>{0} 不是字段名（只能包含 a-z、0-9、“_”）</translation>
    </message>
    <message>
        <source>expected a number, text, true/false or null, got {0}</source>
        <translation>应为数值、文本、true/false 或 null，实际为 {0}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a date, got {0}</source>
        <translation>应为日期，实际为 {0}</translation>
    </message>
    <message>
        <source>expected a language code such as en or zh_CN, got {0}</source>
        <translation>应为语言代码（如 en 或 zh_CN），实际为 {0}</translation>
    </message>
    <message>
        <source>expected a {0}, got {1}</source>
        <extracomment>The number formats as engineers name them (the same in every language). How the workload is sized. &quot;tokens_per_day&quot; counts every token processed (input + output). Upper bounds: far beyond anything real, low enough to catch a slip of the finger (or a unit mix-up) before it reaches the estimator.</extracomment>
        <translation>应为 {0}，实际为 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} (in the plan as upgraded from schema {2})</source>
        <translation>{0}: {1}（位于从第 {2} 版格式升级后的方案中）</translation>
    </message>
    <message>
        <source>expected {0}, got {1}</source>
        <translation>应为 {0}，实际为 {1}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got {0}</source>
        <translation>应为 YYYY-MM-DD 格式的日期，实际为 {0}</translation>
    </message>
    <message>
        <source>{0} is not a calendar date</source>
        <translation>{0} 不是有效的日期</translation>
    </message>
    <message>
        <source>expected an object of catalog id -&gt; fields, got {0}</source>
        <translation>应为“规格库标识符 -&gt; 字段”形式的对象，实际为 {0}</translation>
    </message>
    <message>
        <source>expected an object of field -&gt; value, got {0}</source>
        <translation>应为“字段 -&gt; 值”形式的对象，实际为 {0}</translation>
    </message>
    <message>
        <source>expected a list of Override, got {0}</source>
        <translation>应为 Override 列表，实际为 {0}</translation>
    </message>
    <message>
        <source>expected an Override, got {0}</source>
        <translation>应为 Override，实际为 {0}</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>重复给出</translation>
    </message>
    <message>
        <source>not a plan file: it is not UTF-8 text (byte {0})</source>
        <translation>不是方案文件：不是 UTF-8 文本（第 {0} 字节）</translation>
    </message>
    <message>
        <source>not a plan file: JSON nested too deeply</source>
        <translation>不是方案文件：JSON 嵌套层数过深</translation>
    </message>
    <message>
        <source>not valid JSON: {0}: line {1} column {2} (char {3})</source>
        <translation>不是有效的 JSON：{0}（第 {1} 行第 {2} 列，字符位置 {3}）</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>不是有效的 JSON：{0}</translation>
    </message>
    <message>
        <source>{0} is not a number a plan may contain</source>
        <translation>{0} 不是方案中允许的数值</translation>
    </message>
    <message>
        <source>number {0} is too large</source>
        <translation>数值 {0} 过大</translation>
    </message>
    <message>
        <source>key {0} appears twice in one object</source>
        <translation>键 {0} 在同一对象中出现了两次</translation>
    </message>
    <message>
        <source>the file is {0:.1f} MB; plan files are at most {1:.0f} MB, so this is not a plan</source>
        <translation>文件大小为 {0:.1f} MB，而方案文件最大为 {1:.0f} MB，因此这不是方案文件</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>是文件夹，不是方案文件</translation>
    </message>
    <message>
        <source>is not a regular file, so not a plan file</source>
        <translation>不是普通文件，因此不是方案文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied (cannot read the file)</source>
        <translation>权限不足（无法读取该文件）</translation>
    </message>
    <message>
        <source>cannot read the file: {0}</source>
        <translation>无法读取该文件：{0}</translation>
    </message>
    <message>
        <source>cannot save the plan to {0}: it is a folder</source>
        <translation>无法将方案保存到 {0}：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot save the plan to {0}: {1}</source>
        <translation>无法将方案保存到 {0}：{1}</translation>
    </message>
    <message>
        <source>the disk is full ({0})</source>
        <translation>磁盘已满（{0}）</translation>
    </message>
    <message>
        <source>the destination is read-only ({0})</source>
        <translation>目标位置为只读（{0}）</translation>
    </message>
    <message>
        <source>permission denied: the folder or file is read-only for you ({0})</source>
        <translation>权限不足：您对该文件夹或文件只有只读权限（{0}）</translation>
    </message>
    <message>
        <source>the folder does not exist ({0})</source>
        <translation>文件夹不存在（{0}）</translation>
    </message>
    <message>
        <source>the disk quota is exceeded ({0})</source>
        <translation>超出磁盘配额（{0}）</translation>
    </message>
    <message>
        <source>{0} devices cannot be split into tp={1} x pp={2} (tp x pp must divide the device count)</source>
        <translation>{0} 张卡无法划分为 tp={1} x pp={2}（tp x pp 必须能整除卡数）</translation>
    </message>
    <message>
        <source>ep={0} must divide the {1} devices of one pipeline stage</source>
        <translation>ep={0} 必须能整除单个流水线阶段的 {1} 张卡</translation>
    </message>
    <message>
        <source>expected an object of accelerator id -&gt; price, got {0}</source>
        <translation>应为“加速卡标识符 -&gt; 价格”形式的对象，实际为 {0}</translation>
    </message>
    <message>
        <source>must be at least concurrency_min ({0}), got {1}</source>
        <translation>不能小于 concurrency_min（{0}），实际为 {1}</translation>
    </message>
    <message>
        <source>nested more than {0} levels deep</source>
        <translation>嵌套超过 {0} 层</translation>
    </message>
    <message>
        <source>object keys must be text, got {0}</source>
        <translation>对象的键必须是文本，实际为 {0}</translation>
    </message>
    <message>
        <source>expected plain JSON data, got {0}</source>
        <translation>应为普通 JSON 数据，实际为 {0}</translation>
    </message>
    <message>
        <source>this plan was written by a newer version of Accelerator Planner (schema {0}; this version reads up to {1}) — please update</source>
        <translation>此方案由更新版本的 Accelerator Planner 写入（方案格式第 {0} 版；本版本最高只能读取第 {1} 版），请更新软件</translation>
    </message>
    <message>
        <source>not an Accelerator Planner plan: expected a JSON object, got {0}</source>
        <translation>不是 Accelerator Planner 方案文件：应为 JSON 对象，实际为 {0}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {0}</source>
        <translation>应为不小于 1 的整数，实际为 {0}</translation>
    </message>
    <message>
        <source>unknown plan version {0} (expected schema_version)</source>
        <translation>未知的方案版本 {0}（应使用 schema_version）</translation>
    </message>
    <message>
        <source>not an Accelerator Planner plan: it has no schema_version</source>
        <translation>不是 Accelerator Planner 方案文件：缺少 schema_version</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>As the language (CNY in Chinese, USD otherwise)</source>
        <translation>跟随界面语言（中文为人民币，其他为美元）</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <source>Chinese yuan (CNY, ¥)</source>
        <translation>人民币（CNY，¥）</translation>
    </message>
    <message>
        <source>A new language applies the next time Accelerator Planner starts. Reports and workbooks are written in each plan&apos;s own language.</source>
        <translation>界面语言将在下次启动加速卡选型规划器时生效。报告和工作簿按各方案自身的语言生成。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Money shown in:</source>
        <translation>金额币种(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>The new language applies after a restart.</source>
        <translation>新的界面语言将在重启后生效。</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <extracomment>(accelerator id) -&gt; colour, from the application state&apos;s ColourBook. (accelerator index, concurrency index or -1): the point a user hovers, for &quot;why this number&quot;.</extracomment>
        <translation>无结果：无法计算此场景。</translation>
    </message>
</context>
<context>
    <name>ReadyMade</name>
    <message>
        <source>DeepSeek-R1: Ascend 910C vs H20 vs H200</source>
        <extracomment>The shipped plans&apos; titles, so the toolbar and menu can show them in the interface language (the plan files themselves stay as written).</extracomment>
        <translation>DeepSeek-R1：Ascend 910C 对比 H20 与 H200</translation>
    </message>
    <message>
        <source>Llama-3.3-70B on Chinese accelerators</source>
        <translation>Llama-3.3-70B：国产加速卡横向对比</translation>
    </message>
    <message>
        <source>Qwen3-32B (4-bit): RTX 3090 workstation vs H20</source>
        <translation>Qwen3-32B（4 位量化）：RTX 3090 工作站对比 H20</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>missing spec: memory bandwidth unknown</source>
        <extracomment>The estimator&apos;s reasons (estimator.serving.REASONS), here so that lupdate puts them in the translation files; they are shown through translate(&quot;Reasons&quot;, ...). A test keeps the two equal.</extracomment>
        <translation>缺少参数：显存带宽未知</translation>
    </message>
    <message>
        <source>missing spec: compute throughput unknown for this precision</source>
        <translation>缺少参数：该精度下的算力未知</translation>
    </message>
    <message>
        <source>missing spec: memory capacity unknown</source>
        <translation>缺少参数：显存容量未知</translation>
    </message>
    <message>
        <source>missing spec: interconnect bandwidth unknown</source>
        <translation>缺少参数：互联带宽未知</translation>
    </message>
    <message>
        <source>invalid layout: devices must be a multiple of tp x pp, and ep must divide devices</source>
        <translation>并行方案无效：卡数须为 TP × PP 的整数倍，且 EP 须整除卡数</translation>
    </message>
    <message>
        <source>weights do not fit in device memory</source>
        <translation>权重超出单卡显存</translation>
    </message>
    <message>
        <source>KV cache of the requested batch and context does not fit</source>
        <translation>所需批量与上下文的 KV 缓存超出显存</translation>
    </message>
    <message>
        <source>input and output lengths must be positive</source>
        <translation>输入与输出长度必须为正数</translation>
    </message>
    <message>
        <source>saturated: the requested load exceeds what this deployment can serve</source>
        <translation>已饱和：所需负载超出该部署的服务能力</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Could not create the folder {0}: {1}</source>
        <extracomment>`translate(&quot;Report&quot;, &quot;literal&quot;)` is what pyside6-lupdate extracts (a helper would hide the text). The PDF device&apos;s resolution. 96 dpi keeps pyqtgraph&apos;s cosmetic pens (widths in device pixels) at a printable width; text and plots are vectors, so nothing is lost in sharpness. Height of a plot on a page as a share of the text width; the views are laid out at the page&apos;s own size (one logical pixel = one device pixel), since pyqtgraph&apos;s legend text does not follow a scaled painter onto a PDF and would overflow its box.</extracomment>
        <translation>无法创建文件夹 {0}：{1}</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Could not write {0}</source>
        <extracomment>Extra table-of-contents entries inside the section: (level, title, heading text).</extracomment>
        <translation>无法写入 {0}</translation>
    </message>
    <message>
        <source>Summary and recommendation</source>
        <translation>摘要与推荐</translation>
    </message>
    <message>
        <source>Scenario and assumptions</source>
        <translation>场景与假设</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Plot {0}: {1}</source>
        <translation>图 {0}：{1}</translation>
    </message>
    <message>
        <source>How to read it.</source>
        <translation>读图说明：</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Spec sheet: {0}</source>
        <translation>规格表：{0}</translation>
    </message>
    <message>
        <source>Spec sheets</source>
        <translation>规格表</translation>
    </message>
    <message>
        <source>Methodology and uncertainty</source>
        <translation>方法与不确定性</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>免责声明</translation>
    </message>
    <message>
        <source>Prepared for {0}</source>
        <translation>客户：{0}</translation>
    </message>
    <message>
        <source>Accelerator Planner · {0}</source>
        <translation>加速卡选型规划器 · {0}</translation>
    </message>
    <message>
        <source>catalog {0}</source>
        <translation>规格库 {0}</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>ACCELERATOR PLANNER</source>
        <translation>加速卡选型规划器  ACCELERATOR PLANNER</translation>
    </message>
    <message>
        <source>Accelerator sizing and cost report</source>
        <translation>加速卡容量规划与成本报告</translation>
    </message>
    <message>
        <source>{0} requests per second</source>
        <translation>每秒 {0} 个请求</translation>
    </message>
    <message>
        <source>{0} tokens per day (input and output)</source>
        <translation>每天 {0} token（输入与输出合计）</translation>
    </message>
    <message>
        <source>time to first token at most {0} ms</source>
        <translation>首字延迟（TTFT）不超过 {0} 毫秒</translation>
    </message>
    <message>
        <source>time per output token at most {0} ms</source>
        <translation>每输出 token 时延（TPOT）不超过 {0} 毫秒</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，且</translation>
    </message>
    <message>
        <source>no latency target</source>
        <translation>无延迟目标</translation>
    </message>
    <message>
        <source>The scenario could not be computed.</source>
        <translation>无法计算此场景。</translation>
    </message>
    <message>
        <source>No recommendation: the scenario could not be computed.</source>
        <translation>无推荐：无法计算此场景。</translation>
    </message>
    <message>
        <source>Their uncertainty ranges overlap, so the difference is not decisive: keep both on the shortlist and confirm with a benchmark on your own workload.</source>
        <translation>两者的不确定性区间相互重叠，差距不足以定论：建议将两者都列入候选名单，并用您自己的业务负载做基准测试确认。</translation>
    </message>
    <message>
        <source>Their uncertainty ranges do not overlap, so the ranking holds within the stated uncertainty.</source>
        <translation>两者的不确定性区间不重叠，因此在所述不确定性范围内该排序成立。</translation>
    </message>
    <message>
        <source>{0} also meet the targets but have no known price, so they could not be ranked on cost; enter a price in the cost inputs to include them.</source>
        <translation>{0} 同样满足目标，但价格未知，无法参与成本排序；在成本输入中填写价格即可将其纳入比较。</translation>
    </message>
    <message>
        <source>{0} is not an option here: {1}.</source>
        <translation>{0} 在此不可选：{1}。</translation>
    </message>
    <message>
        <source>it does not meet the targets</source>
        <translation>不满足目标</translation>
    </message>
    <message>
        <source>Recommended: {0}</source>
        <translation>推荐方案：{0}</translation>
    </message>
    <message>
        <source>{0} fit the model and meet the latency targets, but no price is known for any of them, so the cheapest cannot be named. Enter prices in the cost inputs.</source>
        <translation>{0} 能容纳该模型并满足延迟目标，但价格均未知，无法确定成本最低者。请在成本输入中填写价格。</translation>
    </message>
    <message>
        <source>Of these, {0} produces the most output per device: {1} tokens/s.</source>
        <translation>其中 {0} 的单卡输出最高：{1} tokens/s。</translation>
    </message>
    <message>
        <source>No option can be ranked on cost</source>
        <translation>没有可按成本排序的方案</translation>
    </message>
    <message>
        <source>None of the selected options meets the requirements</source>
        <translation>所选方案均不满足要求</translation>
    </message>
    <message>
        <source>Every option that holds the model misses the latency targets ({0}) at every concurrency.</source>
        <translation>能容纳该模型的方案在任何并发下都达不到延迟目标（{0}）。</translation>
    </message>
    <message>
        <source>Closest: {0}. At its best point it reaches a time to first token of {1} ms and {2} ms per output token, {3:.0%} over the tighter target. Relax the targets, or compare faster accelerators.</source>
        <translation>最接近的是 {0}：在其最佳工作点，首字延迟为 {1} 毫秒，每输出 token 时延为 {2} 毫秒，超出较严格的目标 {3:.0%}。请放宽目标，或对比更快的加速卡。</translation>
    </message>
    <message>
        <source>None of the selected accelerators can hold the model at these settings. Consider more devices per replica, a lower-precision weight format, or accelerators with more memory.</source>
        <translation>在当前设置下，所选加速卡均无法容纳该模型。可考虑增加每副本卡数、采用更低精度的权重格式，或选择显存更大的加速卡。</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}：{1}。</translation>
    </message>
    <message>
        <source>does not serve</source>
        <translation>无法部署</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model served</source>
        <translation>部署模型</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>Accelerator comparison and sizing for serving {0}</source>
        <translation>{0} 推理部署的加速卡对比与容量规划</translation>
    </message>
    <message>
        <source>Accelerators compared</source>
        <translation>参与对比的加速卡</translation>
    </message>
    <message>
        <source>Produced with Accelerator Planner {0} from catalog version {1}. Figures are estimates from published specifications and calibrated models, not measurements; see the methodology and the disclaimer.</source>
        <translation>由加速卡选型规划器（Accelerator Planner）{0} 基于规格库版本 {1} 生成。文中数值均为根据公开规格和校准模型得出的估算值，并非实测结果；详见“方法”与“免责声明”。</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>This report compares {0} accelerators for serving {1} with the {2} runtime, weights in {3} and the KV cache in {4}, {5} input and {6} output tokens per request, for a workload of {7}. Latency targets: {8}.</source>
        <translation>本报告对比 {0} 款加速卡部署 {1} 的表现：推理框架为 {2}，权重精度 {3}，KV 缓存精度 {4}，每个请求输入 {5} token、输出 {6} token，负载为 {7}。延迟目标：{8}。</translation>
    </message>
    <message>
        <source>Devices for the workload</source>
        <translation>满足负载所需卡数</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>并行方案</translation>
    </message>
    <message>
        <source>Output tokens/s per device</source>
        <translation>单卡输出 tokens/s</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首字延迟（TTFT）</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每输出 token 时延（TPOT）</translation>
    </message>
    <message>
        <source>{0} USD</source>
        <extracomment>`translate(&quot;Report&quot;, &quot;literal&quot;)` is what pyside6-lupdate extracts (a helper would hide the text). Default style sheet of every text page (pt sizes: body 10 pt, tables 9 pt).</extracomment>
        <translation>{0} 美元</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Money is shown in CNY, converted from the planner&apos;s figures in USD at this plan&apos;s exchange rate of {0} CNY per USD.</source>
        <translation>金额以人民币（元）列示：规划器按美元计算，再按本方案汇率 1 美元 = {0} 元换算。</translation>
    </message>
    <message>
        <source>{0} is the cheapest option per million output tokens, at {1} (range {2}), among the {3} of {4} options that fit the model and meet the latency targets ({5}).</source>
        <translation>在 {4} 个方案中，有 {3} 个能容纳该模型并满足延迟目标（{5}）；其中 {0} 的每百万输出 token 成本最低，为 {1}（区间 {2}）。</translation>
    </message>
    <message>
        <source>The next cheapest, {0}, costs {1} per million tokens ({2:.0%} more).</source>
        <translation>成本次低的 {0} 为每百万 token {1}（高出 {2:.0%}）。</translation>
    </message>
    <message>
        <source>Sized for a workload of {0}, it needs {1} devices ({2}) and produces {3} output tokens/s per device at the operating point, with a time to first token of {4} ms and {5} ms per output token. Its total cost of ownership over {6} years is {7}.</source>
        <translation>按 {0} 的负载规划，需要 {1} 张卡（{2}）；在工作点上单卡输出 {3} tokens/s，首字延迟（TTFT）为 {4} 毫秒，每输出 token 时延（TPOT）为 {5} 毫秒。{6} 年总拥有成本（TCO）为 {7}。</translation>
    </message>
    <message>
        <source>Cost per million output tokens ({0})</source>
        <translation>每百万输出 token 成本（{0}）</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>总拥有成本（TCO）</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>设施总功耗</translation>
    </message>
    <message>
        <source>The recommended option at a glance</source>
        <translation>推荐方案概览</translation>
    </message>
    <message>
        <source>Check before deciding</source>
        <translation>决策前请核实</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All figures are estimates from published specifications and a calibrated model, not measurements. Vendor claims are not measurements: confirm any decision with a benchmark of your own workload. Ranges are one-sigma bands (see Methodology).</source>
        <translation>所有数值均为根据公开规格和校准模型得出的估算值，并非实测结果。厂商宣称的数据不等于实测：任何决策都应以您自己业务负载的基准测试为准。区间为一个标准差（1σ）范围（见“方法”）。</translation>
    </message>
    <message>
        <source>{0}  (range {1})</source>
        <translation>{0}（区间 {1}）</translation>
    </message>
    <message>
        <source>Every input the results in this report were computed from.</source>
        <translation>本报告结果所依据的全部输入。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>chosen by the planner for each accelerator (cheapest that fits and meets the targets)</source>
        <translation>由规划器为每款加速卡选定（能容纳模型并满足目标的最低成本方案）</translation>
    </message>
    <message>
        <source>{0} devices: TP {1}, PP {2}, EP {3}</source>
        <translation>{0} 卡：TP {1}，PP {2}，EP {3}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation>权重精度</translation>
    </message>
    <message>
        <source>KV-cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>Serving runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>每请求输入 token 数</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>每请求输出 token 数</translation>
    </message>
    <message>
        <source>Concurrency swept</source>
        <translation>并发扫描范围</translation>
    </message>
    <message>
        <source>{0} to {1} concurrent requests</source>
        <translation>{0} 至 {1} 个并发请求</translation>
    </message>
    <message>
        <source>Time-to-first-token target</source>
        <translation>首字延迟（TTFT）目标</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Time-per-output-token target</source>
        <translation>每输出 token 时延（TPOT）目标</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>{0}, i.e. {1} output tokens/s on average</source>
        <translation>{0}，即平均每秒输出 {1} token</translation>
    </message>
    <message>
        <source>Parallel layout</source>
        <translation>并行方案</translation>
    </message>
    <message>
        <source>Cost inputs of this plan</source>
        <translation>本方案的成本输入</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Power usage effectiveness (PUE)</source>
        <translation>电能利用效率（PUE）</translation>
    </message>
    <message>
        <source>Planning period</source>
        <translation>规划周期</translation>
    </message>
    <message>
        <source>{0} years</source>
        <translation>{0} 年</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>set for this plan</source>
        <translation>本方案设定</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Prices and power of the accelerators</source>
        <translation>加速卡价格与功耗</translation>
    </message>
    <message>
        <source>Cost defaults used</source>
        <translation>所用成本默认值</translation>
    </message>
    <message>
        <source>Figures the cost model takes from its defaults ({0} region). Each is a starting point from the public source named; those marked as our assumption are a choice, not a figure read from the source.</source>
        <translation>成本模型采用的默认值（{0}地区）。每项均以所列公开来源为起点；标注为“我们的假设”的是一种取值选择，而非从来源中读取的数据。</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>our assumption</source>
        <translation>本工具的假设</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Source and note</source>
        <translation>来源与说明</translation>
    </message>
    <message>
        <source>{0} per accelerator</source>
        <translation>每卡 {0}</translation>
    </message>
    <message>
        <source>{0} per kW of IT load per month</source>
        <translation>每 kW IT 负载每月 {0}</translation>
    </message>
    <message>
        <source>{0} per engineer-month (fully loaded)</source>
        <translation>每人月 {0}（全口径人力成本）</translation>
    </message>
    <message>
        <source>{0} of TDP (average draw)</source>
        <translation>TDP 的 {0}（平均功耗）</translation>
    </message>
    <message>
        <source>{0} of the hardware cost per year</source>
        <translation>每年为硬件投资的 {0}</translation>
    </message>
    <message>
        <source>{0} W per accelerator</source>
        <translation>每卡 {0} W</translation>
    </message>
    <message>
        <source>Server share per accelerator</source>
        <translation>每卡分摊的服务器成本</translation>
    </message>
    <message>
        <source>Network per accelerator</source>
        <translation>每卡分摊的网络成本</translation>
    </message>
    <message>
        <source>Average power draw</source>
        <translation>平均功耗</translation>
    </message>
    <message>
        <source>Host power per accelerator</source>
        <translation>每卡分摊的主机功耗</translation>
    </message>
    <message>
        <source>Hosting (colocation)</source>
        <translation>机房托管</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维保</translation>
    </message>
    <message>
        <source>Depreciation period</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source>Engineering cost (porting)</source>
        <translation>工程成本（迁移适配）</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>未注明来源</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>No price known: this option cannot be costed.</source>
        <translation>价格未知：无法核算此方案的成本。</translation>
    </message>
    <message>
        <source>porting: {0} engineer-months</source>
        <translation>迁移适配：{0} 人月</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Price per device</source>
        <translation>单卡价格</translation>
    </message>
    <message>
        <source>Power (TDP)</source>
        <translation>功耗（TDP）</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>Each option is sized for the workload with the layout that serves it at the lowest hardware cost while meeting the latency targets. Figures are at each option&apos;s operating point (the concurrency giving the most output per device within the targets); the range under a figure is its uncertainty band.</source>
        <translation>每个方案均按负载进行容量规划，选用在满足延迟目标前提下硬件成本最低的并行方案。表中数值取自各方案的工作点（在目标范围内单卡输出最高的并发数）；数值下方的区间为其不确定性范围。</translation>
    </message>
    <message>
        <source>does not meet the targets</source>
        <translation>不满足目标</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>Option and layout</source>
        <translation>方案与并行方式</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Max concurrent requests</source>
        <translation>最大并发请求数</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT（毫秒）</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>TPOT（毫秒）</translation>
    </message>
    <message>
        <source>Tokens/s per device</source>
        <translation>单卡 tokens/s</translation>
    </message>
    <message>
        <source>Cost per M tokens ({0})</source>
        <translation>每百万 token 成本（{0}）</translation>
    </message>
    <message>
        <source>TCO, {0} y</source>
        <translation>{0} 年 TCO</translation>
    </message>
    <message>
        <source>(M {0})</source>
        <translation>（百万{0}）</translation>
    </message>
    <message>
        <source>Devices: accelerators needed for the workload. Max concurrent requests: requests served at once within the targets (all replicas). TTFT: time to first token. TPOT: time per output token. M: million.</source>
        <translation>卡数：满足负载所需的加速卡数量。最大并发请求数：在目标范围内可同时处理的请求数（所有副本合计）。TTFT：首字延迟。TPOT：每输出 token 时延。M：百万。</translation>
    </message>
    <message>
        <source>Practical considerations</source>
        <translation>实际考量</translation>
    </message>
    <message>
        <source>maturity {0} of 5</source>
        <translation>成熟度 {0}/5</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>China availability</source>
        <translation>国内可得性</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Confidence: datasheet = the vendor&apos;s own published specification; measured = an independent measurement; estimate = an analyst&apos;s estimate or a derived value; press = a press report of a claim; rumour = treat with care. Unknown figures are left unknown, never guessed as zero.</source>
        <translation>置信度：规格书 = 厂商官方公布的规格；实测 = 独立第三方测量；估算 = 分析师估算或推导值；媒体 = 媒体对厂商宣称的报道；传闻 = 请谨慎对待。未知数值保持未知，绝不按零估计。</translation>
    </message>
    <message>
        <source>Main source</source>
        <translation>主要来源</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>At the operating point</source>
        <translation>工作点数据</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>显存不足</translation>
    </message>
    <message>
        <source>Share of peak compute reached</source>
        <translation>达到的峰值算力占比</translation>
    </message>
    <message>
        <source>Share of peak memory bandwidth reached</source>
        <translation>达到的峰值显存带宽占比</translation>
    </message>
    <message>
        <source>Expert-kernel efficiency (MoE)</source>
        <translation>专家算子效率（MoE）</translation>
    </message>
    <message>
        <source>Attention-kernel efficiency</source>
        <translation>注意力算子效率</translation>
    </message>
    <message>
        <source>Share of interconnect bandwidth reached</source>
        <translation>达到的互联带宽占比</translation>
    </message>
    <message>
        <source>Fixed time per step</source>
        <translation>每步固定耗时</translation>
    </message>
    <message>
        <source>Latency per collective operation</source>
        <translation>每次集合通信的延迟</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>The planner estimates how an accelerator serves a language model from the model&apos;s architecture and the accelerator&apos;s published figures, with efficiencies calibrated against published measurements. It does not run the model. This section says in plain words what it computes.</source>
        <translation>规划器根据模型结构和加速卡的公开参数估算加速卡部署大语言模型的表现，其中各项效率均以公开的实测结果校准。它并不实际运行模型。本节用通俗的语言说明它的计算内容。</translation>
    </message>
    <message>
        <source>Memory and fit</source>
        <translation>显存与容纳</translation>
    </message>
    <message>
        <source>Each device must hold its share of the weights (at the chosen precision, including quantisation scales), the KV cache of the requests it serves (by attention kind: full, grouped or latent attention, sliding windows), activations and the runtime&apos;s own overhead. Weights and cache are split by tensor, pipeline and expert parallelism. A configuration fits when this is within the memory the runtime may use.</source>
        <translation>每张卡需要容纳：它所分担的权重（按所选精度，含量化缩放因子）、所服务请求的 KV 缓存（按注意力类型计算：全注意力、分组注意力、潜在注意力以及滑动窗口）、激活值以及推理框架自身的开销。权重和缓存按张量并行、流水线并行和专家并行切分。当总量不超过推理框架可用的显存时，即认为该配置可以容纳。</translation>
    </message>
    <message>
        <source>Time per step: a roofline of compute, memory and communication</source>
        <translation>单步耗时：算力、访存与通信的 Roofline 模型</translation>
    </message>
    <message>
        <source>Each decoding step of the batch is timed as a roofline: every group of operations takes the longer of its arithmetic at the device&apos;s peak rate and its memory traffic at the device&apos;s bandwidth. Collective communication between devices (tensor-parallel all-reduce, expert all-to-all, pipeline sends) is added with its bandwidth and per-message latency, and a fixed overhead per step covers scheduling and sampling on the host. Mixture-of-experts models count the active parameters and the number of distinct experts a batch touches; attention cost grows with the context.</source>
        <translation>批次的每个解码步按 Roofline 模型计时：每组运算的耗时取“按峰值算力完成计算”与“按显存带宽完成访存”两者中的较大值。卡间集合通信（张量并行的 all-reduce、专家并行的 all-to-all、流水线并行的点对点发送）按其带宽和每条消息的延迟计入，另有每步固定开销覆盖主机端的调度与采样。混合专家（MoE）模型按激活参数以及一个批次实际用到的不同专家数计算；注意力开销随上下文长度增长。</translation>
    </message>
    <message>
        <source>Calibrated efficiencies</source>
        <translation>校准效率</translation>
    </message>
    <message>
        <source>No device reaches its peak figures. The share of peak compute and bandwidth each runtime achieves, and its fixed overheads, are fitted to published measurements of real deployments; each fitted factor records the measurements it came from. Hardware families without measurements keep a prior and a wider uncertainty.</source>
        <translation>没有任何设备能达到其峰值指标。各推理框架实际达到的峰值算力和带宽占比及其固定开销，均根据真实部署的公开实测结果拟合；每个拟合系数都记录了其依据的实测数据。缺少实测数据的硬件系列沿用先验值，并采用更宽的不确定性范围。</translation>
    </message>
    <message>
        <source>Serving: continuous batching in steady state</source>
        <translation>推理服务：稳态下的连续批处理</translation>
    </message>
    <message>
        <source>Requests are served with continuous batching: at a given number of concurrent requests, each step decodes one token for every running request while new prompts are prefilled in chunks alongside. From the step time follow the time per output token, the time to first token, the speed each user sees and the throughput per device. Queueing beyond the batch limit is not modelled.</source>
        <translation>请求采用连续批处理（continuous batching）方式服务：在给定并发数下，每一步为每个运行中的请求解码一个 token，同时分块预填充（prefill）新的提示词。由单步耗时可以得出每输出 token 时延、首字延迟、每个用户感受到的速度以及单卡吞吐量。超出批大小上限的排队情况未建模。</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>容量规划</translation>
    </message>
    <message>
        <source>For each accelerator, candidate layouts (devices per replica and their split into tensor, pipeline and expert parallelism) are evaluated across the concurrency range. The operating point of a layout is the concurrency with the most output per device that still meets the latency targets; the number of replicas follows from the workload, and the layout with the lowest hardware cost is chosen.</source>
        <translation>对每款加速卡，在整个并发范围内评估候选并行方案（每副本卡数，以及张量、流水线和专家并行的切分方式）。并行方案的工作点是在满足延迟目标前提下单卡输出最高的并发数；副本数由负载决定，最终选取硬件成本最低的并行方案。</translation>
    </message>
    <message>
        <source>Hardware cost is the devices plus a share of the server and the network per device. Running costs are power (average draw of the devices and hosts, times the PUE, times the electricity price), hosting per kW, and yearly maintenance; a one-time porting effort depends on the maturity of the vendor&apos;s software stack. Cost per million tokens spreads the hardware over its depreciation period and adds the running costs, divided by the tokens served at the planned utilisation.</source>
        <translation>硬件成本包括加速卡本身，以及每卡分摊的服务器和网络成本。运行成本包括电费（加速卡与主机的平均功耗 × PUE × 电价）、按 kW 计的机房托管费以及每年的维保费用；一次性的迁移适配工作量取决于厂商软件栈的成熟度。每百万 token 成本将硬件成本按折旧年限分摊并加上运行成本，再除以按计划利用率服务的 token 数。</translation>
    </message>
    <message>
        <source>Uncertainty ranges</source>
        <translation>不确定性区间</translation>
    </message>
    <message>
        <source>Every catalog figure carries a confidence level, translated into a relative uncertainty ({0}). The uncertainty of a step time combines the uncertainty of each figure in proportion to the share of the step it governs (compute, memory or communication) with the calibration spread of the runtime: the scatter of the calibrated model around the measurements. The bands shown are {1}-sigma bands (about two chances in three that the real value lies inside, if the errors are log-normal). Throughput and cost ranges follow from the same band.</source>
        <translation>规格库中的每个数值都带有置信度，并换算为相对不确定性（{0}）。单步耗时的不确定性由两部分合成：各项参数的不确定性（按其在该步中所主导的部分——计算、访存或通信——所占比例加权），以及推理框架的校准离散度，即校准模型相对实测结果的偏差。图中显示的是 {1}σ 区间（若误差服从对数正态分布，真实值落在区间内的概率约为三分之二）。吞吐量和成本的区间由同一区间推出。</translation>
    </message>
    <message>
        <source>This report is a planning estimate, not a measurement or a guarantee of performance. Vendor claims are not measurements: many figures, especially for accelerators without independent benchmarks, come from datasheets, press reports or estimates, as the confidence of each figure states. Real performance depends on the software version, drivers, model build, request mix and configuration. Prices, availability and export rules change; check them at the time of purchase. Confirm any decision with a benchmark of your own workload on the hardware considered.</source>
        <translation>本报告为规划估算，不是实测结果，也不构成性能保证。厂商宣称的数据不等于实测：许多数值（尤其是缺少独立基准测试的加速卡）来自规格书、媒体报道或估算，各数值的置信度均已注明。实际性能取决于软件版本、驱动、模型版本、请求构成和配置。价格、供货情况和出口管制规则会变化，请在采购时核实。任何决策都应在拟选硬件上用您自己的业务负载做基准测试加以确认。</translation>
    </message>
    <message>
        <source>Throughput vs concurrency</source>
        <extracomment>`translate(&quot;Report&quot;, &quot;literal&quot;)` is what pyside6-lupdate extracts (a helper would hide the text).</extracomment>
        <translation>吞吐量与并发数</translation>
    </message>
    <message>
        <source>Throughput vs interactivity</source>
        <translation>吞吐量与交互性</translation>
    </message>
    <message>
        <source>Memory fit per device</source>
        <translation>单卡显存占用</translation>
    </message>
    <message>
        <source>Cost per million output tokens</source>
        <translation>每百万输出 token 成本</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline 分析</translation>
    </message>
    <message>
        <source>Output tokens per second of one replica of each option (the legend gives its devices per replica) as the number of concurrent requests grows; the horizontal axis is logarithmic. Shaded bands are the uncertainty range. A cross marks where a configuration stops being valid (memory runs out or the runtime&apos;s batch limit is reached); nothing is drawn beyond it. Higher is better. The curve flattens where a decode step stops being limited by memory traffic and becomes limited by compute.</source>
        <translation>各方案单个副本的每秒输出 token 数随并发请求数增加的变化（图例中注明每副本卡数）；横轴为对数坐标。阴影带为不确定性区间。叉号标出配置失效之处（显存耗尽或达到推理框架的批大小上限），其后不再绘制。越高越好。当解码步从访存受限转为算力受限时，曲线趋于平缓。</translation>
    </message>
    <message>
        <source>Each faint dot is one candidate layout and concurrency of an accelerator; the joined dots are its Pareto front: no other configuration of that accelerator is better on both axes at once. To the right, each user sees more tokens per second (a more interactive service); upwards, each device produces more output (a cheaper service). Read the fronts at the per-user speed you need: the higher front there is the more efficient accelerator.</source>
        <translation>每个浅色点代表一款加速卡的一种候选并行方案和并发数；连线的点构成其帕累托前沿：该加速卡没有其他配置能在两个坐标轴上同时更优。越往右，每个用户每秒获得的 token 越多（交互性越好）；越往上，单卡产出越多（服务成本越低）。请在所需的单用户速度处比较各前沿：该处前沿越高，加速卡效率越高。</translation>
    </message>
    <message>
        <source>Memory each device needs at the operating point, stacked: model weights, KV cache (the attention state of the requests in flight), activations and the runtime&apos;s own overhead. The dashed line is the device&apos;s memory capacity. The text after a bar gives the devices per replica; grey bars mark options that do not fit at these settings.</source>
        <translation>工作点上每张卡所需显存的堆叠图：模型权重、KV 缓存（处理中请求的注意力状态）、激活值以及推理框架自身的开销。虚线为该卡的显存容量。柱形右侧的文字为每副本卡数；灰色柱形表示在当前设置下显存不足的方案。</translation>
    </message>
    <message>
        <source>Top: cumulative cost of each sized deployment over its years in service; hardware and software porting are paid at year 0, power, hosting and maintenance accrue each year. Bottom: what the total is made of at the end of the period, in million {0}. Options without a known price cannot be costed and are marked.</source>
        <translation>上图：各规划部署在使用年限内的累计成本；硬件和软件迁移适配在第 0 年支付，电费、托管费和维保费逐年累计。下图：期末总成本的构成，单位为百万{0}。价格未知的方案无法核算成本，已作标注。</translation>
    </message>
    <message>
        <source>Cost per million output tokens, in {0}: the total cost of ownership spread over the tokens the deployment serves at the planned utilisation. The error bars show the range that follows from the uncertainty of the throughput estimate. Lower is better. Bars that overlap in range do not separate the options with confidence.</source>
        <translation>每百万输出 token 成本，单位为{0}：将总拥有成本（TCO）分摊到该部署按计划利用率所服务的 token 上。误差线表示由吞吐量估算的不确定性推出的区间。越低越好。区间相互重叠的柱形不能可靠地区分各方案。</translation>
    </message>
    <message>
        <source>Each line is an accelerator&apos;s roof: the compute it can attain at a given arithmetic intensity, the smaller of its peak compute and its memory bandwidth times the intensity (both axes logarithmic). Dots are the decode steps along the concurrency sweep: larger batches reuse each weight for more tokens and move right. Dots on the sloped part are memory-bound; dots far below the roof are held back by communication or fixed per-step overheads.</source>
        <translation>每条线是一款加速卡的“屋顶”：在给定计算强度下可达到的算力，即峰值算力与“显存带宽 × 计算强度”两者中的较小值（两轴均为对数坐标）。圆点为并发扫描过程中的各解码步：批次越大，每个权重被越多 token 复用，点越往右。位于斜线段上的点受访存限制；远低于屋顶的点则受通信或每步固定开销拖累。</translation>
    </message>
    <message>
        <source>Accelerator Planner plot</source>
        <translation>加速卡选型规划器图表</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>The model {0} is not in the catalog.</source>
        <translation>规格库中没有模型 {0}。</translation>
    </message>
    <message>
        <source>Select at least one accelerator in the Catalog tab to compare.</source>
        <translation>请在“规格库”页中至少选择一款加速卡进行对比。</translation>
    </message>
    <message>
        <source>Not in the catalog: {0}.</source>
        <translation>规格库中没有：{0}。</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>显存不足</translation>
    </message>
    <message>
        <source>fits, but no concurrency meets the latency targets</source>
        <translation>显存足够，但没有任何并发数能满足时延目标</translation>
    </message>
    <message>
        <source>× {0} replicas</source>
        <translation>× {0} 个副本</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可获得</translation>
    </message>
    <message>
        <source>{0}: not shipping yet</source>
        <translation>{0}：尚未出货</translation>
    </message>
    <message>
        <source>price unknown: enter one in the cost inputs</source>
        <translation>价格未知：请在成本参数中填写</translation>
    </message>
    <message>
        <source>power (TDP) unknown</source>
        <translation>功耗（TDP）未知</translation>
    </message>
    <message>
        <source>China: {0}</source>
        <translation>中国境内：{0}</translation>
    </message>
    <message>
        <source>outside China: {0}</source>
        <translation>中国境外：{0}</translation>
    </message>
    <message>
        <source>export control: {0}</source>
        <translation>出口管制：{0}</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>BF16 compute</source>
        <translation>BF16 算力</translation>
    </message>
    <message>
        <source>FP8 compute</source>
        <translation>FP8 算力</translation>
    </message>
    <message>
        <source>figures from press or rumour: {0}</source>
        <translation>来自媒体报道或传闻的参数：{0}</translation>
    </message>
</context>
<context>
    <name>RooflinePlot</name>
    <message>
        <source>Arithmetic intensity (FLOP per byte of memory traffic)</source>
        <translation>计算强度（每字节访存的 FLOP 数）</translation>
    </message>
    <message>
        <source>Attained TFLOP/s per device</source>
        <translation>单卡实际算力（TFLOP/s）</translation>
    </message>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <translation>无结果：无法计算此场景。</translation>
    </message>
    <message>
        <source>The selected accelerators lack the peak compute or bandwidth figures a roofline needs.</source>
        <translation>所选加速卡缺少绘制 Roofline 所需的峰值算力或带宽数据。</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Model and runtime</source>
        <translation>模型与推理框架</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation>权重精度</translation>
    </message>
    <message>
        <source>KV-cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Requests and latency targets</source>
        <translation>请求与延迟目标</translation>
    </message>
    <message>
        <source>Input length</source>
        <translation>输入长度</translation>
    </message>
    <message>
        <source>Output length</source>
        <translation>输出长度</translation>
    </message>
    <message>
        <source>Concurrency up to</source>
        <translation>最大并发</translation>
    </message>
    <message>
        <source>TTFT target</source>
        <translation>TTFT 目标</translation>
    </message>
    <message>
        <source>TPOT target</source>
        <translation>TPOT 目标</translation>
    </message>
    <message>
        <source>tokens per day</source>
        <translation>每天 token 数</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Workload to serve</source>
        <translation>服务负载</translation>
    </message>
    <message>
        <source>Measured in</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source> CNY/USD</source>
        <translation> 人民币/美元</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Cost inputs</source>
        <translation>成本输入</translation>
    </message>
    <message>
        <source>Electricity currency</source>
        <translation>电价币种</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Accelerator prices (USD per device)</source>
        <translation>加速卡价格（美元/卡）</translation>
    </message>
    <message>
        <source>{0} (not in catalog)</source>
        <translation>{0}（不在规格库中）</translation>
    </message>
    <message>
        <source> ×100M tokens/day</source>
        <translation> 亿 token/天</translation>
    </message>
    <message>
        <source> M tokens/day</source>
        <translation> 百万 token/天</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source>Electricity ({0}/kWh)</source>
        <translation>电价（{0}/kWh）</translation>
    </message>
    <message>
        <source>catalog: {0}</source>
        <translation>规格库：{0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Catalog estimate {0:,.0f} USD ({1}). Type a price to override it; 0 goes back to the catalog.</source>
        <translation>规格库估价 {0:,.0f} 美元（{1}）。输入价格可覆盖该值；输入 0 则恢复规格库价格。</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Workload unit</source>
        <translation>负载单位</translation>
    </message>
</context>
<context>
    <name>SpecSheetDialog</name>
    <message>
        <source>Edit…</source>
        <extracomment>Kinds the form can edit (systems are shipped-only in the form for now).</extracomment>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change figures: your version is kept apart from the shipped one</source>
        <translation>修改参数：您的版本与内置版本分开保存</translation>
    </message>
    <message>
        <source>Remove my version…</source>
        <translation>删除我的版本…</translation>
    </message>
    <message>
        <source>Go back to the shipped figures, or delete an entry you added</source>
        <translation>恢复内置参数，或删除您添加的条目</translation>
    </message>
    <message>
        <source>Spec sheet: {0}</source>
        <translation>规格表：{0}</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>未注明来源</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Measured results</source>
        <translation>实测结果</translation>
    </message>
    <message>
        <source>No published measurement in the catalog names this entry yet.</source>
        <translation>规格库中尚无关于此条目的公开实测结果。</translation>
    </message>
    <message>
        <source>Published measurements, independent of the figures above: {0}</source>
        <translation>公开实测数据（独立于上述参数）：{0}</translation>
    </message>
    <message>
        <source>{0} × {1}, TP {2} PP {3} EP {4}, {5}/{6}, {7}</source>
        <translation>{0} × {1}，TP {2} PP {3} EP {4}，{5}/{6}，{7}</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>batch {0}, in {1} / out {2} tokens</source>
        <translation>批大小 {0}，输入 {1} / 输出 {2} token</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>测试配置</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Remove your version of {0}?

An entry that came with the catalog shows its shipped figures again; an entry you added yourself is deleted.</source>
        <translation>删除您的 {0} 版本？

规格库自带的条目将恢复显示内置参数；您自己添加的条目将被删除。</translation>
    </message>
    <message>
        <source>output tokens/s, all devices</source>
        <translation>输出 tokens/s（所有卡）</translation>
    </message>
    <message>
        <source>output tokens/s per device</source>
        <translation>单卡输出 tokens/s</translation>
    </message>
    <message>
        <source>tokens/s per user</source>
        <translation>单用户 tokens/s</translation>
    </message>
    <message>
        <source>prefill tokens/s</source>
        <translation>预填充 tokens/s</translation>
    </message>
    <message>
        <source>memory per device, GiB</source>
        <translation>单卡显存，GiB</translation>
    </message>
</context>
<context>
    <name>TcoPlot</name>
    <message>
        <source>Years in service</source>
        <translation>使用年限</translation>
    </message>
    <message>
        <source>Cumulative cost (million USD)</source>
        <translation>累计成本（百万美元）</translation>
    </message>
    <message>
        <source>Cost over the period (million USD)</source>
        <translation>周期内成本（百万美元）</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Porting</source>
        <translation>迁移适配</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维保</translation>
    </message>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <translation>无结果：无法计算此场景。</translation>
    </message>
    <message>
        <source>Cumulative cost (million {0})</source>
        <translation>累计成本（百万{0}）</translation>
    </message>
    <message>
        <source>Cost over the period (million {0})</source>
        <translation>周期内成本（百万{0}）</translation>
    </message>
    <message>
        <source> (price unknown)</source>
        <translation>（价格未知）</translation>
    </message>
    <message>
        <source>No selected accelerator can serve this model.</source>
        <translation>所选加速卡均无法部署此模型。</translation>
    </message>
    <message>
        <source>No price is known for the selected accelerators: enter one in the cost inputs.</source>
        <translation>所选加速卡价格均未知：请在成本输入中填写价格。</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>显存不足</translation>
    </message>
</context>
<context>
    <name>ThroughputPlot</name>
    <message>
        <source>Output tokens/s per replica</source>
        <translation>单副本输出 tokens/s</translation>
    </message>
    <message>
        <source>Output tokens/s per device</source>
        <translation>单卡输出 tokens/s</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>单用户 tokens/s</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首字延迟 TTFT（毫秒）</translation>
    </message>
    <message>
        <source>Time per output token (ms)</source>
        <translation>每输出 token 时延 TPOT（毫秒）</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>No results: the scenario could not be computed.</source>
        <translation>无结果：无法计算此场景。</translation>
    </message>
    <message>
        <source>No selected accelerator can serve this model at these settings: see the Memory tab for why.</source>
        <translation>在当前设置下，所选加速卡均无法部署此模型：原因请见“显存占用”标签页。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Accelerator id</source>
        <translation>加速卡 ID</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Layout (devices per replica, parallelism, replicas)</source>
        <translation>并行方案（每副本卡数、并行方式、副本数）</translation>
    </message>
    <message>
        <source>Devices in all (count)</source>
        <translation>所需卡数（合计）</translation>
    </message>
    <message>
        <source>Fits in memory</source>
        <translation>显存可容纳</translation>
    </message>
    <message>
        <source>Why it does not serve the workload</source>
        <translation>无法承载负载的原因</translation>
    </message>
    <message>
        <source>Max concurrent requests meeting targets (requests)</source>
        <translation>满足目标的最大并发请求数（个）</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首字延迟 TTFT（毫秒）</translation>
    </message>
    <message>
        <source>Time per output token (ms)</source>
        <translation>每输出 token 时延 TPOT（毫秒）</translation>
    </message>
    <message>
        <source>Output tokens/s per device (tokens/s)</source>
        <translation>单卡输出吞吐（tokens/s）</translation>
    </message>
    <message>
        <source>Output tokens/s per device, low (tokens/s)</source>
        <translation>单卡输出吞吐，下限（tokens/s）</translation>
    </message>
    <message>
        <source>Output tokens/s per device, high (tokens/s)</source>
        <translation>单卡输出吞吐，上限（tokens/s）</translation>
    </message>
    <message>
        <source>Cost per million output tokens (USD)</source>
        <translation>每百万输出 token 成本（美元）</translation>
    </message>
    <message>
        <source>Cost per million output tokens, low (USD)</source>
        <translation>每百万输出 token 成本，下限（美元）</translation>
    </message>
    <message>
        <source>Cost per million output tokens, high (USD)</source>
        <translation>每百万输出 token 成本，上限（美元）</translation>
    </message>
    <message>
        <source>Total cost of ownership over the period (USD)</source>
        <translation>周期内总拥有成本 TCO（美元）</translation>
    </message>
    <message>
        <source>Facility power (kW)</source>
        <translation>机房总功率（kW）</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Software stack maturity (1-5)</source>
        <translation>软件栈成熟度（1–5）</translation>
    </message>
    <message>
        <source>Availability in China</source>
        <translation>国内可得性</translation>
    </message>
    <message>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Output tokens/s per replica</source>
        <translation>单副本输出 tokens/s</translation>
    </message>
    <message>
        <source>Output tokens/s per device</source>
        <translation>单卡输出 tokens/s</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>单用户 tokens/s</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首字延迟（TTFT）</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每输出 token 时延（TPOT）</translation>
    </message>
    <message>
        <source>No accelerator to compare.</source>
        <translation>没有可对比的加速卡。</translation>
    </message>
    <message>
        <source>None: no option fits in memory and meets the latency targets.</source>
        <translation>无：没有任何方案既能放下模型又满足时延目标。</translation>
    </message>
    <message>
        <source>None priced: {0} fit and meet the targets, but their price or power is unknown; enter a price in the cost inputs to compare cost.</source>
        <translation>无可比价方案：{0} 能放下模型并满足目标，但价格或功耗未知；请在成本参数中填写价格以比较成本。</translation>
    </message>
    <message>
        <source>, range {0}-{1}</source>
        <translation>，范围 {0}–{1}</translation>
    </message>
    <message>
        <source>the cheapest of {0} priced options that fit and meet the targets</source>
        <translation>在 {0} 个已知价格且满足目标的方案中成本最低</translation>
    </message>
    <message>
        <source>the only priced option that fits and meets the targets</source>
        <translation>唯一一个已知价格且满足目标的方案</translation>
    </message>
    <message>
        <source>; {0} more fit but have no price</source>
        <translation>；另有 {0} 个方案满足条件但无价格</translation>
    </message>
    <message>
        <source>USD {0} per million output tokens{1}: {2}, on {3} devices ({4}){5}.</source>
        <translation>每百万输出 token {0} 美元{1}：{2}，需 {3} 张卡（{4}）{5}。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>并发扫描</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{0} tokens per day (input + output)</source>
        <translation>每天 {0} 个 token（输入 + 输出）</translation>
    </message>
    <message>
        <source>{0} requests per second</source>
        <translation>每秒 {0} 个请求</translation>
    </message>
    <message>
        <source>time to first token ≤ {0} ms</source>
        <translation>首字延迟 ≤ {0} 毫秒</translation>
    </message>
    <message>
        <source>time per output token ≤ {0} ms</source>
        <translation>每输出 token 时延 ≤ {0} 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accelerators compared</source>
        <translation>参与对比的加速卡</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>weights {0}, KV cache {1}</source>
        <translation>权重 {0}，KV 缓存 {1}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>{0} input tokens, {1} output tokens</source>
        <translation>输入 {0} token，输出 {1} token</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Latency targets</source>
        <translation>时延目标</translation>
    </message>
    <message>
        <source>Recommended option</source>
        <translation>推荐方案</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>规格库版本</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>({0} years)</source>
        <translation>（{0} 年）</translation>
    </message>
    <message>
        <source>Concurrency (requests)</source>
        <translation>并发数（请求）</translation>
    </message>
    <message>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Meets targets</source>
        <translation>满足目标</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源链接</translation>
    </message>
    <message>
        <source>scenario (your input)</source>
        <translation>场景（用户输入）</translation>
    </message>
    <message>
        <source>tokens per request</source>
        <translation>每请求 token 数</translation>
    </message>
    <message>
        <source>concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>empty: no target</source>
        <translation>空：无目标</translation>
    </message>
    <message>
        <source>number format</source>
        <translation>数值格式</translation>
    </message>
    <message>
        <source>catalog id</source>
        <translation>规格库 ID</translation>
    </message>
    <message>
        <source>catalog ids</source>
        <translation>规格库 ID</translation>
    </message>
    <message>
        <source>serving runtime</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>tokens per day (input + output)</source>
        <translation>每天 token 数（输入 + 输出）</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>the cheapest layout that serves the workload and meets the targets</source>
        <translation>能承载负载并满足目标的最低成本并行方案</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>ways</source>
        <translation>路</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>default: {0}</source>
        <translation>默认值：{0}</translation>
    </message>
    <message>
        <source>default {0} {1} ({2})</source>
        <translation>默认值 {0} {1}（{2}）</translation>
    </message>
    <message>
        <source>USD per device</source>
        <translation>美元/卡</translation>
    </message>
    <message>
        <source>replaces the catalog price</source>
        <translation>替代规格库价格</translation>
    </message>
    <message>
        <source>depreciation period; {0}</source>
        <translation>折旧期限；{0}</translation>
    </message>
    <message>
        <source>{0} (our assumption)</source>
        <translation>{0}（本工具的假设）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Cost (scenario)</source>
        <translation>成本（场景设定）</translation>
    </message>
    <message>
        <source>Cost model default</source>
        <translation>成本模型默认值</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation>条目 ID</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>用户输入</translation>
    </message>
    <message>
        <source>scenario price override</source>
        <translation>场景中的价格覆盖</translation>
    </message>
    <message>
        <source>replaces the catalog price in the cost figures</source>
        <translation>在成本数据中替代目录价格</translation>
    </message>
    <message>
        <source>{0} (software stack of {1})</source>
        <translation>{0}（{1} 的软件栈）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Catalog recovered</source>
        <translation>规格库已恢复</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Identifier</source>
        <extracomment>Called by this name with literal texts, so pyside6-lupdate finds every one.</extracomment>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <source>Process node</source>
        <translation>制程</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation>代工厂</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Scale-up link</source>
        <translation>Scale-up 互联</translation>
    </message>
    <message>
        <source>Scale-out network</source>
        <translation>Scale-out 网络</translation>
    </message>
    <message>
        <source>Available in China</source>
        <translation>国内可得性</translation>
    </message>
    <message>
        <source>Available elsewhere</source>
        <translation>海外可得性</translation>
    </message>
    <message>
        <source>China availability since</source>
        <translation>国内上市时间</translation>
    </message>
    <message>
        <source>Elsewhere availability since</source>
        <translation>海外上市时间</translation>
    </message>
    <message>
        <source>China availability note</source>
        <translation>国内供货说明</translation>
    </message>
    <message>
        <source>Elsewhere availability note</source>
        <translation>海外供货说明</translation>
    </message>
    <message>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Export control date</source>
        <translation>出口管制日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发方</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源国</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Native precision</source>
        <translation>原生精度</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力类型</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Tied embeddings</source>
        <translation>共享词嵌入</translation>
    </message>
    <message>
        <source>QKV bias</source>
        <translation>QKV 偏置</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>BF16 dense</source>
        <translation>BF16 稠密算力</translation>
    </message>
    <message>
        <source>FP16 dense</source>
        <translation>FP16 稠密算力</translation>
    </message>
    <message>
        <source>FP8 dense</source>
        <translation>FP8 稠密算力</translation>
    </message>
    <message>
        <source>FP4 dense</source>
        <translation>FP4 稠密算力</translation>
    </message>
    <message>
        <source>INT8 dense</source>
        <translation>INT8 稠密算力</translation>
    </message>
    <message>
        <source>TOP/s</source>
        <translation>TOP/s</translation>
    </message>
    <message>
        <source>Power (TDP)</source>
        <translation>功耗（TDP）</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Scale-up bandwidth</source>
        <translation>Scale-up 带宽</translation>
    </message>
    <message>
        <source>Scale-out bandwidth</source>
        <translation>Scale-out 带宽</translation>
    </message>
    <message>
        <source>Gbit/s</source>
        <translation>Gbit/s</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Accelerators per system</source>
        <translation>每系统加速卡数</translation>
    </message>
    <message>
        <source>Scale-up domain</source>
        <translation>Scale-up 域</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>主机功耗</translation>
    </message>
    <message>
        <source>System power</source>
        <translation>系统功耗</translation>
    </message>
    <message>
        <source>Host price</source>
        <translation>主机价格</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>FFN width</source>
        <translation>FFN 维度</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Query LoRA rank (MLA)</source>
        <translation>Query LoRA 秩（MLA）</translation>
    </message>
    <message>
        <source>KV LoRA rank (MLA)</source>
        <translation>KV LoRA 秩（MLA）</translation>
    </message>
    <message>
        <source>RoPE head dimension (MLA)</source>
        <translation>RoPE 头维度（MLA）</translation>
    </message>
    <message>
        <source>Non-RoPE head dimension (MLA)</source>
        <translation>非 RoPE 头维度（MLA）</translation>
    </message>
    <message>
        <source>Value head dimension (MLA)</source>
        <translation>Value 头维度（MLA）</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation>滑动窗口层数</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>路由专家数</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>每 token 激活专家数</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>共享专家数</translation>
    </message>
    <message>
        <source>Expert FFN width</source>
        <translation>专家 FFN 维度</translation>
    </message>
    <message>
        <source>Shared expert FFN width</source>
        <translation>共享专家 FFN 维度</translation>
    </message>
    <message>
        <source>Leading dense layers</source>
        <translation>前置稠密层数</translation>
    </message>
    <message>
        <source>MoE layer step</source>
        <translation>MoE 层间隔</translation>
    </message>
    <message>
        <source>Parameters, total</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>Parameters, active</source>
        <translation>激活参数量</translation>
    </message>
    <message>
        <source>Maturity (1-5)</source>
        <translation>成熟度（1-5）</translation>
    </message>
    <message>
        <source>Porting effort</source>
        <translation>迁移适配工作量</translation>
    </message>
    <message>
        <source>engineer-months</source>
        <translation>人月</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>已出货</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>已停产</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可得</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可得</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>ASIC</source>
        <translation>ASIC</translation>
    </message>
    <message>
        <source>LPU</source>
        <translation>LPU</translation>
    </message>
    <message>
        <source>wafer-scale</source>
        <translation>晶圆级</translation>
    </message>
    <message>
        <source>unified-memory SoC</source>
        <translation>统一内存 SoC</translation>
    </message>
    <message>
        <source>MHA</source>
        <translation>MHA</translation>
    </message>
    <message>
        <source>GQA</source>
        <translation>GQA</translation>
    </message>
    <message>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <source>MLA</source>
        <translation>MLA</translation>
    </message>
    <message>
        <source>datasheet</source>
        <translation>规格书</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>rumour</source>
        <translation>传闻</translation>
    </message>
    <message>
        <source>the vendor&apos;s own published specification</source>
        <translation>厂商官方公布的规格</translation>
    </message>
    <message>
        <source>an independent measurement</source>
        <translation>独立第三方测量</translation>
    </message>
    <message>
        <source>an analyst&apos;s estimate, or a value derived from others</source>
        <translation>分析师估算，或由其他数值推导得出</translation>
    </message>
    <message>
        <source>a press report of a claim</source>
        <translation>媒体对厂商宣称的报道</translation>
    </message>
    <message>
        <source>a rumour: treat with care</source>
        <translation>传闻：请谨慎对待</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Badge backgrounds, strongest evidence first; white text on each has contrast &gt;= 4.5:1.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
</context>
</TS>
