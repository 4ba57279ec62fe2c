"""The practice loop's services: workspace, history store, spaced repetition, mock loops, stats. Runs in the CLI process."""
