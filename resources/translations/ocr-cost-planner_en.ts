<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PackPlanSolver</name>
    <message>
        <source>too many calls to price the packs exactly: the planner weighs up to %1 calls for these pack sizes. Check the volumes for a typo (an extra zero?)</source>
        <translation>too many calls to price the packs exactly: the planner weighs up to %1 calls for these pack sizes. Check the volumes for a typo (an extra zero?)</translation>
    </message>
    <message>
        <source>too many calls to find the cheapest packs exactly: about %1 calls fall within a pack&apos;s validity, the planner weighs up to %2 for these pack sizes. Check the volumes for a typo (an extra zero?) or plan fewer months</source>
        <translation>too many calls to find the cheapest packs exactly: about %1 calls fall within a pack&apos;s validity, the planner weighs up to %2 for these pack sizes. Check the volumes for a typo (an extra zero?) or plan fewer months</translation>
    </message>
    <message>
        <source>too many calls or too high prices to find the cheapest packs exactly. Check the volumes and prices for a typo (an extra zero?)</source>
        <translation>too many calls or too high prices to find the cheapest packs exactly. Check the volumes and prices for a typo (an extra zero?)</translation>
    </message>
</context>
<context>
    <name>PurchaseOptimizer</name>
    <message>
        <source>%1 (made); %2</source>
        <translation>%1 (made); %2</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nothing more</translation>
    </message>
    <message>
        <source>actualThrough: %1 is outside the scenario (%2 to %3); the months that have happened must lie within the horizon for the rest to be planned</source>
        <translation>actualThrough: %1 is outside the scenario (%2 to %3); the months that have happened must lie within the horizon for the rest to be planned</translation>
    </message>
    <message>
        <source>Postpaid only is cheapest: %1 billable calls beyond the free quota cost %2 元.</source>
        <translation>Postpaid only is cheapest: %1 billable calls beyond the free quota cost %2 元.</translation>
    </message>
    <message>
        <source>The cheapest pack plan (%1) would cost %2 元.</source>
        <translation>The cheapest pack plan (%1) would cost %2 元.</translation>
    </message>
    <message>
        <source>%1 covers %2 billable calls</source>
        <translation>%1 covers %2 billable calls</translation>
    </message>
    <message>
        <source>; %1 expire unused</source>
        <translation>; %1 expire unused</translation>
    </message>
    <message>
        <source>; %1 calls stay postpaid (%2 元)</source>
        <translation>; %1 calls stay postpaid (%2 元)</translation>
    </message>
    <message>
        <source>; postpaid only would cost %1 元, this plan %2 元, saving %3 元.</source>
        <translation>; postpaid only would cost %1 元, this plan %2 元, saving %3 元.</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>postpaid only</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>(The licence packs share a postpaid tier on postpaid calls; with purchases in any month this is the best plan found by alternating exact searches, not a proven optimum.)</source>
        <translation>(The licence packs share a postpaid tier on postpaid calls; with purchases in any month this is the best plan found by alternating exact searches, not a proven optimum.)</translation>
    </message>
</context>
<context>
    <name>RobustPlanner</name>
    <message>
        <source>the resource packs %1 share one postpaid group and have more than %2 combinations of first-month purchases to compare exactly; reduce their volumes or choose the tier basis &quot;all calls&quot;</source>
        <translation>the resource packs %1 share one postpaid group and have more than %2 combinations of first-month purchases to compare exactly; reduce their volumes or choose the tier basis &quot;all calls&quot;</translation>
    </message>
    <message>
        <source>the plan with the smallest largest regret needs too many comparisons to be decided exactly; use fewer scenarios or the method expected-cost</source>
        <translation>the plan with the smallest largest regret needs too many comparisons to be decided exactly; use fewer scenarios or the method expected-cost</translation>
    </message>
    <message>
        <source>the plan with the smallest largest regret needs more than %1 partial plans to be decided exactly; use fewer scenarios or the method expected-cost</source>
        <translation>the plan with the smallest largest regret needs more than %1 partial plans to be decided exactly; use fewer scenarios or the method expected-cost</translation>
    </message>
    <message>
        <source>one set of new purchases for all scenarios is bought in one month, the first after the months that have happened: scenario %1 buys from %2 and scenario %3 from %4, so give every scenario the same last actual month (actualThrough)</source>
        <translation>one set of new purchases for all scenarios is bought in one month, the first after the months that have happened: scenario %1 buys from %2 and scenario %3 from %4, so give every scenario the same last actual month (actualThrough)</translation>
    </message>
    <message>
        <source>the plan has no scenario</source>
        <translation>the plan has no scenario</translation>
    </message>
    <message>
        <source>scenario %1 has a negative weight</source>
        <translation>scenario %1 has a negative weight</translation>
    </message>
    <message>
        <source>scenario %1 starts in %2 and scenario %3 in %4; the plan for all scenarios buys once, in the first month, so give every scenario the same start month</source>
        <translation>scenario %1 starts in %2 and scenario %3 in %4; the plan for all scenarios buys once, in the first month, so give every scenario the same start month</translation>
    </message>
    <message>
        <source>every scenario has weight 0; give at least one scenario a weight to plan for the expected cost</source>
        <translation>every scenario has weight 0; give at least one scenario a weight to plan for the expected cost</translation>
    </message>
    <message>
        <source>scenarios %1 and %2 give the resource pack %3 different prices; the plan for all scenarios buys one set of packs at one price, so override the pack prices alike in every scenario</source>
        <translation>scenarios %1 and %2 give the resource pack %3 different prices; the plan for all scenarios buys one set of packs at one price, so override the pack prices alike in every scenario</translation>
    </message>
    <message>
        <source>The search stopped at its effort limit before proving this plan the best: no plan has a largest regret below %1 元, so this one is at most %2 元 above the best possible.</source>
        <translation>The search stopped at its effort limit before proving this plan the best: no plan has a largest regret below %1 元, so this one is at most %2 元 above the best possible.</translation>
    </message>
</context>
<context>
    <name>ocp::AccrualModel</name>
    <message>
        <source>The price of pack calls still valid after the plan&apos;s last month: a prepaid balance that belongs to later budgets</source>
        <translation>The price of pack calls still valid after the plan&apos;s last month: a prepaid balance that belongs to later budgets</translation>
    </message>
    <message>
        <source>Budget year %1</source>
        <translation>Budget year %1</translation>
    </message>
    <message>
        <source>Prepaid beyond the plan</source>
        <translation>Prepaid beyond the plan</translation>
    </message>
    <message>
        <source>The share of pack prices for the calls the packs served this month</source>
        <translation>The share of pack prices for the calls the packs served this month</translation>
    </message>
    <message>
        <source>The share of pack prices for calls that expired unused at the end of this month</source>
        <translation>The share of pack prices for calls that expired unused at the end of this month</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Packs used (元)</source>
        <translation>Packs used (元)</translation>
    </message>
    <message>
        <source>Expired (元)</source>
        <translation>Expired (元)</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>Postpaid (元)</translation>
    </message>
    <message>
        <source>Cost of the period (元)</source>
        <translation>Cost of the period (元)</translation>
    </message>
</context>
<context>
    <name>ocp::AutosaveStore</name>
    <message>
        <source>cannot create the autosave folder %1</source>
        <translation>cannot create the autosave folder %1</translation>
    </message>
    <message>
        <source>The autosaved plan %1 cannot be read and was left where it is: %2</source>
        <translation>The autosaved plan %1 cannot be read and was left where it is: %2</translation>
    </message>
    <message>
        <source>not an autosave file (%1)</source>
        <translation>not an autosave file (%1)</translation>
    </message>
    <message>
        <source>not an autosave file (format is not “%1”)</source>
        <translation>not an autosave file (format is not “%1”)</translation>
    </message>
    <message>
        <source>written by a newer planner; open it with that version</source>
        <translation>written by a newer planner; open it with that version</translation>
    </message>
    <message>
        <source>the autosave holds no plan</source>
        <translation>the autosave holds no plan</translation>
    </message>
</context>
<context>
    <name>ocp::BillableShareModel</name>
    <message>
        <source>Share of calls that are billed; 100% unless only successful recognitions are charged</source>
        <translation>Share of calls that are billed; 100% unless only successful recognitions are charged</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Not changed: the billable share must be 0% to 100% with at most four decimals</source>
        <translation>Not changed: the billable share must be 0% to 100% with at most four decimals</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Billable share</source>
        <translation>Billable share</translation>
    </message>
</context>
<context>
    <name>ocp::BreakEvenModel</name>
    <message>
        <source>Break-even cancelled — press Recalculate in the status bar to calculate it</source>
        <translation>Break-even cancelled — press Recalculate in the status bar to calculate it</translation>
    </message>
    <message>
        <source>Break-even: %1</source>
        <translation>Break-even: %1</translation>
    </message>
    <message>
        <source>Select a resource pack in the results to see where its pack sizes pay off against postpaid only.</source>
        <translation>Select a resource pack in the results to see where its pack sizes pay off against postpaid only.</translation>
    </message>
    <message>
        <source>Calculating the break-even points…</source>
        <translation>Calculating the break-even points…</translation>
    </message>
    <message>
        <source>No break-even analysis: %1</source>
        <translation>No break-even analysis: %1</translation>
    </message>
    <message>
        <source>%1 pays off from %2 % (%3 calls)</source>
        <translation>%1 pays off from %2 % (%3 calls)</translation>
    </message>
    <message>
        <source>No pack size beats postpaid only up to %1 % of the plan&apos;s calls</source>
        <translation>No pack size beats postpaid only up to %1 % of the plan&apos;s calls</translation>
    </message>
    <message>
        <source>Packs of %1</source>
        <translation>Packs of %1</translation>
    </message>
    <message>
        <source>At %1 % of the plan&apos;s calls (%2 billable calls)</source>
        <translation>At %1 % of the plan&apos;s calls (%2 billable calls)</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>postpaid only</translation>
    </message>
    <message>
        <source>the re-optimised plan</source>
        <translation>the re-optimised plan</translation>
    </message>
    <message>
        <source>%1 × %2 calls</source>
        <translation>%1 × %2 calls</translation>
    </message>
    <message>
        <source>%1: %2 cost %3</source>
        <translation>%1: %2 cost %3</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>Postpaid only</translation>
    </message>
    <message>
        <source>Re-optimised plan</source>
        <translation>Re-optimised plan</translation>
    </message>
    <message>
        <source>Break-even at %1 % of the plan&apos;s calls (%2 billable calls): from there on this size is cheaper than postpaid only</source>
        <translation>Break-even at %1 % of the plan&apos;s calls (%2 billable calls): from there on this size is cheaper than postpaid only</translation>
    </message>
</context>
<context>
    <name>ocp::BudgetYearPane</name>
    <message>
        <source>Packs used</source>
        <translation>Packs used</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Postpaid</translation>
    </message>
    <message>
        <source>Cost by budget month (accrual)</source>
        <translation>Cost by budget month (accrual)</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2: %3 元</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost by budget year — %1 · prepaid balance carried beyond the plan: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Cost by budget year — %1 · prepaid balance carried beyond the plan: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ocp::CashFlowChart</name>
    <message>
        <source>Pack purchases</source>
        <translation>Pack purchases</translation>
    </message>
    <message>
        <source>Bill paid</source>
        <translation>Bill paid</translation>
    </message>
    <message>
        <source>Funds required</source>
        <translation>Funds required</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Cash flow: payments and funds the account must hold</source>
        <translation>Cash flow: payments and funds the account must hold</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2: %3 元</translation>
    </message>
</context>
<context>
    <name>ocp::CashFlowModel</name>
    <message>
        <source>The month after the plan: the last postpaid bill is settled</source>
        <translation>The month after the plan: the last postpaid bill is settled</translation>
    </message>
    <message>
        <source>Last month&apos;s postpaid bill, settled on days 1–3</source>
        <translation>Last month&apos;s postpaid bill, settled on days 1–3</translation>
    </message>
    <message>
        <source>Last month&apos;s postpaid amount at list price, frozen as an estimate for this month</source>
        <translation>Last month&apos;s postpaid amount at list price, frozen as an estimate for this month</translation>
    </message>
    <message>
        <source>The previous freeze, released at this settlement</source>
        <translation>The previous freeze, released at this settlement</translation>
    </message>
    <message>
        <source>What the account must hold this month: purchases, the bill and the new freeze</source>
        <translation>What the account must hold this month: purchases, the bill and the new freeze</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Pack purchases (元)</source>
        <translation>Pack purchases (元)</translation>
    </message>
    <message>
        <source>Bill paid (元)</source>
        <translation>Bill paid (元)</translation>
    </message>
    <message>
        <source>Frozen (元)</source>
        <translation>Frozen (元)</translation>
    </message>
    <message>
        <source>Released (元)</source>
        <translation>Released (元)</translation>
    </message>
    <message>
        <source>Net outflow (元)</source>
        <translation>Net outflow (元)</translation>
    </message>
    <message>
        <source>Funds required (元)</source>
        <translation>Funds required (元)</translation>
    </message>
</context>
<context>
    <name>ocp::CatalogPane</name>
    <message>
        <source>Search by name or API, e.g. 身份证 / ID card / IDCardOCR</source>
        <translation>Search by name or API, e.g. 身份证 / ID card / IDCardOCR</translation>
    </message>
    <message>
        <source>Select a resource pack to see its prices.</source>
        <translation>Select a resource pack to see its prices.</translation>
    </message>
    <message>
        <source>Already in the plan</source>
        <translation>Already in the plan</translation>
    </message>
    <message numerus="yes">
        <source>Added %n interface(s) to the plan; enter their monthly calls in the table</source>
        <translation>
            <numerusform>Added %n interface to the plan; enter their monthly calls in the table</numerusform>
            <numerusform>Added %n interfaces to the plan; enter their monthly calls in the table</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Add to the plan</translation>
    </message>
</context>
<context>
    <name>ocp::CatalogTreeModel</name>
    <message>
        <source>%1 (%2): double-click or drag into the volume table to plan its calls</source>
        <translation>%1 (%2): double-click or drag into the volume table to plan its calls</translation>
    </message>
    <message numerus="yes">
        <source>Resource pack %1, shared by %n interface(s)</source>
        <translation>
            <numerusform>Resource pack %1, shared by %n interface</numerusform>
            <numerusform>Resource pack %1, shared by %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ocp::CategoryCostModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation>Plan cost</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Postpaid</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>Postpaid only</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Share of cost</translation>
    </message>
