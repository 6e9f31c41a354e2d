"""Pure domain rules: grading scale, ISO weeks, incidents, suggestions, summaries, areas, personal numbers."""
