<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PackPlanSolver</name>
    <message>
        <source>too many calls to price the packs exactly: the planner weighs up to %1 calls for these pack sizes. Check the volumes for a typo (an extra zero?)</source>
        <translation>调用量过大，无法精确计算资源包价格：按这些资源包规格，最多可计算 %1 次调用。请检查调用量是否有笔误（多了一个零？）</translation>
    </message>
    <message>
        <source>too many calls to find the cheapest packs exactly: about %1 calls fall within a pack&apos;s validity, the planner weighs up to %2 for these pack sizes. Check the volumes for a typo (an extra zero?) or plan fewer months</source>
        <translation>调用量过大，无法精确找出最省的资源包：一个资源包有效期内约有 %1 次调用，而按这些资源包规格最多可计算 %2 次。请检查调用量是否有笔误（多了一个零？），或缩短计划月数</translation>
    </message>
    <message>
        <source>too many calls or too high prices to find the cheapest packs exactly. Check the volumes and prices for a typo (an extra zero?)</source>
        <translation>调用量过大或价格过高，无法精确找出最省的资源包。请检查调用量和价格是否有笔误（多了一个零？）</translation>
    </message>
</context>
<context>
    <name>PurchaseOptimizer</name>
    <message>
        <source>%1 (made); %2</source>
        <translation>%1（已购）；%2</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>不再购买</translation>
    </message>
    <message>
        <source>actualThrough: %1 is outside the scenario (%2 to %3); the months that have happened must lie within the horizon for the rest to be planned</source>
        <translation>actualThrough：%1 不在情景范围内（%2 至 %3）；已发生的月份须在规划期内，才能规划其余月份</translation>
    </message>
    <message>
        <source>Postpaid only is cheapest: %1 billable calls beyond the free quota cost %2 元.</source>
        <translation>仅后付费最便宜：免费额度之外的 %1 次计费调用费用为 %2 元。</translation>
    </message>
    <message>
        <source>The cheapest pack plan (%1) would cost %2 元.</source>
        <translation>最便宜的资源包方案（%1）费用为 %2 元。</translation>
    </message>
    <message>
        <source>%1 covers %2 billable calls</source>
        <translation>%1 覆盖 %2 次计费调用</translation>
    </message>
    <message>
        <source>; %1 expire unused</source>
        <translation>；%1 次到期未用</translation>
    </message>
    <message>
        <source>; %1 calls stay postpaid (%2 元)</source>
        <translation>；%1 次调用仍按后付费计费（%2 元）</translation>
    </message>
    <message>
        <source>; postpaid only would cost %1 元, this plan %2 元, saving %3 元.</source>
        <translation>；仅后付费需 %1 元，本方案 %2 元，节省 %3 元。</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 购买 %1</translation>
    </message>
    <message>
        <source>(The licence packs share a postpaid tier on postpaid calls; with purchases in any month this is the best plan found by alternating exact searches, not a proven optimum.)</source>
        <translation>（证照类资源包按后付费调用量共用后付费阶梯；允许任意月份购买时，这是交替精确搜索找到的最佳方案，并非已证明的最优解。）</translation>
    </message>
</context>
<context>
    <name>RobustPlanner</name>
    <message>
        <source>the resource packs %1 share one postpaid group and have more than %2 combinations of first-month purchases to compare exactly; reduce their volumes or choose the tier basis &quot;all calls&quot;</source>
        <translation>资源包 %1 共用一个后付费组，首月购买组合超过 %2 种，无法精确比较；请减少其调用量，或将阶梯依据设为“全部调用量”</translation>
    </message>
    <message>
        <source>the plan with the smallest largest regret needs too many comparisons to be decided exactly; use fewer scenarios or the method expected-cost</source>
        <translation>最大遗憾最小的方案需要过多比较，无法精确求解；请减少情景数量，或改用加权平均费用方法</translation>
    </message>
    <message>
        <source>the plan with the smallest largest regret needs more than %1 partial plans to be decided exactly; use fewer scenarios or the method expected-cost</source>
        <translation>最大遗憾最小的方案需要超过 %1 个部分方案才能精确求解；请减少情景数量，或改用加权平均费用方法</translation>
    </message>
    <message>
        <source>one set of new purchases for all scenarios is bought in one month, the first after the months that have happened: scenario %1 buys from %2 and scenario %3 from %4, so give every scenario the same last actual month (actualThrough)</source>
        <translation>所有情景共用的一组新购买在同一个月进行，即已发生月份之后的第一个月：情景 %1 从 %2 起购买，情景 %3 从 %4 起购买，请为所有情景设置相同的最后实际月份（actualThrough）</translation>
    </message>
    <message>
        <source>the plan has no scenario</source>
        <translation>计划中没有情景</translation>
    </message>
    <message>
        <source>scenario %1 has a negative weight</source>
        <translation>情景 %1 的权重为负数</translation>
    </message>
    <message>
        <source>scenario %1 starts in %2 and scenario %3 in %4; the plan for all scenarios buys once, in the first month, so give every scenario the same start month</source>
        <translation>情景 %1 从 %2 开始，情景 %3 从 %4 开始；统一方案只在首月购买一次，请为所有情景设置相同的开始月份</translation>
    </message>
    <message>
        <source>every scenario has weight 0; give at least one scenario a weight to plan for the expected cost</source>
        <translation>所有情景的权重均为 0；请至少为一个情景设置权重，才能按加权平均费用规划</translation>
    </message>
    <message>
        <source>scenarios %1 and %2 give the resource pack %3 different prices; the plan for all scenarios buys one set of packs at one price, so override the pack prices alike in every scenario</source>
        <translation>情景 %1 和 %2 中资源包 %3 的价格不同；统一方案以同一价格购买同一组资源包，请在所有情景中以相同方式覆盖资源包价格</translation>
    </message>
    <message>
        <source>The search stopped at its effort limit before proving this plan the best: no plan has a largest regret below %1 元, so this one is at most %2 元 above the best possible.</source>
        <translation>搜索在达到计算量上限时停止，尚未证明此方案最优：任何方案的最大遗憾都不低于 %1 元，因此此方案最多比最优方案高 %2 元。</translation>
    </message>
</context>
<context>
    <name>ocp::AccrualModel</name>
    <message>
        <source>The price of pack calls still valid after the plan&apos;s last month: a prepaid balance that belongs to later budgets</source>
        <translation>计划最后一个月之后仍有效的资源包调用对应的价款：属于以后预算的预付余额</translation>
    </message>
    <message>
        <source>Budget year %1</source>
        <translation>%1 预算年度</translation>
    </message>
    <message>
        <source>Prepaid beyond the plan</source>
        <translation>结转至计划之后的预付余额</translation>
    </message>
    <message>
        <source>The share of pack prices for the calls the packs served this month</source>
        <translation>本月资源包抵扣的调用所分摊的资源包价款</translation>
    </message>
    <message>
        <source>The share of pack prices for calls that expired unused at the end of this month</source>
        <translation>本月末过期未用的调用所分摊的资源包价款</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Packs used (元)</source>
        <translation>资源包使用（元）</translation>
    </message>
    <message>
        <source>Expired (元)</source>
        <translation>过期损失（元）</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>后付费（元）</translation>
    </message>
    <message>
        <source>Cost of the period (元)</source>
        <translation>本期费用（元）</translation>
    </message>
</context>
<context>
    <name>ocp::AutosaveStore</name>
    <message>
        <source>cannot create the autosave folder %1</source>
        <translation>无法创建自动保存文件夹 %1</translation>
    </message>
    <message>
        <source>The autosaved plan %1 cannot be read and was left where it is: %2</source>
        <translation>无法读取自动保存的计划 %1，文件保留在原处：%2</translation>
    </message>
    <message>
        <source>not an autosave file (%1)</source>
        <translation>不是自动保存文件（%1）</translation>
    </message>
    <message>
        <source>not an autosave file (format is not “%1”)</source>
        <translation>不是自动保存文件（格式不是“%1”）</translation>
    </message>
    <message>
        <source>written by a newer planner; open it with that version</source>
        <translation>由更新版本的规划工具写入；请用该版本打开</translation>
    </message>
    <message>
        <source>the autosave holds no plan</source>
        <translation>自动保存文件中没有计划</translation>
    </message>
</context>
<context>
    <name>ocp::BillableShareModel</name>
    <message>
        <source>Share of calls that are billed; 100% unless only successful recognitions are charged</source>
        <translation>计费调用的比例；除非只对识别成功的调用收费，否则为 100%</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Not changed: the billable share must be 0% to 100% with at most four decimals</source>
        <translation>未修改：计费比例须在 0% 到 100% 之间，最多四位小数</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Billable share</source>
        <translation>计费比例</translation>
    </message>
</context>
<context>
    <name>ocp::BreakEvenModel</name>
    <message>
        <source>Break-even cancelled — press Recalculate in the status bar to calculate it</source>
        <translation>盈亏平衡分析已取消——点击状态栏中的“重新计算”以计算</translation>
    </message>
    <message>
        <source>Break-even: %1</source>
        <translation>盈亏平衡：%1</translation>
    </message>
    <message>
        <source>Select a resource pack in the results to see where its pack sizes pay off against postpaid only.</source>
        <translation>在结果中选择一个资源包，查看其各规格从何时起比仅后付费更省。</translation>
    </message>
    <message>
        <source>Calculating the break-even points…</source>
        <translation>正在计算盈亏平衡点…</translation>
    </message>
    <message>
        <source>No break-even analysis: %1</source>
        <translation>无法进行盈亏平衡分析：%1</translation>
    </message>
    <message>
        <source>%1 pays off from %2 % (%3 calls)</source>
        <translation>%1 从 %2 %（%3 次调用）起更省</translation>
    </message>
    <message>
        <source>No pack size beats postpaid only up to %1 % of the plan&apos;s calls</source>
        <translation>在计划调用量的 %1 % 以内，没有任何规格比仅后付费更省</translation>
    </message>
    <message>
        <source>Packs of %1</source>
        <translation>%1 次规格</translation>
    </message>
    <message>
        <source>At %1 % of the plan&apos;s calls (%2 billable calls)</source>
        <translation>计划调用量的 %1 %（%2 次计费调用）</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>the re-optimised plan</source>
        <translation>重新优化的方案</translation>
    </message>
    <message>
        <source>%1 × %2 calls</source>
        <translation>%1 × %2 次</translation>
    </message>
    <message>
        <source>%1: %2 cost %3</source>
        <translation>%1：%2 费用 %3</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>Re-optimised plan</source>
        <translation>重新优化的方案</translation>
    </message>
    <message>
        <source>Break-even at %1 % of the plan&apos;s calls (%2 billable calls): from there on this size is cheaper than postpaid only</source>
        <translation>盈亏平衡点在计划调用量的 %1 %（%2 次计费调用）：从此起该规格比仅后付费更省</translation>
    </message>
</context>
<context>
    <name>ocp::BudgetYearPane</name>
    <message>
        <source>Packs used</source>
        <translation>资源包使用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期损失</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <source>Cost by budget month (accrual)</source>
        <translation>按预算月份的费用（权责发生制）</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2：%3 元</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost by budget year — %1 · prepaid balance carried beyond the plan: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>按预算年度的费用 — %1 · 结转至计划之后的预付余额：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ocp::CashFlowChart</name>
    <message>
        <source>Pack purchases</source>
        <translation>购买资源包</translation>
    </message>
    <message>
        <source>Bill paid</source>
        <translation>支付账单</translation>
    </message>
    <message>
        <source>Funds required</source>
        <translation>所需资金</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Cash flow: payments and funds the account must hold</source>
        <translation>现金流：付款与账户需备足的资金</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2：%3 元</translation>
    </message>
</context>
<context>
    <name>ocp::CashFlowModel</name>
    <message>
        <source>The month after the plan: the last postpaid bill is settled</source>
        <translation>计划结束后的下一个月：结算最后一期后付费账单</translation>
    </message>
    <message>
        <source>Last month&apos;s postpaid bill, settled on days 1–3</source>
        <translation>上月后付费账单，于每月 1–3 日结算</translation>
    </message>
    <message>
        <source>Last month&apos;s postpaid amount at list price, frozen as an estimate for this month</source>
        <translation>按刊例价计算的上月后付费金额，作为本月预估冻结</translation>
    </message>
    <message>
        <source>The previous freeze, released at this settlement</source>
        <translation>上期冻结金额，在本次结算时解冻</translation>
    </message>
    <message>
        <source>What the account must hold this month: purchases, the bill and the new freeze</source>
        <translation>本月账户需备足的资金：购包、账单和新的冻结</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Pack purchases (元)</source>
        <translation>购买资源包（元）</translation>
    </message>
    <message>
        <source>Bill paid (元)</source>
        <translation>支付账单（元）</translation>
    </message>
    <message>
        <source>Frozen (元)</source>
        <translation>冻结（元）</translation>
    </message>
    <message>
        <source>Released (元)</source>
        <translation>解冻（元）</translation>
    </message>
    <message>
        <source>Net outflow (元)</source>
        <translation>净支出（元）</translation>
    </message>
    <message>
        <source>Funds required (元)</source>
        <translation>所需资金（元）</translation>
    </message>
</context>
<context>
    <name>ocp::CatalogPane</name>
    <message>
        <source>Search by name or API, e.g. 身份证 / ID card / IDCardOCR</source>
        <translation>按名称或接口搜索，如 身份证 / ID card / IDCardOCR</translation>
    </message>
    <message>
        <source>Select a resource pack to see its prices.</source>
        <translation>选择一个资源包以查看其价格。</translation>
    </message>
    <message>
        <source>Already in the plan</source>
        <translation>已在计划中</translation>
    </message>
    <message numerus="yes">
        <source>Added %n interface(s) to the plan; enter their monthly calls in the table</source>
        <translation>
            <numerusform>已向计划添加 %n 个接口；请在表格中填写每月调用量</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>添加到计划</translation>
    </message>
</context>
<context>
    <name>ocp::CatalogTreeModel</name>
    <message>
        <source>%1 (%2): double-click or drag into the volume table to plan its calls</source>
        <translation>%1（%2）：双击或拖入调用量表格以规划其调用量</translation>
    </message>
    <message numerus="yes">
        <source>Resource pack %1, shared by %n interface(s)</source>
        <translation>
            <numerusform>资源包 %1，由 %n 个接口共用</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
</context>
<context>
    <name>ocp::CategoryCostModel</name>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation>计划费用</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>费用占比</translation>
    </message>