</context>
<context>
    <name>ocp::ComparisonPane</name>
    <message>
        <source>The plan for all scenarios was cancelled: the figures below are not those of the current plan.</source>
        <translation>The plan for all scenarios was cancelled: the figures below are not those of the current plan.</translation>
    </message>
    <message>
        <source>Cost per scenario</source>
        <translation>Cost per scenario</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2: %3 元</translation>
    </message>
    <message>
        <source>Differences are against the current scenario (bold); green is less cost or more saving, red the opposite.</source>
        <translation>Differences are against the current scenario (bold); green is less cost or more saving, red the opposite.</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>Postpaid only</translation>
    </message>
    <message>
        <source>One plan for all</source>
        <translation>One plan for all</translation>
    </message>
    <message>
        <source>Lowest weighted average cost</source>
        <translation>Lowest weighted average cost</translation>
    </message>
    <message>
        <source>Smallest largest regret</source>
        <translation>Smallest largest regret</translation>
    </message>
    <message>
        <source>Weighted average: the scenarios&apos; weights count (edit them in the Weight column). Largest regret: the plan that costs least above any scenario&apos;s own cheapest plan.</source>
        <translation>Weighted average: the scenarios&apos; weights count (edit them in the Weight column). Largest regret: the plan that costs least above any scenario&apos;s own cheapest plan.</translation>
    </message>
    <message>
        <source>One plan for all scenarios, bought in the first month, chosen by:</source>
        <translation>One plan for all scenarios, bought in the first month, chosen by:</translation>
    </message>
    <message>
        <source>No plan for all scenarios: %1</source>
        <translation>No plan for all scenarios: %1</translation>
    </message>
    <message>
        <source>Buy %1. Weighted average cost %2 元; largest regret %3 元 (the most it costs above a scenario&apos;s own cheapest plan).</source>
        <translation>Buy %1. Weighted average cost %2 元; largest regret %3 元 (the most it costs above a scenario&apos;s own cheapest plan).</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 weighs 0 %, so the plan for all scenarios leaves it out: give it a weight in the Weight column of the table above.</source>
        <translation>%1 weighs 0 %, so the plan for all scenarios leaves it out: give it a weight in the Weight column of the table above.</translation>
    </message>
    <message>
        <source>%1 weigh 0 %, so the plan for all scenarios leaves them out: give them a weight in the Weight column of the table above.</source>
        <translation>%1 weigh 0 %, so the plan for all scenarios leaves them out: give them a weight in the Weight column of the table above.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
</context>
<context>
    <name>ocp::CostCharts</name>
    <message>
        <source>Pack purchases</source>
        <translation>Pack purchases</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Postpaid</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>Monthly cost of the plan</source>
        <translation>Monthly cost of the plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>Postpaid only</translation>
    </message>
    <message>
        <source>Cumulative cost: plan against postpaid only</source>
        <translation>Cumulative cost: plan against postpaid only</translation>
    </message>
    <message>
        <source>Share of cost by category</source>
        <translation>Share of cost by category</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of the plan&apos;s cost)</source>
        <translation>%1: %2 (%3 of the plan&apos;s cost)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monthly cost</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Month total: %1</source>
        <translation>Month total: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation>Calls per month</translation>
    </message>
    <message>
        <source>This chart has nothing to export yet</source>
        <translation>This chart has nothing to export yet</translation>
    </message>
    <message>
        <source>%1: charts are exported as .png or .svg</source>
        <translation>%1: charts are exported as .png or .svg</translation>
    </message>
    <message>
        <source>Break-even: cost by volume</source>
        <translation>Break-even: cost by volume</translation>
    </message>
    <message>
        <source>Select a resource pack in the results to see where its pack sizes pay off against postpaid only.</source>
        <translation>Select a resource pack in the results to see where its pack sizes pay off against postpaid only.</translation>
    </message>
    <message>
        <source>Volume (% of the plan&apos;s calls for this pack)</source>
        <translation>Volume (% of the plan&apos;s calls for this pack)</translation>
    </message>
    <message>
        <source>Break-even points</source>
        <translation>Break-even points</translation>
    </message>
    <message>
        <source>Postpaid tiers apply to all units: once a month&apos;s calls reach the next tier, every postpaid call of that month costs the lower price, so a line can dip as the volume rises. A pack line runs flat while its packs cover the calls and climbs once calls are billed postpaid beyond them.</source>
        <translation>Postpaid tiers apply to all units: once a month&apos;s calls reach the next tier, every postpaid call of that month costs the lower price, so a line can dip as the volume rises. A pack line runs flat while its packs cover the calls and climbs once calls are billed postpaid beyond them.</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>Cumulative cost</translation>
    </message>
    <message>
        <source>Cost by category</source>
        <translation>Cost by category</translation>
    </message>
    <message>
        <source>%1 (above the scale)</source>
        <translation>%1 (above the scale)</translation>
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
        <translation>“%1”: calls cannot be negative</translation>
    </message>
    <message>
        <source>“%1” is not a number of calls (digits only, such as 25000 or 2.5万)</source>
        <translation>“%1” is not a number of calls (digits only, such as 25000 or 2.5万)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of calls</source>
        <translation>“%1” is not a whole number of calls</translation>
    </message>
    <message>
        <source>“%1” is more than %2 calls a month</source>
        <translation>“%1” is more than %2 calls a month</translation>
    </message>
    <message>
        <source>“%1” is not a number (up to six decimals, such as 1.15 or 5)</source>
        <translation>“%1” is not a number (up to six decimals, such as 1.15 or 5)</translation>
    </message>
    <message>
        <source>“%1” is not a price in 元 (digits and up to six decimals, such as 0.006)</source>
        <translation>“%1” is not a price in 元 (digits and up to six decimals, such as 0.006)</translation>
    </message>
    <message>
        <source>“%1”: a price cannot be negative</source>
        <translation>“%1”: a price cannot be negative</translation>
    </message>
</context>
<context>
    <name>ocp::LedgerModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>above %1</translation>
    </message>
    <message>
        <source>Above %1 calls a month: no published price</source>
        <translation>Above %1 calls a month: no published price</translation>
    </message>
    <message>
        <source>Tier %1: up to %2 calls a month for the group</source>
        <translation>Tier %1: up to %2 calls a month for the group</translation>
    </message>
    <message>
        <source>Balance still valid at the end of the plan</source>
        <translation>Balance still valid at the end of the plan</translation>
    </message>
    <message>
        <source>Estimate: priced above the top tier, which has no published price (联系商务)</source>
        <translation>Estimate: priced above the top tier, which has no published price (联系商务)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>From packs</source>
        <translation>From packs</translation>
    </message>
    <message>
        <source>Postpaid calls</source>
        <translation>Postpaid calls</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Unit price (元)</source>
        <translation>Unit price (元)</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>Postpaid (元)</translation>
    </message>
    <message>
        <source>Bought calls</source>
        <translation>Bought calls</translation>
    </message>
    <message>
        <source>Purchases (元)</source>
        <translation>Purchases (元)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Month cost (元)</source>
        <translation>Month cost (元)</translation>
    </message>
</context>
<context>
    <name>ocp::MainWindow</name>
    <message>
        <source>the recommended plan</source>
        <translation>the recommended plan</translation>
    </message>
    <message>
        <source>the ranked alternatives</source>
        <translation>the ranked alternatives</translation>
    </message>
    <message>
        <source>the break-even points</source>
        <translation>the break-even points</translation>
    </message>
    <message>
        <source>the plan for all scenarios</source>
        <translation>the plan for all scenarios</translation>
    </message>
    <message>
        <source>the re-optimised line</source>
        <translation>the re-optimised line</translation>
    </message>
    <message>
        <source>OCR Cost Planner</source>
        <translation>OCR Cost Planner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Cash flow</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Plan settings</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved.</source>
        <translation>The plan “%1” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Save them before continuing?</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Export cost report</source>
        <translation>Export cost report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Start an empty plan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Export cost report (CSV)…</source>
        <translation>&amp;Export cost report (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG, SVG)…</source>
        <translation>Export &amp;chart (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;About OCR Cost Planner</source>
        <translation>&amp;About OCR Cost Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Fill selected cells</source>
        <translation>&amp;Fill selected cells</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>Cash &amp;flow</source>
        <translation>Cash &amp;flow</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>%1[*] — OCR Cost Planner</source>
        <translation>%1[*] — OCR Cost Planner</translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation>Not calculated: %1</translation>
    </message>
    <message>
        <source>≈ marks estimates: some calls are above the top tier, which has no published price (联系商务)</source>
        <translation>≈ marks estimates: some calls are above the top tier, which has no published price (联系商务)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>New plan: add interfaces from the catalog</source>
        <translation>New plan: add interfaces from the catalog</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation>Cannot open the sample plan</translation>
    </message>
    <message>
        <source>This is a sample plan: change the monthly calls, or start your own with File → New</source>
        <translation>This is a sample plan: change the monthly calls, or start your own with File → New</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Cannot save the plan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot export the cost report</source>
        <translation>Cannot export the cost report</translation>
    </message>
    <message>
        <source>Cost report written to %1</source>
        <translation>Cost report written to %1</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Cannot export the chart</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Chart written to %1</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 no longer exists</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>About OCR Cost Planner</source>
        <translation>About OCR Cost Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCR Cost Planner %1&lt;/h3&gt;&lt;p&gt;Plans a budget for Tencent Cloud OCR: the cheapest mix of prepaid resource packs (资源包) and postpaid billing for the monthly calls you expect, with exact amounts in 元.&lt;/p&gt;&lt;p&gt;Price catalog: &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;, prices as read on %3.&lt;br&gt;Rules: monthly free quota of the pack, packs valid 12 months from the month of purchase, the pack that expires first is used first, all-units postpaid tiers.&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCR Cost Planner %1&lt;/h3&gt;&lt;p&gt;Plans a budget for Tencent Cloud OCR: the cheapest mix of prepaid resource packs (资源包) and postpaid billing for the monthly calls you expect, with exact amounts in 元.&lt;/p&gt;&lt;p&gt;Price catalog: &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;, prices as read on %3.&lt;br&gt;Rules: monthly free quota of the pack, packs valid 12 months from the month of purchase, the pack that expires first is used first, all-units postpaid tiers.&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export the month-by-month cost report as CSV</source>
        <translation>Export the month-by-month cost report as CSV</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Export the chart shown in the Charts tab as PNG or SVG</source>
        <translation>Export the chart shown in the Charts tab as PNG or SVG</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>Months in which Tencent Cloud sends a low-balance notice for the last usable pack: amber when it falls below 20 %, red when it is used up. Packs held or bought are listed; under each, the month a line of its packs runs out or loses calls at expiry.</source>
        <translation>Months in which Tencent Cloud sends a low-balance notice for the last usable pack: amber when it falls below 20 %, red when it is used up. Packs held or bought are listed; under each, the month a line of its packs runs out or loses calls at expiry.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Plans and scenarios (*.ocrplan *.json);;Plans (*.ocrplan);;Scenarios (*.json);;All files (*)</source>
        <translation>Plans and scenarios (*.ocrplan *.json);;Plans (*.ocrplan);;Scenarios (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Plans (*.ocrplan);;Scenario, one only (*.json)</source>
        <translation>Plans (*.ocrplan);;Scenario, one only (*.json)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <source>cash-flow</source>
        <translation>cash-flow</translation>
    </message>
    <message>
        <source>Export &amp;budget years (CSV)…</source>
        <translation>Export &amp;budget years (CSV)…</translation>
    </message>
    <message>
        <source>budget-years</source>
        <translation>budget-years</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Export &amp;PDF report…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>A report of the plan and its scenarios for approval, as PDF</source>
        <translation>A report of the plan and its scenarios for approval, as PDF</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>Com&amp;parison</source>
        <translation>Com&amp;parison</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivity</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>%4: plan cost &lt;b&gt;%1&lt;/b&gt; · Postpaid only %2 · Saving &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%4: plan cost &lt;b&gt;%1&lt;/b&gt; · Postpaid only %2 · Saving &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot export the %1</source>
        <translation>Cannot export the %1</translation>
    </message>
    <message>
        <source>The %1 was written to %2</source>
        <translation>The %1 was written to %2</translation>
    </message>
    <message>
        <source>scenario comparison</source>
        <translation>scenario comparison</translation>
    </message>
    <message>
        <source>cash flow</source>
        <translation>cash flow</translation>
    </message>
    <message>
        <source>budget years</source>
        <translation>budget years</translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation>Import usage</translation>
    </message>
    <message>
        <source>Usage files (*.csv *.txt);;All files (*)</source>
        <translation>Usage files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation>&amp;Import usage…</translation>
    </message>
    <message>
        <source>Read actual monthly or daily calls from a usage CSV</source>
        <translation>Read actual monthly or daily calls from a usage CSV</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>The planner stopped before the changes to “%1” were saved.</source>
        <translation>The planner stopped before the changes to “%1” were saved.</translation>
    </message>
    <message>
        <source>They were autosaved on %1.</source>
        <translation>They were autosaved on %1.</translation>
    </message>
    <message>
        <source>The plan was never saved; Save will ask for a file name.</source>
        <translation>The plan was never saved; Save will ask for a file name.</translation>
    </message>
    <message>
        <source>Save writes them to %1.</source>
        <translation>Save writes them to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more autosaved plan(s) are waiting: the next one is offered now if you discard this one, otherwise at the next start.</source>
        <translation>
            <numerusform>%n more autosaved plan is waiting: the next one is offered now if you discard this one, otherwise at the next start.</numerusform>
            <numerusform>%n more autosaved plans are waiting: the next one is offered now if you discard this one, otherwise at the next start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>plan-for-all</source>
        <translation>plan-for-all</translation>
    </message>
    <message>
        <source>No plan for all scenarios: %1</source>
        <translation>No plan for all scenarios: %1</translation>
    </message>
    <message>
        <source>plan for all scenarios</source>
        <translation>plan for all scenarios</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1; save them to keep them</source>
        <translation>Restored the unsaved changes of %1; save them to keep them</translation>
    </message>
    <message>
        <source>Open the samp&amp;le plan</source>
        <translation>Open the samp&amp;le plan</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Export scenario co&amp;mparison (CSV)…</source>
        <translation>Export scenario co&amp;mparison (CSV)…</translation>
    </message>
    <message>
        <source>Export one plan &amp;for all scenarios (CSV)…</source>
        <translation>Export one plan &amp;for all scenarios (CSV)…</translation>
    </message>
    <message>
        <source>Export cas&amp;h flow (CSV)…</source>
        <translation>Export cas&amp;h flow (CSV)…</translation>
    </message>
    <message>
        <source>Import pac&amp;k inventory…</source>
        <translation>Import pac&amp;k inventory…</translation>
    </message>
    <message>
        <source>Read the packs the account holds from the console&apos;s resource-pack list</source>
        <translation>Read the packs the account holds from the console&apos;s resource-pack list</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>Budget vs actual</translation>
    </message>
    <message>
        <source>Cost centres</source>
        <translation>Cost centres</translation>
    </message>
    <message>
        <source>Accoun&amp;ting settings…</source>
        <translation>Accoun&amp;ting settings…</translation>
    </message>
    <message>
        <source>How prepaid packs are expensed, who bears balance never used, and the ledger account names</source>
        <translation>How prepaid packs are expensed, who bears balance never used, and the ledger account names</translation>
    </message>
    <message>
        <source>Accounting settings changed</source>
        <translation>Accounting settings changed</translation>
    </message>
    <message>
        <source>Cost allocation</source>
        <translation>Cost allocation</translation>
    </message>
    <message>
        <source>cost-centres-by-month</source>
        <translation>cost-centres-by-month</translation>
    </message>
    <message>
        <source>cost-centres-by-pack</source>
        <translation>cost-centres-by-pack</translation>
    </message>
    <message>
        <source>accounting-schedule</source>
        <translation>accounting-schedule</translation>
    </message>
    <message>
        <source>cost per cost centre and month</source>
        <translation>cost per cost centre and month</translation>
    </message>
    <message>
        <source>cost per cost centre and pack</source>
        <translation>cost per cost centre and pack</translation>
    </message>
    <message>
        <source>accounting schedule</source>
        <translation>accounting schedule</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>Who pays for what is not worked out yet</source>
        <translation>Who pays for what is not worked out yet</translation>
    </message>
    <message>
        <source>Prepaid resource packs</source>
        <translation>Prepaid resource packs</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>OCR services expense</source>
        <translation>OCR services expense</translation>
    </message>
    <message>
        <source>Accrued postpaid bills</source>
        <translation>Accrued postpaid bills</translation>
    </message>
    <message>
        <source>Resource pack bought: %1 ×%2</source>
        <translation>Resource pack bought: %1 ×%2</translation>
    </message>
    <message>
        <source>Pack used: %1 %2</source>
        <translation>Pack used: %1 %2</translation>
    </message>
    <message>
        <source>Pack expensed straight-line: %1 %2</source>
        <translation>Pack expensed straight-line: %1 %2</translation>
    </message>
    <message>
        <source>Pack balance expired unused: %1 %2</source>
        <translation>Pack balance expired unused: %1 %2</translation>
    </message>
    <message>
        <source>Postpaid calls accrued: %1 %2</source>
        <translation>Postpaid calls accrued: %1 %2</translation>
    </message>
    <message>
        <source>Postpaid bill paid: %1</source>
        <translation>Postpaid bill paid: %1</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Unallocated</translation>
    </message>
</context>
<context>
    <name>ocp::MonthlyCostModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Pack purchases</source>
        <translation>Pack purchases</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Postpaid</translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation>Plan cost</translation>
    </message>
    <message>
        <source>Plan, cumulative</source>
        <translation>Plan, cumulative</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>Postpaid only</translation>
    </message>
    <message>
        <source>Postpaid only, cumulative</source>
        <translation>Postpaid only, cumulative</translation>
    </message>
</context>
<context>
    <name>ocp::NoticesModel</name>
    <message>
        <source>used up</source>
        <translation>used up</translation>
    </message>
    <message>
        <source>&lt; 20%</source>
        <translation>&lt; 20%</translation>
    </message>
    <message>
        <source>%1: the last pack of %2 is used up</source>
        <translation>%1: the last pack of %2 is used up</translation>
    </message>
    <message>
        <source>%1: the last pack of %2 fell below 20% (%3 calls left at the end of the month)</source>
        <translation>%1: the last pack of %2 fell below 20% (%3 calls left at the end of the month)</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>runs out</source>
        <translation>runs out</translation>
    </message>
    <message>
        <source>%1 calls expire unused</source>
        <translation>%1 calls expire unused</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4) run out: all %5 calls are used</source>
        <translation>%1: %2 of %3 (%4) run out: all %5 calls are used</translation>
    </message>
    <message>
        <source>%1: %2 calls of %3 of %4 (%5) expire unused</source>
        <translation>%1: %2 calls of %3 of %4 (%5) expire unused</translation>
    </message>
</context>
<context>
    <name>ocp::PackAlternativesModel</name>
    <message>
        <source>Ranking cancelled — press Recalculate in the status bar to rank the alternatives</source>
        <translation>Ranking cancelled — press Recalculate in the status bar to rank the alternatives</translation>
    </message>
    <message>
        <source>Select a resource pack to see its ranked alternatives</source>
        <translation>Select a resource pack to see its ranked alternatives</translation>
    </message>
    <message>
        <source>Ranking the alternatives…</source>
        <translation>Ranking the alternatives…</translation>
    </message>
    <message>
        <source>No alternatives: %1</source>
        <translation>No alternatives: %1</translation>
    </message>
    <message>
        <source>No calls for this pack in the plan: nothing to rank</source>
        <translation>No calls for this pack in the plan: nothing to rank</translation>
    </message>
    <message numerus="yes">
        <source>The %n cheapest plans for this pack; double-click one or press Adopt to use it</source>
        <translation>
            <numerusform>The cheapest plan for this pack; double-click one or press Adopt to use it</numerusform>
            <numerusform>The %n cheapest plans for this pack; double-click one or press Adopt to use it</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alternative first</source>
        <translation>Select an alternative first</translation>
    </message>
    <message>
        <source>Adopt plan %1 for %2: %3</source>
        <translation>Adopt plan %1 for %2: %3</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>postpaid only</translation>
    </message>
    <message>
        <source>&gt; 1,000</source>
        <translation>&gt; 1,000</translation>
    </message>
    <message>
        <source>Postpaid only: buying no pack at all is plan %1 by cost</source>
        <translation>Postpaid only: buying no pack at all is plan %1 by cost</translation>
    </message>
    <message>
        <source>Postpaid only (no pack)</source>
        <translation>Postpaid only (no pack)</translation>
    </message>
    <message>
        <source>%1 paid calls expire unused</source>
        <translation>%1 paid calls expire unused</translation>
    </message>
    <message>
        <source>How much more this plan costs than the cheapest one</source>
        <translation>How much more this plan costs than the cheapest one</translation>
    </message>
    <message>
        <source>1 is the cheapest plan; bold marks the plan the scenario has now</source>
        <translation>1 is the cheapest plan; bold marks the plan the scenario has now</translation>
    </message>
    <message>
        <source>Total minus the cheapest plan&apos;s total</source>
        <translation>Total minus the cheapest plan&apos;s total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Packs (元)</source>
        <translation>Packs (元)</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>Postpaid (元)</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>Total (元)</translation>
    </message>
    <message>
        <source>Gap to optimum (元)</source>
        <translation>Gap to optimum (元)</translation>
    </message>
</context>
<context>
    <name>ocp::PackDetailsModel</name>
    <message>
        <source>Prepaid packs</source>
        <translation>Prepaid packs</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 calls</translation>
    </message>
    <message>
        <source>Your price; the list price is %1</source>
        <translation>Your price; the list price is %1</translation>
    </message>
    <message>
        <source>Your price; the list price is %1 元 per call</source>
        <translation>Your price; the list price is %1 元 per call</translation>
    </message>
    <message>
        <source>published price</source>
        <translation>published price</translation>
    </message>
    <message>
        <source>The price list gives no price here (联系商务); the plan uses %1 元 per call and flags such figures as estimates. Set a negotiated price in the plan settings.</source>
        <translation>The price list gives no price here (联系商务); the plan uses %1 元 per call and flags such figures as estimates. Set a negotiated price in the plan settings.</translation>
    </message>
    <message>
        <source>Free quota</source>
        <translation>Free quota</translation>
    </message>
    <message>
        <source>Interfaces using this pack</source>
        <translation>Interfaces using this pack</translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s)</source>
        <translation>
            <numerusform>%n interface</numerusform>
            <numerusform>%n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpaid group</source>
        <translation>Postpaid group</translation>
    </message>
    <message>
        <source>this pack alone</source>
        <translation>this pack alone</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message numerus="yes">
        <source>valid %n month(s)</source>
        <translation>
            <numerusform>valid %n month</numerusform>
            <numerusform>valid %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usable from the month of purchase for %n month(s); calls left at expiry are lost</source>
        <translation>
            <numerusform>Usable from the month of purchase for %n month; calls left at expiry are lost</numerusform>
            <numerusform>Usable from the month of purchase for %n months; calls left at expiry are lost</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpaid, calls a month</source>
        <translation>Postpaid, calls a month</translation>
    </message>
    <message>
        <source>All-units tiers: the month&apos;s volume selects one tier and every postpaid call of the month is billed at its price</source>
        <translation>All-units tiers: the month&apos;s volume selects one tier and every postpaid call of the month is billed at its price</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>tier %1</translation>
    </message>
    <message>
        <source>contact sales (estimate)</source>
        <translation>contact sales (estimate)</translation>
    </message>
    <message>
        <source>%1 calls a month</source>
        <translation>%1 calls a month</translation>
    </message>
    <message>
        <source>Shared by the pack&apos;s interfaces, used before any pack, not carried over to the next month</source>
        <translation>Shared by the pack&apos;s interfaces, used before any pack, not carried over to the next month</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) billed together</source>
        <translation>
            <numerusform>%n pack billed together</numerusform>
            <numerusform>%n packs billed together</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls of these packs together select the postpaid tier</source>
        <translation>The calls of these packs together select the postpaid tier</translation>
    </message>
    <message>
        <source>元/call</source>
        <translation>元/call</translation>
    </message>
