"""Article import: reading every common source, cleaning, dating, storing without duplicates."""