</context>
<context>
    <name>ocp::ComparisonPane</name>
    <message>
        <source>The plan for all scenarios was cancelled: the figures below are not those of the current plan.</source>
        <translation>适用于所有场景的方案已取消：下方数字不是当前方案的数字。</translation>
    </message>
    <message>
        <source>Cost per scenario</source>
        <translation>各情景费用</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2：%3 元</translation>
    </message>
    <message>
        <source>Differences are against the current scenario (bold); green is less cost or more saving, red the opposite.</source>
        <translation>差额均相对于当前情景（粗体）；绿色表示费用更低或节省更多，红色相反。</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>One plan for all</source>
        <translation>统一方案</translation>
    </message>
    <message>
        <source>Lowest weighted average cost</source>
        <translation>加权平均费用最低</translation>
    </message>
    <message>
        <source>Smallest largest regret</source>
        <translation>最大遗憾最小</translation>
    </message>
    <message>
        <source>Weighted average: the scenarios&apos; weights count (edit them in the Weight column). Largest regret: the plan that costs least above any scenario&apos;s own cheapest plan.</source>
        <translation>加权平均：按各情景权重计算（可在“权重”列中修改）。最大遗憾：相对任一情景自身最便宜方案多花费最少的方案。</translation>
    </message>
    <message>
        <source>One plan for all scenarios, bought in the first month, chosen by:</source>
        <translation>所有情景的统一方案（首月购买），选择依据：</translation>
    </message>
    <message>
        <source>No plan for all scenarios: %1</source>
        <translation>无法给出统一方案：%1</translation>
    </message>
    <message>
        <source>Buy %1. Weighted average cost %2 元; largest regret %3 元 (the most it costs above a scenario&apos;s own cheapest plan).</source>
        <translation>购买 %1。加权平均费用 %2 元；最大遗憾 %3 元（比某一情景自身最便宜方案最多多花的金额）。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 weighs 0 %, so the plan for all scenarios leaves it out: give it a weight in the Weight column of the table above.</source>
        <translation>%1 的权重为 0%，统一方案不会考虑它：请在上方表格的“权重”列中为其设置权重。</translation>
    </message>
    <message>
        <source>%1 weigh 0 %, so the plan for all scenarios leaves them out: give them a weight in the Weight column of the table above.</source>
        <translation>%1 的权重为 0%，统一方案不会考虑它们：请在上方表格的“权重”列中为其设置权重。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐方案</translation>
    </message>
</context>
<context>
    <name>ocp::CostCharts</name>
    <message>
        <source>Pack purchases</source>
        <translation>购买资源包</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>Monthly cost of the plan</source>
        <translation>计划的每月费用</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>Cumulative cost: plan against postpaid only</source>
        <translation>累计费用：计划与仅后付费对比</translation>
    </message>
    <message>
        <source>Share of cost by category</source>
        <translation>各服务类别费用占比</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of the plan&apos;s cost)</source>
        <translation>%1：%2（占计划费用的 %3）</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按服务类别</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Month total: %1</source>
        <translation>当月合计：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation>每月调用量</translation>
    </message>
    <message>
        <source>This chart has nothing to export yet</source>
        <translation>此图表尚无可导出的内容</translation>
    </message>
    <message>
        <source>%1: charts are exported as .png or .svg</source>
        <translation>%1：图表只能导出为 .png 或 .svg</translation>
    </message>
    <message>
        <source>Break-even: cost by volume</source>
        <translation>盈亏平衡：费用随调用量变化</translation>
    </message>
    <message>
        <source>Select a resource pack in the results to see where its pack sizes pay off against postpaid only.</source>
        <translation>在结果中选择一个资源包，查看其各规格从何时起比仅后付费更省。</translation>
    </message>
    <message>
        <source>Volume (% of the plan&apos;s calls for this pack)</source>
        <translation>调用量（占该资源包计划调用量的 %）</translation>
    </message>
    <message>
        <source>Break-even points</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <source>Postpaid tiers apply to all units: once a month&apos;s calls reach the next tier, every postpaid call of that month costs the lower price, so a line can dip as the volume rises. A pack line runs flat while its packs cover the calls and climbs once calls are billed postpaid beyond them.</source>
        <translation>后付费阶梯按全部调用量计价：当月调用量一旦达到下一阶梯，当月所有后付费调用都按更低单价计费，因此调用量上升时曲线可能下降。资源包曲线在资源包覆盖调用量时保持水平，超出部分按后付费计费后才上升。</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>累计费用</translation>
    </message>
    <message>
        <source>Cost by category</source>
        <translation>按类别的费用</translation>
    </message>
    <message>
        <source>%1 (above the scale)</source>
        <translation>%1（超出刻度）</translation>
    </message>
</context>
<context>
    <name>ocp::Display</name>
    <message>
        <source>%1 元</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>“%1”: calls cannot be negative</source>
        <translation>“%1”：调用量不能为负数</translation>
    </message>
    <message>
        <source>“%1” is not a number of calls (digits only, such as 25000 or 2.5万)</source>
        <translation>“%1”不是有效的调用量（只能输入数字，如 25000 或 2.5万）</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of calls</source>
        <translation>“%1”不是整数次调用</translation>
    </message>
    <message>
        <source>“%1” is more than %2 calls a month</source>
        <translation>“%1”超过每月 %2 次调用</translation>
    </message>
    <message>
        <source>“%1” is not a number (up to six decimals, such as 1.15 or 5)</source>
        <translation>“%1”不是有效数字（最多六位小数，如 1.15 或 5）</translation>
    </message>
    <message>
        <source>“%1” is not a price in 元 (digits and up to six decimals, such as 0.006)</source>
        <translation>“%1”不是以元计的价格（数字，最多六位小数，如 0.006）</translation>
    </message>
    <message>
        <source>“%1”: a price cannot be negative</source>
        <translation>“%1”：价格不能为负数</translation>
    </message>
</context>
<context>
    <name>ocp::LedgerModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>高于 %1</translation>
    </message>
    <message>
        <source>Above %1 calls a month: no published price</source>
        <translation>每月超过 %1 次：无公开价格</translation>
    </message>
    <message>
        <source>Tier %1: up to %2 calls a month for the group</source>
        <translation>第 %1 阶梯：该计费组每月最多 %2 次</translation>
    </message>
    <message>
        <source>Balance still valid at the end of the plan</source>
        <translation>计划结束时仍有效的余量</translation>
    </message>
    <message>
        <source>Estimate: priced above the top tier, which has no published price (联系商务)</source>
        <translation>估算：超出最高阶梯，该区间无公开价格（联系商务）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>From packs</source>
        <translation>资源包抵扣</translation>
    </message>
    <message>
        <source>Postpaid calls</source>
        <translation>后付费调用量</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Unit price (元)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>后付费（元）</translation>
    </message>
    <message>
        <source>Bought calls</source>
        <translation>购入次数</translation>
    </message>
    <message>
        <source>Purchases (元)</source>
        <translation>购包费用（元）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Month cost (元)</source>
        <translation>当月费用（元）</translation>
    </message>
</context>
<context>
    <name>ocp::MainWindow</name>
    <message>
        <source>the recommended plan</source>
        <translation>推荐方案</translation>
    </message>
    <message>
        <source>the ranked alternatives</source>
        <translation>备选方案排名</translation>
    </message>
    <message>
        <source>the break-even points</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <source>the plan for all scenarios</source>
        <translation>适用于所有场景的方案</translation>
    </message>
    <message>
        <source>the re-optimised line</source>
        <translation>重新优化曲线</translation>
    </message>
    <message>
        <source>OCR Cost Planner</source>
        <translation>OCR 费用规划</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>计划设置</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved.</source>
        <translation>计划“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>是否先保存再继续？</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Export cost report</source>
        <translation>导出费用报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>新建一个空白计划</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export cost report (CSV)…</source>
        <translation>导出费用报表 (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG, SVG)…</source>
        <translation>导出图表 (PNG, SVG)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;About OCR Cost Planner</source>
        <translation>关于 OCR 费用规划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fill selected cells</source>
        <translation>填充所选单元格(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Cash &amp;flow</source>
        <translation>现金流(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1[*] — OCR Cost Planner</source>
        <translation>%1[*] — OCR 费用规划</translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation>未计算：%1</translation>
    </message>
    <message>
        <source>≈ marks estimates: some calls are above the top tier, which has no published price (联系商务)</source>
        <translation>≈ 表示估算：部分调用超出最高阶梯，该区间无公开价格（联系商务）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>New plan: add interfaces from the catalog</source>
        <translation>新计划：请从价目表添加接口</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation>无法打开示例计划</translation>
    </message>
    <message>
        <source>This is a sample plan: change the monthly calls, or start your own with File → New</source>
        <translation>这是一个示例计划：可修改每月调用量，或通过“文件 → 新建”开始自己的计划</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot export the cost report</source>
        <translation>无法导出费用报表</translation>
    </message>
    <message>
        <source>Cost report written to %1</source>
        <translation>费用报表已写入 %1</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>About OCR Cost Planner</source>
        <translation>关于 OCR 费用规划</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCR Cost Planner %1&lt;/h3&gt;&lt;p&gt;Plans a budget for Tencent Cloud OCR: the cheapest mix of prepaid resource packs (资源包) and postpaid billing for the monthly calls you expect, with exact amounts in 元.&lt;/p&gt;&lt;p&gt;Price catalog: &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;, prices as read on %3.&lt;br&gt;Rules: monthly free quota of the pack, packs valid 12 months from the month of purchase, the pack that expires first is used first, all-units postpaid tiers.&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCR 费用规划 %1&lt;/h3&gt;&lt;p&gt;为腾讯云文字识别（OCR）编制预算：根据预计的每月调用量，找出预付费资源包与后付费组合的最低成本方案，金额精确到元。&lt;/p&gt;&lt;p&gt;价目表来源：&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;，价格读取日期 %3。&lt;br&gt;规则：每个资源包每月有免费额度；资源包自购买当月起 12 个月内有效；先到期的资源包先抵扣；后付费按阶梯到达计费。&lt;/p&gt;&lt;p&gt;基于 Qt %4 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export the month-by-month cost report as CSV</source>
        <translation>将逐月费用报表导出为 CSV</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Export the chart shown in the Charts tab as PNG or SVG</source>
        <translation>将“图表”页中当前显示的图表导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Months in which Tencent Cloud sends a low-balance notice for the last usable pack: amber when it falls below 20 %, red when it is used up. Packs held or bought are listed; under each, the month a line of its packs runs out or loses calls at expiry.</source>
        <translation>腾讯云针对最后一个可用资源包发送余量提醒的月份：低于 20% 时为琥珀色，用尽时为红色。列出已持有或购买的资源包；其下各行标出每批资源包用尽或到期作废的月份。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>余量提醒</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Plans and scenarios (*.ocrplan *.json);;Plans (*.ocrplan);;Scenarios (*.json);;All files (*)</source>
        <translation>计划与情景 (*.ocrplan *.json);;计划 (*.ocrplan);;情景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Plans (*.ocrplan);;Scenario, one only (*.json)</source>
        <translation>计划 (*.ocrplan);;情景，仅限一个 (*.json)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>cash-flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Export &amp;budget years (CSV)…</source>
        <translation>导出预算年度 (CSV)(&amp;B)…</translation>
    </message>
    <message>
        <source>budget-years</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>A report of the plan and its scenarios for approval, as PDF</source>
        <translation>供审批用的计划及其各情景报告（PDF）</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>Com&amp;parison</source>
        <translation>情景对比(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>敏感性(&amp;N)</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <source>%4: plan cost &lt;b&gt;%1&lt;/b&gt; · Postpaid only %2 · Saving &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%4：计划费用 &lt;b&gt;%1&lt;/b&gt; · 仅后付费 %2 · 节省 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot export the %1</source>
        <translation>无法导出%1</translation>
    </message>
    <message>
        <source>The %1 was written to %2</source>
        <translation>%1已写入 %2</translation>
    </message>
    <message>
        <source>scenario comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>budget years</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation>导入用量</translation>
    </message>
    <message>
        <source>Usage files (*.csv *.txt);;All files (*)</source>
        <translation>用量文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation>导入用量(&amp;I)…</translation>
    </message>
    <message>
        <source>Read actual monthly or daily calls from a usage CSV</source>
        <translation>从用量 CSV 读取实际的每月或每日调用量</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>The planner stopped before the changes to “%1” were saved.</source>
        <translation>规划工具在“%1”的更改保存之前意外退出。</translation>
    </message>
    <message>
        <source>They were autosaved on %1.</source>
        <translation>这些更改已于 %1 自动保存。</translation>
    </message>
    <message>
        <source>The plan was never saved; Save will ask for a file name.</source>
        <translation>该计划从未保存过；保存时会询问文件名。</translation>
    </message>
    <message>
        <source>Save writes them to %1.</source>
        <translation>保存时将写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n more autosaved plan(s) are waiting: the next one is offered now if you discard this one, otherwise at the next start.</source>
        <translation>
            <numerusform>还有 %n 个自动保存的计划：放弃此计划后会立即提示下一个，否则在下次启动时提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>plan-for-all</source>
        <translation>统一方案</translation>
    </message>
    <message>
        <source>No plan for all scenarios: %1</source>
        <translation>无法给出统一方案：%1</translation>
    </message>
    <message>
        <source>plan for all scenarios</source>
        <translation>统一方案</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1; save them to keep them</source>
        <translation>已恢复 %1 未保存的更改；请保存以保留这些更改</translation>
    </message>
    <message>
        <source>Open the samp&amp;le plan</source>
        <translation>打开示例计划(&amp;L)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Export scenario co&amp;mparison (CSV)…</source>
        <translation>导出情景对比 (CSV)(&amp;M)…</translation>
    </message>
    <message>
        <source>Export one plan &amp;for all scenarios (CSV)…</source>
        <translation>导出所有情景的统一方案 (CSV)(&amp;F)…</translation>
    </message>
    <message>
        <source>Export cas&amp;h flow (CSV)…</source>
        <translation>导出现金流 (CSV)(&amp;H)…</translation>
    </message>
    <message>
        <source>Import pac&amp;k inventory…</source>
        <translation>导入资源包清单(&amp;K)…</translation>
    </message>
    <message>
        <source>Read the packs the account holds from the console&apos;s resource-pack list</source>
        <translation>从控制台的资源包列表读取账号已持有的资源包</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>预算与实际</translation>
    </message>
    <message>
        <source>Cost centres</source>
        <translation>成本中心</translation>
    </message>
    <message>
        <source>Accoun&amp;ting settings…</source>
        <translation>会计设置(&amp;T)…</translation>
    </message>
    <message>
        <source>How prepaid packs are expensed, who bears balance never used, and the ledger account names</source>
        <translation>预付资源包如何计入费用、从未使用的余额由谁承担，以及总账科目名称</translation>
    </message>
    <message>
        <source>Accounting settings changed</source>
        <translation>会计设置已修改</translation>
    </message>
    <message>
        <source>Cost allocation</source>
        <translation>费用分摊</translation>
    </message>
    <message>
        <source>cost-centres-by-month</source>
        <translation>成本中心-按月</translation>
    </message>
    <message>
        <source>cost-centres-by-pack</source>
        <translation>成本中心-按资源包</translation>
    </message>
    <message>
        <source>accounting-schedule</source>
        <translation>会计核算表</translation>
    </message>
    <message>
        <source>cost per cost centre and month</source>
        <translation>各成本中心每月费用</translation>
    </message>
    <message>
        <source>cost per cost centre and pack</source>
        <translation>各成本中心各资源包费用</translation>
    </message>
    <message>
        <source>accounting schedule</source>
        <translation>会计核算表</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>日记账</translation>
    </message>
    <message>
        <source>Who pays for what is not worked out yet</source>
        <translation>费用分摊尚未计算完成</translation>
    </message>
    <message>
        <source>Prepaid resource packs</source>
        <translation>预付账款-资源包</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行存款</translation>
    </message>
    <message>
        <source>OCR services expense</source>
        <translation>OCR 服务费用</translation>
    </message>
    <message>
        <source>Accrued postpaid bills</source>
        <translation>应付账款-后付费账单</translation>
    </message>
    <message>
        <source>Resource pack bought: %1 ×%2</source>
        <translation>购买资源包：%1 ×%2</translation>
    </message>
    <message>
        <source>Pack used: %1 %2</source>
        <translation>资源包使用：%1 %2</translation>
    </message>
    <message>
        <source>Pack expensed straight-line: %1 %2</source>
        <translation>资源包直线摊销：%1 %2</translation>
    </message>
    <message>
        <source>Pack balance expired unused: %1 %2</source>
        <translation>资源包余额过期未用：%1 %2</translation>
    </message>
    <message>
        <source>Postpaid calls accrued: %1 %2</source>
        <translation>后付费调用计提：%1 %2</translation>
    </message>
    <message>
        <source>Postpaid bill paid: %1</source>
        <translation>支付后付费账单：%1</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>ocp::MonthlyCostModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Pack purchases</source>
        <translation>购买资源包</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation>计划费用</translation>
    </message>
    <message>
        <source>Plan, cumulative</source>
        <translation>计划累计</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>Postpaid only, cumulative</source>
        <translation>仅后付费累计</translation>
    </message>
</context>
<context>
    <name>ocp::NoticesModel</name>
    <message>
        <source>used up</source>
        <translation>已用尽</translation>
    </message>
    <message>
        <source>&lt; 20%</source>
        <translation>&lt; 20%</translation>
    </message>
    <message>
        <source>%1: the last pack of %2 is used up</source>
        <translation>%1：%2 的最后一个资源包已用尽</translation>
    </message>
    <message>
        <source>%1: the last pack of %2 fell below 20% (%3 calls left at the end of the month)</source>
        <translation>%1：%2 的最后一个资源包余量低于 20%（月末剩余 %3 次）</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>runs out</source>
        <translation>用完</translation>
    </message>
    <message>
        <source>%1 calls expire unused</source>
        <translation>%1 次到期作废</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4) run out: all %5 calls are used</source>
        <translation>%1：%3 的 %2（%4）用完：%5 次已全部用掉</translation>
    </message>
    <message>
        <source>%1: %2 calls of %3 of %4 (%5) expire unused</source>
        <translation>%1：%4 的 %3（%5）中有 %2 次未用即到期作废</translation>
    </message>
</context>
<context>
    <name>ocp::PackAlternativesModel</name>
    <message>
        <source>Ranking cancelled — press Recalculate in the status bar to rank the alternatives</source>
        <translation>排名已取消——点击状态栏中的“重新计算”以排列备选方案</translation>
    </message>
    <message>
        <source>Select a resource pack to see its ranked alternatives</source>
        <translation>选择一个资源包以查看其备选方案排名</translation>
    </message>
    <message>
        <source>Ranking the alternatives…</source>
        <translation>正在为备选方案排名…</translation>
    </message>
    <message>
        <source>No alternatives: %1</source>
        <translation>无备选方案：%1</translation>
    </message>
    <message>
        <source>No calls for this pack in the plan: nothing to rank</source>
        <translation>计划中该资源包没有调用：无需排名</translation>
    </message>
    <message numerus="yes">
        <source>The %n cheapest plans for this pack; double-click one or press Adopt to use it</source>
        <translation>
            <numerusform>该资源包最省的 %n 个方案；双击或点击“采用”即可使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alternative first</source>
        <translation>请先选择一个备选方案</translation>
    </message>
    <message>
        <source>Adopt plan %1 for %2: %3</source>
        <translation>为%2采用方案 %1：%3</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>&gt; 1,000</source>
        <translation>&gt; 1,000</translation>
    </message>
    <message>
        <source>Postpaid only: buying no pack at all is plan %1 by cost</source>
        <translation>仅后付费：不购买任何资源包，按费用排第 %1 位</translation>
    </message>
    <message>
        <source>Postpaid only (no pack)</source>
        <translation>仅后付费（不购买资源包）</translation>
    </message>
    <message>
        <source>%1 paid calls expire unused</source>
        <translation>%1 次已付费调用过期未用</translation>
    </message>
    <message>
        <source>How much more this plan costs than the cheapest one</source>
        <translation>该方案比最省方案多出的费用</translation>
    </message>
    <message>
        <source>1 is the cheapest plan; bold marks the plan the scenario has now</source>
        <translation>1 为最省方案；粗体为情景当前的方案</translation>
    </message>
    <message>
        <source>Total minus the cheapest plan&apos;s total</source>
        <translation>合计减去最省方案的合计</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Packs (元)</source>
        <translation>资源包（元）</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>后付费（元）</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Gap to optimum (元)</source>
        <translation>与最优方案差额（元）</translation>
    </message>
</context>
<context>
    <name>ocp::PackDetailsModel</name>
    <message>
        <source>Prepaid packs</source>
        <translation>预付费资源包</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Your price; the list price is %1</source>
        <translation>您的价格；刊例价为 %1</translation>
    </message>
    <message>
        <source>Your price; the list price is %1 元 per call</source>
        <translation>您的价格；刊例价为每次 %1 元</translation>
    </message>
    <message>
        <source>published price</source>
        <translation>公开价格</translation>
    </message>
    <message>
        <source>The price list gives no price here (联系商务); the plan uses %1 元 per call and flags such figures as estimates. Set a negotiated price in the plan settings.</source>
        <translation>价目表在此区间没有价格（联系商务）；计划按每次 %1 元计算，并将相关金额标为估算。可在计划设置中填写商定价格。</translation>
    </message>
    <message>
        <source>Free quota</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>Interfaces using this pack</source>
        <translation>使用该资源包的接口</translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s)</source>
        <translation>
            <numerusform>%n 个接口</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpaid group</source>
        <translation>后付费计费组</translation>
    </message>
    <message>
        <source>this pack alone</source>
        <translation>仅此资源包</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message numerus="yes">
        <source>valid %n month(s)</source>
        <translation>
            <numerusform>有效期 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usable from the month of purchase for %n month(s); calls left at expiry are lost</source>
        <translation>
            <numerusform>自购买当月起可用 %n 个月；到期未用的次数作废</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpaid, calls a month</source>
        <translation>后付费（按月调用量）</translation>
    </message>
    <message>
        <source>All-units tiers: the month&apos;s volume selects one tier and every postpaid call of the month is billed at its price</source>
        <translation>阶梯到达：当月调用量确定一个阶梯，当月全部后付费调用均按该阶梯单价计费</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>第 %1 阶梯</translation>
    </message>
    <message>
        <source>contact sales (estimate)</source>
        <translation>联系商务（估算）</translation>
    </message>
    <message>
        <source>%1 calls a month</source>
        <translation>每月 %1 次</translation>
    </message>
    <message>
        <source>Shared by the pack&apos;s interfaces, used before any pack, not carried over to the next month</source>
        <translation>由该资源包的接口共用，先于资源包抵扣，不结转到下月</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) billed together</source>
        <translation>
            <numerusform>%n 个资源包合并计费</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls of these packs together select the postpaid tier</source>
        <translation>这些资源包的调用量合并确定后付费阶梯</translation>
    </message>
    <message>
        <source>元/call</source>
        <translation>元/次</translation>
    </message>