</context>
<context>
    <name>ocp::PlanDocument</name>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3 calls</source>
        <translation>Set %1 in %2 to %3 calls</translation>
    </message>
    <message>
        <source>%1 is not part of this plan; add it from the catalog first</source>
        <translation>%1 is not part of this plan; add it from the catalog first</translation>
    </message>
    <message>
        <source>month %1 is outside the plan</source>
        <translation>month %1 is outside the plan</translation>
    </message>
    <message>
        <source>%1 calls in %2 is out of range (0 to %3)</source>
        <translation>%1 calls in %2 is out of range (0 to %3)</translation>
    </message>
    <message>
        <source>“%1” is not an interface of the catalog</source>
        <translation>“%1” is not an interface of the catalog</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n interface(s)</source>
        <translation>
            <numerusform>Add %n interface</numerusform>
            <numerusform>Add %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interface(s)</source>
        <translation>
            <numerusform>Remove %n interface</numerusform>
            <numerusform>Remove %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the plan to “%1”</source>
        <translation>Rename the plan to “%1”</translation>
    </message>
    <message>
        <source>the start month must be a month between 1900 and 9999</source>
        <translation>the start month must be a month between 1900 and 9999</translation>
    </message>
    <message>
        <source>Start the plan in %1</source>
        <translation>Start the plan in %1</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 months</source>
        <translation>the horizon must be 1 to %1 months</translation>
    </message>
    <message numerus="yes">
        <source>Plan over %n month(s)</source>
        <translation>
            <numerusform>Plan over %n month</numerusform>
            <numerusform>Plan over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n purchase(s) after the end removed)</source>
        <translation>
            <numerusform> (%n purchase after the end removed)</numerusform>
            <numerusform> (%n purchases after the end removed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the postpaid tier by all calls</source>
        <translation>Select the postpaid tier by all calls</translation>
    </message>
    <message>
        <source>Select the postpaid tier by postpaid calls only</source>
        <translation>Select the postpaid tier by postpaid calls only</translation>
    </message>
    <message>
        <source>Buy packs in the first month only</source>
        <translation>Buy packs in the first month only</translation>
    </message>
    <message>
        <source>Buy packs in any month</source>
        <translation>Buy packs in any month</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>a price cannot be negative</translation>
    </message>
    <message>
        <source>Price calls above the top tier at %1 元</source>
        <translation>Price calls above the top tier at %1 元</translation>
    </message>
    <message>
        <source>Price calls above the top tier at the top tier&apos;s price</source>
        <translation>Price calls above the top tier at the top tier&apos;s price</translation>
    </message>
    <message>
        <source>“%1” is not a resource pack of the catalog</source>
        <translation>“%1” is not a resource pack of the catalog</translation>
    </message>
    <message>
        <source>%1 is not sold in a size of %2 calls</source>
        <translation>%1 is not sold in a size of %2 calls</translation>
    </message>
    <message>
        <source>Price %1 × %2 calls at %3 元</source>
        <translation>Price %1 × %2 calls at %3 元</translation>
    </message>
    <message>
        <source>Restore the list price of %1 × %2 calls</source>
        <translation>Restore the list price of %1 × %2 calls</translation>
    </message>
    <message>
        <source>“%1” is not a postpaid group of the catalog</source>
        <translation>“%1” is not a postpaid group of the catalog</translation>
    </message>
    <message>
        <source>%1 has no tier %2</source>
        <translation>%1 has no tier %2</translation>
    </message>
    <message>
        <source>Price tier %1 of %2 at %3 元 per call</source>
        <translation>Price tier %1 of %2 at %3 元 per call</translation>
    </message>
    <message>
        <source>Restore the list price of tier %1 of %2</source>
        <translation>Restore the list price of tier %1 of %2</translation>
    </message>
    <message>
        <source>the billable share must be between 0% and 100%</source>
        <translation>the billable share must be between 0% and 100%</translation>
    </message>
    <message>
        <source>Bill %1 of %2 calls</source>
        <translation>Bill %1 of %2 calls</translation>
    </message>
    <message>
        <source>Buy %1 × %2 of %3 in %4</source>
        <translation>Buy %1 × %2 of %3 in %4</translation>
    </message>
    <message>
        <source>there is no purchase %1</source>
        <translation>there is no purchase %1</translation>
    </message>
    <message>
        <source>Change the purchase of %1 to %2 × %3 in %4</source>
        <translation>Change the purchase of %1 to %2 × %3 in %4</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n purchase(s)</source>
        <translation>
            <numerusform>Remove %n purchase</numerusform>
            <numerusform>Remove %n purchases</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>there is no scenario %1</translation>
    </message>
    <message>
        <source>a plan needs at least one scenario</source>
        <translation>a plan needs at least one scenario</translation>
    </message>
    <message>
        <source>%1: a scenario file (.json) holds one scenario and this plan has %2; save it as a plan file (.ocrplan)</source>
        <translation>%1: a scenario file (.json) holds one scenario and this plan has %2; save it as a plan file (.ocrplan)</translation>
    </message>
    <message>
        <source>a plan holds at most %1 scenarios</source>
        <translation>a plan holds at most %1 scenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Add the scenario “%1”</source>
        <translation>Add the scenario “%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate the scenario “%1”</source>
        <translation>Duplicate the scenario “%1”</translation>
    </message>
    <message>
        <source>the volume factor must be between 0% and 10,000%</source>
        <translation>the volume factor must be between 0% and 10,000%</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Derive “%1” from “%2” at %3 of its volume</source>
        <translation>Derive “%1” from “%2” at %3 of its volume</translation>
    </message>
    <message>
        <source>the monthly growth must be above −100% and at most 1,000%</source>
        <translation>the monthly growth must be above −100% and at most 1,000%</translation>
    </message>
    <message>
        <source>%1 %2 a month</source>
        <translation>%1 %2 a month</translation>
    </message>
    <message>
        <source>Derive “%1” from “%2” growing %3 a month</source>
        <translation>Derive “%1” from “%2” growing %3 a month</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>a scenario needs a name</translation>
    </message>
    <message>
        <source>there is already a scenario named “%1”</source>
        <translation>there is already a scenario named “%1”</translation>
    </message>
    <message>
        <source>Rename the scenario “%1” to “%2”</source>
        <translation>Rename the scenario “%1” to “%2”</translation>
    </message>
    <message>
        <source>the plan&apos;s only scenario cannot be removed</source>
        <translation>the plan&apos;s only scenario cannot be removed</translation>
    </message>
    <message>
        <source>Remove the scenario “%1”</source>
        <translation>Remove the scenario “%1”</translation>
    </message>
    <message>
        <source>a scenario&apos;s weight must be between 0% and 100%</source>
        <translation>a scenario&apos;s weight must be between 0% and 100%</translation>
    </message>
    <message>
        <source>Weigh the scenario “%1” at %2</source>
        <translation>Weigh the scenario “%1” at %2</translation>
    </message>
    <message>
        <source>Name the plan “%1”</source>
        <translation>Name the plan “%1”</translation>
    </message>
    <message>
        <source>Choose the robust plan by the weighted average cost</source>
        <translation>Choose the robust plan by the weighted average cost</translation>
    </message>
    <message>
        <source>Choose the robust plan by the smallest largest regret</source>
        <translation>Choose the robust plan by the smallest largest regret</translation>
    </message>
    <message>
        <source>The plan could not be calculated: %1</source>
        <translation>The plan could not be calculated: %1</translation>
    </message>
    <message>
        <source>the recommended plan is still being calculated; try again in a moment</source>
        <translation>the recommended plan is still being calculated; try again in a moment</translation>
    </message>
    <message numerus="yes">
        <source>Adopt the recommended plan: buy %n pack(s)</source>
        <translation>
            <numerusform>Adopt the recommended plan: buy %n pack</numerusform>
            <numerusform>Adopt the recommended plan: buy %n packs</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt the recommended plan: no packs, all calls postpaid</source>
        <translation>Adopt the recommended plan: no packs, all calls postpaid</translation>
    </message>
    <message>
        <source>Approve the scenario “%1” as the budget</source>
        <translation>Approve the scenario “%1” as the budget</translation>
    </message>
    <message>
        <source>Remove the approved budget</source>
        <translation>Remove the approved budget</translation>
    </message>
    <message>
        <source>%1 is an actual month: its calls are locked; use “Unlock actual months” to change them</source>
        <translation>%1 is an actual month: its calls are locked; use “Unlock actual months” to change them</translation>
    </message>
    <message>
        <source>the months through %1 are actual and would lie outside a plan starting in %2; unlock actual months first</source>
        <translation>the months through %1 are actual and would lie outside a plan starting in %2; unlock actual months first</translation>
    </message>
    <message>
        <source>held pack %1 (%2) expires in %3 and cannot be held at a start in %4; change or remove it first</source>
        <translation>held pack %1 (%2) expires in %3 and cannot be held at a start in %4; change or remove it first</translation>
    </message>
    <message numerus="yes">
        <source>the months through %1 are actual; a plan over %n month(s) would cut them off; unlock actual months first</source>
        <translation>
            <numerusform>the months through %1 are actual; a plan over %n month would cut them off; unlock actual months first</numerusform>
            <numerusform>the months through %1 are actual; a plan over %n months would cut them off; unlock actual months first</numerusform>
        </translation>
    </message>
    <message>
        <source>the purchases through %1 were made (actual months) and are locked; use “Unlock actual months” to change them</source>
        <translation>the purchases through %1 were made (actual months) and are locked; use “Unlock actual months” to change them</translation>
    </message>
    <message>
        <source>held pack %1</source>
        <translation>held pack %1</translation>
    </message>
    <message>
        <source>%1, pack: “%2” is not a resource pack of the catalog</source>
        <translation>%1, pack: “%2” is not a resource pack of the catalog</translation>
    </message>
    <message>
        <source>%1, size: a pack of %2 calls is out of range (1 to %3)</source>
        <translation>%1, size: a pack of %2 calls is out of range (1 to %3)</translation>
    </message>
    <message>
        <source>%1, remaining: calls left cannot be negative</source>
        <translation>%1, remaining: calls left cannot be negative</translation>
    </message>
    <message>
        <source>%1, remaining: %2 calls left on a pack of %3 calls; a pack cannot hold more than its size</source>
        <translation>%1, remaining: %2 calls left on a pack of %3 calls; a pack cannot hold more than its size</translation>
    </message>
    <message>
        <source>%1, count: hold 1 to %2 packs (remove the holding to hold none)</source>
        <translation>%1, count: hold 1 to %2 packs (remove the holding to hold none)</translation>
    </message>
    <message>
        <source>%1, count: %2 packs held in all; at most %3 are allowed</source>
        <translation>%1, count: %2 packs held in all; at most %3 are allowed</translation>
    </message>
    <message>
        <source>%1, expires: %2 (%3) is before the plan starts (%4); such a pack is gone</source>
        <translation>%1, expires: %2 (%3) is before the plan starts (%4); such a pack is gone</translation>
    </message>
    <message>
        <source>%1, expires: %2 is too late: a pack bought before %3 is usable at most through %4</source>
        <translation>%1, expires: %2 is too late: a pack bought before %3 is usable at most through %4</translation>
    </message>
    <message>
        <source>Add holding: %1 × %2, %3 calls left each, usable through %4</source>
        <translation>Add holding: %1 × %2, %3 calls left each, usable through %4</translation>
    </message>
    <message>
        <source>there is no held pack %1</source>
        <translation>there is no held pack %1</translation>
    </message>
    <message>
        <source>Change holding %1: %2 × %3, %4 calls left each, usable through %5</source>
        <translation>Change holding %1: %2 × %3, %4 calls left each, usable through %5</translation>
    </message>
    <message numerus="yes">
        <source>Remove holdings: %n held pack line(s)</source>
        <translation>
            <numerusform>Remove holdings: %n held pack line</numerusform>
            <numerusform>Remove holdings: %n held pack lines</numerusform>
        </translation>
    </message>
    <message>
        <source>actual months: %1 is outside the plan (%2 to %3)</source>
        <translation>actual months: %1 is outside the plan (%2 to %3)</translation>
    </message>
    <message>
        <source>Unlock actual months</source>
        <translation>Unlock actual months</translation>
    </message>
    <message>
        <source>Unlock the months after %1</source>
        <translation>Unlock the months after %1</translation>
    </message>
    <message>
        <source>Mark months as actual through %1</source>
        <translation>Mark months as actual through %1</translation>
    </message>
    <message>
        <source>%1 has actual calls in the months through %2; unlock actual months to remove it</source>
        <translation>%1 has actual calls in the months through %2; unlock actual months to remove it</translation>
    </message>
    <message>
        <source>%1: a scenario file (.json) has no place for the approved budget; save the plan as a plan file (.ocrplan) to keep it</source>
        <translation>%1: a scenario file (.json) has no place for the approved budget; save the plan as a plan file (.ocrplan) to keep it</translation>
    </message>
    <message>
        <source>%1 is an actual month: the calls of %2 are locked; use “Unlock actual months” to change them</source>
        <translation>%1 is an actual month: the calls of %2 are locked; use “Unlock actual months” to change them</translation>
    </message>
    <message>
        <source>Split %1 between cost centres</source>
        <translation>Split %1 between cost centres</translation>
    </message>
    <message>
        <source>Leave %1 unallocated</source>
        <translation>Leave %1 unallocated</translation>
    </message>
    <message>
        <source>%1 has no share for the cost centre “%2”</source>
        <translation>%1 has no share for the cost centre “%2”</translation>
    </message>
    <message>
        <source>a share must be between 0 % and 100 %</source>
        <translation>a share must be between 0 % and 100 %</translation>
    </message>
    <message>
        <source>“%1” is the only cost centre of %2: its share is 100 %; add another centre first</source>
        <translation>“%1” is the only cost centre of %2: its share is 100 %; add another centre first</translation>
    </message>
    <message>
        <source>Set the share of “%1” in %2 for %3 to %4</source>
        <translation>Set the share of “%1” in %2 for %3 to %4</translation>
    </message>
    <message>
        <source>Set the share of “%1” in %2 to %3</source>
        <translation>Set the share of “%1” in %2 to %3</translation>
    </message>
    <message>
        <source>%1 has no calls for the cost centre “%2”</source>
        <translation>%1 has no calls for the cost centre “%2”</translation>
    </message>
    <message>
        <source>Set the calls of “%1” in %2 for %3 to %4</source>
        <translation>Set the calls of “%1” in %2 for %3 to %4</translation>
    </message>
    <message>
        <source>%1 already has the cost centre “%2”</source>
        <translation>%1 already has the cost centre “%2”</translation>
    </message>
    <message>
        <source>Add the cost centre “%1” to %2</source>
        <translation>Add the cost centre “%1” to %2</translation>
    </message>
    <message>
        <source>name at least one cost centre to split %1 between</source>
        <translation>name at least one cost centre to split %1 between</translation>
    </message>
    <message numerus="yes">
        <source>Split %1 evenly between %n cost centre(s)</source>
        <translation>
            <numerusform>Split %1 evenly between %n cost centre</numerusform>
            <numerusform>Split %1 evenly between %n cost centres</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the calls of %1 per cost centre</source>
        <translation>Enter the calls of %1 per cost centre</translation>
    </message>
    <message>
        <source>Enter the shares of %1 per cost centre</source>
        <translation>Enter the shares of %1 per cost centre</translation>
    </message>
    <message>
        <source>%1 already has the cost centre “%2”; remove one of them first</source>
        <translation>%1 already has the cost centre “%2”; remove one of them first</translation>
    </message>
    <message>
        <source>there is no cost centre “%1”</source>
        <translation>there is no cost centre “%1”</translation>
    </message>
    <message>
        <source>Rename the cost centre “%1” to “%2”</source>
        <translation>Rename the cost centre “%1” to “%2”</translation>
    </message>
    <message>
        <source>Remove the cost centre “%1”</source>
        <translation>Remove the cost centre “%1”</translation>
    </message>
    <message>
        <source>Change the accounting settings</source>
        <translation>Change the accounting settings</translation>
    </message>
</context>
<context>
    <name>ocp::PlanReportPdf</name>
    <message>
        <source>Unallocated</source>
        <translation>Unallocated</translation>
    </message>
    <message>
        <source>Cost per cost centre — %1</source>
        <translation>Cost per cost centre — %1</translation>
    </message>
    <message>
        <source>Each month&apos;s cost shared by the centres&apos; calls: packs at the unit cost of the purchase that served them, postpaid calls at the month&apos;s price. Balance never used goes %1. The centres add up to the plan&apos;s total.</source>
        <translation>Each month&apos;s cost shared by the centres&apos; calls: packs at the unit cost of the purchase that served them, postpaid calls at the month&apos;s price. Balance never used goes %1. The centres add up to the plan&apos;s total.</translation>
    </message>
    <message>
        <source>to the centres that used the pack, in proportion to their use</source>
        <translation>to the centres that used the pack, in proportion to their use</translation>
    </message>
    <message>
        <source>to the Unallocated line</source>
        <translation>to the Unallocated line</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Pack usage</source>
        <translation>Pack usage</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Postpaid</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>Expired unused</translation>
    </message>
    <message>
        <source>Unused at the end</source>
        <translation>Unused at the end</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost per cost centre and month (元)</source>
        <translation>Cost per cost centre and month (元)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Cost per cost centre and resource pack — %1</source>
        <translation>Cost per cost centre and resource pack — %1</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>Accounting schedule — %1</source>
        <translation>Accounting schedule — %1</translation>
    </message>
    <message>
        <source>Packs are a prepaid asset when bought and become an expense as their calls are used; balance that expires unused is expensed at expiry. Postpaid calls are accrued to their month.</source>
        <translation>Packs are a prepaid asset when bought and become an expense as their calls are used; balance that expires unused is expensed at expiry. Postpaid calls are accrued to their month.</translation>
    </message>
    <message>
        <source>Packs are a prepaid asset when bought and are expensed in equal parts over their validity months. Postpaid calls are accrued to their month.</source>
        <translation>Packs are a prepaid asset when bought and are expensed in equal parts over their validity months. Postpaid calls are accrued to their month.</translation>
    </message>
    <message>
        <source>Packs bought</source>
        <translation>Packs bought</translation>
    </message>
    <message>
        <source>Pack expense</source>
        <translation>Pack expense</translation>
    </message>
    <message>
        <source>Total expense</source>
        <translation>Total expense</translation>
    </message>
    <message>
        <source>Prepaid at month end</source>
        <translation>Prepaid at month end</translation>
    </message>
    <message>
        <source>Expensed in the horizon %1 + still prepaid at the end %2 = the plan&apos;s total %3.</source>
        <translation>Expensed in the horizon %1 + still prepaid at the end %2 = the plan&apos;s total %3.</translation>
    </message>
    <message>
        <source>Packs held at the start (already paid: they cost the plan nothing)</source>
        <translation>Packs held at the start (already paid: they cost the plan nothing)</translation>
    </message>
    <message>
        <source>When each line of packs runs out or expires</source>
        <translation>When each line of packs runs out or expires</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>OCR cost plan: %1</source>
        <translation>OCR cost plan: %1</translation>
    </message>
    <message>
        <source>OCR Cost Planner</source>
        <translation>OCR Cost Planner</translation>
    </message>
    <message>
        <source>%1 · prepared %2 with OCR Cost Planner</source>
        <translation>%1 · prepared %2 with OCR Cost Planner</translation>
    </message>
    <message>
        <source>Prepared on %1. Prices from %2, as read on %3. Amounts in 元 (CNY), rounded to the fen.</source>
        <translation>Prepared on %1. Prices from %2, as read on %3. Amounts in 元 (CNY), rounded to the fen.</translation>
    </message>
    <message>
        <source>Scenarios of the plan</source>
        <translation>Scenarios of the plan</translation>
    </message>
    <message>
        <source>Scenario shown in detail: %1, %2 from %3 to %4.</source>
        <translation>Scenario shown in detail: %1, %2 from %3 to %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Its plan costs %1 against %2 with postpaid billing only: a saving of %3.</source>
        <translation>Its plan costs %1 against %2 with postpaid billing only: a saving of %3.</translation>
    </message>
    <message>
        <source>Postpaid tier selected by: %1. Packs bought: %2.</source>
        <translation>Postpaid tier selected by: %1. Packs bought: %2.</translation>
    </message>
    <message>
        <source>all calls of the month, free and pack-covered ones included</source>
        <translation>all calls of the month, free and pack-covered ones included</translation>
    </message>
    <message>
        <source>the calls billed postpaid only</source>
        <translation>the calls billed postpaid only</translation>
    </message>
    <message>
        <source>in the first month only</source>
        <translation>in the first month only</translation>
    </message>
    <message>
        <source>in any month</source>
        <translation>in any month</translation>
    </message>
    <message>
        <source>Estimate: some calls are above the top published tier, which is priced by sales (联系商务); these figures use %1 and are marked ≈.</source>
        <translation>Estimate: some calls are above the top published tier, which is priced by sales (联系商务); these figures use %1 and are marked ≈.</translation>
    </message>
    <message>
        <source>the negotiated price of %1 元 a call</source>
        <translation>the negotiated price of %1 元 a call</translation>
    </message>
    <message>
        <source>the top tier&apos;s price</source>
        <translation>the top tier&apos;s price</translation>
    </message>
    <message>
        <source>Prices that differ from the catalog (negotiated):</source>
        <translation>Prices that differ from the catalog (negotiated):</translation>
    </message>
    <message>
        <source>Prepared by: ______________________    Reviewed by: ______________________    Approved by: ______________________    Date: ____________</source>
        <translation>Prepared by: ______________________    Reviewed by: ______________________    Approved by: ______________________    Date: ____________</translation>
    </message>
    <message>
        <source>Plan per resource pack — %1</source>
        <translation>Plan per resource pack — %1</translation>
    </message>
    <message>
        <source>Calls, the packs to buy, what they and the remaining postpaid calls cost, and the saving against postpaid billing only.</source>
        <translation>Calls, the packs to buy, what they and the remaining postpaid calls cost, and the saving against postpaid billing only.</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scenarios compared</translation>
    </message>
    <message>
        <source>Differences are against “%1”, the scenario shown in detail.</source>
        <translation>Differences are against “%1”, the scenario shown in detail.</translation>
    </message>
    <message>
        <source>Cost per resource pack and scenario (元)</source>
        <translation>Cost per resource pack and scenario (元)</translation>
    </message>
    <message>
        <source>Charts — %1</source>
        <translation>Charts — %1</translation>
    </message>
    <message>
        <source>Charts — scenarios and cash flow</source>
        <translation>Charts — scenarios and cash flow</translation>
    </message>
    <message>
        <source>Charts — budget years and categories</source>
        <translation>Charts — budget years and categories</translation>
    </message>
    <message>
        <source>One plan for all scenarios, bought in the first month</source>
        <translation>One plan for all scenarios, bought in the first month</translation>
    </message>
    <message>
        <source>Chosen by %1. Buy %2. Weighted average cost %3; largest regret %4 (the most it costs above a scenario&apos;s own cheapest plan).</source>
        <translation>Chosen by %1. Buy %2. Weighted average cost %3; largest regret %4 (the most it costs above a scenario&apos;s own cheapest plan).</translation>
    </message>
    <message>
        <source>the lowest weighted average cost</source>
        <translation>the lowest weighted average cost</translation>
    </message>
    <message>
        <source>the smallest largest regret</source>
        <translation>the smallest largest regret</translation>
    </message>
    <message>
        <source>No plan for all scenarios: %1</source>
        <translation>No plan for all scenarios: %1</translation>
    </message>
    <message>
        <source>Budget against actual — %1</source>
        <translation>Budget against actual — %1</translation>
    </message>
    <message>
        <source>The budget approved on %1 from “%2”; actual months are those that have happened, the others the scenario's forecast.</source>
        <translation>The budget approved on %1 from “%2”; actual months are those that have happened, the others the scenario's forecast.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ocp::PriceOverridesModel</name>
    <message>
        <source>Prepaid pack prices</source>
        <translation>Prepaid pack prices</translation>
    </message>
    <message>
        <source>Postpaid unit prices (per call)</source>
        <translation>Postpaid unit prices (per call)</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 calls</translation>
    </message>
    <message>
        <source>Tier 1: up to %1 calls a month</source>
        <translation>Tier 1: up to %1 calls a month</translation>
    </message>
    <message>
        <source>Tier %1: up to %2 calls a month</source>
        <translation>Tier %1: up to %2 calls a month</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a discounted or negotiated price; leave empty for the list price</source>
        <translation>Type a discounted or negotiated price; leave empty for the list price</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>List price (元)</source>
        <translation>List price (元)</translation>
    </message>
    <message>
        <source>Your price (元)</source>
        <translation>Your price (元)</translation>
    </message>
</context>
<context>
    <name>ocp::PurchasesModel</name>
    <message>
        <source>Select a resource pack first</source>
        <translation>Select a resource pack first</translation>
    </message>
    <message>
        <source>Usable from %1 through %2</source>
        <translation>Usable from %1 through %2</translation>
    </message>
    <message>
        <source>%1 calls (%2)</source>
        <translation>%1 calls (%2)</translation>
    </message>
    <message>
        <source>Not changed: the month must be inside the plan (%1 to %2)</source>
        <translation>Not changed: the month must be inside the plan (%1 to %2)</translation>
    </message>
    <message>
        <source>Not changed: %1 is not sold in a size of %2 calls</source>
        <translation>Not changed: %1 is not sold in a size of %2 calls</translation>
    </message>
    <message>
        <source>Not changed: buy at least one pack (remove the purchase to buy none)</source>
        <translation>Not changed: buy at least one pack (remove the purchase to buy none)</translation>
    </message>
    <message>
        <source>Not changed: “%1” is not valid here</source>
        <translation>Not changed: “%1” is not valid here</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>Size (calls)</source>
        <translation>Size (calls)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Cost (元)</source>
        <translation>Cost (元)</translation>
    </message>
    <message>
        <source>Bought in %1, an actual month: the purchase was made and is locked (Edit → Unlock actual months)</source>
        <translation>Bought in %1, an actual month: the purchase was made and is locked (Edit → Unlock actual months)</translation>
    </message>
    <message>
        <source>Not changed: this purchase was made in %1, an actual month, and is locked (Edit → Unlock actual months)</source>
        <translation>Not changed: this purchase was made in %1, an actual month, and is locked (Edit → Unlock actual months)</translation>
    </message>
</context>
<context>
    <name>ocp::ResultsModel</name>
    <message>
        <source>%1 × %2 in %3</source>
        <translation>%1 × %2 in %3</translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation>postpaid only</translation>
    </message>
    <message>
        <source>below 20% in %1</source>
        <translation>below 20% in %1</translation>
    </message>
    <message>
        <source>used up in %1</source>
        <translation>used up in %1</translation>
    </message>
    <message>
        <source>Total (not calculated)</source>
        <translation>Total (not calculated)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 of the postpaid-only cost</source>
        <translation>%1 of the postpaid-only cost</translation>
    </message>
    <message>
        <source>%1 calls expire inside the plan, %2 are still valid at its end (counted as lost)</source>
        <translation>%1 calls expire inside the plan, %2 are still valid at its end (counted as lost)</translation>
    </message>
    <message>
        <source>Estimate: some calls are above the top tier, which has no published price (联系商务)</source>
        <translation>Estimate: some calls are above the top tier, which has no published price (联系商务)</translation>
    </message>
    <message>
        <source>What the same calls would cost with no packs at all</source>
        <translation>What the same calls would cost with no packs at all</translation>
    </message>
    <message>
        <source>Postpaid-only cost minus the plan&apos;s cost</source>
        <translation>Postpaid-only cost minus the plan&apos;s cost</translation>
    </message>
    <message>
        <source>Paid calls lost at expiry, including those still unused at the end of the plan</source>
        <translation>Paid calls lost at expiry, including those still unused at the end of the plan</translation>
    </message>
    <message>
        <source>Months in which Tencent Cloud would send low-balance notices for the last pack</source>
        <translation>Months in which Tencent Cloud would send low-balance notices for the last pack</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation>Postpaid only (元)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Packs (元)</source>
        <translation>Packs (元)</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>Postpaid (元)</translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation>Plan cost (元)</translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation>Saving (元)</translation>
    </message>
    <message>
        <source>Recommended plan</source>
        <translation>Recommended plan</translation>
    </message>
    <message>
        <source>Recommended cost (元)</source>
        <translation>Recommended cost (元)</translation>
    </message>
    <message>
        <source>Recommended saving (元)</source>
        <translation>Recommended saving (元)</translation>
    </message>
    <message>
        <source>Expiring unused</source>
        <translation>Expiring unused</translation>
    </message>
    <message>
        <source>Low-balance notices</source>
        <translation>Low-balance notices</translation>
    </message>
    <message>
        <source>calculating…</source>
        <translation>calculating…</translation>
    </message>
    <message>
        <source>The recommended plan for these figures is being calculated</source>
        <translation>The recommended plan for these figures is being calculated</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) bought in all</source>
        <translation>
            <numerusform>%n pack bought in all</numerusform>
            <numerusform>%n packs bought in all</numerusform>
        </translation>
    </message>
    <message>
        <source>no packs: all calls billed postpaid</source>
        <translation>no packs: all calls billed postpaid</translation>
    </message>
    <message numerus="yes">
        <source>buy %n pack(s) in all</source>
        <translation>
            <numerusform>buy %n pack in all</numerusform>
            <numerusform>buy %n packs in all</numerusform>
        </translation>
    </message>
    <message>
        <source>buy no packs: postpaid is cheapest</source>
        <translation>buy no packs: postpaid is cheapest</translation>
    </message>
