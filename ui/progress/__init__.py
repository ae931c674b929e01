"""The Progress area: each goal's data points, chart, and the school's progress reports (issue 17)."""
