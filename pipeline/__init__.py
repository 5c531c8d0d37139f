"""German business-news fact extraction into typed Parquet tables."""

__version__ = "0.1.0"