</context>
<context>
    <name>ocp::ResultsPane</name>
    <message>
        <source>Add purchase</source>
        <translation>Add purchase</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cost per resource pack</source>
        <translation>Cost per resource pack</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Ledger: %1</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Purchases: %1</translation>
    </message>
    <message>
        <source>Ledger: all resource packs</source>
        <translation>Ledger: all resource packs</translation>
    </message>
    <message>
        <source>Purchases: all packs</source>
        <translation>Purchases: all packs</translation>
    </message>
    <message>
        <source>Select a resource pack in the table above first</source>
        <translation>Select a resource pack in the table above first</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Replace this pack&apos;s purchases by the selected plan (can be undone)</source>
        <translation>Replace this pack&apos;s purchases by the selected plan (can be undone)</translation>
    </message>
    <message>
        <source>Ranked alternatives</source>
        <translation>Ranked alternatives</translation>
    </message>
    <message>
        <source>All packs: your plan costs %1</source>
        <translation>All packs: your plan costs %1</translation>
    </message>
    <message>
        <source>Your plan for this pack costs %1</source>
        <translation>Your plan for this pack costs %1</translation>
    </message>
    <message>
        <source>cheapest plan: calculating…</source>
        <translation>cheapest plan: calculating…</translation>
    </message>
    <message>
        <source>cheapest plan %1</source>
        <translation>cheapest plan %1</translation>
    </message>
    <message>
        <source>this is the cheapest plan</source>
        <translation>this is the cheapest plan</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>gap %1</translation>
    </message>
    <message>
        <source>Adopted %1 (%2); Undo restores the previous purchases</source>
        <translation>Adopted %1 (%2); Undo restores the previous purchases</translation>
    </message>
    <message>
        <source>&amp;Adopt the recommended plan</source>
        <translation>&amp;Adopt the recommended plan</translation>
    </message>
    <message>
        <source>Buy what the Recommended plan column says, for every pack at once (Undo restores your purchases)</source>
        <translation>Buy what the Recommended plan column says, for every pack at once (Undo restores your purchases)</translation>
    </message>
    <message>
        <source>Adopted the recommended plan for every pack (%1); Undo restores your purchases</source>
        <translation>Adopted the recommended plan for every pack (%1); Undo restores your purchases</translation>
    </message>
    <message>
        <source>When each line of packs runs out or expires</source>
        <translation>When each line of packs runs out or expires</translation>
    </message>
    <message>
        <source>Held packs are used first when they expire first. Calls still unused when a pack expires are lost.</source>
        <translation>Held packs are used first when they expire first. Calls still unused when a pack expires are lost.</translation>
    </message>
    <message>
        <source>Cost per pack</source>
        <translation>Cost per pack</translation>
    </message>
    <message>
        <source>Run-out and expiry</source>
        <translation>Run-out and expiry</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Held packs</source>
        <translation>Held packs</translation>
    </message>
    <message>
        <source>Held packs (%1)</source>
        <translation>Held packs (%1)</translation>
    </message>