</context>
<context>
    <name>ocp::PlanDocument</name>
    <message>
        <source>New plan</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3 calls</source>
        <translation>将 %1 在 %2 的调用量设为 %3 次</translation>
    </message>
    <message>
        <source>%1 is not part of this plan; add it from the catalog first</source>
        <translation>%1 不在此计划中；请先从价目表添加</translation>
    </message>
    <message>
        <source>month %1 is outside the plan</source>
        <translation>第 %1 个月不在计划范围内</translation>
    </message>
    <message>
        <source>%1 calls in %2 is out of range (0 to %3)</source>
        <translation>%2 的 %1 次调用超出范围（0 至 %3）</translation>
    </message>
    <message>
        <source>“%1” is not an interface of the catalog</source>
        <translation>“%1”不是价目表中的接口</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n interface(s)</source>
        <translation>
            <numerusform>添加 %n 个接口</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interface(s)</source>
        <translation>
            <numerusform>移除 %n 个接口</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the plan to “%1”</source>
        <translation>将计划重命名为“%1”</translation>
    </message>
    <message>
        <source>the start month must be a month between 1900 and 9999</source>
        <translation>开始月份须在 1900 年至 9999 年之间</translation>
    </message>
    <message>
        <source>Start the plan in %1</source>
        <translation>计划从 %1 开始</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 months</source>
        <translation>规划期须为 1 至 %1 个月</translation>
    </message>
    <message numerus="yes">
        <source>Plan over %n month(s)</source>
        <translation>
            <numerusform>规划期改为 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n purchase(s) after the end removed)</source>
        <translation>
            <numerusform>（移除了结束之后的 %n 笔购买）</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the postpaid tier by all calls</source>
        <translation>按全部调用量确定后付费阶梯</translation>
    </message>
    <message>
        <source>Select the postpaid tier by postpaid calls only</source>
        <translation>仅按后付费调用量确定阶梯</translation>
    </message>
    <message>
        <source>Buy packs in the first month only</source>
        <translation>仅在首月购买资源包</translation>
    </message>
    <message>
        <source>Buy packs in any month</source>
        <translation>可在任意月份购买资源包</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <source>Price calls above the top tier at %1 元</source>
        <translation>超出最高阶梯的调用按每次 %1 元计价</translation>
    </message>
    <message>
        <source>Price calls above the top tier at the top tier&apos;s price</source>
        <translation>超出最高阶梯的调用按最高阶梯单价计价</translation>
    </message>
    <message>
        <source>“%1” is not a resource pack of the catalog</source>
        <translation>“%1”不是价目表中的资源包</translation>
    </message>
    <message>
        <source>%1 is not sold in a size of %2 calls</source>
        <translation>%1 没有 %2 次的规格</translation>
    </message>
    <message>
        <source>Price %1 × %2 calls at %3 元</source>
        <translation>将 %1 %2 次规格的价格设为 %3 元</translation>
    </message>
    <message>
        <source>Restore the list price of %1 × %2 calls</source>
        <translation>恢复 %1 %2 次规格的刊例价</translation>
    </message>
    <message>
        <source>“%1” is not a postpaid group of the catalog</source>
        <translation>“%1”不是价目表中的后付费计费组</translation>
    </message>
    <message>
        <source>%1 has no tier %2</source>
        <translation>%1 没有第 %2 阶梯</translation>
    </message>
    <message>
        <source>Price tier %1 of %2 at %3 元 per call</source>
        <translation>将 %2 第 %1 阶梯单价设为每次 %3 元</translation>
    </message>
    <message>
        <source>Restore the list price of tier %1 of %2</source>
        <translation>恢复 %2 第 %1 阶梯的刊例价</translation>
    </message>
    <message>
        <source>the billable share must be between 0% and 100%</source>
        <translation>计费比例须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>Bill %1 of %2 calls</source>
        <translation>%2 的调用按 %1 计费</translation>
    </message>
    <message>
        <source>Buy %1 × %2 of %3 in %4</source>
        <translation>%4 购买 %3 %2 次规格 × %1</translation>
    </message>
    <message>
        <source>there is no purchase %1</source>
        <translation>不存在第 %1 笔购买</translation>
    </message>
    <message>
        <source>Change the purchase of %1 to %2 × %3 in %4</source>
        <translation>将 %1 的购买改为 %4 购买 %3 次规格 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n purchase(s)</source>
        <translation>
            <numerusform>移除 %n 笔购买</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>不存在第 %1 个情景</translation>
    </message>
    <message>
        <source>a plan needs at least one scenario</source>
        <translation>计划至少需要一个情景</translation>
    </message>
    <message>
        <source>%1: a scenario file (.json) holds one scenario and this plan has %2; save it as a plan file (.ocrplan)</source>
        <translation>%1：情景文件（.json）只能保存一个情景，而此计划有 %2 个；请另存为计划文件（.ocrplan）</translation>
    </message>
    <message>
        <source>a plan holds at most %1 scenarios</source>
        <translation>一个计划最多包含 %1 个情景</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Add the scenario “%1”</source>
        <translation>添加情景“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate the scenario “%1”</source>
        <translation>复制情景“%1”</translation>
    </message>
    <message>
        <source>the volume factor must be between 0% and 10,000%</source>
        <translation>调用量系数须在 0% 到 10,000% 之间</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Derive “%1” from “%2” at %3 of its volume</source>
        <translation>由“%2”按其调用量的 %3 派生“%1”</translation>
    </message>
    <message>
        <source>the monthly growth must be above −100% and at most 1,000%</source>
        <translation>月增长率须大于 −100% 且不超过 1,000%</translation>
    </message>
    <message>
        <source>%1 %2 a month</source>
        <translation>%1 每月 %2</translation>
    </message>
    <message>
        <source>Derive “%1” from “%2” growing %3 a month</source>
        <translation>由“%2”按每月增长 %3 派生“%1”</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>情景必须有名称</translation>
    </message>
    <message>
        <source>there is already a scenario named “%1”</source>
        <translation>已有名为“%1”的情景</translation>
    </message>
    <message>
        <source>Rename the scenario “%1” to “%2”</source>
        <translation>将情景“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>the plan&apos;s only scenario cannot be removed</source>
        <translation>计划中唯一的情景不能删除</translation>
    </message>
    <message>
        <source>Remove the scenario “%1”</source>
        <translation>删除情景“%1”</translation>
    </message>
    <message>
        <source>a scenario&apos;s weight must be between 0% and 100%</source>
        <translation>情景权重须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>Weigh the scenario “%1” at %2</source>
        <translation>将情景“%1”的权重设为 %2</translation>
    </message>
    <message>
        <source>Name the plan “%1”</source>
        <translation>将计划命名为“%1”</translation>
    </message>
    <message>
        <source>Choose the robust plan by the weighted average cost</source>
        <translation>按加权平均费用选择统一方案</translation>
    </message>
    <message>
        <source>Choose the robust plan by the smallest largest regret</source>
        <translation>按最小最大遗憾选择统一方案</translation>
    </message>
    <message>
        <source>The plan could not be calculated: %1</source>
        <translation>无法计算该计划：%1</translation>
    </message>
    <message>
        <source>the recommended plan is still being calculated; try again in a moment</source>
        <translation>推荐方案仍在计算中，请稍后再试</translation>
    </message>
    <message numerus="yes">
        <source>Adopt the recommended plan: buy %n pack(s)</source>
        <translation>
            <numerusform>采用推荐方案：购买 %n 个资源包</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt the recommended plan: no packs, all calls postpaid</source>
        <translation>采用推荐方案：不购买资源包，全部后付费</translation>
    </message>
    <message>
        <source>Approve the scenario “%1” as the budget</source>
        <translation>将情景“%1”批准为预算</translation>
    </message>
    <message>
        <source>Remove the approved budget</source>
        <translation>移除已批准的预算</translation>
    </message>
    <message>
        <source>%1 is an actual month: its calls are locked; use “Unlock actual months” to change them</source>
        <translation>%1 是实际月份：其调用量已锁定；如需修改，请使用“解锁实际月份”</translation>
    </message>
    <message>
        <source>the months through %1 are actual and would lie outside a plan starting in %2; unlock actual months first</source>
        <translation>截至 %1 的月份为实际月份，将落在从 %2 开始的计划之外；请先解锁实际月份</translation>
    </message>
    <message>
        <source>held pack %1 (%2) expires in %3 and cannot be held at a start in %4; change or remove it first</source>
        <translation>已持有资源包 %1（%2）于 %3 到期，开始月份为 %4 时无法持有；请先修改或移除它</translation>
    </message>
    <message numerus="yes">
        <source>the months through %1 are actual; a plan over %n month(s) would cut them off; unlock actual months first</source>
        <translation>
            <numerusform>截至 %1 的月份为实际月份；%n 个月的计划会截掉它们；请先解锁实际月份</numerusform>
        </translation>
    </message>
    <message>
        <source>the purchases through %1 were made (actual months) and are locked; use “Unlock actual months” to change them</source>
        <translation>截至 %1 的购买已发生（实际月份），已锁定；如需修改，请使用“解锁实际月份”</translation>
    </message>
    <message>
        <source>held pack %1</source>
        <translation>已持有资源包 %1</translation>
    </message>
    <message>
        <source>%1, pack: “%2” is not a resource pack of the catalog</source>
        <translation>%1，资源包：“%2”不是价目表中的资源包</translation>
    </message>
    <message>
        <source>%1, size: a pack of %2 calls is out of range (1 to %3)</source>
        <translation>%1，规格：%2 次的资源包超出范围（1 至 %3）</translation>
    </message>
    <message>
        <source>%1, remaining: calls left cannot be negative</source>
        <translation>%1，剩余：剩余调用量不能为负数</translation>
    </message>
    <message>
        <source>%1, remaining: %2 calls left on a pack of %3 calls; a pack cannot hold more than its size</source>
        <translation>%1，剩余：规格 %3 次的资源包剩余 %2 次；剩余量不能超过规格</translation>
    </message>
    <message>
        <source>%1, count: hold 1 to %2 packs (remove the holding to hold none)</source>
        <translation>%1，数量：须持有 1 至 %2 个资源包（不再持有请移除该行）</translation>
    </message>
    <message>
        <source>%1, count: %2 packs held in all; at most %3 are allowed</source>
        <translation>%1，数量：共持有 %2 个资源包；最多允许 %3 个</translation>
    </message>
    <message>
        <source>%1, expires: %2 (%3) is before the plan starts (%4); such a pack is gone</source>
        <translation>%1，到期：%2（%3）早于计划开始（%4）；该资源包已失效</translation>
    </message>
    <message>
        <source>%1, expires: %2 is too late: a pack bought before %3 is usable at most through %4</source>
        <translation>%1，到期：%2 太晚：%3 之前购买的资源包最多可用至 %4</translation>
    </message>
    <message>
        <source>Add holding: %1 × %2, %3 calls left each, usable through %4</source>
        <translation>添加已持有资源包：%1 × %2，每包剩余 %3 次，可用至 %4</translation>
    </message>
    <message>
        <source>there is no held pack %1</source>
        <translation>不存在第 %1 个已持有资源包</translation>
    </message>
    <message>
        <source>Change holding %1: %2 × %3, %4 calls left each, usable through %5</source>
        <translation>修改已持有资源包 %1：%2 × %3，每包剩余 %4 次，可用至 %5</translation>
    </message>
    <message numerus="yes">
        <source>Remove holdings: %n held pack line(s)</source>
        <translation>
            <numerusform>移除已持有资源包：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>actual months: %1 is outside the plan (%2 to %3)</source>
        <translation>实际月份：%1 不在计划范围内（%2 至 %3）</translation>
    </message>
    <message>
        <source>Unlock actual months</source>
        <translation>解锁实际月份</translation>
    </message>
    <message>
        <source>Unlock the months after %1</source>
        <translation>解锁 %1 之后的月份</translation>
    </message>
    <message>
        <source>Mark months as actual through %1</source>
        <translation>将截至 %1 的月份标为实际</translation>
    </message>
    <message>
        <source>%1 has actual calls in the months through %2; unlock actual months to remove it</source>
        <translation>%1 在截至 %2 的月份中有实际调用量；请先解锁实际月份再移除</translation>
    </message>
    <message>
        <source>%1: a scenario file (.json) has no place for the approved budget; save the plan as a plan file (.ocrplan) to keep it</source>
        <translation>%1：情景文件（.json）无法保存已批准的预算；请另存为计划文件（.ocrplan）以保留预算</translation>
    </message>
    <message>
        <source>%1 is an actual month: the calls of %2 are locked; use “Unlock actual months” to change them</source>
        <translation>%1 是实际月份：%2 的调用量已锁定；如需修改请使用“解锁实际月份”</translation>
    </message>
    <message>
        <source>Split %1 between cost centres</source>
        <translation>将 %1 分摊到成本中心</translation>
    </message>
    <message>
        <source>Leave %1 unallocated</source>
        <translation>%1 不再分摊（计入未分配）</translation>
    </message>
    <message>
        <source>%1 has no share for the cost centre “%2”</source>
        <translation>%1 没有成本中心“%2”的比例</translation>
    </message>
    <message>
        <source>a share must be between 0 % and 100 %</source>
        <translation>比例必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>“%1” is the only cost centre of %2: its share is 100 %; add another centre first</source>
        <translation>“%1”是 %2 唯一的成本中心，其比例为 100%；请先添加其他成本中心</translation>
    </message>
    <message>
        <source>Set the share of “%1” in %2 for %3 to %4</source>
        <translation>将 %2 在 %3 的“%1”比例设为 %4</translation>
    </message>
    <message>
        <source>Set the share of “%1” in %2 to %3</source>
        <translation>将 %2 的“%1”比例设为 %3</translation>
    </message>
    <message>
        <source>%1 has no calls for the cost centre “%2”</source>
        <translation>%1 没有成本中心“%2”的调用量</translation>
    </message>
    <message>
        <source>Set the calls of “%1” in %2 for %3 to %4</source>
        <translation>将 %2 在 %3 的“%1”调用量设为 %4</translation>
    </message>
    <message>
        <source>%1 already has the cost centre “%2”</source>
        <translation>%1 已有成本中心“%2”</translation>
    </message>
    <message>
        <source>Add the cost centre “%1” to %2</source>
        <translation>为 %2 添加成本中心“%1”</translation>
    </message>
    <message>
        <source>name at least one cost centre to split %1 between</source>
        <translation>请至少填写一个用于分摊 %1 的成本中心</translation>
    </message>
    <message numerus="yes">
        <source>Split %1 evenly between %n cost centre(s)</source>
        <translation>
            <numerusform>将 %1 平均分摊到 %n 个成本中心</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the calls of %1 per cost centre</source>
        <translation>按成本中心填写 %1 的调用量</translation>
    </message>
    <message>
        <source>Enter the shares of %1 per cost centre</source>
        <translation>按成本中心填写 %1 的比例</translation>
    </message>
    <message>
        <source>%1 already has the cost centre “%2”; remove one of them first</source>
        <translation>%1 已有成本中心“%2”；请先删除其中一个</translation>
    </message>
    <message>
        <source>there is no cost centre “%1”</source>
        <translation>没有成本中心“%1”</translation>
    </message>
    <message>
        <source>Rename the cost centre “%1” to “%2”</source>
        <translation>将成本中心“%1”改名为“%2”</translation>
    </message>
    <message>
        <source>Remove the cost centre “%1”</source>
        <translation>删除成本中心“%1”</translation>
    </message>
    <message>
        <source>Change the accounting settings</source>
        <translation>修改会计设置</translation>
    </message>
