"""When an entry was written and edited, and its earlier versions (issue 18): one line with a
"History…" button for every entry form, and one read-only dialog listing the versions."""