</context>
<context>
    <name>ocp::RobustPlanModel</name>
    <message>
        <source>postpaid only</source>
        <translation>postpaid only</translation>
    </message>
    <message>
        <source>One plan for all</source>
        <translation>One plan for all</translation>
    </message>
    <message>
        <source>Optimum of %1</source>
        <translation>Optimum of %1</translation>
    </message>
    <message>
        <source>The cheapest first-month purchases for %1 alone</source>
        <translation>The cheapest first-month purchases for %1 alone</translation>
    </message>
    <message>
        <source>One set of first-month purchases with the lowest weighted average cost over the scenarios</source>
        <translation>One set of first-month purchases with the lowest weighted average cost over the scenarios</translation>
    </message>
    <message>
        <source>One set of first-month purchases whose largest extra cost over any scenario&apos;s own optimum is smallest</source>
        <translation>One set of first-month purchases whose largest extra cost over any scenario&apos;s own optimum is smallest</translation>
    </message>
    <message>
        <source>Under %1 this plan costs %2 元; the cheapest plan for %1 alone costs %3 元 (regret %4 元)</source>
        <translation>Under %1 this plan costs %2 元; the cheapest plan for %1 alone costs %3 元 (regret %4 元)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Bought in the first month</source>
        <translation>Bought in the first month</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <source>Largest regret</source>
        <translation>Largest regret</translation>
    </message>
    <message>
        <source>The plan&apos;s cost under each scenario, weighted by the scenarios&apos; weights</source>
        <translation>The plan&apos;s cost under each scenario, weighted by the scenarios&apos; weights</translation>
    </message>
    <message>
        <source>The most this plan costs above a scenario&apos;s own cheapest plan</source>
        <translation>The most this plan costs above a scenario&apos;s own cheapest plan</translation>
    </message>
    <message>
        <source>Cost under %1 (weight %2), and in brackets the regret: the cost above %1&apos;s own cheapest plan</source>
        <translation>Cost under %1 (weight %2), and in brackets the regret: the cost above %1&apos;s own cheapest plan</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioComparisonModel</name>
    <message>
        <source>The scenario shown in the other views</source>
        <translation>The scenario shown in the other views</translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation>Not calculated: %1</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>not calculated</translation>
    </message>
    <message>
        <source>%1 against %2 in “%3”</source>
        <translation>%1 against %2 in “%3”</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation>Plan cost (元)</translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation>Postpaid only (元)</translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation>Saving (元)</translation>
    </message>
    <message>
        <source>Calls expiring unused</source>
        <translation>Calls expiring unused</translation>
    </message>
    <message>
        <source>Difference to current (元)</source>
        <translation>Difference to current (元)</translation>
    </message>
    <message>
        <source>Recommended plan (元)</source>
        <translation>Recommended plan (元)</translation>
    </message>
    <message>
        <source>Recommended saving (元)</source>
        <translation>Recommended saving (元)</translation>
    </message>
    <message>
        <source>One plan for all (元)</source>
        <translation>One plan for all (元)</translation>
    </message>
    <message>
        <source>Each scenario billed with the same purchases, chosen for all scenarios together</source>
        <translation>Each scenario billed with the same purchases, chosen for all scenarios together</translation>
    </message>
    <message>
        <source>The scenario&apos;s weight in the weighted average cost of the plan for all scenarios; double-click to change it</source>
        <translation>The scenario&apos;s weight in the weighted average cost of the plan for all scenarios; double-click to change it</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioEditor</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>C&amp;lear cells</translation>
    </message>
    <message>
        <source>Fill with a &amp;value…</source>
        <translation>Fill with a &amp;value…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Fill with &amp;growth per month…</source>
        <translation>Fill with &amp;growth per month…</translation>
    </message>
    <message>
        <source>Apply &amp;seasonality…</source>
        <translation>Apply &amp;seasonality…</translation>
    </message>
    <message>
        <source>Monthly calls per interface</source>
        <translation>Monthly calls per interface</translation>
    </message>
    <message>
        <source>Add interfaces by double-clicking or dragging them from the catalog. Paste blocks from a spreadsheet with Ctrl+V.</source>
        <translation>Add interfaces by double-clicking or dragging them from the catalog. Paste blocks from a spreadsheet with Ctrl+V.</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Fill</translation>
    </message>
    <message>
        <source>Copied; paste into a spreadsheet or back into the table</source>
        <translation>Copied; paste into a spreadsheet or back into the table</translation>
    </message>
    <message>
        <source>Fill with a value</source>
        <translation>Fill with a value</translation>
    </message>
    <message>
        <source>Calls per month for every selected cell:</source>
        <translation>Calls per month for every selected cell:</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Nothing changed: %1</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Growth per month</translation>
    </message>
    <message>
        <source>Growth per month in percent (negative for a decline). Each row grows from its first selected month:</source>
        <translation>Growth per month in percent (negative for a decline). Each row grows from its first selected month:</translation>
    </message>
    <message>
        <source>Scale by a percentage</source>
        <translation>Scale by a percentage</translation>
    </message>
    <message>
        <source>Change the selected cells by this percentage (10 = 10% more, -20 = 20% less):</source>
        <translation>Change the selected cells by this percentage (10 = 10% more, -20 = 20% less):</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Remove rows</translation>
    </message>
    <message>
        <source>S&amp;cale by a percentage…</source>
        <translation>S&amp;cale by a percentage…</translation>
    </message>
    <message>
        <source>Re&amp;move interfaces from the plan</source>
        <translation>Re&amp;move interfaces from the plan</translation>
    </message>
    <message>
        <source>Mark months as ac&amp;tual through…</source>
        <translation>Mark months as ac&amp;tual through…</translation>
    </message>
    <message>
        <source>Unloc&amp;k actual months</source>
        <translation>Unloc&amp;k actual months</translation>
    </message>
    <message>
        <source>The months up to the one you choose have happened: their calls and purchases are actual and locked</source>
        <translation>The months up to the one you choose have happened: their calls and purchases are actual and locked</translation>
    </message>
    <message>
        <source>Make every month a forecast again, so it can be edited (can be undone)</source>
        <translation>Make every month a forecast again, so it can be edited (can be undone)</translation>
    </message>
    <message>
        <source>Actual months</source>
        <translation>Actual months</translation>
    </message>
    <message>
        <source>Mark months as actual</source>
        <translation>Mark months as actual</translation>
    </message>
    <message>
        <source>The months from the start through this one have happened:</source>
        <translation>The months from the start through this one have happened:</translation>
    </message>
    <message>
        <source>Nothing changed: “%1” is not a month in the form YYYY-MM</source>
        <translation>Nothing changed: “%1” is not a month in the form YYYY-MM</translation>
    </message>
    <message>
        <source>The months through %1 are actual and locked; Undo or “Unlock actual months” makes them editable again</source>
        <translation>The months through %1 are actual and locked; Undo or “Unlock actual months” makes them editable again</translation>
    </message>
    <message>
        <source>Every month is a forecast again and can be edited</source>
        <translation>Every month is a forecast again and can be edited</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioListModel</name>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1: %2 from %3</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>How much this scenario counts when one plan is chosen for all of them (weighted average cost)</source>
        <translation>How much this scenario counts when one plan is chosen for all of them (weighted average cost)</translation>
    </message>
    <message>
        <source>a weight has at most four decimals in percent</source>
        <translation>a weight has at most four decimals in percent</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioPackComparisonModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>not calculated</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>%1 (元)</source>
        <translation>%1 (元)</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioPane</name>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;New scenario…</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>&amp;Duplicate scenario</translation>
    </message>
    <message>
        <source>Derive by a volume &amp;factor…</source>
        <translation>Derive by a volume &amp;factor…</translation>
    </message>
    <message>
        <source>Derive by monthly &amp;growth…</source>
        <translation>Derive by monthly &amp;growth…</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Rename scenario…</translation>
    </message>
    <message>
        <source>Re&amp;move scenario</source>
        <translation>Re&amp;move scenario</translation>
    </message>
    <message>
        <source>The scenario every view shows</source>
        <translation>The scenario every view shows</translation>
    </message>
    <message>
        <source>Add an empty scenario over the same months</source>
        <translation>Add an empty scenario over the same months</translation>
    </message>
    <message>
        <source>Copy the current scenario with its purchases</source>
        <translation>Copy the current scenario with its purchases</translation>
    </message>
    <message>
        <source>A new scenario with the current one&apos;s volumes times a factor</source>
        <translation>A new scenario with the current one&apos;s volumes times a factor</translation>
    </message>
    <message>
        <source>A new scenario whose volumes grow by a rate each month</source>
        <translation>A new scenario whose volumes grow by a rate each month</translation>
    </message>
    <message>
        <source>Remove the current scenario (a plan keeps at least one)</source>
        <translation>Remove the current scenario (a plan keeps at least one)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>Derive a scenario by a volume factor</source>
        <translation>Derive a scenario by a volume factor</translation>
    </message>
    <message>
        <source>Derive a scenario by monthly growth</source>
        <translation>Derive a scenario by monthly growth</translation>
    </message>
    <message>
        <source>made from “%1”</source>
        <translation>made from “%1”</translation>
    </message>
    <message>
        <source>Base scenario:</source>
        <translation>Base scenario:</translation>
    </message>
    <message>
        <source>Volume (100 % = unchanged):</source>
        <translation>Volume (100 % = unchanged):</translation>
    </message>
    <message>
        <source>Growth per month:</source>
        <translation>Growth per month:</translation>
    </message>
    <message>
        <source>the plan&apos;s name, for reports</source>
        <translation>the plan&apos;s name, for reports</translation>
    </message>
    <message>
        <source>Lowest weighted average cost</source>
        <translation>Lowest weighted average cost</translation>
    </message>
    <message>
        <source>Smallest largest regret</source>
        <translation>Smallest largest regret</translation>
    </message>
    <message>
        <source>How one set of purchases is chosen for all scenarios: the lowest cost weighted by the scenarios&apos; weights, or the smallest extra cost over any scenario&apos;s own best plan</source>
        <translation>How one set of purchases is chosen for all scenarios: the lowest cost weighted by the scenarios&apos; weights, or the smallest extra cost over any scenario&apos;s own best plan</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>One plan for all:</source>
        <translation>One plan for all:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Derive by a factor…</source>
        <translation>Derive by a factor…</translation>
    </message>
    <message>
        <source>Derive by growth…</source>
        <translation>Derive by growth…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioSettingsModel</name>
    <message>
        <source>First month only (yearly budget)</source>
        <translation>First month only (yearly budget)</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Any month</translation>
    </message>
    <message>
        <source>All calls of the month (default)</source>
        <translation>All calls of the month (default)</translation>
    </message>
    <message>
        <source>Postpaid calls only (conservative)</source>
        <translation>Postpaid calls only (conservative)</translation>
    </message>
    <message>
        <source>When the optimizer may buy packs: only in the first month, or in any month of the plan</source>
        <translation>When the optimizer may buy packs: only in the first month, or in any month of the plan</translation>
    </message>
    <message>
        <source>Which monthly volume selects the postpaid tier; the price list is ambiguous here</source>
        <translation>Which monthly volume selects the postpaid tier; the price list is ambiguous here</translation>
    </message>
    <message>
        <source>Unit price for calls above 1,000,000 a month (联系商务: ask sales). Empty uses the top tier&apos;s price, and such figures are flagged as estimates.</source>
        <translation>Unit price for calls above 1,000,000 a month (联系商务: ask sales). Empty uses the top tier&apos;s price, and such figures are flagged as estimates.</translation>
    </message>
    <message>
        <source>top tier price (estimate)</source>
        <translation>top tier price (estimate)</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>“%1” is not a month (YYYY-MM)</translation>
    </message>
    <message>
        <source>“%1” is not a number of months</source>
        <translation>“%1” is not a number of months</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Start month</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>Horizon (months)</translation>
    </message>
    <message>
        <source>Purchase policy</source>
        <translation>Purchase policy</translation>
    </message>
    <message>
        <source>Tier basis</source>
        <translation>Tier basis</translation>
    </message>
    <message>
        <source>Price above 1,000,000 calls</source>
        <translation>Price above 1,000,000 calls</translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioTableModel</name>
    <message>
        <source>%1 of the calls are billed (billable share)</source>
        <translation>%1 of the calls are billed (billable share)</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Not changed: “%1” is not a number of calls</source>
        <translation>Not changed: “%1” is not a number of calls</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (%2), resource pack %3</source>
        <translation>%1 (%2), resource pack %3</translation>
    </message>
    <message>
        <source>Nothing pasted: the clipboard holds no numbers</source>
        <translation>Nothing pasted: the clipboard holds no numbers</translation>
    </message>
    <message>
        <source>Nothing pasted: select a cell of an interface&apos;s month first</source>
        <translation>Nothing pasted: select a cell of an interface&apos;s month first</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Nothing pasted: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Paste into %n cell</numerusform>
            <numerusform>Paste into %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 into %n cell(s)</source>
        <translation>
            <numerusform>Pasted %1 into %n cell</numerusform>
            <numerusform>Pasted %1 into %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: row %1, column %2 of the clipboard: %3</source>
        <translation>Nothing pasted: row %1, column %2 of the clipboard: %3</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s)</source>
        <translation>
            <numerusform>Pasted %n cell</numerusform>
            <numerusform>Pasted %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n value(s) beyond the last interface or month were not pasted</source>
        <translation>
            <numerusform>; %n value beyond the last interface or month was not pasted</numerusform>
            <numerusform>; %n values beyond the last interface or month were not pasted</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells of interfaces and months to fill first</source>
        <translation>Select the cells of interfaces and months to fill first</translation>
    </message>
    <message>
        <source>Nothing changed: %1 in %2 would leave the range of 0 to %3 calls</source>
        <translation>Nothing changed: %1 in %2 would leave the range of 0 to %3 calls</translation>
    </message>
    <message numerus="yes">
        <source>Fill %n cell(s) with %1</source>
        <translation>
            <numerusform>Fill %n cell with %1</numerusform>
            <numerusform>Fill %n cells with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grow %n cell(s) by %1 per month</source>
        <translation>
            <numerusform>Grow %n cell by %1 per month</numerusform>
            <numerusform>Grow %n cells by %1 per month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale %n cell(s) by %1</source>
        <translation>
            <numerusform>Scale %n cell by %1</numerusform>
            <numerusform>Scale %n cells by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the seasonality profile to %n cell(s)</source>
        <translation>
            <numerusform>Apply the seasonality profile to %n cell</numerusform>
            <numerusform>Apply the seasonality profile to %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 times the largest other month of this interface (%2 calls): a typo?</source>
        <translation>More than %1 times the largest other month of this interface (%2 calls): a typo?</translation>
    </message>
    <message>
        <source>%1 calls in %2 is more than %3 times any other month of this interface: a typo? Undo (Ctrl+Z) takes it back</source>
        <translation>%1 calls in %2 is more than %3 times any other month of this interface: a typo? Undo (Ctrl+Z) takes it back</translation>
    </message>
    <message>
        <source>Actual calls of %1: the month has happened and is locked (Edit → Unlock actual months)</source>
        <translation>Actual calls of %1: the month has happened and is locked (Edit → Unlock actual months)</translation>
    </message>
    <message>
        <source>Not changed: %1 is an actual month and is locked (Edit → Unlock actual months)</source>
        <translation>Not changed: %1 is an actual month and is locked (Edit → Unlock actual months)</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>an actual month in the volume table&apos;s header</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1: actual month, the calls that happened (locked)</source>
        <translation>%1: actual month, the calls that happened (locked)</translation>
    </message>
    <message>
        <source>Nothing changed: the months through %1 are actual and locked (Edit → Unlock actual months)</source>
        <translation>Nothing changed: the months through %1 are actual and locked (Edit → Unlock actual months)</translation>
    </message>
    <message numerus="yes">
        <source>; %n cell(s) in actual months were left as they are</source>
        <translation>
            <numerusform>; %n cell in actual months was left as it is</numerusform>
            <numerusform>; %n cells in actual months were left as they are</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocp::SeasonalityDialog</name>
    <message>
        <source>Seasonality profile</source>
        <translation>Seasonality profile</translation>
    </message>
    <message>
        <source>Each selected cell is multiplied by the factor of its calendar month (1 keeps it, 1.2 is 20% more, 0.8 is 20% less).</source>
        <translation>Each selected cell is multiplied by the factor of its calendar month (1 keeps it, 1.2 is 20% more, 0.8 is 20% less).</translation>
    </message>
    <message>
        <source>All 1</source>
        <translation>All 1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a factor cannot be negative</source>
        <translation>a factor cannot be negative</translation>
    </message>