</context>
<context>
    <name>ocp::PlanReportPdf</name>
    <message>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Cost per cost centre — %1</source>
        <translation>各成本中心费用 — %1</translation>
    </message>
    <message>
        <source>Each month&apos;s cost shared by the centres&apos; calls: packs at the unit cost of the purchase that served them, postpaid calls at the month&apos;s price. Balance never used goes %1. The centres add up to the plan&apos;s total.</source>
        <translation>每月费用按各成本中心的调用量分摊：资源包调用按所用那次购买的单位成本计价，后付费调用按当月价格计价。从未使用的余量%1。各成本中心合计等于计划总费用。</translation>
    </message>
    <message>
        <source>to the centres that used the pack, in proportion to their use</source>
        <translation>按使用比例分摊给使用该资源包的成本中心</translation>
    </message>
    <message>
        <source>to the Unallocated line</source>
        <translation>计入“未分配”</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>成本中心</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Pack usage</source>
        <translation>资源包使用</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>过期未用</translation>
    </message>
    <message>
        <source>Unused at the end</source>
        <translation>期末未用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cost per cost centre and month (元)</source>
        <translation>各成本中心每月费用（元）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cost per cost centre and resource pack — %1</source>
        <translation>各成本中心与资源包费用 — %1</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Accounting schedule — %1</source>
        <translation>会计摊销表 — %1</translation>
    </message>
    <message>
        <source>Packs are a prepaid asset when bought and become an expense as their calls are used; balance that expires unused is expensed at expiry. Postpaid calls are accrued to their month.</source>
        <translation>资源包购买时记为预付资产，随调用使用转为费用；过期未用的余量在到期时计入费用。后付费调用计提到发生的月份。</translation>
    </message>
    <message>
        <source>Packs are a prepaid asset when bought and are expensed in equal parts over their validity months. Postpaid calls are accrued to their month.</source>
        <translation>资源包购买时记为预付资产，在有效期各月平均摊销为费用。后付费调用计提到发生的月份。</translation>
    </message>
    <message>
        <source>Packs bought</source>
        <translation>购买资源包</translation>
    </message>
    <message>
        <source>Pack expense</source>
        <translation>资源包费用</translation>
    </message>
    <message>
        <source>Total expense</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Prepaid at month end</source>
        <translation>月末预付余额</translation>
    </message>
    <message>
        <source>Expensed in the horizon %1 + still prepaid at the end %2 = the plan&apos;s total %3.</source>
        <translation>期内费用 %1 + 期末预付余额 %2 = 计划总费用 %3。</translation>
    </message>
    <message>
        <source>Packs held at the start (already paid: they cost the plan nothing)</source>
        <translation>持有的资源包（期初已付款，不计入本计划费用）</translation>
    </message>
    <message>
        <source>When each line of packs runs out or expires</source>
        <translation>各批资源包的用完或到期时间</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>OCR cost plan: %1</source>
        <translation>OCR 费用计划：%1</translation>
    </message>
    <message>
        <source>OCR Cost Planner</source>
        <translation>OCR 费用规划</translation>
    </message>
    <message>
        <source>%1 · prepared %2 with OCR Cost Planner</source>
        <translation>%1 · 由 OCR 费用规划于 %2 编制</translation>
    </message>
    <message>
        <source>Prepared on %1. Prices from %2, as read on %3. Amounts in 元 (CNY), rounded to the fen.</source>
        <translation>编制日期 %1。价格来源 %2，读取日期 %3。金额单位为元（人民币），四舍五入到分。</translation>
    </message>
    <message>
        <source>Scenarios of the plan</source>
        <translation>计划的各情景</translation>
    </message>
    <message>
        <source>Scenario shown in detail: %1, %2 from %3 to %4.</source>
        <translation>详细展示的情景：%1，%2，自 %3 至 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Its plan costs %1 against %2 with postpaid billing only: a saving of %3.</source>
        <translation>其计划费用为 %1，仅后付费为 %2：节省 %3。</translation>
    </message>
    <message>
        <source>Postpaid tier selected by: %1. Packs bought: %2.</source>
        <translation>后付费阶梯依据：%1。资源包购买时间：%2。</translation>
    </message>
    <message>
        <source>all calls of the month, free and pack-covered ones included</source>
        <translation>当月全部调用量（含免费额度和资源包抵扣部分）</translation>
    </message>
    <message>
        <source>the calls billed postpaid only</source>
        <translation>仅后付费计费的调用量</translation>
    </message>
    <message>
        <source>in the first month only</source>
        <translation>仅首月</translation>
    </message>
    <message>
        <source>in any month</source>
        <translation>任意月份</translation>
    </message>
    <message>
        <source>Estimate: some calls are above the top published tier, which is priced by sales (联系商务); these figures use %1 and are marked ≈.</source>
        <translation>估算：部分调用超出公开的最高阶梯，该区间需联系商务定价；相关金额按%1计算，并以 ≈ 标示。</translation>
    </message>
    <message>
        <source>the negotiated price of %1 元 a call</source>
        <translation>每次 %1 元的协议价</translation>
    </message>
    <message>
        <source>the top tier&apos;s price</source>
        <translation>最高阶梯单价</translation>
    </message>
    <message>
        <source>Prices that differ from the catalog (negotiated):</source>
        <translation>与价目表不同的价格（协议价）：</translation>
    </message>
    <message>
        <source>Prepared by: ______________________    Reviewed by: ______________________    Approved by: ______________________    Date: ____________</source>
        <translation>编制：______________________    审核：______________________    批准：______________________    日期：____________</translation>
    </message>
    <message>
        <source>Plan per resource pack — %1</source>
        <translation>各资源包的计划 — %1</translation>
    </message>
    <message>
        <source>Calls, the packs to buy, what they and the remaining postpaid calls cost, and the saving against postpaid billing only.</source>
        <translation>调用量、需购买的资源包、资源包及其余后付费调用的费用，以及相对仅后付费的节省。</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>Differences are against “%1”, the scenario shown in detail.</source>
        <translation>差额均相对于详细展示的情景“%1”。</translation>
    </message>
    <message>
        <source>Cost per resource pack and scenario (元)</source>
        <translation>各资源包在各情景下的费用（元）</translation>
    </message>
    <message>
        <source>Charts — %1</source>
        <translation>图表 — %1</translation>
    </message>
    <message>
        <source>Charts — scenarios and cash flow</source>
        <translation>图表 — 情景与现金流</translation>
    </message>
    <message>
        <source>Charts — budget years and categories</source>
        <translation>图表 — 预算年度与服务类别</translation>
    </message>
    <message>
        <source>One plan for all scenarios, bought in the first month</source>
        <translation>所有情景的统一方案（首月购买）</translation>
    </message>
    <message>
        <source>Chosen by %1. Buy %2. Weighted average cost %3; largest regret %4 (the most it costs above a scenario&apos;s own cheapest plan).</source>
        <translation>选择依据：%1。购买 %2。加权平均费用 %3；最大遗憾 %4（比某一情景自身最便宜方案最多多花的金额）。</translation>
    </message>
    <message>
        <source>the lowest weighted average cost</source>
        <translation>加权平均费用最低</translation>
    </message>
    <message>
        <source>the smallest largest regret</source>
        <translation>最大遗憾最小</translation>
    </message>
    <message>
        <source>No plan for all scenarios: %1</source>
        <translation>无法给出统一方案：%1</translation>
    </message>
    <message>
        <source>Budget against actual — %1</source>
        <translation>预算与实际 — %1</translation>
    </message>
    <message>
        <source>The budget approved on %1 from “%2”; actual months are those that have happened, the others the scenario's forecast.</source>
        <translation>预算于 %1 由“%2”批准；实际月份为已过去的月份，其余为情景的预测。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ocp::PriceOverridesModel</name>
    <message>
        <source>Prepaid pack prices</source>
        <translation>预付费资源包价格</translation>
    </message>
    <message>
        <source>Postpaid unit prices (per call)</source>
        <translation>后付费单价（每次）</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Tier 1: up to %1 calls a month</source>
        <translation>第 1 阶梯：每月不超过 %1 次</translation>
    </message>
    <message>
        <source>Tier %1: up to %2 calls a month</source>
        <translation>第 %1 阶梯：每月不超过 %2 次</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>已改 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a discounted or negotiated price; leave empty for the list price</source>
        <translation>输入折扣价或商定价格；留空则使用刊例价</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>List price (元)</source>
        <translation>刊例价（元）</translation>
    </message>
    <message>
        <source>Your price (元)</source>
        <translation>您的价格（元）</translation>
    </message>
