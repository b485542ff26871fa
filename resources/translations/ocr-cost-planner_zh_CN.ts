<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ocp::BillableShareModel</name>
    <message>
        <source>Share of calls that are billed; 100% unless only successful recognitions are charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the billable share must be 0% to 100% with at most four decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::CashFlowModel</name>
    <message>
        <source>The month after the plan: the last postpaid bill is settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month&apos;s postpaid bill, settled on days 1–3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month&apos;s postpaid amount at list price, frozen as an estimate for this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous freeze, released at this settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the account must hold this month: purchases, the bill and the new freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack purchases (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill paid (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net outflow (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds required (元)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::CatalogPane</name>
    <message>
        <source>Search by name or API, e.g. 身份证 / ID card / IDCardOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource pack to see its prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n interface(s) to the plan; enter their monthly calls in the table</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::CatalogTreeModel</name>
    <message>
        <source>%1 (%2): double-click or drag into the volume table to plan its calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resource pack %1, shared by %n interface(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::CategoryCostModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::CostCharts</name>
    <message>
        <source>Pack purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元 (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost: plan against postpaid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cost by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of the plan&apos;s cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even: cost by monthly volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break-even chart (pack against postpaid cost by monthly volume) is provided by the purchase optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has nothing to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: charts are exported as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::CostReportExport</name>
    <message>
        <source>The plan could not be calculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::Display</name>
    <message>
        <source>%1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: calls cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of calls (digits only, such as 25000 or 2.5万)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is more than %2 calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (up to six decimals, such as 1.15 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price in 元 (digits and up to six decimals, such as 0.006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::LedgerModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1 calls a month: no published price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: up to %2 calls a month for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance still valid at the end of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: priced above the top tier, which has no published price (联系商务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month cost (元)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::MainWindow</name>
    <message>
        <source>OCR Cost Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cost report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export cost report (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart (PNG, SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OCR Cost Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when the planner is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — OCR Cost Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan cost &lt;b&gt;%1&lt;/b&gt; · Postpaid only %2 · Saving &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ marks estimates: some calls are above the top tier, which has no published price (联系商务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan: add interfaces from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sample plan: change the monthly calls, or start your own with File → New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the cost report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OCR Cost Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OCR Cost Planner %1&lt;/h3&gt;&lt;p&gt;Plans a budget for Tencent Cloud OCR: the cheapest mix of prepaid resource packs (资源包) and postpaid billing for the monthly calls you expect, with exact amounts in 元.&lt;/p&gt;&lt;p&gt;Price catalog: &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;, prices as read on %3.&lt;br&gt;Rules: monthly free quota of the pack, packs valid 12 months from the month of purchase, the pack that expires first is used first, all-units postpaid tiers.&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::MonthlyCostModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid only, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::PackDetailsModel</name>
    <message>
        <source>Prepaid packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid %n month(s) from the month of purchase</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 元/call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price; the list price is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid (all-units tiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every call of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price; the list price is %1 元 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1 calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact sales: planned as an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price list gives no price here (联系商务); the plan uses %1 元 per call and flags such figures as estimates. Set a negotiated price in the plan settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls every month, shared by the pack&apos;s interfaces, not carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces using this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Postpaid group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) whose calls select the tier together</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this pack alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::PlanDocument</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of this plan; add it from the catalog first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1 is outside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls in %2 is out of range (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an interface of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n interface(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interface(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the plan to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start month must be a month between 1900 and 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the plan in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan over %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n purchase(s) after the end removed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the postpaid tier by all calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the postpaid tier by postpaid calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy packs in the first month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy packs in any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price calls above the top tier at %1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price calls above the top tier at the top tier&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a resource pack of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sold in a size of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1 × %2 calls at %3 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the list price of %1 × %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a postpaid group of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier %1 of %2 at %3 元 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the list price of tier %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billable share must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1 × %2 of %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no purchase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the purchase of %1 to %2 × %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n purchase(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocp::PriceOverridesModel</name>
    <message>
        <source>Prepaid pack prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid unit prices (per call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1: up to %1 calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: up to %2 calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type a discounted or negotiated price; leave empty for the list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price (元)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::PurchasesModel</name>
    <message>
        <source>Select a resource pack first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable from %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the month must be inside the plan (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1 is not sold in a size of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: buy at least one pack (remove the purchase to buy none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: “%1” is not valid here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (元)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::ResultsModel</name>
    <message>
        <source>%1 × %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postpaid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 20% in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used up in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (not calculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) bought</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the postpaid-only cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls expire inside the plan, %2 are still valid at its end (counted as lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: some calls are above the top tier, which has no published price (联系商务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the same calls would cost with no packs at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid-only cost minus the plan&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid calls lost at expiry, including those still unused at the end of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in which Tencent Cloud would send low-balance notices for the last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid only (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan cost (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended cost (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended saving (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-balance notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::ResultsPane</name>
    <message>
        <source>Add purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per resource pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: all resource packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases: all packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource pack in the table above first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioEditor</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with a &amp;value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;growth per month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;seasonality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale by a percentage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove interfaces from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly calls per interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interfaces by double-clicking or dragging them from the catalog. Paste blocks from a spreadsheet with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied; paste into a spreadsheet or back into the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per month for every selected cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month in percent (negative for a decline). Each row grows from its first selected month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale by a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected cells by this percentage (10 = 10% more, -20 = 20% less):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioSettingsModel</name>
    <message>
        <source>First month only (yearly budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls of the month (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid calls only (conservative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the optimizer may buy packs: only in the first month, or in any month of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which monthly volume selects the postpaid tier; the price list is ambiguous here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price for calls above 1,000,000 a month (联系商务: ask sales). Empty uses the top tier&apos;s price, and such figures are flagged as estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top tier price (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price above 1,000,000 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::ScenarioTableModel</name>
    <message>
        <source>%1 of the calls are billed (billable share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: “%1” is not a number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), resource pack %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted: the clipboard holds no numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted: select a cell of an interface&apos;s month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 into %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: row %1, column %2 of the clipboard: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n value(s) beyond the last interface or month were not pasted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells of interfaces and months to fill first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: %1 in %2 would leave the range of 0 to %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill %n cell(s) with %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grow %n cell(s) by %1 per month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale %n cell(s) by %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the seasonality profile to %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocp::SeasonalityDialog</name>
    <message>
        <source>Seasonality profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each selected cell is multiplied by the factor of its calendar month (1 keeps it, 1.2 is 20% more, 0.8 is 20% less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a factor cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocp::SettingsPane</name>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top tier price (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price above 1,000,000 (元/call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a pack or postpaid group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounted or negotiated prices replace the list prices in this plan; clear a cell to go back to the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only successfully recognised images are billed by some interfaces: enter the expected success rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