</context>
<context>
    <name>ocp::SensitivityModel</name>
    <message>
        <source>not calculated</source>
        <translation>not calculated</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation>Plan cost (元)</translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation>Postpaid only (元)</translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation>Saving (元)</translation>
    </message>
    <message>
        <source>Re-optimised (元)</source>
        <translation>Re-optimised (元)</translation>
    </message>
</context>
<context>
    <name>ocp::SensitivityPane</name>
    <message>
        <source>The re-optimised line was cancelled: it is not drawn for the current plan.</source>
        <translation>The re-optimised line was cancelled: it is not drawn for the current plan.</translation>
    </message>
    <message>
        <source>Scale every monthly volume of the current scenario; the plan itself is not changed</source>
        <translation>Scale every monthly volume of the current scenario; the plan itself is not changed</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>As planned</translation>
    </message>
    <message>
        <source>Back to the scenario&apos;s own volumes</source>
        <translation>Back to the scenario&apos;s own volumes</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation>Postpaid only</translation>
    </message>
    <message>
        <source>Re-optimised</source>
        <translation>Re-optimised</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Slider</translation>
    </message>
    <message>
        <source>Total cost by volume</source>
        <translation>Total cost by volume</translation>
    </message>
    <message>
        <source>Volume (% of the scenario)</source>
        <translation>Volume (% of the scenario)</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>Cost by volume</source>
        <translation>Cost by volume</translation>
    </message>
    <message>
        <source>At this volume</source>
        <translation>At this volume</translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation>Not calculated: %1</translation>
    </message>
    <message>
        <source>At %1 of the volumes of “%2”: plan cost &lt;b&gt;%3&lt;/b&gt; (%4 against the plan) · Postpaid only %5 · Saving &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>At %1 of the volumes of “%2”: plan cost &lt;b&gt;%3&lt;/b&gt; (%4 against the plan) · Postpaid only %5 · Saving &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ocp::SettingsPane</name>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>top tier price (estimate)</source>
        <translation>top tier price (estimate)</translation>
    </message>
    <message>
        <source>Price above 1,000,000 (元/call)</source>
        <translation>Price above 1,000,000 (元/call)</translation>
    </message>
    <message>
        <source>Find a pack or postpaid group</source>
        <translation>Find a pack or postpaid group</translation>
    </message>
    <message>
        <source>Discounted or negotiated prices replace the list prices in this plan; clear a cell to go back to the list price.</source>
        <translation>Discounted or negotiated prices replace the list prices in this plan; clear a cell to go back to the list price.</translation>
    </message>
    <message>
        <source>Only successfully recognised images are billed by some interfaces: enter the expected success rate.</source>
        <translation>Only successfully recognised images are billed by some interfaces: enter the expected success rate.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Billable share</source>
        <translation>Billable share</translation>
    </message>
</context>
<context>
    <name>ocp::UsageImport</name>
    <message>
        <source>the calls cell is empty</source>
        <translation>the calls cell is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of calls</source>
        <translation>&quot;%1&quot; is not a whole number of calls</translation>
    </message>
    <message>
        <source>%1 calls is negative</source>
        <translation>%1 calls is negative</translation>
    </message>
    <message>
        <source>%1 calls is more than %2</source>
        <translation>%1 calls is more than %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; choose GBK if it came from a Chinese Excel</source>
        <translation>the file is not valid UTF-8; choose GBK if it came from a Chinese Excel</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot decode GBK; save it as UTF-8</source>
        <translation>the file is not UTF-8, and this system cannot decode GBK; save it as UTF-8</translation>
    </message>
    <message>
        <source>the file is neither valid UTF-8 nor valid GBK text</source>
        <translation>the file is neither valid UTF-8 nor valid GBK text</translation>
    </message>
    <message>
        <source>the usage file has no rows</source>
        <translation>the usage file has no rows</translation>
    </message>
    <message>
        <source>date or month (日期/月份)</source>
        <translation>date or month (日期/月份)</translation>
    </message>
    <message>
        <source>interface (接口名称)</source>
        <translation>interface (接口名称)</translation>
    </message>
    <message>
        <source>calls (调用量)</source>
        <translation>calls (调用量)</translation>
    </message>
    <message>
        <source>line 1: the header has no column for %1</source>
        <translation>line 1: the header has no column for %1</translation>
    </message>
    <message>
        <source>line 1: expected the columns date, interface and calls</source>
        <translation>line 1: expected the columns date, interface and calls</translation>
    </message>
    <message>
        <source>has %1 columns, expected at least %2</source>
        <translation>has %1 columns, expected at least %2</translation>
    </message>
    <message>
        <source>a total line</source>
        <translation>a total line</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or month</source>
        <translation>&quot;%1&quot; is not a date or month</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface of the catalog</source>
        <translation>&quot;%1&quot; is not an interface of the catalog</translation>
    </message>
    <message>
        <source>the month&apos;s total would exceed %1 calls</source>
        <translation>the month&apos;s total would exceed %1 calls</translation>
    </message>
    <message>
        <source>%1 %2: outside the scenario (%3 to %4)</source>
        <translation>%1 %2: outside the scenario (%3 to %4)</translation>
    </message>
    <message>
        <source>the cost centre cell is empty</source>
        <translation>the cost centre cell is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the line for calls without a cost centre</source>
        <translation>&quot;%1&quot; is the name of the line for calls without a cost centre</translation>
    </message>
    <message>
        <source>the cost centre&apos;s name is longer than 200 characters</source>
        <translation>the cost centre&apos;s name is longer than 200 characters</translation>
    </message>