</context>
<context>
    <name>ocp::PurchasesModel</name>
    <message>
        <source>Select a resource pack first</source>
        <translation>请先选择一个资源包</translation>
    </message>
    <message>
        <source>Usable from %1 through %2</source>
        <translation>有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>%1 calls (%2)</source>
        <translation>%1 次（%2）</translation>
    </message>
    <message>
        <source>Not changed: the month must be inside the plan (%1 to %2)</source>
        <translation>未修改：月份须在计划范围内（%1 至 %2）</translation>
    </message>
    <message>
        <source>Not changed: %1 is not sold in a size of %2 calls</source>
        <translation>未修改：%1 没有 %2 次的规格</translation>
    </message>
    <message>
        <source>Not changed: buy at least one pack (remove the purchase to buy none)</source>
        <translation>未修改：至少购买一个资源包（若不购买请删除该笔购买）</translation>
    </message>
    <message>
        <source>Not changed: “%1” is not valid here</source>
        <translation>未修改：“%1”在此处无效</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Size (calls)</source>
        <translation>规格（次）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost (元)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Bought in %1, an actual month: the purchase was made and is locked (Edit → Unlock actual months)</source>
        <translation>于实际月份 %1 购买：该购买已发生，已锁定（编辑 → 解锁实际月份）</translation>
    </message>
    <message>
        <source>Not changed: this purchase was made in %1, an actual month, and is locked (Edit → Unlock actual months)</source>
        <translation>未修改：该购买发生在实际月份 %1，已锁定（编辑 → 解锁实际月份）</translation>
    </message>
</context>
<context>
    <name>ocp::ResultsModel</name>
    <message>
        <source>%1 × %2 in %3</source>
        <translation>%3 购买 %2 次 × %1</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>below 20% in %1</source>
        <translation>%1 低于 20%</translation>
    </message>
    <message>
        <source>used up in %1</source>
        <translation>%1 用完</translation>
    </message>
    <message>
        <source>Total (not calculated)</source>
        <translation>合计（未计算）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 of the postpaid-only cost</source>
        <translation>为仅后付费费用的 %1</translation>
    </message>
    <message>
        <source>%1 calls expire inside the plan, %2 are still valid at its end (counted as lost)</source>
        <translation>%1 次在计划期内过期，%2 次在计划结束时仍有效（按损失计）</translation>
    </message>
    <message>
        <source>Estimate: some calls are above the top tier, which has no published price (联系商务)</source>
        <translation>估算：部分调用超出最高阶梯，该区间无公开价格（联系商务）</translation>
    </message>
    <message>
        <source>What the same calls would cost with no packs at all</source>
        <translation>不购买任何资源包时同样调用量的费用</translation>
    </message>
    <message>
        <source>Postpaid-only cost minus the plan&apos;s cost</source>
        <translation>仅后付费费用减去计划费用</translation>
    </message>
    <message>
        <source>Paid calls lost at expiry, including those still unused at the end of the plan</source>
        <translation>到期未用而损失的已购次数，含计划结束时仍未用完的部分</translation>
    </message>
    <message>
        <source>Months in which Tencent Cloud would send low-balance notices for the last pack</source>
        <translation>腾讯云会就最后一个资源包发送余量不足提醒的月份</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation>仅后付费（元）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Packs (元)</source>
        <translation>资源包（元）</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>后付费（元）</translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation>计划费用（元）</translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation>节省（元）</translation>
    </message>
    <message>
        <source>Recommended plan</source>
        <translation>推荐方案</translation>
    </message>
    <message>
        <source>Recommended cost (元)</source>
        <translation>推荐方案费用（元）</translation>
    </message>
    <message>
        <source>Recommended saving (元)</source>
        <translation>推荐方案节省（元）</translation>
    </message>
    <message>
        <source>Expiring unused</source>
        <translation>过期未用</translation>
    </message>
    <message>
        <source>Low-balance notices</source>
        <translation>余量提醒</translation>
    </message>
    <message>
        <source>calculating…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>The recommended plan for these figures is being calculated</source>
        <translation>正在为当前数据计算推荐方案</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) bought in all</source>
        <translation>
            <numerusform>共购买 %n 个资源包</numerusform>
        </translation>
    </message>
    <message>
        <source>no packs: all calls billed postpaid</source>
        <translation>不购买资源包：全部调用按后付费计费</translation>
    </message>
    <message numerus="yes">
        <source>buy %n pack(s) in all</source>
        <translation>
            <numerusform>共购买 %n 个资源包</numerusform>
        </translation>
    </message>
    <message>
        <source>buy no packs: postpaid is cheapest</source>
        <translation>不购买资源包：后付费最省</translation>
    </message>
</context>
<context>
    <name>ocp::ResultsPane</name>
    <message>
        <source>Add purchase</source>
        <translation>添加购买</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cost per resource pack</source>
        <translation>各资源包费用</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>明细账：%1</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>购买：%1</translation>
    </message>
    <message>
        <source>Ledger: all resource packs</source>
        <translation>明细账：全部资源包</translation>
    </message>
    <message>
        <source>Purchases: all packs</source>
        <translation>购买：全部资源包</translation>
    </message>
    <message>
        <source>Select a resource pack in the table above first</source>
        <translation>请先在上方表格中选择一个资源包</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Replace this pack&apos;s purchases by the selected plan (can be undone)</source>
        <translation>用所选方案替换该资源包的购买（可撤销）</translation>
    </message>
    <message>
        <source>Ranked alternatives</source>
        <translation>备选方案排名</translation>
    </message>
    <message>
        <source>All packs: your plan costs %1</source>
        <translation>全部资源包：您的方案费用为 %1</translation>
    </message>
    <message>
        <source>Your plan for this pack costs %1</source>
        <translation>该资源包按您的方案费用为 %1</translation>
    </message>
    <message>
        <source>cheapest plan: calculating…</source>
        <translation>最省方案：计算中…</translation>
    </message>
    <message>
        <source>cheapest plan %1</source>
        <translation>最省方案 %1</translation>
    </message>
    <message>
        <source>this is the cheapest plan</source>
        <translation>这就是最省方案</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>差额 %1</translation>
    </message>
    <message>
        <source>Adopted %1 (%2); Undo restores the previous purchases</source>
        <translation>已采用 %1（%2）；撤销可恢复之前的购买</translation>
    </message>
    <message>
        <source>&amp;Adopt the recommended plan</source>
        <translation>采用推荐方案(&amp;A)</translation>
    </message>
    <message>
        <source>Buy what the Recommended plan column says, for every pack at once (Undo restores your purchases)</source>
        <translation>一次为所有资源包采用“推荐方案”列中的购买（撤销可恢复您原来的购买）</translation>
    </message>
    <message>
        <source>Adopted the recommended plan for every pack (%1); Undo restores your purchases</source>
        <translation>已为所有资源包采用推荐方案（%1）；撤销可恢复您原来的购买</translation>
    </message>
    <message>
        <source>When each line of packs runs out or expires</source>
        <translation>各批资源包何时用完或到期</translation>
    </message>
    <message>
        <source>Held packs are used first when they expire first. Calls still unused when a pack expires are lost.</source>
        <translation>先到期的资源包先扣减（已持有的优先）。资源包到期时未用的次数作废。</translation>
    </message>
    <message>
        <source>Cost per pack</source>
        <translation>各资源包费用</translation>
    </message>
    <message>
        <source>Run-out and expiry</source>
        <translation>用完与到期</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Held packs</source>
        <translation>已持有资源包</translation>
    </message>
    <message>
        <source>Held packs (%1)</source>
        <translation>已持有资源包（%1）</translation>
    </message>
