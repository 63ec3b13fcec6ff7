package tohtml

// stylesheet makes a standalone page look right: readable text, tables with
// borders, callouts as colored boxes, grids and galleries side by side, task
// lists without bullets, mentions and math set apart.
const stylesheet = `body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; font: 16px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", "Segoe UI", sans-serif; color: #1f2329; }
pre { background: #f5f6f7; padding: .75rem 1rem; overflow-x: auto; border-radius: 6px; }
pre[data-wrap] { white-space: pre-wrap; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
:not(pre) > code { background: #f2f3f5; padding: .1em .3em; border-radius: 4px; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid #dee0e3; color: #646a73; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #dee0e3; padding: .4em .6em; vertical-align: top; }
th { background: #f5f6f7; }
img { max-width: 100%; height: auto; }
figure.rt-image { margin: 1em 0; }
figcaption { color: #8f959e; font-size: .875em; }
li.rt-task { list-style: none; }
li.rt-task > input { margin: 0 .5em 0 -1.3em; }
.rt-callout { display: flow-root; margin: 1em 0; padding: .5em 1em .5em 2.75em; border: 1px solid #dee0e3; border-radius: 8px; position: relative; }
.rt-callout > .rt-emoji { position: absolute; left: .9em; top: .95em; }
.rt-grid { display: flex; gap: 1em; }
.rt-column { flex: 1 1 0; min-width: 0; }
.rt-gallery { display: flex; flex-wrap: wrap; gap: .5em; margin: 1em 0; }
.rt-mention { color: #3370ff; text-decoration: none; }
.rt-math { font-family: "Latin Modern Math", "STIX Two Math", serif; }
div.rt-math { margin: 1em 0; text-align: center; }
.rt-embed { margin: 1em 0; padding: .5em 1em; border: 1px dashed #bbbfc4; border-radius: 6px; }
.rt-h7, .rt-h8, .rt-h9 { font-weight: 600; }
`