</context>
<context>
    <name>ocp::UsageImportDialog</name>
    <message>
        <source>Start a &amp;new scenario that continues this history</source>
        <translation>Start a &amp;new scenario that continues this history</translation>
    </message>
    <message>
        <source>Import usage — %1</source>
        <translation>Import usage — %1</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation>GBK (Chinese Excel)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Use the calls to</source>
        <translation>Use the calls to</translation>
    </message>
    <message>
        <source>Projected from %1</source>
        <translation>Projected from %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon:</translation>
    </message>
    <message>
        <source>Compounded each month; negative for a decline</source>
        <translation>Compounded each month; negative for a decline</translation>
    </message>
    <message>
        <source>Growth per month:</source>
        <translation>Growth per month:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) as %1: </source>
        <translation>
            <numerusform>Read %n row as %1: </numerusform>
            <numerusform>Read %n rows as %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n used, </source>
        <translation>
            <numerusform>%n used, </numerusform>
            <numerusform>%n used, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation>
            <numerusform>%n not used.</numerusform>
            <numerusform>%n not used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s), %1 to %2.</source>
        <translation>
            <numerusform>%n interface, %1 to %2.</numerusform>
            <numerusform>%n interfaces, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily rows are summed into months.</source>
        <translation>Daily rows are summed into months.</translation>
    </message>
    <message>
        <source>No row could be used; see the reasons below.</source>
        <translation>No row could be used; see the reasons below.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Rows not used: %1</source>
        <translation>Rows not used: %1</translation>
    </message>
    <message>
        <source>&amp;Set the months of the scenario “%1” (%2 to %3); other months stay as they are</source>
        <translation>&amp;Set the months of the scenario “%1” (%2 to %3); other months stay as they are</translation>
    </message>
    <message numerus="yes">
        <source>%n interface-month(s) will be set.</source>
        <translation>
            <numerusform>%n interface-month will be set.</numerusform>
            <numerusform>%n interface-months will be set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface-month(s) lie outside the scenario and are not used.</source>
        <translation>
            <numerusform>%n interface-month lies outside the scenario and are not used.</numerusform>
            <numerusform>%n interface-months lie outside the scenario and are not used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts in %1. Each interface starts from the average of its last three months, then grows %2 a month; settings and prices are those of “%3”, without purchases.</source>
        <translation>Starts in %1. Each interface starts from the average of its last three months, then grows %2 a month; settings and prices are those of “%3”, without purchases.</translation>
    </message>
    <message>
        <source>No month of the file lies inside the scenario; start a new scenario instead</source>
        <translation>No month of the file lies inside the scenario; start a new scenario instead</translation>
    </message>
    <message>
        <source>Import usage from %1</source>
        <translation>Import usage from %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n interface-month(s) from %1</source>
        <translation>
            <numerusform>Imported %n interface-month from %1</numerusform>
            <numerusform>Imported %n interface-months from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a scenario from the usage in %1</source>
        <translation>Start a scenario from the usage in %1</translation>
    </message>
    <message>
        <source>New scenario “%1” from the usage in %2</source>
        <translation>New scenario “%1” from the usage in %2</translation>
    </message>
    <message>
        <source>The months %1 to %2 become actual months: their calls are locked against edits.</source>
        <translation>The months %1 to %2 become actual months: their calls are locked against edits.</translation>
    </message>
    <message>
        <source>%1 is not complete in the file and stays a forecast.</source>
        <translation>%1 is not complete in the file and stays a forecast.</translation>
    </message>
</context>
<context>
    <name>ocp::UsagePreviewModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 becomes an actual month: its calls are locked after the import</source>
        <translation>%1 becomes an actual month: its calls are locked after the import</translation>
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
        <translation>Held</translation>
    </message>
    <message>
        <source>Bought %1</source>
        <translation>Bought %1</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 calls</translation>
    </message>
    <message>
        <source>%1 calls × %2</source>
        <translation>%1 calls × %2</translation>
    </message>
    <message>
        <source>Held at the start, bought before the plan: %1 left</source>
        <translation>Held at the start, bought before the plan: %1 left</translation>
    </message>
    <message>
        <source>Calls left at the start</source>
        <translation>Calls left at the start</translation>
    </message>
    <message>
        <source>Calls bought</source>
        <translation>Calls bought</translation>
    </message>
    <message>
        <source>The balance lasts beyond its use in the plan</source>
        <translation>The balance lasts beyond its use in the plan</translation>
    </message>
    <message>
        <source>The last month the balance can be used</source>
        <translation>The last month the balance can be used</translation>
    </message>
    <message>
        <source>%1 calls expire unused at the end of %2</source>
        <translation>%1 calls expire unused at the end of %2</translation>
    </message>
    <message>
        <source>%1 calls are still unused when the plan ends; usable through %2</source>
        <translation>%1 calls are still unused when the plan ends; usable through %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Held at the start, or bought in the plan</source>
        <translation>Held at the start, or bought in the plan</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Calls bought, or left at the start on the packs held</source>
        <translation>Calls bought, or left at the start on the packs held</translation>
    </message>
    <message>
        <source>Runs out in</source>
        <translation>Runs out in</translation>
    </message>
    <message>
        <source>The month the last call of these packs is used</source>
        <translation>The month the last call of these packs is used</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>The last month the packs can be used</source>
        <translation>The last month the packs can be used</translation>
    </message>
    <message>
        <source>Expiring unused</source>
        <translation>Expiring unused</translation>
    </message>
    <message>
        <source>Calls lost when the packs expire inside the plan</source>
        <translation>Calls lost when the packs expire inside the plan</translation>
    </message>
    <message>
        <source>Unused at end</source>
        <translation>Unused at end</translation>
    </message>
    <message>
        <source>Calls still valid when the plan ends</source>
        <translation>Calls still valid when the plan ends</translation>
    </message>
</context>
<context>
    <name>ocp::PackInventoryModel</name>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Calls of one pack when it was bought (规格)</source>
        <translation>Calls of one pack when it was bought (规格)</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Calls left on each pack (剩余量)</source>
        <translation>Calls left on each pack (剩余量)</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Packs alike in size, remaining calls and expiry, held together</source>
        <translation>Packs alike in size, remaining calls and expiry, held together</translation>
    </message>
    <message>
        <source>Calls left</source>
        <translation>Calls left</translation>
    </message>
    <message>
        <source>Remaining × packs</source>
        <translation>Remaining × packs</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>The last month the packs can be used (到期时间)</source>
        <translation>The last month the packs can be used (到期时间)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>The lines of the list these packs come from</source>
        <translation>The lines of the list these packs come from</translation>
    </message>
</context>
<context>
    <name>ocp::PackInventoryImport</name>
    <message>
        <source>the pack list has no rows</source>
        <translation>the pack list has no rows</translation>
    </message>
    <message>
        <source>pack name (资源包名称)</source>
        <translation>pack name (资源包名称)</translation>
    </message>
    <message>
        <source>size (规格)</source>
        <translation>size (规格)</translation>
    </message>
    <message>
        <source>remaining (剩余量)</source>
        <translation>remaining (剩余量)</translation>
    </message>
    <message>
        <source>expires (到期时间)</source>
        <translation>expires (到期时间)</translation>
    </message>
    <message>
        <source>line %1: the header has no column for %2</source>
        <translation>line %1: the header has no column for %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation>the status is empty</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: the pack can no longer be used</source>
        <translation>status &quot;%1&quot;: the pack can no longer be used</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one resource pack of the catalog</source>
        <translation>&quot;%1&quot; matches more than one resource pack of the catalog</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource pack of the catalog</source>
        <translation>&quot;%1&quot; is not a resource pack of the catalog</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of calls</source>
        <translation>&quot;%1&quot; is not a number of calls</translation>
    </message>
    <message>
        <source>%1 is not sold with %2 calls; its sizes are %3</source>
        <translation>%1 is not sold with %2 calls; its sizes are %3</translation>
    </message>
    <message>
        <source>%1 calls left, more than the pack&apos;s %2</source>
        <translation>%1 calls left, more than the pack&apos;s %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2027-06-30 or 2027-06)</source>
        <translation>&quot;%1&quot; is not a date (2027-06-30 or 2027-06)</translation>
    </message>
    <message>
        <source>no calls left</source>
        <translation>no calls left</translation>
    </message>
    <message>
        <source>%1 is before the plan starts (%2)</source>
        <translation>%1 is before the plan starts (%2)</translation>
    </message>
    <message>
        <source>%1 is too late: a pack bought before %2 is usable at most through %3</source>
        <translation>%1 is too late: a pack bought before %2 is usable at most through %3</translation>
    </message>
</context>
<context>
    <name>ocp::PackInventoryImportDialog</name>
    <message>
        <source>Import pack inventory</source>
        <translation>Import pack inventory</translation>
    </message>
    <message>
        <source>Paste the resource-pack list copied from the console (资源包管理), or open it saved as CSV. Columns: pack name, size, remaining, expiry and status, with Chinese or English headers.</source>
        <translation>Paste the resource-pack list copied from the console (资源包管理), or open it saved as CSV. Columns: pack name, size, remaining, expiry and status, with Chinese or English headers.</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>&amp;Open CSV file…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation>GBK (Chinese Excel)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Holdings of the scenario</source>
        <translation>Holdings of the scenario</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Open the resource-pack list</source>
        <translation>Open the resource-pack list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>pack list</source>
        <translation>pack list</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Nothing read yet.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s): </source>
        <translation>
            <numerusform>Read %n row: </numerusform>
            <numerusform>Read %n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable, </source>
        <translation>
            <numerusform>%n usable, </numerusform>
            <numerusform>%n usable, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n skipped, </numerusform>
            <numerusform>%n skipped, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n with errors.</numerusform>
            <numerusform>%n with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) to import.</source>
        <translation>
            <numerusform>%n holding to import.</numerusform>
            <numerusform>%n holdings to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation>Skipped (%1): %2</translation>
    </message>
    <message>
        <source>Rows not used: %1</source>
        <translation>Rows not used: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add to the %n holding(s) of “%1”</source>
        <translation>
            <numerusform>&amp;Add to the %n holding of “%1”</numerusform>
            <numerusform>&amp;Add to the %n holdings of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the %n holding(s) of “%1”</source>
        <translation>
            <numerusform>&amp;Replace the %n holding of “%1”</numerusform>
            <numerusform>&amp;Replace the %n holdings of “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>holdings: %1 packs would be held; at most %2 are allowed</source>
        <translation>holdings: %1 packs would be held; at most %2 are allowed</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holding(s) of resource packs</source>
        <translation>
            <numerusform>Imported %n holding of resource packs</numerusform>
            <numerusform>Imported %n holdings of resource packs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocp::BudgetVariancePane</name>
    <message>
        <source>&amp;Approve as budget…</source>
        <translation>&amp;Approve as budget…</translation>
    </message>
    <message>
        <source>Freeze the current scenario and what it costs today as the approved budget</source>
        <translation>Freeze the current scenario and what it costs today as the approved budget</translation>
    </message>
    <message>
        <source>No approved budget yet. Approving the current scenario as the budget keeps its volumes, purchases and costs as they are today; as the year goes on, this tab compares the actual months and the forecast of the rest with it, month by month and pack by pack.</source>
        <translation>No approved budget yet. Approving the current scenario as the budget keeps its volumes, purchases and costs as they are today; as the year goes on, this tab compares the actual months and the forecast of the rest with it, month by month and pack by pack.</translation>
    </message>
    <message>
        <source>Approve the current scenario as budget</source>
        <translation>Approve the current scenario as budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual + forecast</source>
        <translation>Actual + forecast</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>Cumulative cost</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <source>Replace the approved budget?</source>
        <translation>Replace the approved budget?</translation>
    </message>
    <message>
        <source>The plan already has a budget, approved on %1 from the scenario “%2”. Replace it with the current scenario “%3” as it costs today? (Undo brings the old budget back.)</source>
        <translation>The plan already has a budget, approved on %1 from the scenario “%2”. Replace it with the current scenario “%3” as it costs today? (Undo brings the old budget back.)</translation>
    </message>
    <message>
        <source>Cannot approve the budget</source>
        <translation>Cannot approve the budget</translation>
    </message>
    <message>
        <source>The budget cannot be compared: %1</source>
        <translation>The budget cannot be compared: %1</translation>
    </message>
    <message>
        <source>Budget approved on %1 from “%2”, against “%3”; %4.</source>
        <translation>Budget approved on %1 from “%2”, against “%3”; %4.</translation>
    </message>
    <message>
        <source>actual through %1</source>
        <translation>actual through %1</translation>
    </message>
    <message>
        <source>no actual months yet</source>
        <translation>no actual months yet</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>All packs</translation>
    </message>
    <message>
        <source>Year-end projection: %1 (actual %2 + forecast %3) against the budget of %4: %5%6.</source>
        <translation>Year-end projection: %1 (actual %2 + forecast %3) against the budget of %4: %5%6.</translation>
    </message>
    <message>
        <source>Where it comes from: prices changed since approval %1 · packs bought %2 · calls expiring unused %3 · call volume %4 · calls served by free quota and packs %5 · postpaid tier price %6.</source>
        <translation>Where it comes from: prices changed since approval %1 · packs bought %2 · calls expiring unused %3 · call volume %4 · calls served by free quota and packs %5 · postpaid tier price %6.</translation>
    </message>
    <message>
        <source>The variance cannot be split: the budget scenario cannot be priced with this catalog (%1).</source>
        <translation>The variance cannot be split: the budget scenario cannot be priced with this catalog (%1).</translation>
    </message>
</context>
<context>
    <name>ocp::VarianceModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>This month has happened: its calls and purchases are actual</source>
        <translation>This month has happened: its calls and purchases are actual</translation>
    </message>
    <message>
        <source>This month is still a forecast</source>
        <translation>This month is still a forecast</translation>
    </message>
    <message>
        <source>Below the budget</source>
        <translation>Below the budget</translation>
    </message>
    <message>
        <source>Over the budget, or on it</source>
        <translation>Over the budget, or on it</translation>
    </message>
    <message>
        <source>No budget in this month</source>
        <translation>No budget in this month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget (元)</source>
        <translation>Budget (元)</translation>
    </message>
    <message>
        <source>Actual (元)</source>
        <translation>Actual (元)</translation>
    </message>
    <message>
        <source>Forecast (元)</source>
        <translation>Forecast (元)</translation>
    </message>
    <message>
        <source>Variance (元)</source>
        <translation>Variance (元)</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Variance %</translation>
    </message>
    <message>
        <source>The cost of a month that has happened: packs bought in it plus its postpaid bill</source>
        <translation>The cost of a month that has happened: packs bought in it plus its postpaid bill</translation>
    </message>
    <message>
        <source>The scenario's cost of a month still to come, with its purchases as the plan</source>
        <translation>The scenario's cost of a month still to come, with its purchases as the plan</translation>
    </message>
    <message>
        <source>Actual or forecast minus the budget</source>
        <translation>Actual or forecast minus the budget</translation>
    </message>