</context>
<context>
    <name>ocp::RobustPlanModel</name>
    <message>
        <source>postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>One plan for all</source>
        <translation>统一方案</translation>
    </message>
    <message>
        <source>Optimum of %1</source>
        <translation>%1 的最优方案</translation>
    </message>
    <message>
        <source>The cheapest first-month purchases for %1 alone</source>
        <translation>仅针对 %1 的最便宜首月购买</translation>
    </message>
    <message>
        <source>One set of first-month purchases with the lowest weighted average cost over the scenarios</source>
        <translation>在各情景上加权平均费用最低的一组首月购买</translation>
    </message>
    <message>
        <source>One set of first-month purchases whose largest extra cost over any scenario&apos;s own optimum is smallest</source>
        <translation>相对任一情景自身最优方案的最大额外费用最小的一组首月购买</translation>
    </message>
    <message>
        <source>Under %1 this plan costs %2 元; the cheapest plan for %1 alone costs %3 元 (regret %4 元)</source>
        <translation>在 %1 下此方案费用为 %2 元；仅针对 %1 的最便宜方案费用为 %3 元（遗憾 %4 元）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Bought in the first month</source>
        <translation>首月购买</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <source>Largest regret</source>
        <translation>最大遗憾</translation>
    </message>
    <message>
        <source>The plan&apos;s cost under each scenario, weighted by the scenarios&apos; weights</source>
        <translation>此方案在各情景下的费用，按情景权重加权</translation>
    </message>
    <message>
        <source>The most this plan costs above a scenario&apos;s own cheapest plan</source>
        <translation>此方案比某一情景自身最便宜方案最多多花的金额</translation>
    </message>
    <message>
        <source>Cost under %1 (weight %2), and in brackets the regret: the cost above %1&apos;s own cheapest plan</source>
        <translation>在 %1 下的费用（权重 %2），括号内为遗憾：比 %1 自身最便宜方案多花的金额</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioComparisonModel</name>
    <message>
        <source>The scenario shown in the other views</source>
        <translation>其他视图中显示的情景</translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation>未计算：%1</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>%1 against %2 in “%3”</source>
        <translation>%1（“%3”中为 %2）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation>计划费用（元）</translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation>仅后付费（元）</translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation>节省（元）</translation>
    </message>
    <message>
        <source>Calls expiring unused</source>
        <translation>过期未用调用量</translation>
    </message>
    <message>
        <source>Difference to current (元)</source>
        <translation>与当前情景之差（元）</translation>
    </message>
    <message>
        <source>Recommended plan (元)</source>
        <translation>推荐方案（元）</translation>
    </message>
    <message>
        <source>Recommended saving (元)</source>
        <translation>推荐方案节省（元）</translation>
    </message>
    <message>
        <source>One plan for all (元)</source>
        <translation>统一方案（元）</translation>
    </message>
    <message>
        <source>Each scenario billed with the same purchases, chosen for all scenarios together</source>
        <translation>各情景均按同一组购买计费，该组购买为所有情景共同选定</translation>
    </message>
    <message>
        <source>The scenario&apos;s weight in the weighted average cost of the plan for all scenarios; double-click to change it</source>
        <translation>该情景在统一方案加权平均费用中的权重；双击可修改</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioEditor</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>清空单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Fill with a &amp;value…</source>
        <translation>填充固定值(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Fill with &amp;growth per month…</source>
        <translation>按月增长率填充(&amp;G)…</translation>
    </message>
    <message>
        <source>Apply &amp;seasonality…</source>
        <translation>应用季节系数(&amp;S)…</translation>
    </message>
    <message>
        <source>Monthly calls per interface</source>
        <translation>各接口每月调用量</translation>
    </message>
    <message>
        <source>Add interfaces by double-clicking or dragging them from the catalog. Paste blocks from a spreadsheet with Ctrl+V.</source>
        <translation>在价目表中双击或拖动接口即可添加；可用 Ctrl+V 粘贴电子表格中的数据块。</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Copied; paste into a spreadsheet or back into the table</source>
        <translation>已复制；可粘贴到电子表格或本表格</translation>
    </message>
    <message>
        <source>Fill with a value</source>
        <translation>填充固定值</translation>
    </message>
    <message>
        <source>Calls per month for every selected cell:</source>
        <translation>所选每个单元格的每月调用量：</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>未做任何修改：%1</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>每月增长率</translation>
    </message>
    <message>
        <source>Growth per month in percent (negative for a decline). Each row grows from its first selected month:</source>
        <translation>每月增长百分比（负数表示下降）。每行从其第一个选中的月份开始增长：</translation>
    </message>
    <message>
        <source>Scale by a percentage</source>
        <translation>按百分比调整</translation>
    </message>
    <message>
        <source>Change the selected cells by this percentage (10 = 10% more, -20 = 20% less):</source>
        <translation>按此百分比调整所选单元格（10 表示增加 10%，-20 表示减少 20%）：</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>移除接口</translation>
    </message>
    <message>
        <source>S&amp;cale by a percentage…</source>
        <translation>按百分比调整(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move interfaces from the plan</source>
        <translation>从计划中移除接口(&amp;M)</translation>
    </message>
    <message>
        <source>Mark months as ac&amp;tual through…</source>
        <translation>将月份标为实际(&amp;T)…</translation>
    </message>
    <message>
        <source>Unloc&amp;k actual months</source>
        <translation>解锁实际月份(&amp;K)</translation>
    </message>
    <message>
        <source>The months up to the one you choose have happened: their calls and purchases are actual and locked</source>
        <translation>截至所选月份的各月已发生：其调用量和购买为实际数据，并被锁定</translation>
    </message>
    <message>
        <source>Make every month a forecast again, so it can be edited (can be undone)</source>
        <translation>将所有月份恢复为预测，以便编辑（可撤销）</translation>
    </message>
    <message>
        <source>Actual months</source>
        <translation>实际月份</translation>
    </message>
    <message>
        <source>Mark months as actual</source>
        <translation>将月份标为实际</translation>
    </message>
    <message>
        <source>The months from the start through this one have happened:</source>
        <translation>从开始月份到此月份的各月已发生：</translation>
    </message>
    <message>
        <source>Nothing changed: “%1” is not a month in the form YYYY-MM</source>
        <translation>未做任何修改：“%1”不是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>The months through %1 are actual and locked; Undo or “Unlock actual months” makes them editable again</source>
        <translation>截至 %1 的月份为实际月份，已锁定；撤销或“解锁实际月份”可恢复编辑</translation>
    </message>
    <message>
        <source>Every month is a forecast again and can be edited</source>
        <translation>所有月份已恢复为预测，可以编辑</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioListModel</name>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1：自 %3 起 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>How much this scenario counts when one plan is chosen for all of them (weighted average cost)</source>
        <translation>为所有情景选择统一方案时该情景所占的比重（加权平均费用）</translation>
    </message>
    <message>
        <source>a weight has at most four decimals in percent</source>
        <translation>权重以百分比表示时最多四位小数</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioPackComparisonModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>%1 (元)</source>
        <translation>%1（元）</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioPane</name>
    <message>
        <source>&amp;New scenario…</source>
        <translation>新建情景(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>复制情景(&amp;D)</translation>
    </message>
    <message>
        <source>Derive by a volume &amp;factor…</source>
        <translation>按调用量系数派生(&amp;F)…</translation>
    </message>
    <message>
        <source>Derive by monthly &amp;growth…</source>
        <translation>按月增长率派生(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>重命名情景(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move scenario</source>
        <translation>删除情景(&amp;M)</translation>
    </message>
    <message>
        <source>The scenario every view shows</source>
        <translation>所有视图显示的情景</translation>
    </message>
    <message>
        <source>Add an empty scenario over the same months</source>
        <translation>添加一个相同月份的空白情景</translation>
    </message>
    <message>
        <source>Copy the current scenario with its purchases</source>
        <translation>复制当前情景及其购买</translation>
    </message>
    <message>
        <source>A new scenario with the current one&apos;s volumes times a factor</source>
        <translation>以当前情景的调用量乘以系数生成新情景</translation>
    </message>
    <message>
        <source>A new scenario whose volumes grow by a rate each month</source>
        <translation>调用量按每月增长率增长的新情景</translation>
    </message>
    <message>
        <source>Remove the current scenario (a plan keeps at least one)</source>
        <translation>删除当前情景（计划至少保留一个）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>Derive a scenario by a volume factor</source>
        <translation>按调用量系数派生情景</translation>
    </message>
    <message>
        <source>Derive a scenario by monthly growth</source>
        <translation>按月增长率派生情景</translation>
    </message>
    <message>
        <source>made from “%1”</source>
        <translation>由“%1”生成</translation>
    </message>
    <message>
        <source>Base scenario:</source>
        <translation>基础情景：</translation>
    </message>
    <message>
        <source>Volume (100 % = unchanged):</source>
        <translation>调用量（100% = 不变）：</translation>
    </message>
    <message>
        <source>Growth per month:</source>
        <translation>每月增长：</translation>
    </message>
    <message>
        <source>the plan&apos;s name, for reports</source>
        <translation>计划名称，用于报告</translation>
    </message>
    <message>
        <source>Lowest weighted average cost</source>
        <translation>加权平均费用最低</translation>
    </message>
    <message>
        <source>Smallest largest regret</source>
        <translation>最大遗憾最小</translation>
    </message>
    <message>
        <source>How one set of purchases is chosen for all scenarios: the lowest cost weighted by the scenarios&apos; weights, or the smallest extra cost over any scenario&apos;s own best plan</source>
        <translation>如何为所有情景选定同一组购买：按情景权重加权的费用最低，或相对任一情景自身最优方案的额外费用最小</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>One plan for all:</source>
        <translation>统一方案：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Derive by a factor…</source>
        <translation>按系数派生…</translation>
    </message>
    <message>
        <source>Derive by growth…</source>
        <translation>按增长派生…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioSettingsModel</name>
    <message>
        <source>First month only (yearly budget)</source>
        <translation>仅首月（年度预算）</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>任意月份</translation>
    </message>
    <message>
        <source>All calls of the month (default)</source>
        <translation>当月全部调用量（默认）</translation>
    </message>
    <message>
        <source>Postpaid calls only (conservative)</source>
        <translation>仅后付费调用量（保守）</translation>
    </message>
    <message>
        <source>When the optimizer may buy packs: only in the first month, or in any month of the plan</source>
        <translation>优化器可购买资源包的时间：仅首月，或计划内任意月份</translation>
    </message>
    <message>
        <source>Which monthly volume selects the postpaid tier; the price list is ambiguous here</source>
        <translation>按哪个月调用量确定后付费阶梯；价目表对此表述不明确</translation>
    </message>
    <message>
        <source>Unit price for calls above 1,000,000 a month (联系商务: ask sales). Empty uses the top tier&apos;s price, and such figures are flagged as estimates.</source>
        <translation>每月超过 1,000,000 次部分的单价（联系商务）。留空则使用最高阶梯单价，相关金额标为估算。</translation>
    </message>
    <message>
        <source>top tier price (estimate)</source>
        <translation>最高阶梯单价（估算）</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>“%1”不是有效月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>“%1” is not a number of months</source>
        <translation>“%1”不是有效的月数</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>开始月份</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>规划期（月）</translation>
    </message>
    <message>
        <source>Purchase policy</source>
        <translation>购买策略</translation>
    </message>
    <message>
        <source>Tier basis</source>
        <translation>阶梯依据</translation>
    </message>
    <message>
        <source>Price above 1,000,000 calls</source>
        <translation>超过 1,000,000 次的单价</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioTableModel</name>
    <message>
        <source>%1 of the calls are billed (billable share)</source>
        <translation>%1 的调用计费（计费比例）</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Not changed: “%1” is not a number of calls</source>
        <translation>未修改：“%1”不是有效的调用量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (%2), resource pack %3</source>
        <translation>%1（%2），资源包 %3</translation>
    </message>
    <message>
        <source>Nothing pasted: the clipboard holds no numbers</source>
        <translation>未粘贴：剪贴板中没有数字</translation>
    </message>
    <message>
        <source>Nothing pasted: select a cell of an interface&apos;s month first</source>
        <translation>未粘贴：请先选择某个接口某个月份的单元格</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>未粘贴：%1</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>粘贴到 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 into %n cell(s)</source>
        <translation>
            <numerusform>已将 %1 粘贴到 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: row %1, column %2 of the clipboard: %3</source>
        <translation>未粘贴：剪贴板第 %1 行第 %2 列：%3</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s)</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n value(s) beyond the last interface or month were not pasted</source>
        <translation>
            <numerusform>；超出最后一个接口或月份的 %n 个数值未粘贴</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells of interfaces and months to fill first</source>
        <translation>请先选择要填充的接口月份单元格</translation>
    </message>
    <message>
        <source>Nothing changed: %1 in %2 would leave the range of 0 to %3 calls</source>
        <translation>未做任何修改：%1 在 %2 的调用量将超出 0 至 %3 次的范围</translation>
    </message>
    <message numerus="yes">
        <source>Fill %n cell(s) with %1</source>
        <translation>
            <numerusform>将 %n 个单元格填充为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清空 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grow %n cell(s) by %1 per month</source>
        <translation>
            <numerusform>%n 个单元格按每月 %1 增长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale %n cell(s) by %1</source>
        <translation>
            <numerusform>%n 个单元格调整 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the seasonality profile to %n cell(s)</source>
        <translation>
            <numerusform>对 %n 个单元格应用季节系数</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 times the largest other month of this interface (%2 calls): a typo?</source>
        <translation>超过该接口其他月份最大值（%2 次）的 %1 倍：是否笔误？</translation>
    </message>
    <message>
        <source>%1 calls in %2 is more than %3 times any other month of this interface: a typo? Undo (Ctrl+Z) takes it back</source>
        <translation>%2 的 %1 次调用超过该接口其他任一月份的 %3 倍：是否笔误？撤销（Ctrl+Z）可恢复</translation>
    </message>
    <message>
        <source>Actual calls of %1: the month has happened and is locked (Edit → Unlock actual months)</source>
        <translation>%1 的实际调用量：该月已发生，已锁定（编辑 → 解锁实际月份）</translation>
    </message>
    <message>
        <source>Not changed: %1 is an actual month and is locked (Edit → Unlock actual months)</source>
        <translation>未修改：%1 是实际月份，已锁定（编辑 → 解锁实际月份）</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>an actual month in the volume table&apos;s header</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1: actual month, the calls that happened (locked)</source>
        <translation>%1：实际月份，已发生的调用量（已锁定）</translation>
    </message>
    <message>
        <source>Nothing changed: the months through %1 are actual and locked (Edit → Unlock actual months)</source>
        <translation>未做任何修改：截至 %1 的月份为实际月份，已锁定（编辑 → 解锁实际月份）</translation>
    </message>
    <message numerus="yes">
        <source>; %n cell(s) in actual months were left as they are</source>
        <translation>
            <numerusform>；实际月份中的 %n 个单元格保持不变</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocp::SeasonalityDialog</name>
    <message>
        <source>Seasonality profile</source>
        <translation>季节系数</translation>
    </message>
    <message>
        <source>Each selected cell is multiplied by the factor of its calendar month (1 keeps it, 1.2 is 20% more, 0.8 is 20% less).</source>
        <translation>每个所选单元格乘以其所在自然月的系数（1 表示不变，1.2 表示增加 20%，0.8 表示减少 20%）。</translation>
    </message>
    <message>
        <source>All 1</source>
        <translation>全部为 1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a factor cannot be negative</source>
        <translation>系数不能为负数</translation>
    </message>
</context>
<context>
    <name>ocp::SensitivityModel</name>
    <message>
        <source>not calculated</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation>计划费用（元）</translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation>仅后付费（元）</translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation>节省（元）</translation>
    </message>
    <message>
        <source>Re-optimised (元)</source>
        <translation>重新优化（元）</translation>
    </message>
</context>
<context>
    <name>ocp::SensitivityPane</name>
    <message>
        <source>The re-optimised line was cancelled: it is not drawn for the current plan.</source>
        <translation>重新优化曲线已取消：未按当前方案绘制。</translation>
    </message>
    <message>
        <source>Scale every monthly volume of the current scenario; the plan itself is not changed</source>
        <translation>按比例调整当前情景的每月调用量；计划本身不会改变</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>按计划</translation>
    </message>
    <message>
        <source>Back to the scenario&apos;s own volumes</source>
        <translation>恢复情景自身的调用量</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>调用量：</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>仅后付费</translation>
    </message>
    <message>
        <source>Re-optimised</source>
        <translation>重新优化</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>Total cost by volume</source>
        <translation>按调用量的总费用</translation>
    </message>
    <message>
        <source>Volume (% of the scenario)</source>
        <translation>调用量（占情景的 %）</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>Cost by volume</source>
        <translation>按调用量的费用</translation>
    </message>
    <message>
        <source>At this volume</source>
        <translation>此调用量下</translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation>未计算：%1</translation>
    </message>
    <message>
        <source>At %1 of the volumes of “%2”: plan cost &lt;b&gt;%3&lt;/b&gt; (%4 against the plan) · Postpaid only %5 · Saving &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>按“%2”调用量的 %1：计划费用 &lt;b&gt;%3&lt;/b&gt;（较计划 %4）· 仅后付费 %5 · 节省 &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ocp::SettingsPane</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>top tier price (estimate)</source>
        <translation>最高阶梯单价（估算）</translation>
    </message>
    <message>
        <source>Price above 1,000,000 (元/call)</source>
        <translation>超过 1,000,000 次的单价（元/次）</translation>
    </message>
    <message>
        <source>Find a pack or postpaid group</source>
        <translation>查找资源包或后付费计费组</translation>
    </message>
    <message>
        <source>Discounted or negotiated prices replace the list prices in this plan; clear a cell to go back to the list price.</source>
        <translation>折扣价或商定价格将在本计划中替代刊例价；清空单元格即恢复刊例价。</translation>
    </message>
    <message>
        <source>Only successfully recognised images are billed by some interfaces: enter the expected success rate.</source>
        <translation>部分接口只对识别成功的图片计费：请填写预计的成功率。</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Billable share</source>
        <translation>计费比例</translation>
    </message>
</context>
<context>
    <name>ocp::UsageImport</name>
    <message>
        <source>the calls cell is empty</source>
        <translation>调用量单元格为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of calls</source>
        <translation>“%1”不是整数调用次数</translation>
    </message>
    <message>
        <source>%1 calls is negative</source>
        <translation>%1 次调用为负数</translation>
    </message>
    <message>
        <source>%1 calls is more than %2</source>
        <translation>%1 次调用超过 %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; choose GBK if it came from a Chinese Excel</source>
        <translation>文件不是有效的 UTF-8；如果来自中文 Excel，请选择 GBK</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot decode GBK; save it as UTF-8</source>
        <translation>文件不是 UTF-8，且本系统无法解码 GBK；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is neither valid UTF-8 nor valid GBK text</source>
        <translation>文件既不是有效的 UTF-8 也不是有效的 GBK 文本</translation>
    </message>
    <message>
        <source>the usage file has no rows</source>
        <translation>用量文件没有数据行</translation>
    </message>
    <message>
        <source>date or month (日期/月份)</source>
        <translation>日期或月份（日期/月份）</translation>
    </message>
    <message>
        <source>interface (接口名称)</source>
        <translation>接口（接口名称）</translation>
    </message>
    <message>
        <source>calls (调用量)</source>
        <translation>调用量（调用量）</translation>
    </message>
    <message>
        <source>line 1: the header has no column for %1</source>
        <translation>第 1 行：表头中没有 %1 列</translation>
    </message>
    <message>
        <source>line 1: expected the columns date, interface and calls</source>
        <translation>第 1 行：应包含日期、接口和调用量三列</translation>
    </message>
    <message>
        <source>has %1 columns, expected at least %2</source>
        <translation>有 %1 列，至少需要 %2 列</translation>
    </message>
    <message>
        <source>a total line</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or month</source>
        <translation>“%1”不是日期或月份</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface of the catalog</source>
        <translation>“%1”不是价目表中的接口</translation>
    </message>
    <message>
        <source>the month&apos;s total would exceed %1 calls</source>
        <translation>该月合计将超过 %1 次调用</translation>
    </message>
    <message>
        <source>%1 %2: outside the scenario (%3 to %4)</source>
        <translation>%1 %2：超出情景范围（%3 至 %4）</translation>
    </message>
    <message>
        <source>the cost centre cell is empty</source>
        <translation>成本中心单元格为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the line for calls without a cost centre</source>
        <translation>“%1”是未分摊调用量所在行的名称</translation>
    </message>
    <message>
        <source>the cost centre&apos;s name is longer than 200 characters</source>
        <translation>成本中心名称超过 200 个字符</translation>
    </message>
</context>
<context>
    <name>ocp::UsageImportDialog</name>
    <message>
        <source>Start a &amp;new scenario that continues this history</source>
        <translation>新建一个延续此历史用量的情景(&amp;N)</translation>
    </message>
    <message>
        <source>Import usage — %1</source>
        <translation>导入用量 — %1</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation>GBK（中文 Excel）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Use the calls to</source>
        <translation>用这些调用量</translation>
    </message>
    <message>
        <source>Projected from %1</source>
        <translation>根据 %1 预测</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Compounded each month; negative for a decline</source>
        <translation>按月复合增长；负数表示下降</translation>
    </message>
    <message>
        <source>Growth per month:</source>
        <translation>每月增长：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) as %1: </source>
        <translation>
            <numerusform>按 %1 读取 %n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n used, </source>
        <translation>
            <numerusform>使用 %n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation>
            <numerusform>未使用 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s), %1 to %2.</source>
        <translation>
            <numerusform>%n 个接口，%1 至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily rows are summed into months.</source>
        <translation>每日数据已按月汇总。</translation>
    </message>
    <message>
        <source>No row could be used; see the reasons below.</source>
        <translation>没有可用的数据行；原因见下方。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Rows not used: %1</source>
        <translation>未使用的行：%1</translation>
    </message>
    <message>
        <source>&amp;Set the months of the scenario “%1” (%2 to %3); other months stay as they are</source>
        <translation>写入情景“%1”的对应月份（%2 至 %3）(&amp;S)；其他月份保持不变</translation>
    </message>
    <message numerus="yes">
        <source>%n interface-month(s) will be set.</source>
        <translation>
            <numerusform>将写入 %n 个接口月份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface-month(s) lie outside the scenario and are not used.</source>
        <translation>
            <numerusform>%n 个接口月份超出情景范围，不会使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts in %1. Each interface starts from the average of its last three months, then grows %2 a month; settings and prices are those of “%3”, without purchases.</source>
        <translation>从 %1 开始。每个接口以最近三个月的平均值为起点，此后每月增长 %2；设置和价格沿用“%3”，不含购买。</translation>
    </message>
    <message>
        <source>No month of the file lies inside the scenario; start a new scenario instead</source>
        <translation>文件中没有任何月份落在该情景内；请改为新建情景</translation>
    </message>
    <message>
        <source>Import usage from %1</source>
        <translation>从 %1 导入用量</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interface-month(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个接口月份</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a scenario from the usage in %1</source>
        <translation>根据 %1 中的用量新建情景</translation>
    </message>
    <message>
        <source>New scenario “%1” from the usage in %2</source>
        <translation>已根据 %2 中的用量新建情景“%1”</translation>
    </message>
    <message>
        <source>The months %1 to %2 become actual months: their calls are locked against edits.</source>
        <translation>%1 至 %2 将成为实际月份：其调用量将被锁定，防止误改。</translation>
    </message>
    <message>
        <source>%1 is not complete in the file and stays a forecast.</source>
        <translation>%1 在文件中不完整，仍为预测。</translation>
    </message>
</context>
<context>
    <name>ocp::UsagePreviewModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 becomes an actual month: its calls are locked after the import</source>
        <translation>%1 将成为实际月份：导入后其调用量将被锁定</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>a month that becomes actual, in the import preview</comment>
        <translation>%1 ✓</translation>
    </message>
</context>
<context>
    <name>ocp::PackLifetimeModel</name>
    <message>
        <source>Held</source>
        <translation>已持有</translation>
    </message>
    <message>
        <source>Bought %1</source>
        <translation>%1 购买</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>%1 calls × %2</source>
        <translation>%1 次 × %2</translation>
    </message>
    <message>
        <source>Held at the start, bought before the plan: %1 left</source>
        <translation>开始时已持有，购于计划之前：剩余 %1</translation>
    </message>
    <message>
        <source>Calls left at the start</source>
        <translation>开始时的剩余次数</translation>
    </message>
    <message>
        <source>Calls bought</source>
        <translation>购买的次数</translation>
    </message>
    <message>
        <source>The balance lasts beyond its use in the plan</source>
        <translation>计划内余量不会用完</translation>
    </message>
    <message>
        <source>The last month the balance can be used</source>
        <translation>余量可使用的最后一个月</translation>
    </message>
    <message>
        <source>%1 calls expire unused at the end of %2</source>
        <translation>%1 次将在 %2 月末未用即到期作废</translation>
    </message>
    <message>
        <source>%1 calls are still unused when the plan ends; usable through %2</source>
        <translation>计划结束时仍有 %1 次未用；可用至 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Held at the start, or bought in the plan</source>
        <translation>开始时已持有，或在计划中购买</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Calls bought, or left at the start on the packs held</source>
        <translation>购买的次数，或已持有资源包在开始时的剩余次数</translation>
    </message>
    <message>
        <source>Runs out in</source>
        <translation>用完月份</translation>
    </message>
    <message>
        <source>The month the last call of these packs is used</source>
        <translation>这些资源包最后一次调用被用掉的月份</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>The last month the packs can be used</source>
        <translation>资源包可使用的最后一个月</translation>
    </message>
    <message>
        <source>Expiring unused</source>
        <translation>到期作废</translation>
    </message>
    <message>
        <source>Calls lost when the packs expire inside the plan</source>
        <translation>资源包在计划内到期时作废的次数</translation>
    </message>
    <message>
        <source>Unused at end</source>
        <translation>期末未用</translation>
    </message>
    <message>
        <source>Calls still valid when the plan ends</source>
        <translation>计划结束时仍有效的次数</translation>
    </message>
</context>
<context>
    <name>ocp::PackInventoryModel</name>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Calls of one pack when it was bought (规格)</source>
        <translation>购买时每个资源包的次数（规格）</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余量</translation>
    </message>
    <message>
        <source>Calls left on each pack (剩余量)</source>
        <translation>每个资源包的剩余次数（剩余量）</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>Packs alike in size, remaining calls and expiry, held together</source>
        <translation>规格、剩余量和到期时间相同的资源包合并为一项</translation>
    </message>
    <message>
        <source>Calls left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Remaining × packs</source>
        <translation>剩余量 × 个数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>The last month the packs can be used (到期时间)</source>
        <translation>资源包可使用的最后一个月（到期时间）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>The lines of the list these packs come from</source>
        <translation>这些资源包在列表中所在的行</translation>
    </message>
</context>
<context>
    <name>ocp::PackInventoryImport</name>
    <message>
        <source>the pack list has no rows</source>
        <translation>资源包列表没有任何行</translation>
    </message>
    <message>
        <source>pack name (资源包名称)</source>
        <translation>资源包名称</translation>
    </message>
    <message>
        <source>size (规格)</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>remaining (剩余量)</source>
        <translation>剩余量</translation>
    </message>
    <message>
        <source>expires (到期时间)</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>line %1: the header has no column for %2</source>
        <translation>第 %1 行：表头缺少以下列：%2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation>状态为空</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: the pack can no longer be used</source>
        <translation>状态“%1”：该资源包已不能使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one resource pack of the catalog</source>
        <translation>“%1”匹配目录中的多个资源包</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource pack of the catalog</source>
        <translation>“%1”不是目录中的资源包</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of calls</source>
        <translation>“%1”不是调用次数</translation>
    </message>
    <message>
        <source>%1 is not sold with %2 calls; its sizes are %3</source>
        <translation>%1 没有 %2 次的规格；可选规格为 %3</translation>
    </message>
    <message>
        <source>%1 calls left, more than the pack&apos;s %2</source>
        <translation>剩余 %1 次，超过资源包规格 %2 次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2027-06-30 or 2027-06)</source>
        <translation>“%1”不是日期（如 2027-06-30 或 2027-06）</translation>
    </message>
    <message>
        <source>no calls left</source>
        <translation>已无剩余次数</translation>
    </message>
    <message>
        <source>%1 is before the plan starts (%2)</source>
        <translation>%1 早于计划开始月份（%2）</translation>
    </message>
    <message>
        <source>%1 is too late: a pack bought before %2 is usable at most through %3</source>
        <translation>%1 太晚：%2 之前购买的资源包最多可用至 %3</translation>
    </message>
</context>
<context>
    <name>ocp::PackInventoryImportDialog</name>
    <message>
        <source>Import pack inventory</source>
        <translation>导入资源包清单</translation>
    </message>
    <message>
        <source>Paste the resource-pack list copied from the console (资源包管理), or open it saved as CSV. Columns: pack name, size, remaining, expiry and status, with Chinese or English headers.</source>
        <translation>粘贴从控制台（资源包管理）复制的资源包列表，或打开保存的 CSV 文件。列：资源包名称、规格、剩余量、到期时间和状态，表头可为中文或英文。</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>打开 CSV 文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation>GBK（中文 Excel）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Holdings of the scenario</source>
        <translation>情景中已持有的资源包</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Open the resource-pack list</source>
        <translation>打开资源包列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pack list</source>
        <translation>资源包列表</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>尚未读取任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s): </source>
        <translation>
            <numerusform>读取 %n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable, </source>
        <translation>
            <numerusform>%n 行可用，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n 行跳过，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n 行有错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) to import.</source>
        <translation>
            <numerusform>将导入 %n 项已持有资源包。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>无法读取该列表。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation>已跳过（%1）：%2</translation>
    </message>
    <message>
        <source>Rows not used: %1</source>
        <translation>未使用的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add to the %n holding(s) of “%1”</source>
        <translation>
            <numerusform>添加到“%1”已持有的 %n 项资源包(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the %n holding(s) of “%1”</source>
        <translation>
            <numerusform>替换“%1”已持有的 %n 项资源包(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>holdings: %1 packs would be held; at most %2 are allowed</source>
        <translation>holdings：将持有 %1 个资源包；最多允许 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holding(s) of resource packs</source>
        <translation>
            <numerusform>已导入 %n 项已持有资源包</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocp::BudgetVariancePane</name>
    <message>
        <source>&amp;Approve as budget…</source>
        <translation>批准为预算(&amp;A)…</translation>
    </message>
    <message>
        <source>Freeze the current scenario and what it costs today as the approved budget</source>
        <translation>将当前情景及其今日的费用冻结为已批准的预算</translation>
    </message>
    <message>
        <source>No approved budget yet. Approving the current scenario as the budget keeps its volumes, purchases and costs as they are today; as the year goes on, this tab compares the actual months and the forecast of the rest with it, month by month and pack by pack.</source>
        <translation>尚无已批准的预算。将当前情景批准为预算，会按今天的样子保存其调用量、购买和费用；随着年度推进，此页按月、按资源包将实际月份和其余月份的预测与之对比。</translation>
    </message>
    <message>
        <source>Approve the current scenario as budget</source>
        <translation>将当前情景批准为预算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual + forecast</source>
        <translation>实际 + 预测</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>累计费用</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>资源包：</translation>
    </message>
    <message>
        <source>Replace the approved budget?</source>
        <translation>替换已批准的预算？</translation>
    </message>
    <message>
        <source>The plan already has a budget, approved on %1 from the scenario “%2”. Replace it with the current scenario “%3” as it costs today? (Undo brings the old budget back.)</source>
        <translation>本计划已有预算，于 %1 由情景“%2”批准。要用当前情景“%3”按今日费用替换它吗？（撤销可恢复原预算。）</translation>
    </message>
    <message>
        <source>Cannot approve the budget</source>
        <translation>无法批准预算</translation>
    </message>
    <message>
        <source>The budget cannot be compared: %1</source>
        <translation>无法对比预算：%1</translation>
    </message>
    <message>
        <source>Budget approved on %1 from “%2”, against “%3”; %4.</source>
        <translation>预算于 %1 由“%2”批准，对比“%3”；%4。</translation>
    </message>
    <message>
        <source>actual through %1</source>
        <translation>实际数据截至 %1</translation>
    </message>
    <message>
        <source>no actual months yet</source>
        <translation>尚无实际月份</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>全部资源包</translation>
    </message>
    <message>
        <source>Year-end projection: %1 (actual %2 + forecast %3) against the budget of %4: %5%6.</source>
        <translation>年末预计：%1（实际 %2 + 预测 %3），对比预算 %4：%5%6。</translation>
    </message>
    <message>
        <source>Where it comes from: prices changed since approval %1 · packs bought %2 · calls expiring unused %3 · call volume %4 · calls served by free quota and packs %5 · postpaid tier price %6.</source>
        <translation>差异来源：批准后价格变动 %1 · 资源包购买 %2 · 过期未用调用 %3 · 调用量 %4 · 免费额度和资源包抵扣 %5 · 后付费阶梯价格 %6。</translation>
    </message>
    <message>
        <source>The variance cannot be split: the budget scenario cannot be priced with this catalog (%1).</source>
        <translation>无法拆分差异：预算情景无法按此价目表计价（%1）。</translation>
    </message>
</context>
<context>
    <name>ocp::VarianceModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>This month has happened: its calls and purchases are actual</source>
        <translation>此月已过去：其调用量和购买为实际数据</translation>
    </message>
    <message>
        <source>This month is still a forecast</source>
        <translation>此月仍为预测</translation>
    </message>
    <message>
        <source>Below the budget</source>
        <translation>低于预算</translation>
    </message>
    <message>
        <source>Over the budget, or on it</source>
        <translation>超出预算或持平</translation>
    </message>
    <message>
        <source>No budget in this month</source>
        <translation>此月无预算</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget (元)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Actual (元)</source>
        <translation>实际（元）</translation>
    </message>
    <message>
        <source>Forecast (元)</source>
        <translation>预测（元）</translation>
    </message>
    <message>
        <source>Variance (元)</source>
        <translation>差异（元）</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异 %</translation>
    </message>
    <message>
        <source>The cost of a month that has happened: packs bought in it plus its postpaid bill</source>
        <translation>已过去月份的费用：当月购买的资源包加上当月的后付费账单</translation>
    </message>
    <message>
        <source>The scenario's cost of a month still to come, with its purchases as the plan</source>
        <translation>情景中未来月份的费用，以其购买作为计划</translation>
    </message>
    <message>
        <source>Actual or forecast minus the budget</source>
        <translation>实际或预测减去预算</translation>
    </message>
</context>
<context>
    <name>ocp::HoldingsModel</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Choose a resource pack first</source>
        <translation>请先选择一个资源包</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Calls these packs serve within the plan</source>
        <translation>这些资源包在计划期内抵扣的调用量</translation>
    </message>
    <message>
        <source>Calls lost when these packs expire inside the plan</source>
        <translation>这些资源包在计划期内到期作废的调用量</translation>
    </message>
    <message>
        <source>Calls still usable on these packs when the plan ends</source>
        <translation>计划结束时这些资源包仍可使用的调用量</translation>
    </message>
    <message>
        <source>Calls left on each pack when the plan starts, at most its size</source>
        <translation>计划开始时每个资源包的剩余调用量，不超过其规格</translation>
    </message>
    <message>
        <source>The last month the balance can be used</source>
        <translation>余量可使用的最后一个月</translation>
    </message>
    <message>
        <source>“%1” is not a resource pack of the catalog</source>
        <translation>“%1”不是价目表中的资源包</translation>
    </message>
    <message>
        <source>“%1” is not a month in the form YYYY-MM</source>
        <translation>“%1”不是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>The calls of one pack when it was new</source>
        <translation>单个资源包购买时的调用次数</translation>
    </message>
    <message>
        <source>Left per pack</source>
        <translation>每包剩余</translation>
    </message>
    <message>
        <source>Calls left on each pack when the plan starts</source>
        <translation>计划开始时每个资源包的剩余调用量</translation>
    </message>
    <message>
        <source>Usable through</source>
        <translation>可用至</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>How many such packs the account holds</source>
        <translation>账户持有此类资源包的个数</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>期初余量</translation>
    </message>
    <message>
        <source>Calls held when the plan starts: left per pack × count</source>
        <translation>计划开始时持有的调用量：每包剩余 × 数量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已抵扣</translation>
    </message>
    <message>
        <source>Calls these packs serve within the plan (from the results)</source>
        <translation>这些资源包在计划期内抵扣的调用量（来自计算结果）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期作废</translation>
    </message>
    <message>
        <source>Calls lost when these packs expire inside the plan (from the results)</source>
        <translation>这些资源包在计划期内到期作废的调用量（来自计算结果）</translation>
    </message>
    <message>
        <source>Left at end</source>
        <translation>期末剩余</translation>
    </message>
    <message>
        <source>Calls still usable when the plan ends (from the results)</source>
        <translation>计划结束时仍可使用的调用量（来自计算结果）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规格（次）</translation>
    </message>
</context>
<context>
    <name>ocp::HoldingsPane</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add holding</source>
        <translation>添加已持有包</translation>
    </message>
    <message>
        <source>A pack the account already holds when the plan starts</source>
        <translation>计划开始时账户已持有的资源包</translation>
    </message>
    <message>
        <source>Packs held at the start</source>
        <translation>期初已持有的资源包</translation>
    </message>
    <message>
        <source>Added a held pack: enter the calls left and the last usable month</source>
        <translation>已添加一个已持有资源包：请填写剩余调用量和最后可用月份</translation>
    </message>
    <message>
        <source>Packs bought before %1 that still have calls: they are used first when they expire first, and cost this plan nothing.</source>
        <translation>%1 之前购买且仍有余量的资源包：先到期的先抵扣，不计入本计划费用。</translation>
    </message>
    <message>
        <source>%1 calls held at the start, already paid for.</source>
        <translation>期初持有 %1 次调用，已付款。</translation>
    </message>
</context>
<context>
    <name>ocp::PlanResults</name>
    <message>
        <source>there is no scenario %1</source>
        <translation>不存在第 %1 个情景</translation>
    </message>
    <message>
        <source>The plan could not be calculated: %1</source>
        <translation>无法计算该计划：%1</translation>
    </message>
</context>
<context>
    <name>ocp::CostCentresModel</name>
    <message>
        <source>Calls</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>逐月不同</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Not changed: a share must be 0% to 100% with at most four decimals</source>
        <translation>未修改：比例必须在 0% 到 100% 之间，最多四位小数</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>成本中心</translation>
    </message>
    <message>
        <source>The department or project that uses the calls; edit to rename it everywhere</source>
        <translation>使用这些调用量的部门或项目；修改即在所有接口中改名</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <source>Share: a percentage of the interface&apos;s calls; Calls: calls per month</source>
        <translation>比例：接口调用量的百分比；调用量：每月调用次数</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>所有月份</translation>
    </message>
    <message>
        <source>A share for every month (type it here), or a centre&apos;s calls over the plan</source>
        <translation>适用于每个月的比例（在此输入），或该成本中心在整个计划期的调用量</translation>
    </message>
</context>
<context>
    <name>ocp::CostCentresPane</name>
    <message>
        <source>Add centre…</source>
        <translation>添加成本中心…</translation>
    </message>
    <message>
        <source>Split evenly…</source>
        <translation>平均分摊…</translation>
    </message>
    <message>
        <source>Calls per centre</source>
        <translation>按调用量</translation>
    </message>
    <message>
        <source>Remove centre</source>
        <translation>删除成本中心</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>The interface the buttons below act on</source>
        <translation>下方按钮作用的接口</translation>
    </message>
    <message>
        <source>A department or project that uses this interface&apos;s calls</source>
        <translation>使用该接口调用量的部门或项目</translation>
    </message>
    <message>
        <source>Share this interface&apos;s calls equally between cost centres</source>
        <translation>将该接口的调用量在成本中心之间平均分摊</translation>
    </message>
    <message>
        <source>Enter calls per month for each centre (their sum is the interface&apos;s volume) instead of shares</source>
        <translation>为每个成本中心填写每月调用量（合计即接口调用量），而不是比例</translation>
    </message>
    <message>
        <source>Remove the selected cost centre from every interface; its part goes to the others</source>
        <translation>从所有接口中删除所选成本中心；其份额分给其他成本中心</translation>
    </message>
    <message>
        <source>Remove this interface&apos;s split: its calls go to the Unallocated line</source>
        <translation>取消该接口的分摊：其调用量计入“未分配”</translation>
    </message>
    <message>
        <source>Cost centres</source>
        <translation>成本中心</translation>
    </message>
    <message>
        <source>No interface is split: every call goes to the Unallocated line. Choose an interface and add the departments or projects that use it.</source>
        <translation>尚未分摊任何接口：所有调用量计入“未分配”。请选择接口并添加使用它的部门或项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n cost centre(s): %1. Interfaces without a split go to the Unallocated line.</source>
        <translation>
            <numerusform>%n 个成本中心：%1。未分摊的接口计入“未分配”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Add a cost centre</source>
        <translation>添加成本中心</translation>
    </message>
    <message>
        <source>Department or project that uses %1:</source>
        <translation>使用 %1 的部门或项目：</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>平均分摊</translation>
    </message>
    <message>
        <source>Cost centres that share %1 equally, separated by commas:</source>
        <translation>平均分摊 %1 的成本中心，用逗号分隔：</translation>
    </message>
</context>
<context>
    <name>ocp::AccountingSettingsDialog</name>
    <message>
        <source>Accounting settings</source>
        <translation>会计设置</translation>
    </message>
    <message>
        <source>By usage; unused balance expensed at expiry</source>
        <translation>按使用量；未用余额到期时计入费用</translation>
    </message>
    <message>
        <source>Straight line over the pack&apos;s validity</source>
        <translation>在资源包有效期内直线摊销</translation>
    </message>
    <message>
        <source>The centres that used the pack, in proportion</source>
        <translation>按使用比例分给使用该资源包的成本中心</translation>
    </message>
    <message>
        <source>The central Unallocated line</source>
        <translation>集中计入“未分配”</translation>
    </message>
    <message>
        <source>(the report&apos;s standard name)</source>
        <translation>（报表的默认名称）</translation>
    </message>
    <message>
        <source>Prepaid packs are expensed:</source>
        <translation>预付资源包的费用确认：</translation>
    </message>
    <message>
        <source>Balance never used is charged to:</source>
        <translation>从未使用的余额计入：</translation>
    </message>
    <message>
        <source>Prepaid packs account (asset):</source>
        <translation>预付资源包科目（资产）：</translation>
    </message>
    <message>
        <source>Bank account (asset):</source>
        <translation>银行存款科目（资产）：</translation>
    </message>
    <message>
        <source>OCR expense account:</source>
        <translation>OCR 费用科目：</translation>
    </message>
    <message>
        <source>Postpaid bills payable account:</source>
        <translation>后付费应付科目：</translation>
    </message>
</context>
<context>
    <name>ocp::CostAllocationPane</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>将此表保存为 CSV 文件，供电子表格使用</translation>
    </message>
    <message>
        <source>Cost per cost centre and month</source>
        <translation>各成本中心每月费用</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元（人民币）</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2：%3 元</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Per pack</source>
        <translation>按资源包</translation>
    </message>
    <message>
        <source>Accounting schedule</source>
        <translation>会计核算表</translation>
    </message>
    <message>
        <source>Who pays for what cannot be worked out: %1</source>
        <translation>无法计算费用分摊：%1</translation>
    </message>
    <message>
        <source>Working out who pays for what…</source>
        <translation>正在计算费用分摊…</translation>
    </message>
    <message>
        <source>Split an interface&apos;s calls between cost centres to see who pays for what.</source>
        <translation>在成本中心之间拆分接口的调用量，即可看到各部门承担哪些费用。</translation>
    </message>
    <message>
        <source>Departments or projects that share the account each get their part of every month&apos;s cost: the packs that served their calls, the free quota, postpaid calls and pack balance that expires unused. Split an interface in the Cost centres panel beside the catalog (View → Cost centres): shares that add up to 100 %, or calls per centre; or import usage with a cost-centre column (File → Import usage…). Scenario → Accounting settings… chooses who bears pack balance never used and how packs are expensed.</source>
        <translation>共用账号的部门或项目各自承担每月费用中属于自己的部分：为其调用服务的资源包、免费额度、后付费调用以及过期未用的资源包余额。请在价目表旁的“成本中心”面板中拆分接口（视图 → 成本中心）：合计为 100% 的比例，或每个成本中心的调用量；也可导入带有成本中心列的用量文件（文件 → 导入用量…）。“情景 → 会计设置…”决定从未使用的资源包余额由谁承担以及资源包如何摊销。</translation>
    </message>
    <message>
        <source>pack balance never used is charged to the centres that used the pack</source>
        <translation>从未使用的资源包余额由使用该资源包的成本中心承担</translation>
    </message>
    <message>
        <source>pack balance never used is charged to the Unallocated line</source>
        <translation>从未使用的资源包余额计入“未分配”</translation>
    </message>
    <message numerus="yes">
        <source>%1 charged to %n cost centre(s); %2.</source>
        <translation>
            <numerusform>%1 分摊给 %n 个成本中心；%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Packs are booked as prepaid when bought and expensed as their calls are used; balance that expires unused is expensed when it expires. Postpaid calls are accrued to their month.</source>
        <translation>资源包购买时记为预付款，随调用量的使用计入费用；过期未用的余额在过期时计入费用。后付费调用计入其所在月份。</translation>
    </message>
    <message>
        <source>Packs are booked as prepaid when bought and expensed evenly over their validity months, from the month they are bought. Postpaid calls are accrued to their month.</source>
        <translation>资源包购买时记为预付款，自购买当月起在有效期内按月平均计入费用。后付费调用计入其所在月份。</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>导出日记账…</translation>
    </message>
    <message>
        <source>Save the journal as CSV: date, account, cost centre, debit, credit and memo of every posting</source>
        <translation>将日记账保存为 CSV：每笔分录的日期、科目、成本中心、借方、贷方和摘要</translation>
    </message>
</context>
<context>
    <name>ocp::CentrePackModel</name>
    <message>
        <source>Calls of this pack&apos;s interfaces over the plan: the packs that served them, their postpaid cost and balance that expired unused</source>
        <translation>该资源包所含接口在计划期内的调用：为其服务的资源包、后付费费用以及过期未用的余额</translation>
    </message>
    <message>
        <source>Pack balance bought in the plan and still valid after its last month</source>
        <translation>计划内购买、在计划最后一个月之后仍有效的资源包余额</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>计划之后</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All cost centres; the total row is the plan&apos;s cost</source>
        <translation>所有成本中心；合计行即为计划的费用</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>%1 (元)</source>
        <translation>%1（元）</translation>
    </message>
</context>
<context>
    <name>ocp::CentreMonthModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Calls of interfaces not split between cost centres, and pack balance that was never used</source>
        <translation>未在成本中心之间拆分的接口调用，以及从未使用的资源包余额</translation>
    </message>
    <message>
        <source>Calls of interfaces not split between cost centres</source>
        <translation>未在成本中心之间拆分的接口调用</translation>
    </message>
    <message>
        <source>Pack balance bought in the plan and still valid after its last month: charged by the plan&apos;s rule for unused balance</source>
        <translation>计划内购买、在计划最后一个月之后仍有效的资源包余额：按计划的未用余额规则分摊</translation>
    </message>
    <message>
        <source>The centre&apos;s months plus its part of the balance after the plan; the total row is the plan&apos;s cost</source>
        <translation>该成本中心各月费用加上其分摊的计划之后余额；合计行即为计划的费用</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>成本中心</translation>
    </message>
    <message>
        <source>After the plan (元)</source>
        <translation>计划之后（元）</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>合计（元）</translation>
    </message>
</context>
<context>
    <name>ocp::AccountingScheduleModel</name>
    <message>
        <source>The months added up; the prepaid balance is what is left after the plan, and the expense plus that balance is the plan&apos;s cost</source>
        <translation>各月相加；预付余额为计划结束后剩余的部分，费用加上该余额即为计划的费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Packs bought (元)</source>
        <translation>购买资源包（元）</translation>
    </message>
    <message>
        <source>Packs expensed (元)</source>
        <translation>资源包摊销（元）</translation>
    </message>
    <message>
        <source>Expired (元)</source>
        <translation>过期损失（元）</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>后付费（元）</translation>
    </message>
    <message>
        <source>Expense (元)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Prepaid at month end (元)</source>
        <translation>月末预付余额（元）</translation>
    </message>
    <message>
        <source>Packs paid for this month: from the bank into the prepaid asset</source>
        <translation>本月付款购买的资源包：从银行存款转入预付资产</translation>
    </message>
    <message>
        <source>Prepaid packs turned into expense: by the calls they served, or evenly over their validity</source>
        <translation>预付资源包转为费用：按其服务的调用量，或在有效期内平均分摊</translation>
    </message>
    <message>
        <source>Pack balance that expired unused this month, expensed at expiry (usage method)</source>
        <translation>本月过期未用的资源包余额，于过期时计入费用（按用量摊销法）</translation>
    </message>
    <message>
        <source>Postpaid calls of this month, accrued to it (paid the next month)</source>
        <translation>本月的后付费调用，计入当月费用（次月支付）</translation>
    </message>
    <message>
        <source>Packs expensed, expired and postpaid</source>
        <translation>资源包摊销、过期损失与后付费之和</translation>
    </message>
    <message>
        <source>The prepaid asset: packs bought so far minus what was expensed</source>
        <translation>预付资产：至今购买的资源包减去已计入费用的部分</translation>
    </message>
</context>
<context>
    <name>ocp::AccountingModelBase</name>
    <message>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>ocp::ComputingIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Stop the calculations under way; the figures shown until now stay</source>
        <translation>停止正在进行的计算；已显示的数字保持不变</translation>
    </message>
    <message>
        <source>Start the cancelled calculations again</source>
        <translation>重新开始已取消的计算</translation>
    </message>
    <message>
        <source>Calculating %1…</source>
        <translation>正在计算%1…</translation>
    </message>
    <message>
        <source>Cancelled: %1 — not up to date</source>
        <translation>已取消：%1——未更新</translation>
    </message>
</context>
<context>
    <name>ocp::CancelledNote</name>
    <message>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Start the cancelled calculation again</source>
        <translation>重新开始已取消的计算</translation>
    </message>
</context>
</TS>
