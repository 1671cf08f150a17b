"""Performance indicators: definitions and observations, the RAG / direction-of-travel rating engine, CSV import,
police.uk street-level crime aggregation, and a reader for indicator figures in performance-report prose."""
from .model import Basis, IndicatorDefinition, Observation, Period, Polarity, Target, Tolerance
from .rating import Rating, rate, rate_all

__all__ = ["Basis", "IndicatorDefinition", "Observation", "Period", "Polarity", "Rating", "Target", "Tolerance",
           "rate", "rate_all"]