</context>
<context>
    <name>ocp::HoldingsModel</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>Choose a resource pack first</source>
        <translation>Choose a resource pack first</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>Calls these packs serve within the plan</source>
        <translation>Calls these packs serve within the plan</translation>
    </message>
    <message>
        <source>Calls lost when these packs expire inside the plan</source>
        <translation>Calls lost when these packs expire inside the plan</translation>
    </message>
    <message>
        <source>Calls still usable on these packs when the plan ends</source>
        <translation>Calls still usable on these packs when the plan ends</translation>
    </message>
    <message>
        <source>Calls left on each pack when the plan starts, at most its size</source>
        <translation>Calls left on each pack when the plan starts, at most its size</translation>
    </message>
    <message>
        <source>The last month the balance can be used</source>
        <translation>The last month the balance can be used</translation>
    </message>
    <message>
        <source>“%1” is not a resource pack of the catalog</source>
        <translation>“%1” is not a resource pack of the catalog</translation>
    </message>
    <message>
        <source>“%1” is not a month in the form YYYY-MM</source>
        <translation>“%1” is not a month in the form YYYY-MM</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation>Resource pack</translation>
    </message>
    <message>
        <source>The calls of one pack when it was new</source>
        <translation>The calls of one pack when it was new</translation>
    </message>
    <message>
        <source>Left per pack</source>
        <translation>Left per pack</translation>
    </message>
    <message>
        <source>Calls left on each pack when the plan starts</source>
        <translation>Calls left on each pack when the plan starts</translation>
    </message>
    <message>
        <source>Usable through</source>
        <translation>Usable through</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>How many such packs the account holds</source>
        <translation>How many such packs the account holds</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>At start</translation>
    </message>
    <message>
        <source>Calls held when the plan starts: left per pack × count</source>
        <translation>Calls held when the plan starts: left per pack × count</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Calls these packs serve within the plan (from the results)</source>
        <translation>Calls these packs serve within the plan (from the results)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Calls lost when these packs expire inside the plan (from the results)</source>
        <translation>Calls lost when these packs expire inside the plan (from the results)</translation>
    </message>
    <message>
        <source>Left at end</source>
        <translation>Left at end</translation>
    </message>
    <message>
        <source>Calls still usable when the plan ends (from the results)</source>
        <translation>Calls still usable when the plan ends (from the results)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>ocp::HoldingsPane</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add holding</source>
        <translation>Add holding</translation>
    </message>
    <message>
        <source>A pack the account already holds when the plan starts</source>
        <translation>A pack the account already holds when the plan starts</translation>
    </message>
    <message>
        <source>Packs held at the start</source>
        <translation>Packs held at the start</translation>
    </message>
    <message>
        <source>Added a held pack: enter the calls left and the last usable month</source>
        <translation>Added a held pack: enter the calls left and the last usable month</translation>
    </message>
    <message>
        <source>Packs bought before %1 that still have calls: they are used first when they expire first, and cost this plan nothing.</source>
        <translation>Packs bought before %1 that still have calls: they are used first when they expire first, and cost this plan nothing.</translation>
    </message>
    <message>
        <source>%1 calls held at the start, already paid for.</source>
        <translation>%1 calls held at the start, already paid for.</translation>
    </message>
</context>
<context>
    <name>ocp::PlanResults</name>
    <message>
        <source>there is no scenario %1</source>
        <translation>there is no scenario %1</translation>
    </message>
    <message>
        <source>The plan could not be calculated: %1</source>
        <translation>The plan could not be calculated: %1</translation>
    </message>
</context>
<context>
    <name>ocp::CostCentresModel</name>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>varies</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Not changed: a share must be 0% to 100% with at most four decimals</source>
        <translation>Not changed: a share must be 0% to 100% with at most four decimals</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>The department or project that uses the calls; edit to rename it everywhere</source>
        <translation>The department or project that uses the calls; edit to rename it everywhere</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Split by</translation>
    </message>
    <message>
        <source>Share: a percentage of the interface&apos;s calls; Calls: calls per month</source>
        <translation>Share: a percentage of the interface&apos;s calls; Calls: calls per month</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>A share for every month (type it here), or a centre&apos;s calls over the plan</source>
        <translation>A share for every month (type it here), or a centre&apos;s calls over the plan</translation>
    </message>
</context>
<context>
    <name>ocp::CostCentresPane</name>
    <message>
        <source>Add centre…</source>
        <translation>Add centre…</translation>
    </message>
    <message>
        <source>Split evenly…</source>
        <translation>Split evenly…</translation>
    </message>
    <message>
        <source>Calls per centre</source>
        <translation>Calls per centre</translation>
    </message>
    <message>
        <source>Remove centre</source>
        <translation>Remove centre</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Unallocated</translation>
    </message>
    <message>
        <source>The interface the buttons below act on</source>
        <translation>The interface the buttons below act on</translation>
    </message>
    <message>
        <source>A department or project that uses this interface&apos;s calls</source>
        <translation>A department or project that uses this interface&apos;s calls</translation>
    </message>
    <message>
        <source>Share this interface&apos;s calls equally between cost centres</source>
        <translation>Share this interface&apos;s calls equally between cost centres</translation>
    </message>
    <message>
        <source>Enter calls per month for each centre (their sum is the interface&apos;s volume) instead of shares</source>
        <translation>Enter calls per month for each centre (their sum is the interface&apos;s volume) instead of shares</translation>
    </message>
    <message>
        <source>Remove the selected cost centre from every interface; its part goes to the others</source>
        <translation>Remove the selected cost centre from every interface; its part goes to the others</translation>
    </message>
    <message>
        <source>Remove this interface&apos;s split: its calls go to the Unallocated line</source>
        <translation>Remove this interface&apos;s split: its calls go to the Unallocated line</translation>
    </message>
    <message>
        <source>Cost centres</source>
        <translation>Cost centres</translation>
    </message>
    <message>
        <source>No interface is split: every call goes to the Unallocated line. Choose an interface and add the departments or projects that use it.</source>
        <translation>No interface is split: every call goes to the Unallocated line. Choose an interface and add the departments or projects that use it.</translation>
    </message>
    <message numerus="yes">
        <source>%n cost centre(s): %1. Interfaces without a split go to the Unallocated line.</source>
        <translation>
            <numerusform>%n cost centre: %1. Interfaces without a split go to the Unallocated line.</numerusform>
            <numerusform>%n cost centres: %1. Interfaces without a split go to the Unallocated line.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Add a cost centre</source>
        <translation>Add a cost centre</translation>
    </message>
    <message>
        <source>Department or project that uses %1:</source>
        <translation>Department or project that uses %1:</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Split evenly</translation>
    </message>
    <message>
        <source>Cost centres that share %1 equally, separated by commas:</source>
        <translation>Cost centres that share %1 equally, separated by commas:</translation>
    </message>
</context>
<context>
    <name>ocp::AccountingSettingsDialog</name>
    <message>
        <source>Accounting settings</source>
        <translation>Accounting settings</translation>
    </message>
    <message>
        <source>By usage; unused balance expensed at expiry</source>
        <translation>By usage; unused balance expensed at expiry</translation>
    </message>
    <message>
        <source>Straight line over the pack&apos;s validity</source>
        <translation>Straight line over the pack&apos;s validity</translation>
    </message>
    <message>
        <source>The centres that used the pack, in proportion</source>
        <translation>The centres that used the pack, in proportion</translation>
    </message>
    <message>
        <source>The central Unallocated line</source>
        <translation>The central Unallocated line</translation>
    </message>
    <message>
        <source>(the report&apos;s standard name)</source>
        <translation>(the report&apos;s standard name)</translation>
    </message>
    <message>
        <source>Prepaid packs are expensed:</source>
        <translation>Prepaid packs are expensed:</translation>
    </message>
    <message>
        <source>Balance never used is charged to:</source>
        <translation>Balance never used is charged to:</translation>
    </message>
    <message>
        <source>Prepaid packs account (asset):</source>
        <translation>Prepaid packs account (asset):</translation>
    </message>
    <message>
        <source>Bank account (asset):</source>
        <translation>Bank account (asset):</translation>
    </message>
    <message>
        <source>OCR expense account:</source>
        <translation>OCR expense account:</translation>
    </message>
    <message>
        <source>Postpaid bills payable account:</source>
        <translation>Postpaid bills payable account:</translation>
    </message>
</context>
<context>
    <name>ocp::CostAllocationPane</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Save this table as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Cost per cost centre and month</source>
        <translation>Cost per cost centre and month</translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation>元 (CNY)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 元</source>
        <translation>%1 · %2: %3 元</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per pack</source>
        <translation>Per pack</translation>
    </message>
    <message>
        <source>Accounting schedule</source>
        <translation>Accounting schedule</translation>
    </message>
    <message>
        <source>Who pays for what cannot be worked out: %1</source>
        <translation>Who pays for what cannot be worked out: %1</translation>
    </message>
    <message>
        <source>Working out who pays for what…</source>
        <translation>Working out who pays for what…</translation>
    </message>
    <message>
        <source>Split an interface&apos;s calls between cost centres to see who pays for what.</source>
        <translation>Split an interface&apos;s calls between cost centres to see who pays for what.</translation>
    </message>
    <message>
        <source>Departments or projects that share the account each get their part of every month&apos;s cost: the packs that served their calls, the free quota, postpaid calls and pack balance that expires unused. Split an interface in the Cost centres panel beside the catalog (View → Cost centres): shares that add up to 100 %, or calls per centre; or import usage with a cost-centre column (File → Import usage…). Scenario → Accounting settings… chooses who bears pack balance never used and how packs are expensed.</source>
        <translation>Departments or projects that share the account each get their part of every month&apos;s cost: the packs that served their calls, the free quota, postpaid calls and pack balance that expires unused. Split an interface in the Cost centres panel beside the catalog (View → Cost centres): shares that add up to 100 %, or calls per centre; or import usage with a cost-centre column (File → Import usage…). Scenario → Accounting settings… chooses who bears pack balance never used and how packs are expensed.</translation>
    </message>
    <message>
        <source>pack balance never used is charged to the centres that used the pack</source>
        <translation>pack balance never used is charged to the centres that used the pack</translation>
    </message>
    <message>
        <source>pack balance never used is charged to the Unallocated line</source>
        <translation>pack balance never used is charged to the Unallocated line</translation>
    </message>
    <message numerus="yes">
        <source>%1 charged to %n cost centre(s); %2.</source>
        <translation>
            <numerusform>%1 charged to %n cost centre; %2.</numerusform>
            <numerusform>%1 charged to %n cost centres; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packs are booked as prepaid when bought and expensed as their calls are used; balance that expires unused is expensed when it expires. Postpaid calls are accrued to their month.</source>
        <translation>Packs are booked as prepaid when bought and expensed as their calls are used; balance that expires unused is expensed when it expires. Postpaid calls are accrued to their month.</translation>
    </message>
    <message>
        <source>Packs are booked as prepaid when bought and expensed evenly over their validity months, from the month they are bought. Postpaid calls are accrued to their month.</source>
        <translation>Packs are booked as prepaid when bought and expensed evenly over their validity months, from the month they are bought. Postpaid calls are accrued to their month.</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>Export journal…</translation>
    </message>
    <message>
        <source>Save the journal as CSV: date, account, cost centre, debit, credit and memo of every posting</source>
        <translation>Save the journal as CSV: date, account, cost centre, debit, credit and memo of every posting</translation>
    </message>
</context>
<context>
    <name>ocp::CentrePackModel</name>
    <message>
        <source>Calls of this pack&apos;s interfaces over the plan: the packs that served them, their postpaid cost and balance that expired unused</source>
        <translation>Calls of this pack&apos;s interfaces over the plan: the packs that served them, their postpaid cost and balance that expired unused</translation>
    </message>
    <message>
        <source>Pack balance bought in the plan and still valid after its last month</source>
        <translation>Pack balance bought in the plan and still valid after its last month</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>After the plan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All cost centres; the total row is the plan&apos;s cost</source>
        <translation>All cost centres; the total row is the plan&apos;s cost</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>Total (元)</translation>
    </message>
    <message>
        <source>%1 (元)</source>
        <translation>%1 (元)</translation>
    </message>
</context>
<context>
    <name>ocp::CentreMonthModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Calls of interfaces not split between cost centres, and pack balance that was never used</source>
        <translation>Calls of interfaces not split between cost centres, and pack balance that was never used</translation>
    </message>
    <message>
        <source>Calls of interfaces not split between cost centres</source>
        <translation>Calls of interfaces not split between cost centres</translation>
    </message>
    <message>
        <source>Pack balance bought in the plan and still valid after its last month: charged by the plan&apos;s rule for unused balance</source>
        <translation>Pack balance bought in the plan and still valid after its last month: charged by the plan&apos;s rule for unused balance</translation>
    </message>
    <message>
        <source>The centre&apos;s months plus its part of the balance after the plan; the total row is the plan&apos;s cost</source>
        <translation>The centre&apos;s months plus its part of the balance after the plan; the total row is the plan&apos;s cost</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>After the plan (元)</source>
        <translation>After the plan (元)</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>Total (元)</translation>
    </message>
</context>
<context>
    <name>ocp::AccountingScheduleModel</name>
    <message>
        <source>The months added up; the prepaid balance is what is left after the plan, and the expense plus that balance is the plan&apos;s cost</source>
        <translation>The months added up; the prepaid balance is what is left after the plan, and the expense plus that balance is the plan&apos;s cost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Packs bought (元)</source>
        <translation>Packs bought (元)</translation>
    </message>
    <message>
        <source>Packs expensed (元)</source>
        <translation>Packs expensed (元)</translation>
    </message>
    <message>
        <source>Expired (元)</source>
        <translation>Expired (元)</translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation>Postpaid (元)</translation>
    </message>
    <message>
        <source>Expense (元)</source>
        <translation>Expense (元)</translation>
    </message>
    <message>
        <source>Prepaid at month end (元)</source>
        <translation>Prepaid at month end (元)</translation>
    </message>
    <message>
        <source>Packs paid for this month: from the bank into the prepaid asset</source>
        <translation>Packs paid for this month: from the bank into the prepaid asset</translation>
    </message>
    <message>
        <source>Prepaid packs turned into expense: by the calls they served, or evenly over their validity</source>
        <translation>Prepaid packs turned into expense: by the calls they served, or evenly over their validity</translation>
    </message>
    <message>
        <source>Pack balance that expired unused this month, expensed at expiry (usage method)</source>
        <translation>Pack balance that expired unused this month, expensed at expiry (usage method)</translation>
    </message>
    <message>
        <source>Postpaid calls of this month, accrued to it (paid the next month)</source>
        <translation>Postpaid calls of this month, accrued to it (paid the next month)</translation>
    </message>
    <message>
        <source>Packs expensed, expired and postpaid</source>
        <translation>Packs expensed, expired and postpaid</translation>
    </message>
    <message>
        <source>The prepaid asset: packs bought so far minus what was expensed</source>
        <translation>The prepaid asset: packs bought so far minus what was expensed</translation>
    </message>
</context>
<context>
    <name>ocp::AccountingModelBase</name>
    <message>
        <source>Unallocated</source>
        <translation>Unallocated</translation>
    </message>
</context>
<context>
    <name>ocp::ComputingIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>Stop the calculations under way; the figures shown until now stay</source>
        <translation>Stop the calculations under way; the figures shown until now stay</translation>
    </message>
    <message>
        <source>Start the cancelled calculations again</source>
        <translation>Start the cancelled calculations again</translation>
    </message>
    <message>
        <source>Calculating %1…</source>
        <translation>Calculating %1…</translation>
    </message>
    <message>
        <source>Cancelled: %1 — not up to date</source>
        <translation>Cancelled: %1 — not up to date</translation>
    </message>
</context>
<context>
    <name>ocp::CancelledNote</name>
    <message>
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>Start the cancelled calculation again</source>
        <translation>Start the cancelled calculation again</translation>
    </message>
</context>
</TS>
